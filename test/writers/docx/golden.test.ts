// Golden files for the kitchen-sink document: the XML parts a reviewer reads as a diff.
// UPDATE_GOLDEN=1 rewrites them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { normalizedPartXml } from '../../support/docx-xml.js';
import { sampleDocument } from '../../support/sample-document.js';

const expectedDir = join(dirname(fileURLToPath(import.meta.url)), 'expected');
const PARTS = {
  'document.xml': 'word/document.xml',
  'styles.xml': 'word/styles.xml',
  'numbering.xml': 'word/numbering.xml',
  'header1.xml': 'word/header1.xml',
  'settings.xml': 'word/settings.xml',
};

describe('writeDocx golden parts of the sample document', async () => {
  const bytes = await writeDocx(sampleDocument());
  for (const [file, part] of Object.entries(PARTS)) {
    it(`matches expected/${file}`, () => {
      const actual = normalizedPartXml(bytes, part);
      const path = join(expectedDir, file);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(expectedDir, { recursive: true });
        writeFileSync(path, actual);
      }
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
