// 0.2.0's ITA report keys (meeting: {body, number, year, chair}, reporter) still read, warned at
// the old key with the new name, and give the same document as the new keys.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, validateMeetingFile } from '../../src/index.js';
import { renderMeetingInMemory } from '../../src/pipeline/render-file.js';
import { messageOf } from '../../src/i18n/messages.js';

const options = { lang: 'th' as const, strict: false, project: findProject(), office: null };

function inFolder(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-renamed-'));
  cpSync('minutes/photos', join(dir, 'photos'), { recursive: true });
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const OLD = readFileSync('test/fixtures/kinds/ita-0.2.0-keys.yaml', 'utf8');

describe('keys renamed so every kind names a concept alike', () => {
  it('reads 0.2.0 keys with a DEPRECATED_KEY warning at each old key, naming the new one', () => {
    const result = validateMeetingFile(inFolder('old.yaml', OLD), options);
    expect(result.ok).toBe(true);
    const renamed = result.diagnostics.filter((d) => d.code === 'DEPRECATED_KEY');
    expect(renamed.map((d) => [d.line, d.params['old'], d.params['new']])).toEqual([
      [13, 'meeting.body', 'body'],
      [14, 'meeting.number', 'number'],
      [15, 'meeting.year', 'year'],
      [16, 'meeting.chair', 'chair'],
      [125, 'reporter', 'recorder'],
    ]);
    expect(messageOf(renamed[4]!, 'th').message).toBe('ชื่อข้อมูล "reporter" เปลี่ยนเป็น "recorder" แล้ว (ยังอ่านได้ แต่ควรแก้)');
  });

  it('makes the same document from the old keys as from the new ones', async () => {
    const formats = ['docx' as const];
    const render = async (file: string) => {
      const made = await renderMeetingInMemory(file, { ...options, outDir: join(file, '..', 'out'), formats, pdfEngine: 'builtin' });
      expect(made.ok).toBe(true);
      return Buffer.from(made.made[0]!.bytes).toString('base64');
    };
    const example = readFileSync('minutes/2566-02-ita.yaml', 'utf8');
    expect(await render(inFolder('2566-02-ita.yaml', OLD))).toBe(await render(inFolder('2566-02-ita.yaml', example)));
  });

  it('refuses a key written under both names', () => {
    const both = OLD.replace('\nreporter:\n', '\nrecorder:\n  name: นายหนึ่ง\nreporter:\n');
    const result = validateMeetingFile(inFolder('both.yaml', both), options);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain('DEPRECATED_KEY_TWICE');
  });

  it('reports a mistake under an old key where it was written', () => {
    const wrong = OLD.replace('  number: 2\n', '  number: สอง\n');
    const result = validateMeetingFile(inFolder('wrong.yaml', wrong), options);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line])).toEqual([['BAD_INTEGER', 14]]);
  });
});
