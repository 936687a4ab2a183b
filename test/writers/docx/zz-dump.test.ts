import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { corpusDocument } from '../../thai/support/corpus-document.js';
import { libreOfficePdf } from '../../thai/support/libreoffice-lines.js';
it('d', async () => { const d = await writeDocx(corpusDocument((process.env.ALIGN ?? 'justify') as any)); writeFileSync('/tmp/breaks/corpus.docx', d); writeFileSync('/tmp/breaks/corpus-lo.pdf', libreOfficePdf(d)); }, 200000);
