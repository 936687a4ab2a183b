import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.js';

describe('diagnostic codes', () => {
  const docs = readFileSync('docs/diagnostics.md', 'utf8');
  for (const code of Object.keys(MESSAGES)) {
    it(`documents ${code} in docs/diagnostics.md`, () => {
      expect(docs).toContain(`\`${code}\``);
    });
  }
  it('has an English text for every Thai one', () => {
    for (const [code, entry] of Object.entries(MESSAGES)) {
      expect(entry.en, code).not.toBe('');
      expect('hintTh' in entry, code).toBe('hintEn' in entry);
    }
  });
});
