# LibreOffice driven through Python UNO (Debian python3-uno), for what a PDF cannot show:
# where Writer ends its lines (read with the view cursor, exact to the character) and what its
# Find finds. Reads one JSON request on stdin, writes one JSON answer on stdout.
#
#   {"mode": "sweep", "profile": DIR, "work": DIR, "candidates": {NAME: CHAR}, "words": [...],
#    "widthsMm": [...], "repeat": N, "hidden": [NAME...]}
#     For each candidate character, a DOCX whose paragraphs repeat each word (the character
#     between its grapheme clusters, a plain space between repetitions) at each right indent:
#     line ends inside a word, Find counts, and whether the character survives a copy. A
#     candidate named in "hidden" has each of its characters in a run of its own marked hidden
#     (<w:vanish/>).
#   {"mode": "find", "profile": DIR, "docx": PATH, "words": [...]}
#     Find counts for each word in a DOCX.
#
# Find is run three ways: the API's search descriptor (XSearchable.findAll, its defaults); the
# Find & Replace dialog's Find All with its defaults (.uno:ExecuteSearch, match case off,
# diacritic-sensitive: LibreOffice 7.4's registry default IsIgnoreDiacritics_CTL=false); and
# the same with the dialog's "Diacritic-sensitive" off and "Kashida-sensitive" off (what the
# Find toolbar uses when complex text layout is enabled, svx tbunosearchcontrollers.cxx).
import json
import os
import subprocess
import sys
import time
import unicodedata
import zipfile

import uno
from com.sun.star.beans import PropertyValue

IGNORE_CASE = 256  # com.sun.star.i18n.TransliterationModules.IGNORE_CASE
IGNORE_KASHIDA_CTL = 2048  # TransliterationModulesExtra
IGNORE_DIACRITICS_CTL = 1073741824  # TransliterationModulesExtra


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def clusters(word):
    out = []
    for ch in word:
        if out and (unicodedata.category(ch) in ('Mn', 'Mc') or ch in '\u0e33\u0e45'):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def xml_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


RPR = ('<w:rPr><w:rFonts w:ascii="TH SarabunPSK" w:hAnsi="TH SarabunPSK" w:cs="TH SarabunPSK"/>'
       '<w:cs/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:bidi="th-TH"/></w:rPr>')


def run(text, hidden=False):
    rpr = RPR.replace('<w:cs/>', '<w:cs/><w:vanish/>') if hidden else RPR
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def write_docx(path, paragraphs, hidden_char=None):
    def runs(text):
        if not hidden_char:
            return run(text)
        return run(hidden_char, True).join(run(piece) for piece in text.split(hidden_char))
    body = ''.join(
        f'<w:p><w:pPr><w:ind w:left="0" w:right="{right}"/><w:jc w:val="left"/></w:pPr>{runs(text)}</w:p>'
        for text, right in paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                f'{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000" w:header="0" w:footer="0" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', types)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', document)


class Office:
    def __init__(self, profile):
        self.pipe = f'minutes-probe-{os.getpid()}'
        self.proc = subprocess.Popen(
            ['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--invisible', '--norestore',
             f'--accept=pipe,name={self.pipe};urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve(f'uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext')
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise RuntimeError('soffice exited before it answered')
                time.sleep(0.5)
        if ctx is None:
            raise RuntimeError('soffice did not answer')
        smgr = ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        self.dispatcher = smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)

    def load(self, path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), '_blank', 0, (prop('Hidden', True),))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def find_counts(self, doc, word):
        descriptor = doc.createSearchDescriptor()
        descriptor.SearchString = word
        api = doc.findAll(descriptor).getCount()
        return {'api': api, 'dialog': self.find_all(doc, word, IGNORE_CASE),
                'dialogIgnoringDiacritics': self.find_all(doc, word, IGNORE_CASE | IGNORE_DIACRITICS_CTL | IGNORE_KASHIDA_CTL)}

    def find_all(self, doc, word, flags):
        controller = doc.getCurrentController()
        controller.select(doc.Text.getStart())
        args = (prop('SearchItem.SearchString', word), prop('SearchItem.Backward', False),
                prop('SearchItem.SearchFlags', 0), prop('SearchItem.TransliterateFlags', flags),
                prop('SearchItem.Command', 1), prop('SearchItem.AlgorithmType', 0), prop('Quiet', True))
        self.dispatcher.executeDispatch(controller.getFrame(), '.uno:ExecuteSearch', '', 0, args)
        selection = controller.getSelection()
        return sum(1 for i in range(selection.getCount()) if selection.getByIndex(i).getString() != '')


def paragraphs(doc):
    out = []
    e = doc.Text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService('com.sun.star.text.Paragraph'):
            out.append(p)
    return out


def line_starts(doc, paragraph):
    """Offsets (UTF-16 units of the paragraph's text) where its second and later lines start."""
    text = paragraph.getText()
    cursor = doc.getCurrentController().getViewCursor()
    length = len(paragraph.getString().encode('utf-16-le')) // 2
    cursor.gotoRange(paragraph.getStart(), False)
    starts = []
    while cursor.goDown(1, False):
        cursor.gotoStartOfLine(False)
        if text.compareRegionStarts(cursor.getStart(), paragraph.getEnd()) < 0:
            break
        span = text.createTextCursorByRange(paragraph.getStart())
        span.gotoRange(cursor.getStart(), True)
        offset = len(span.getString().encode('utf-16-le')) // 2
        if (starts and offset <= starts[-1]) or offset >= length:
            break
        starts.append(offset)
    return starts


def export_text(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop('FilterName', 'Text (encoded)'), prop('FilterOptions', 'UTF8,LF')))
    with open(path, encoding='utf-8-sig') as f:
        return f.read()


def export_pdf_text(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop('FilterName', 'writer_pdf_Export'),))
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True).stdout


def sweep(office, request):
    work = request['work']
    widths = [round(mm * 56.693) for mm in request['widthsMm']]
    repeat = request['repeat']
    answer = {}
    for name, char in request['candidates'].items():
        units = {w: char.join(clusters(w)) + ' ' for w in request['words']}
        path = os.path.join(work, f'sweep-{name}.docx')
        write_docx(path, [(units[w] * repeat, right) for w in request['words'] for right in widths],
                   char if name in request.get('hidden', []) else None)
        doc = office.load(path)
        try:
            pars = paragraphs(doc)
            typed = [p.getString().replace(char, '') if char else p.getString() for p in pars]
            result = {'words': {}}
            k = 0
            for w in request['words']:
                unit = len(units[w].encode('utf-16-le')) // 2
                inside, ends, example = 0, 0, None
                for _ in widths:
                    p = pars[k]
                    k += 1
                    for start in line_starts(doc, p):
                        ends += 1
                        if start % unit != 0:
                            inside += 1
                            if example is None:
                                s = p.getString().encode('utf-16-le')
                                before = s[max(0, (start - unit) * 2):start * 2].decode('utf-16-le')
                                after = s[start * 2:(start + unit) * 2].decode('utf-16-le')
                                example = (before + '|' + after).replace(char, '') if char else before + '|' + after
                result['words'][w] = {'lineEnds': ends, 'inside': inside, 'example': example,
                                      'occurrences': sum(t.count(w) for t in typed), 'find': office.find_counts(doc, w)}
            txt = export_text(doc, os.path.join(work, f'sweep-{name}.txt'))
            pdf = export_pdf_text(doc, os.path.join(work, f'sweep-{name}.pdf'))
            result['textExportKeeps'] = bool(char) and char in txt
            result['pdfTextKeeps'] = bool(char) and char in pdf
            answer[name] = result
        finally:
            doc.close(True)
    return answer


def find(office, request):
    doc = office.load(request['docx'])
    try:
        return {w: office.find_counts(doc, w) for w in request['words']}
    finally:
        doc.close(True)


def main():
    request = json.load(sys.stdin)
    office = Office(request['profile'])
    try:
        answer = sweep(office, request) if request['mode'] == 'sweep' else find(office, request)
    finally:
        office.close()
    json.dump(answer, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
