// Wording the ITA report computes: no "๐.๐๐ คะแนน" change, no ตามลำดับ for a single score.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProject, renderMeetingFile } from '../../src/index.js';
import type { Document } from '../../src/model/document.js';
import { documentTexts } from '../support/document-text.js';

async function texts(extra: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-wording-'));
  const file = join(dir, 'm.yaml');
  writeFileSync(file, readFileSync('test/fixtures/minimal.yaml', 'utf8').replace('  - include: announcement', '  - include: results\n  - include: analysis') + extra);
  const result = await renderMeetingFile(file, {
    lang: 'th', strict: false, project: findProject(), office: null, outDir: join(dir, 'out'), formats: ['docx'], pdfEngine: 'builtin',
  });
  expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  return documentTexts(result.document as Document).join('\n');
}

describe('ITA report wording', () => {
  let same = '';
  beforeAll(async () => {
    same = await texts('  level: ผ่าน\n  previous:\n    2565: 92.43\nanalysis:\n  - part: IIT\n    indicators:\n      - number: 1\n        questions: { I1: 96.00 }\n');
  });

  it('says เท่ากับปีที่ผ่านมา when the total did not change, without a zero change', () => {
    expect(same).toContain('อยู่ในระดับ “ผ่าน” เท่ากับปีที่ผ่านมา (ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๙๒.๔๓ คะแนน)');
    expect(same).not.toContain('๐.๐๐ คะแนน');
  });

  it('does not say ตามลำดับ for a single question', () => {
    expect(same).toContain('I๑ คะแนน ๙๖.๐๐\n');
    expect(same).not.toContain('ตามลำดับ');
  });
});
