// Child process of png-memory.test.ts: embeds the PNG named by argv[2] in a PDF (by png-image.ts,
// or by pdfkit's own reader with argv[3] = "pdfkit"), or only checks it (argv[3] = "check", the
// photo check of src/load/check-image.ts), and prints the resident memory before and the peak,
// in bytes, as JSON.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { checkImage } from '../../../src/load/check-image.js';
import { openPng } from '../../../src/writers/pdf/png-image.js';

const bytes = readFileSync(process.argv[2] as string);
const pdf = new PDFDocument({ size: [600, 400], margin: 0, compress: true });
let written = 0;
pdf.on('data', (d: Buffer) => (written += d.length));
// The process's peak so far, not its resident memory now: the peak of loading (pdfkit, the
// bundle) may lie above what is resident once the collector has run, and then counted towards
// the check (CI once measured 49 MiB for a check that holds a few).
const base = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
if (process.argv[3] === 'check') {
  const problem = checkImage(bytes, 'png');
  process.stdout.write(JSON.stringify({ base, peak: process.resourceUsage().maxRSS * 1024, written: problem === null ? 1 : 0 }));
  process.exit(0);
}
pdf.image((process.argv[3] === 'pdfkit' ? bytes : openPng(pdf, bytes)) as never, 0, 0, { width: 600, height: 400 });
pdf.on('end', () => process.stdout.write(JSON.stringify({ base, peak: process.resourceUsage().maxRSS * 1024, written })));
pdf.end();
