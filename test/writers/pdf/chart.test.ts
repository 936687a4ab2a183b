// Charts in our PDF are drawn as vectors: the bars in their greys and sizes (measured on the
// page as poppler draws it), and the labels as text in the document's font.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, DrawingItem } from '../../../src/model/document.js';
import { questionScoresChart } from '../../../src/render/charts/index.js';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { pdfText } from '../../support/pdf-text.js';
import { sampleDocument, t } from '../../support/sample-document.js';
import { MIXED, THRESHOLD } from '../../render/charts/fixtures.js';

const drawn = questionScoresChart(MIXED, THRESHOLD, { thaiDigits: false });
if (drawn === null) throw new Error('no chart');
const chart = drawn;
const WIDTH_MM = 150;

function chartDocument(): Document {
  return { ...sampleDocument(false), pageNumbers: null, blocks: [{ type: 'figure', chart, widthMm: WIDTH_MM, caption: [t('แผนภูมิที่ 1')] }] };
}

/** Page 1 as grey levels, one pixel per point (pdftoppm at 72 dpi, from poppler-utils). */
function greyPixels(pdf: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-chart-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    const pgm = readFileSync(join(dir, 'page.pgm'));
    // "P5\n<w> <h>\n255\n" then one byte per pixel.
    let newlines = 0;
    let offset = 0;
    while (newlines < 3) if (pgm[offset++] === 0x0a) newlines++;
    return pgm.subarray(offset);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PT_PER_MM = 72 / 25.4;

describe('a chart in the PDF', () => {
  it('fills its bars in their greys, each as large as the drawing says', async () => {
    const pixels = greyPixels(await writePdf(chartDocument()));
    const count = (grey: number): number => pixels.reduce((n, p) => n + (Math.abs(p - grey) <= 3 ? 1 : 0), 0);
    const bars = chart.drawing.items.filter((i): i is Extract<DrawingItem, { kind: 'rect' }> => i.kind === 'rect');
    // Printed at its drawn width, 1 mm of the drawing is PT_PER_MM points, a point a pixel.
    const area = (fill: string): number => bars.filter((b) => b.fill === fill).reduce((n, b) => n + b.width * b.height, 0) * PT_PER_MM ** 2;
    // 96.50, 100.00 and 95 light; 93.10 below the threshold, dark. The outline takes a little of each.
    expect(count(0x59)).toBeGreaterThan(area('#595959') * 0.85);
    expect(count(0x59)).toBeLessThan(area('#595959') * 1.1);
    expect(count(0xd9)).toBeGreaterThan(area('#d9d9d9') * 0.85);
    expect(count(0xd9)).toBeLessThan(area('#d9d9d9') * 1.1);
  });

  it('writes its labels as text', async () => {
    const text = pdfText(await writePdf(chartDocument()));
    for (const label of ['คะแนน', 'ข้อคำถาม', 'เกณฑ์ 95', '96.50', '100.00', 'I1', 'I4']) expect(text).toContain(label);
  });
});
