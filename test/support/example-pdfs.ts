// The example meetings as PDFs, rendered once per test file: their document models (the text
// pieces a reader must get back) and the built-in writer's render of each.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProject, loadOfficeConfig, renderMeetingFile } from '../../src/index.js';
import type { Document } from '../../src/model/document.js';
import { renderPdf, type PdfRender } from '../../src/writers/pdf/index.js';

export interface ExamplePdf {
  name: string;
  document: Document;
  render: PdfRender;
}

/** Every meeting under minutes/, in name order. */
export async function renderExamples(): Promise<ExamplePdf[]> {
  const project = findProject();
  const { office } = loadOfficeConfig(project, 'th');
  const out = mkdtempSync(join(tmpdir(), 'minutes-examples-'));
  const examples: ExamplePdf[] = [];
  for (const file of readdirSync('minutes').filter((f) => f.endsWith('.yaml')).sort()) {
    const result = await renderMeetingFile(join('minutes', file), {
      lang: 'th', strict: false, project, office, outDir: out, formats: [], pdfEngine: 'builtin',
    });
    if (result.document === undefined) throw new Error(`${file} did not render: ${JSON.stringify(result.diagnostics)}`);
    examples.push({ name: file.replace(/\.yaml$/, ''), document: result.document, render: await renderPdf(result.document) });
  }
  return examples;
}
