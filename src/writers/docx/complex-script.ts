// Marks runs holding Thai as complex script (<w:cs/>), which docx has no option for.
// Latin-only runs stay unmarked: Word would proof them with the complex-script language
// (sayam/thai-docx-skill ADR 0039).
import { THAI } from './run.js';

/** CT_RPr children that come after w:cs in the schema's sequence. */
const AFTER_CS = new Set(['w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w:rPrChange']);

const RUN = /<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const RPR = /^<w:rPr>([\s\S]*?)<\/w:rPr>/;

/** Adds <w:cs/> to every w:r whose w:t text contains Thai, in CT_RPr element order. */
export function markComplexScriptRuns(xml: string): string {
  return xml.replace(RUN, (run: string, content: string) => {
    const text = [...content.matchAll(TEXT)].map((match) => match[1]).join('');
    if (!THAI.test(text)) return run;
    const open = run.slice(0, run.length - content.length - '</w:r>'.length);
    const rPr = RPR.exec(content);
    if (!rPr) return `${open}<w:rPr><w:cs/></w:rPr>${content}</w:r>`;
    const properties = rPr[1] ?? '';
    return `${open}<w:rPr>${withCs(properties)}</w:rPr>${content.slice(rPr[0].length)}</w:r>`;
  });
}

function withCs(properties: string): string {
  const children = childElements(properties);
  if (children.some((child) => child.name === 'w:cs')) return properties;
  const next = children.find((child) => AFTER_CS.has(child.name));
  const at = next ? next.start : properties.length;
  return `${properties.slice(0, at)}<w:cs/>${properties.slice(at)}`;
}

interface Child { name: string; start: number }

/** The direct child elements of an element's content, by name and offset. */
function childElements(content: string): Child[] {
  const children: Child[] = [];
  let depth = 0;
  for (const match of content.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (closing) { depth -= 1; continue; }
    if (depth === 0) children.push({ name, start: match.index });
    if (!selfClosing) depth += 1;
  }
  return children;
}
