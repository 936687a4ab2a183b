// A drawing as SVG text: what a reviewer opens in a browser to see a chart, and what the
// chart tests read. Numbers are printed the same way every time; text is escaped.
import type { Drawing, DrawingItem } from '../../model/document.js';
import { SARABUN_SCALE, ptToMm } from '../../model/house-style.js';

/** The SVG names Sarabun, whose em is 0.68 of TH SarabunPSK's (src/writers/pdf/fonts.ts). */
const SVG_FONT_FAMILY = 'Sarabun';

/** A length or coordinate with at most two decimals; never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text content or an attribute value for an SVG element. */
export function svgText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
}

type Attrs = Record<string, string | number | undefined>;

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : svgText(value)}"`)
    .join('');
}

/** `<name attrs/>`, or `<name attrs>content</name>`; content is markup, already escaped. */
function element(name: string, attrs: Attrs, content?: string): string {
  return content === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** An XML comment; "--" cannot appear inside one. */
function comment(text: string): string {
  return `<!-- ${svgText(text).replace(/-{2,}/g, '-')} -->`;
}

function itemSvg(item: DrawingItem): string {
  switch (item.kind) {
    case 'rect': {
      const rect = element('rect', {
        x: item.x, y: item.y, width: item.width, height: item.height, fill: item.fill,
        stroke: item.stroke?.colour, 'stroke-width': item.stroke?.widthMm,
      });
      return item.note === undefined ? rect : `${comment(item.note)}\n${rect}`;
    }
    case 'line':
      return element('line', {
        x1: item.x1, y1: item.y1, x2: item.x2, y2: item.y2, stroke: item.colour, 'stroke-width': item.widthMm,
        'stroke-dasharray': item.dashMm?.map(num).join(' '),
      });
    case 'text':
      return element('text', {
        x: item.x, y: item.baseline, 'font-size': ptToMm(item.sizePt * SARABUN_SCALE),
        'font-weight': item.bold ? 'bold' : undefined,
        'text-anchor': item.anchor === 'start' ? undefined : item.anchor,
        stroke: item.halo?.colour, 'stroke-width': item.halo?.widthMm,
        'stroke-linejoin': item.halo === undefined ? undefined : 'round',
        'paint-order': item.halo === undefined ? undefined : 'stroke',
      }, svgText(item.text));
  }
}

export function drawingSvg(drawing: Drawing): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(drawing.widthMm)}mm" height="${num(drawing.heightMm)}mm" `
      + `viewBox="0 0 ${num(drawing.widthMm)} ${num(drawing.heightMm)}" font-family="${SVG_FONT_FAMILY}">`,
    ...drawing.items.map(itemSvg),
    '</svg>',
    '',
  ].join('\n');
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
