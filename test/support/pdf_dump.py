# A PDF's objects as JSON for the PDF/A and tagged-PDF checks (test/support/pdf-structure.ts),
# read with pypdf (Debian python3-pypdf): the catalog, Info, trailer, XMP, the structure tree,
# every page's inflated content and every font's dictionaries, embedded program and ToUnicode map.
import base64
import json
import sys

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NumberObject, StreamObject

reader = pypdf.PdfReader(sys.argv[1])
root = reader.trailer["/Root"].get_object()
page_numbers = {page.indirect_reference.idnum: n + 1 for n, page in enumerate(reader.pages)}


def plain(value, depth=0):
    """A PDF value as JSON, references shown as their object number, streams without their data."""
    if isinstance(value, IndirectObject):
        if depth > 0:
            return {"ref": value.idnum}
        value = value.get_object()
    if isinstance(value, (DictionaryObject, StreamObject)):
        return {str(k): plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, ArrayObject):
        return [plain(v, depth + 1) for v in value]
    if isinstance(value, NumberObject):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)


def struct(node):
    node = node.get_object()
    if isinstance(node, NumberObject) or isinstance(node, int):
        return {"mcid": int(node)}
    if "/MCID" in node:
        return {"mcid": int(node["/MCID"]), "page": page_numbers.get(node.raw_get("/Pg").idnum)}
    out = {"type": str(node.get("/S", "")).lstrip("/")}
    if "/Alt" in node:
        out["alt"] = str(node["/Alt"])
    if "/A" in node:
        out["attributes"] = plain(node["/A"], 1)
    if "/Pg" in node:
        out["page"] = page_numbers.get(node.raw_get("/Pg").idnum)
    kids = node.get("/K")
    if kids is None:
        kids = []
    elif not isinstance(kids.get_object() if isinstance(kids, IndirectObject) else kids, ArrayObject):
        kids = [kids]
    out["kids"] = []
    for kid in kids:
        item = struct(kid)
        if "mcid" in item and "page" not in item:
            item["page"] = out.get("page")
        out["kids"].append(item)
    return out


def roots(k):
    k = k.get_object()
    return [struct(x) for x in k] if isinstance(k, ArrayObject) else [struct(k)]


fonts = {}
pages = []
for n, page in enumerate(reader.pages):
    content = page.get_contents()
    resources = page["/Resources"].get_object()
    page_fonts = {}
    for name, ref in resources.get("/Font", {}).items():
        font = ref.get_object()
        page_fonts[str(name)] = ref.idnum
        if ref.idnum in fonts:
            continue
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        program = descriptor["/FontFile2"].get_object()
        fonts[ref.idnum] = {
            "font": plain(font, 1),
            "descendant": plain(descendant, 1),
            "descriptor": plain(descriptor, 1),
            "programDict": {str(k): plain(v, 1) for k, v in program.items()},
            "program": base64.b64encode(program.get_data()).decode(),
            "toUnicode": font["/ToUnicode"].get_object().get_data().decode("latin1"),
        }
    pages.append({
        "dict": plain(page.get_object(), 1),
        "content": content.get_data().decode("latin1") if content is not None else "",
        "fonts": page_fonts,
        "xobjects": {str(k): plain(v, 0) for k, v in resources.get("/XObject", {}).items()},
    })

metadata = root["/Metadata"].get_object()
intents = []
for intent in root.get("/OutputIntents", []):
    intent = intent.get_object()
    profile = intent["/DestOutputProfile"].get_object()
    intents.append({
        "dict": plain(intent, 1),
        "profileDict": {str(k): plain(v, 1) for k, v in profile.items()},
        "profile": base64.b64encode(profile.get_data()).decode(),
    })

with open(sys.argv[1], "rb") as f:
    head = f.read(32)

json.dump({
    "header": base64.b64encode(head).decode(),
    "trailer": {str(k): plain(v, 1) for k, v in reader.trailer.items()},
    "catalog": plain(root, 1),
    "info": {str(k): str(v.get_object()) for k, v in reader.trailer["/Info"].get_object().items()},
    "metadataDict": {str(k): plain(v, 1) for k, v in metadata.items()},
    "xmp": metadata.get_data().decode("utf-8"),
    "outputIntents": intents,
    "structTree": roots(root["/StructTreeRoot"].get_object()["/K"]) if "/StructTreeRoot" in root else None,
    "parentTree": "/ParentTree" in root["/StructTreeRoot"] if "/StructTreeRoot" in root else False,
    "pages": pages,
    "fonts": fonts,
}, sys.stdout, ensure_ascii=False)
