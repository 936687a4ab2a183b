// Child process of png-memory.test.ts: embeds the PNG named by argv[2] in a PDF (by png-image.ts,
// or by pdfkit's own reader with argv[3] = "pdfkit") and prints the resident memory before and
// the peak, in bytes, as JSON.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { openPng } from '../../../src/writers/pdf/png-image.js';

const bytes = readFileSync(process.argv[2] as string);
const pdf = new PDFDocument({ size: [600, 400], margin: 0, compress: true });
let written = 0;
pdf.on('data', (d: Buffer) => (written += d.length));
const base = process.memoryUsage().rss;
pdf.image((process.argv[3] === 'pdfkit' ? bytes : openPng(pdf, bytes)) as never, 0, 0, { width: 600, height: 400 });
pdf.on('end', () => process.stdout.write(JSON.stringify({ base, peak: process.resourceUsage().maxRSS * 1024, written })));
pdf.end();
