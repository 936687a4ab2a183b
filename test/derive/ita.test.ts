import { describe, expect, it } from 'vitest';
import { deriveIta } from '../../src/derive/ita.js';
import type { ItaReport } from '../../src/kinds/index.js';
import type { ItaYear } from '../../src/schema/ita-year.js';

const s = (text: string) => ({ text, value: Number(text) });

const year: ItaYear = {
  fiscalYear: 2566,
  tools: [
    { code: 'IIT', name: 'ภายใน', english: 'Internal', weight: 0.3 },
    { code: 'EIT', name: 'ภายนอก', english: 'External', weight: 0.3 },
    { code: 'OIT', name: 'เปิดเผย', english: 'Open', weight: 0.4 },
  ],
  levels: [
    { name: 'ผ่านดีเยี่ยม', min: s('95'), everyToolMin: s('95') },
    { name: 'ผ่านดี', min: s('85'), everyToolMin: s('85') },
    { name: 'ผ่าน', min: s('85') },
    { name: 'ต้องปรับปรุง', min: s('70') },
    { name: 'ต้องปรับปรุงโดยด่วน', min: s('0') },
  ],
  indicators: [
    { number: 1, tool: 'IIT', name: 'การปฏิบัติหน้าที่', questions: { prefix: 'I', from: 1, to: 6 } },
    { number: 6, tool: 'EIT', name: 'คุณภาพการดำเนินงาน', questions: { prefix: 'E', from: 1, to: 5 } },
  ],
};

function report(overrides: Partial<ItaReport['assessment']> = {}, analysis?: ItaReport['analysis']): ItaReport {
  return {
    assessment: {
      fiscalYear: 2566,
      organization: 'สป.',
      scores: { IIT: s('91.71'), EIT: s('83.06'), OIT: s('100') },
      previous: { '2565': s('96.91') },
      ...overrides,
    },
    analysis,
  } as ItaReport;
}

function run(r: ItaReport) {
  const warnings: Array<{ code: string; path: readonly (string | number)[] }> = [];
  const result = deriveIta(r, year, (code, path) => warnings.push({ code, path }));
  return { result, warnings };
}

describe('deriveIta on the 2/2566 figures', () => {
  it('computes the weighted total 92.43 and rounds only at the end', () => {
    const { result } = run(report());
    expect(result.computedTotal).toBe(92.43);
    expect(result.totalText).toBe('92.43');
  });
  it('gives the level ผ่าน: above 85 but EIT below the ผ่านดี floor', () => {
    expect(run(report()).result.level).toBe('ผ่าน');
  });
  it('states the change from 2565 as ลดลง 4.48 คะแนน', () => {
    const { result } = run(report());
    expect(result.changeText).toBe('ลดลง 4.48 คะแนน');
    expect(result.changeAmountText).toBe('4.48');
    expect(result.lastYear?.year).toBe(2565);
  });
  it('accepts the announced total when it matches', () => {
    expect(run(report({ total: s('92.43') })).warnings).toEqual([]);
  });
  it('warns when the announced total differs from the computed one', () => {
    const { warnings } = run(report({ total: s('93.43') }));
    expect(warnings).toEqual([{ code: 'TOTAL_MISMATCH', path: ['assessment', 'total'] }]);
  });
  it('warns when the announced level is not what the bands give', () => {
    expect(run(report({ level: 'ผ่านดี' })).warnings.map((w) => w.code)).toEqual(['LEVEL_MISMATCH']);
  });
  it('shows a score exactly as written', () => {
    const { result } = run(report({ scores: { IIT: s('91.71'), EIT: s('83.06'), OIT: s('100.00') } }));
    expect(result.tools[2]?.score?.text).toBe('100.00');
  });
  it('warns about a tool without a score and does not invent a total', () => {
    const { result, warnings } = run(report({ scores: { IIT: s('91.71'), EIT: s('83.06') } }));
    expect(result.computedTotal).toBeNull();
    expect(warnings.map((w) => w.code)).toContain('MISSING_TOOL_SCORE');
  });
});

describe('deriveIta on indicators', () => {
  const analysis = [
    {
      part: 'IIT',
      indicators: [
        { number: 1, questions: { I1: s('92.85'), I2: s('96.00'), I9: s('80') }, guidelines: ['ทบทวนคู่มือ'], focusUnits: ['กองการเจ้าหน้าที่ สป.'] },
      ],
    },
  ] as ItaReport['analysis'];

  it('flags the questions below the threshold', () => {
    const indicator = run(report({}, analysis)).result.parts[0]?.indicators[0];
    expect(indicator?.belowCodes).toEqual(['I1', 'I9']);
    expect(indicator?.allBelow).toBe(false);
    expect(indicator?.name).toBe('การปฏิบัติหน้าที่');
  });
  it('warns about a question code outside its indicator range', () => {
    const { warnings } = run(report({}, analysis));
    expect(warnings).toContainEqual({ code: 'QUESTION_RANGE', path: ['analysis', 0, 'indicators', 0, 'questions', 'I9'] });
  });
  it('warns when questions are below the threshold but no unit is responsible', () => {
    const bare = [{ part: 'IIT', indicators: [{ number: 1, questions: { I1: s('90') } }] }] as ItaReport['analysis'];
    expect(run(report({}, bare)).warnings.map((w) => w.code)).toContain('BELOW_THRESHOLD_NO_ACTION');
  });
  it('warns about an indicator placed under the wrong tool', () => {
    const wrong = [{ part: 'EIT', indicators: [{ number: 1 }] }] as ItaReport['analysis'];
    expect(run(report({}, wrong)).warnings.map((w) => w.code)).toContain('INDICATOR_PART');
  });
  it('uses the meeting threshold when given', () => {
    const indicator = run(report({ threshold: s('90') }, analysis)).result.parts[0]?.indicators[0];
    expect(indicator?.belowCodes).toEqual(['I9']);
  });
});
