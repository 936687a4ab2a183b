// The year data's own rules, each reported at the field it concerns.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/i18n/reporter.js';
import { loadYamlText } from '../../src/load/load-yaml.js';
import { itaYearSchemaFor } from '../../src/schema/ita-year.js';
import { validateWith } from '../../src/schema/validate.js';
import { messageOf } from '../../src/i18n/messages.js';

const BASE = readFileSync('data/ita/2566.yaml', 'utf8');

function check(text: string, fileYear = 2566) {
  const reporter = new Reporter('data/ita/2566.yaml', 'en');
  const loaded = loadYamlText(text, reporter);
  if (loaded === null) throw new Error(JSON.stringify(reporter.diagnostics));
  const value = validateWith(itaYearSchemaFor(fileYear), loaded.value, loaded, reporter);
  return { value, problems: reporter.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`), diagnostics: reporter.diagnostics };
}

const lineOf = (text: string, needle: string | RegExp): number =>
  text.split('\n').findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l))) + 1;

describe('data/ita/<year>.yaml', () => {
  for (const file of readdirSync('data/ita').filter((f) => f.endsWith('.yaml'))) {
    it(`the shipped ${file} is valid, names its sources and says what is confirmed`, () => {
      const year = Number(file.slice(0, 4));
      const { value, problems } = check(readFileSync(`data/ita/${file}`, 'utf8'), year);
      expect(problems).toEqual([]);
      expect(value?.sources?.length ?? 0).toBeGreaterThan(0);
      expect(value?.confirmed).toBeDefined();
    });
  }

  it('accepts the 2566 rules as shipped', () => {
    expect(check(BASE).problems).toEqual([]);
  });

  it('rejects a file whose fiscalYear is not its name, at fiscalYear', () => {
    const { problems, diagnostics } = check(BASE, 2568);
    expect(problems).toEqual([`${lineOf(BASE, 'fiscalYear:')}:13 YEAR_FILE_MISMATCH`]);
    expect(diagnostics[0] && messageOf(diagnostics[0], 'en').hint).toBe('write fiscalYear: 2568, or rename the file 2566.yaml');
  });

  it('rejects weights that do not sum to 1, at tools', () => {
    const text = BASE.replace('weight: 0.4', 'weight: 0.5');
    const { problems, diagnostics } = check(text);
    // At the list of tools, its first item.
    expect(problems).toEqual([`${lineOf(text, /^tools:/) + 1}:3 YEAR_WEIGHTS_SUM`]);
    expect(diagnostics[0] && messageOf(diagnostics[0], 'en').message).toBe('the tool weights add up to 1.1, not 1 (IIT 0.3 + EIT 0.3 + OIT 0.5)');
  });

  it('rejects a level band above the one before it', () => {
    const text = BASE.replace('  - name: ต้องปรับปรุง\n    min: 70', '  - name: ต้องปรับปรุง\n    min: 90');
    const { problems } = check(text);
    expect(problems).toEqual([`${lineOf(text, 'min: 90')}:10 YEAR_LEVEL_ORDER`]);
  });

  it('rejects a band no easier to reach than the one before (same minimum, same floor): it overlaps', () => {
    const text = BASE.replace('  - name: ผ่าน\n    min: 85', '  - name: ผ่าน\n    min: 85\n    everyToolMin: 85');
    expect(check(text).problems).toEqual([`${lineOf(text, /^  - name: ผ่าน$/) + 1}:10 YEAR_LEVEL_ORDER`]);
  });

  it('rejects bands that leave low totals without a level', () => {
    const text = BASE.replace('  - name: ต้องปรับปรุงโดยด่วน\n    min: 0', '  - name: ต้องปรับปรุงโดยด่วน\n    min: 50');
    expect(check(text).problems).toEqual([`${lineOf(text, 'min: 50')}:10 YEAR_LEVEL_FLOOR`]);
  });

  it('rejects overlapping question ranges, at the later indicator', () => {
    const text = BASE.replace('from: 7, to: 12', 'from: 6, to: 12');
    const { problems, diagnostics } = check(text);
    expect(problems).toEqual([`${lineOf(text, 'from: 6, to: 12')}:${lineOf(text, 'from: 6') && text.split('\n')[lineOf(text, 'from: 6') - 1]!.indexOf('{ prefix') + 1} YEAR_RANGE_OVERLAP`]);
    expect(diagnostics[0] && messageOf(diagnostics[0], 'en').message).toBe('questions I6–I12 of indicator 2 overlap I1–I6 of indicator 1');
  });

  it('rejects a range that ends before it starts', () => {
    const text = BASE.replace('from: 13, to: 18', 'from: 18, to: 13');
    expect(check(text).problems.map((p) => p.split(' ')[1])).toEqual(['YEAR_RANGE_ORDER']);
  });

  it('rejects a duplicate indicator number and an indicator of an unknown tool', () => {
    const text = BASE.replace('{ number: 10, tool: OIT', '{ number: 9, tool: XIT');
    expect(check(text).problems.map((p) => p.split(' ')[1])).toEqual(['YEAR_DUPLICATE', 'YEAR_INDICATOR_TOOL']);
  });

  it('rejects a duplicate tool code', () => {
    const text = BASE.replace('code: EIT', 'code: IIT');
    expect(check(text).problems.map((p) => p.split(' ')[1])).toContain('YEAR_DUPLICATE');
  });

  it('reads confirmed: as true or false', () => {
    expect(check(BASE).value?.confirmed).toEqual({ weights: true, levels: false, indicators: false });
    expect(check(BASE.replace('weights: true', 'weights: yes')).problems.map((p) => p.split(' ')[1])).toEqual(['BAD_VALUE']);
  });
});
