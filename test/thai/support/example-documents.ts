// Every example meeting under minutes/, rendered to its document model as a user would.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProject, renderMeetingFile } from '../../../src/index.js';
import type { Document } from '../../../src/model/document.js';

export async function exampleDocuments(): Promise<Array<{ file: string; document: Document }>> {
  const project = findProject();
  const files = readdirSync('minutes').filter((f) => /\.ya?ml$/.test(f)).map((f) => join('minutes', f));
  const out: Array<{ file: string; document: Document }> = [];
  for (const file of files) {
    const result = await renderMeetingFile(file, { lang: 'th', strict: false, project, office: null, outDir: mkdtempSync(join(tmpdir(), 'minutes-breaks-')), formats: ['docx'], pdfEngine: 'builtin' });
    if (result.document !== undefined) out.push({ file, document: result.document });
  }
  return out;
}
