// Small builders for SVG text: numbers printed the same way every time, text escaped and
// spelled so resvg draws Thai right.

/** A length or coordinate with at most two decimals (0.01 mm is 0.12 px at 300 dpi); never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * SARA AM (ำ) spelled as NIKHAHIT + SARA AA (ํ + า), tone marks moved between them as a
 * shaper does (น้ำ → น ํ ้ า). resvg 2.6.2 draws a precomposed ำ with the า on top of the
 * next letter (คำถาม came out as คํถาม); the spelled-out form it draws right. The picture is
 * the same glyphs a correct shaper would give.
 */
export function spellOutSaraAm(text: string): string {
  return text.replace(/([\u0E48-\u0E4B]*)\u0E33/g, '\u0E4D$1\u0E32');
}

/** Text content for an SVG element. */
export function svgText(text: string): string {
  return spellOutSaraAm(text).replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
}

export type Attrs = Record<string, string | number | undefined>;

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : svgText(value)}"`)
    .join('');
}

/** `<name attrs/>`, or `<name attrs>content</name>`; content is markup, already escaped. */
export function element(name: string, attrs: Attrs, content?: string): string {
  return content === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** A width estimate for fitting labels, in ems of the font size: Sarabun's advances, rounded up. */
export function estimateWidthEm(text: string): number {
  let em = 0;
  for (const c of text) {
    if (/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(c)) continue; // marks above and below take no width
    if (/[\u0E50-\u0E59]/.test(c)) em += 0.75;
    else if (/[0-9]/.test(c)) em += 0.57;
    else if (/[.,:\s]/.test(c)) em += 0.3;
    else em += 0.62;
  }
  return em;
}

/** An XML comment, for a reader of the SVG; "--" cannot appear inside one. */
export function comment(text: string): string {
  return `<!-- ${svgText(text).replace(/-{2,}/g, '-')} -->`;
}
