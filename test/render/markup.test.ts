import { describe, expect, it } from 'vitest';
import { markupToDocument } from '../../src/render/markup-to-document.js';
import { makePng } from '../support/images.js';

const context = { images: [makePng(200, 100)], textWidthMm: 160 };
const parse = (markup: string) => markupToDocument(markup, context);

describe('markupToDocument', () => {
  it('makes a paragraph with the official 25 mm first-line indent by default', () => {
    const { blocks, errors } = parse('<p>สวัสดี <b>ครับ</b></p>');
    expect(errors).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'paragraph', align: 'left', firstLineMm: 25, indentLeftMm: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false,
        inlines: [
          { type: 'text', text: 'สวัสดี ', bold: false, italic: false, underline: false },
          { type: 'text', text: 'ครับ', bold: true, italic: false, underline: false },
        ],
      },
    ]);
  });

  it('collapses template whitespace and trims paragraph edges', () => {
    const { blocks } = parse('<p>\n   ข้อความ\n   ต่อ   กัน  \n</p>');
    expect(blocks[0]?.type === 'paragraph' && blocks[0].inlines).toEqual([
      { type: 'text', text: 'ข้อความ ต่อ กัน', bold: false, italic: false, underline: false },
    ]);
  });

  it('keeps a no-break space (&#160;) as text, so ครั้งที่ stays on the line of its number', () => {
    const { blocks } = parse('<p>ครั้งที่&#160;๒/๒๕๖๖ และ <b>ครั้งที่</b>&#160;๓</p>');
    const text = blocks[0]?.type === 'paragraph' ? blocks[0].inlines.map((i) => (i.type === 'text' ? i.text : '')).join('') : '';
    expect(text).toBe('ครั้งที่\u00A0๒/๒๕๖๖ และ ครั้งที่\u00A0๓');
  });

  it('decodes escaped data back to the literal text', () => {
    const { blocks } = parse('<p>{{ &amp; &lt;w:p&gt; &#x3D; &lt;script&gt;</p>');
    expect(blocks[0]?.type === 'paragraph' && blocks[0].inlines[0]).toMatchObject({ text: '{{ & <w:p> = <script>' });
  });

  it('nests lists inside list items', () => {
    const { blocks, errors } = parse('<ol format="decimal"><li>หนึ่ง<ol format="paren" indent="30"><li>ย่อย</li></ol></li></ol>');
    expect(errors).toEqual([]);
    const list = blocks[0];
    expect(list?.type).toBe('list');
    if (list?.type !== 'list') return;
    expect(list.items[0]?.inlines).toMatchObject([{ text: 'หนึ่ง' }]);
    expect(list.items[0]?.children[0]).toMatchObject({ type: 'list', format: 'paren', firstLineMm: 30 });
  });

  it('builds a table with header rows, spans and normalised column fractions', () => {
    const { blocks, errors } = parse(
      '<table><col width="1" align="center"/><col width="3"/><tr><th>ก</th><th>ข</th></tr><tr><td colspan="2" align="right">รวม</td></tr></table>',
    );
    expect(errors).toEqual([]);
    expect(blocks[0]).toMatchObject({
      type: 'table', headerRows: 1,
      columns: [{ fraction: 0.25, align: 'center' }, { fraction: 0.75, align: 'left' }],
      rows: [{ cells: [{ header: true }, { header: true }] }, { cells: [{ colSpan: 2, align: 'right' }] }],
    });
  });

  it('places a loaded photo at a fraction of the text width with its caption', () => {
    const { blocks } = parse('<figure photo="0" width="0.5"><caption>ภาพที่ 1</caption></figure>');
    expect(blocks[0]).toMatchObject({ type: 'figure', widthMm: 80, caption: [{ text: 'ภาพที่ 1' }] });
  });

  it('reads meta attributes', () => {
    expect(parse('<meta title="ชื่อ" keywords="ก, ข"/>').meta).toEqual({ title: 'ชื่อ', keywords: 'ก, ข' });
  });

  it('reports a photo that was not loaded', () => {
    expect(parse('<figure photo="3"></figure>').errors[0]?.message).toMatch(/photo="3"/);
  });

  it('reports an element in the wrong place with its line', () => {
    const { errors } = parse('<p>ก</p>\n<ol><p>ข</p></ol>');
    expect(errors).toEqual([{ line: 2, message: '<p> is not allowed inside <ol>' }]);
  });

  it('reports text outside a paragraph and an unknown element', () => {
    expect(parse('ลอย').errors[0]?.message).toMatch(/outside a paragraph/);
    expect(parse('<blink>x</blink>').errors.map((e) => e.message)).toContain('<blink> is not allowed inside <body>');
  });

  it('reports an element left open', () => {
    expect(parse('<p>ก').errors.length).toBeGreaterThan(0);
  });
});
