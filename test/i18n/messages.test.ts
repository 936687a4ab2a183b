import { describe, expect, it } from 'vitest';
import { MESSAGES, messageOf, placeholdersOf, type Entry } from '../../src/i18n/messages.js';
import { Reporter } from '../../src/i18n/reporter.js';

const entries = Object.entries(MESSAGES as Record<string, Entry>);

describe('every diagnostic code speaks both languages alike', () => {
  it.each(entries)('%s has a Thai and an English message with the same parameters', (_code, entry) => {
    expect(entry.th.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(placeholdersOf(entry.th)).toEqual(placeholdersOf(entry.en));
  });

  it.each(entries)('%s has its hint in both languages or in neither, with the same parameters', (_code, entry) => {
    expect(entry.hintTh === undefined).toBe(entry.hintEn === undefined);
    expect(placeholdersOf(entry.hintTh)).toEqual(placeholdersOf(entry.hintEn));
  });

  it('formats a diagnostic when asked, in the language asked, from the same values', () => {
    const reporter = new Reporter('m.yaml', 'th');
    reporter.error('MISSING_FIELD', { line: 3, column: 1 }, { key: 'place', label: { th: 'สถานที่ประชุม', en: 'place' } });
    const [d] = reporter.diagnostics;
    expect(d).toEqual({ code: 'MISSING_FIELD', severity: 'error', file: 'm.yaml', line: 3, column: 1, params: { key: 'place', label: { th: 'สถานที่ประชุม', en: 'place' } } });
    expect(messageOf(d!, 'th').message).toContain('สถานที่ประชุม');
    expect(messageOf(d!, 'en').message).toContain('place');
    expect(messageOf(d!, 'en').message).not.toMatch(/[\u0e00-\u0e7f]/);
  });
});

describe('messages name a field in the reader\'s language', () => {
  it('says which field is missing under a weak indicator in Thai, with its key, not a bare English key', async () => {
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { findProject, validateMeetingFile } = await import('../../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'minutes-msg-'));
    cpSync('minutes/photos', join(dir, 'photos'), { recursive: true });
    const text = readFileSync('minutes/2566-02-ita.yaml', 'utf8').replace(
      /        guidelines:\n          - ทบทวนคู่มือ[^\n]*\n/,
      '',
    );
    writeFileSync(join(dir, 'm.yaml'), text);
    const result = validateMeetingFile(join(dir, 'm.yaml'), { lang: 'th', strict: false, project: findProject(), office: null });
    const d = result.diagnostics.find((x) => x.code === 'BELOW_THRESHOLD_NO_ACTION');
    expect(d).toBeDefined();
    expect(messageOf(d!, 'th').message).toContain('แต่ไม่ได้ระบุแนวทาง (guidelines)');
    expect(messageOf(d!, 'en').message).toContain('but no guidelines (guidelines)');
  });
});

describe('a date with the wrong weekday', () => {
  it('says the weekday is wrong and which weekday the date is, not that the date does not exist', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { findProject, validateMeetingFile } = await import('../../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'minutes-weekday-'));
    // 22 August 2566 (2023) was a Tuesday.
    const text = readFileSync('minutes/2566-03-wg.yaml', 'utf8').replace(/^date: .*$/m, 'date: วันจันทร์ที่ 22 สิงหาคม 2566');
    writeFileSync(join(dir, 'm.yaml'), text);
    const result = validateMeetingFile(join(dir, 'm.yaml'), { lang: 'th', strict: false, project: findProject(), office: null });
    const d = result.diagnostics.find((x) => x.severity === 'error');
    expect(d?.code).toBe('WRONG_WEEKDAY');
    expect(messageOf(d!, 'th').message).toBe('วันที่ 22 สิงหาคม 2566 เป็นวันอังคาร ไม่ใช่วันจันทร์');
    expect(messageOf(d!, 'en').message).toBe('22 สิงหาคม 2566 is a Tuesday, not a Monday');
  });
});
