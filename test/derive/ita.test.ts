import { describe, expect, it } from 'vitest';
import { deriveIta } from '../../src/derive/ita.js';
import type { ItaReport } from '../../src/kinds/index.js';
import type { ItaYear } from '../../src/schema/ita-year.js';
import type { Params } from '../../src/model/diagnostic.js';

const s = (text: string) => ({ text, value: Number(text) });

const year: ItaYear = {
  fiscalYear: 2566,
  confirmed: { weights: true, levels: true, indicators: false },
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
    summary: [{ include: 'results' }, { include: 'analysis' }],
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

function runWith(r: ItaReport, y: ItaYear | null) {
  const warnings: string[] = [];
  const errors: Array<{ code: string; path: readonly (string | number)[]; params?: Params }> = [];
  const result = deriveIta(r, y, {
    warn: (code) => warnings.push(code),
    error: (code, path, params) => errors.push({ code, path, ...(params === undefined ? {} : { params }) }),
    yearFile: `data/ita/${r.assessment.fiscalYear}.yaml`,
  });
  return { result, warnings, errors };
}

describe('never a false figure: fiscal 2568 without year data', () => {
  const r2568 = (overrides: Partial<ItaReport['assessment']> = {}) => report({ fiscalYear: 2568, ...overrides });

  it('computes no total, no level, no weights, and names no tool', () => {
    const { result } = runWith(r2568(), null);
    expect(result.total).toBeNull();
    expect(result.totalText).toBeNull();
    expect(result.level).toBeNull();
    expect(result.weightsKnown).toBe(false);
    expect(result.tools.map((t) => [t.code, t.name, t.weight])).toEqual([['IIT', null, null], ['EIT', null, null], ['OIT', null, null]]);
    expect(result.changeText).toBeNull();
    expect(result.changeAmountText).toBeNull();
  });
  it('is an error at assessment.total, naming the file to create', () => {
    const { errors } = runWith(r2568(), null);
    expect(errors).toContainEqual({
      code: 'TOTAL_UNKNOWN',
      path: ['assessment', 'total'],
      params: {
        year: 2568,
        reason: { th: 'ไม่มีไฟล์เกณฑ์ data/ita/2568.yaml', en: 'there is no year file data/ita/2568.yaml' },
        path: 'data/ita/2568.yaml',
      },
    });
  });
  it('prints the announced total and level as written, with no error', () => {
    const { result, errors } = runWith(r2568({ total: s('94.64'), level: 'ผ่าน' }), null);
    expect(result.totalText).toBe('94.64');
    expect(result.level).toBe('ผ่าน');
    expect(result.changeText).toBe('ลดลง 2.27 คะแนน');
    expect(errors).toEqual([]);
  });
  it('needs an indicator name the clerk did not write', () => {
    const analysis = [{ part: 'IIT', indicators: [{ number: 1, questions: { I1: s('90') }, guidelines: ['ก'], focusUnits: ['ข'] }] }] as ItaReport['analysis'];
    const { result, errors } = runWith(report({ fiscalYear: 2568, total: s('94.64') }, analysis), null);
    expect(result.parts[0]?.indicators[0]?.name).toBeNull();
    expect(errors.map((e) => [e.code, e.path])).toContainEqual(['INDICATOR_NAME_UNKNOWN', ['analysis', 0, 'indicators', 0, 'number']]);
  });
  it('needs the tool names for the tools item', () => {
    const r = { ...r2568({ total: s('94.64') }), summary: [{ include: 'tools' }] } as ItaReport;
    expect(runWith(r, null).errors.map((e) => e.code)).toEqual(['TOOL_NAMES_UNKNOWN']);
  });
});

describe('unconfirmed year data is not a fact', () => {
  const unconfirmed: ItaYear = { ...year, fiscalYear: 2568, confirmed: { weights: false, levels: false, indicators: false } };

  it('computes no total from unconfirmed weights: the announced total is needed', () => {
    const { result, errors } = runWith(report({ fiscalYear: 2568 }), unconfirmed);
    expect(result.totalText).toBeNull();
    expect(result.weightsKnown).toBe(false);
    expect(result.tools.every((t) => t.weight === null && t.name !== null)).toBe(true);
    expect(errors.map((e) => e.code)).toEqual(['TOTAL_UNKNOWN']);
  });
  it('does not print a level from unconfirmed bands; it warns asking for the announced one', () => {
    const { result, warnings } = runWith(report({ fiscalYear: 2568, total: s('94.64') }), unconfirmed);
    expect(result.computedLevel).toBe('ผ่าน');
    expect(result.level).toBeNull();
    expect(warnings).toContain('LEVEL_UNCONFIRMED');
  });
  it('rates 94.64 with EIT under 85 as ผ่าน, not ผ่านดี, and says so when the clerk wrote ผ่านดี', () => {
    const scores = { IIT: s('96.10'), EIT: s('84.20'), OIT: s('100') };
    const { result, warnings } = runWith(report({ fiscalYear: 2568, scores, total: s('94.64'), level: 'ผ่านดี' }), unconfirmed);
    expect(result.computedLevel).toBe('ผ่าน');
    expect(result.level).toBe('ผ่านดี');
    expect(warnings).toContain('LEVEL_MISMATCH');
  });
});

describe('sentences count the framework, not the list', () => {
  const full: ItaYear = {
    ...year,
    indicators: [
      { number: 1, tool: 'IIT', name: 'การปฏิบัติหน้าที่', questions: { prefix: 'I', from: 1, to: 6 } },
      { number: 2, tool: 'IIT', name: 'การใช้งบประมาณ', questions: { prefix: 'I', from: 7, to: 12 } },
      { number: 6, tool: 'EIT', name: 'คุณภาพการดำเนินงาน', questions: { prefix: 'E', from: 1, to: 5 } },
      { number: 9, tool: 'OIT', name: 'การเปิดเผยข้อมูล' },
    ],
  };
  const two = [
    { part: 'EIT', indicators: [{ number: 6, questions: ['E1'], guidelines: ['ก'] }] },
    { part: 'IIT', indicators: [{ number: 2, questions: { I7: s('80') }, guidelines: ['ข'], focusUnits: ['ค'] }] },
  ] as ItaReport['analysis'];

  it('has three parts when two are analysed, each numbered by its place in the framework', () => {
    const { result } = runWith(report({ total: s('92.43') }, two), full);
    expect(result.toolCount).toBe(3);
    expect(result.allPartsAnalysed).toBe(false);
    expect(result.parts.map((p) => [p.code, p.ordinal])).toEqual([['EIT', 2], ['IIT', 1]]);
  });
  it('counts the tool\'s indicators from the framework and says only the weak ones are listed', () => {
    const iit = runWith(report({ total: s('92.43') }, two), full).result.parts[1];
    expect(iit?.indicatorCount).toBe(2);
    expect(iit?.coverage).toBe('weak');
  });
  it('says all when every indicator of the tool is analysed', () => {
    const eit = runWith(report({ total: s('92.43') }, two), full).result.parts[0];
    expect(eit?.indicatorCount).toBe(1);
    expect(eit?.coverage).toBe('all');
  });
  it('says "analysed" when a listed indicator has nothing below the threshold', () => {
    const mixed = [{ part: 'IIT', indicators: [{ number: 1, questions: { I1: s('99') } }] }] as ItaReport['analysis'];
    expect(runWith(report({ total: s('92.43') }, mixed), full).result.parts[0]?.coverage).toBe('some');
  });
});

describe('guidelines with their own units and due dates', () => {
  it('keeps each guideline\'s units and due, and the indicator\'s focus units apart', () => {
    const due = { year: 2024, month: 3, day: 31 };
    const analysis = [
      {
        part: 'IIT',
        indicators: [{ number: 1, questions: { I1: s('90') }, guidelines: ['ทบทวนคู่มือ', { text: 'จัดอบรม', units: ['กองคลัง'], due }], focusUnits: ['กองการเจ้าหน้าที่'] }],
      },
    ] as unknown as ItaReport['analysis'];
    const indicator = runWith(report({ total: s('92.43') }, analysis), year).result.parts[0]?.indicators[0];
    expect(indicator?.guidelines).toEqual([
      { text: 'ทบทวนคู่มือ', units: [], due: null },
      { text: 'จัดอบรม', units: ['กองคลัง'], due },
    ]);
    expect(indicator?.focusUnits).toEqual(['กองการเจ้าหน้าที่']);
  });
});
