// Figures computed from an ITA report and cross-checked against what the clerk wrote:
// the weighted total, the level from the year's bands, the change from last year,
// and each question against the meeting's threshold.
import type { Params, Code } from '../i18n/messages.js';
import type { AnalysisPart, Indicator, ItaReport } from '../kinds/index.js';
import type { ItaYear } from '../schema/ita-year.js';
import { fieldName } from '../schema/labels.js';
import type { Score } from '../schema/scalars.js';
import { formatFixed, roundHalfUp } from '../thai/numbers.js';
import { formatScoreChange, scoreChange } from '../thai/score-change.js';
import { compressCodes, joinThai, parseQuestionCode } from './question-codes.js';

export type Path = ReadonlyArray<string | number>;
export type Warn = (code: Code, path: Path, params?: Params) => void;

export interface ToolResult {
  code: string;
  name: string;
  english: string;
  weight: number;
  score: Score | null;
  /** weight × score, unrounded. */
  weighted: number | null;
}

export interface QuestionResult {
  code: string;
  score: Score | null;
  below: boolean;
}

export interface IndicatorResult {
  number: number;
  name: string;
  tool: string;
  questions: QuestionResult[];
  /** "I13–I15 และ I18" */
  codesText: string;
  /** "89.92, 90.46, 89.25 และ 92.56" or '' when no scores were given. */
  scoresText: string;
  /** More than one score: the prose says ตามลำดับ and ทุกข้อ. */
  severalScores: boolean;
  allBelow: boolean;
  belowCodes: string[];
  note: string | undefined;
  guidelines: string[];
  focusUnits: string[];
}

export interface PartResult {
  ordinal: number;
  tool: ToolResult | null;
  code: string;
  description: string | undefined;
  collection: string[];
  indicators: IndicatorResult[];
  result: Score | null;
}

export interface ItaResult {
  fiscalYear: number;
  tools: ToolResult[];
  /** Shown total: as announced when given, else computed; two decimals. */
  totalText: string;
  total: number;
  computedTotal: number | null;
  formula: string;
  level: string;
  computedLevel: string | null;
  previous: Array<{ year: number; total: Score }>;
  lastYear: { year: number; total: Score } | null;
  changeText: string | null;
  changeDirection: 'up' | 'down' | 'same' | null;
  changeAmountText: string | null;
  threshold: Score;
  /** The total's pass mark, from the year's data. */
  passMark: Score;
  parts: PartResult[];
}

const DEFAULT_THRESHOLD: Score = { text: '95', value: 95 };
/** The target of the national anti-corruption plan for 2566 (docs: domain brief §2), when the year's data gives none. */
const DEFAULT_PASS_MARK: Score = { text: '85', value: 85 };

export function deriveIta(report: ItaReport, year: ItaYear | null, warn: Warn): ItaResult {
  const a = report.assessment;
  const tools = toolResults(a.scores, year, warn);
  const computedTotal = tools.every((t) => t.weighted !== null) && year !== null
    ? roundHalfUp(tools.reduce((sum, t) => sum + (t.weighted ?? 0), 0), 2)
    : null;
  if (year !== null) {
    for (const tool of tools) if (tool.score === null) warn('MISSING_TOOL_SCORE', ['assessment', 'scores'], { tool: tool.code });
  }
  const formula = tools.map((t) => `${t.weight} × ${t.code}`).join(' + ');
  if (a.total !== undefined && computedTotal !== null && Math.abs(a.total.value - computedTotal) >= 0.005) {
    warn('TOTAL_MISMATCH', ['assessment', 'total'], {
      given: a.total.text,
      computed: formatFixed(computedTotal, 2),
      year: a.fiscalYear,
      formula,
    });
  }
  const total = a.total?.value ?? computedTotal ?? 0;
  const totalText = a.total?.text ?? formatFixed(total, 2);

  const computedLevel = year === null ? null : levelFor(total, tools, year);
  if (a.level !== undefined && computedLevel !== null && a.level !== computedLevel) {
    warn('LEVEL_MISMATCH', ['assessment', 'level'], { given: a.level, computed: computedLevel, year: a.fiscalYear });
  }
  const level = a.level ?? computedLevel ?? '';

  const previous = Object.entries(a.previous ?? {})
    .map(([y, s]) => ({ year: Number(y), total: s }))
    .sort((x, y) => x.year - y.year);
  const lastYear = previous.filter((p) => p.year < a.fiscalYear).pop() ?? null;
  const change = lastYear === null ? null : scoreChange(total, lastYear.total.value);

  const threshold = a.threshold ?? DEFAULT_THRESHOLD;
  const parts = (report.analysis ?? []).map((part, index) =>
    partResult(part, index, tools, year, threshold.value, (code, path, params) => warn(code, ['analysis', index, ...path], params)),
  );

  return {
    fiscalYear: a.fiscalYear,
    tools,
    totalText,
    total,
    computedTotal,
    formula,
    level,
    computedLevel,
    previous,
    lastYear,
    changeText: lastYear === null ? null : formatScoreChange(total, lastYear.total.value),
    changeDirection: change?.direction ?? null,
    changeAmountText: change === null ? null : formatFixed(change.amount, 2),
    threshold,
    passMark: year?.passMark ?? DEFAULT_PASS_MARK,
    parts,
  };
}

function toolResults(scores: Record<string, Score>, year: ItaYear | null, warn: Warn): ToolResult[] {
  if (year === null) {
    return Object.entries(scores).map(([code, score]) => ({ code, name: code, english: code, weight: 0, score, weighted: null }));
  }
  const known = new Set(year.tools.map((t) => t.code));
  for (const code of Object.keys(scores)) {
    if (!known.has(code)) {
      warn('UNKNOWN_TOOL', ['assessment', 'scores', code], { value: code, year: year.fiscalYear, allowed: [...known].join(', ') });
    }
  }
  return year.tools.map((tool) => {
    const score = scores[tool.code] ?? null;
    return { ...tool, score, weighted: score === null ? null : tool.weight * score.value };
  });
}

function levelFor(total: number, tools: ToolResult[], year: ItaYear): string | null {
  for (const band of year.levels) {
    if (total < band.min.value) continue;
    const floor = band.everyToolMin?.value;
    if (floor !== undefined && tools.some((t) => (t.score?.value ?? 0) < floor)) continue;
    return band.name;
  }
  return null;
}

function partResult(
  part: AnalysisPart,
  index: number,
  tools: ToolResult[],
  year: ItaYear | null,
  threshold: number,
  warn: Warn,
): PartResult {
  const tool = tools.find((t) => t.code === part.part) ?? null;
  if (year !== null && tool === null) {
    warn('UNKNOWN_TOOL', ['part'], { value: part.part, year: year.fiscalYear, allowed: tools.map((t) => t.code).join(', ') });
  }
  return {
    ordinal: index + 1,
    tool,
    code: part.part,
    description: part.description,
    collection: part.collection ?? [],
    indicators: part.indicators.map((indicator, i) =>
      indicatorResult(indicator, part.part, year, threshold, (code, path, params) => warn(code, ['indicators', i, ...path], params)),
    ),
    result: part.result ?? tool?.score ?? null,
  };
}

function indicatorResult(
  indicator: Indicator,
  partTool: string,
  year: ItaYear | null,
  threshold: number,
  warn: Warn,
): IndicatorResult {
  const known = year?.indicators.find((i) => i.number === indicator.number);
  if (year !== null && known === undefined) {
    warn('UNKNOWN_INDICATOR', ['number'], { value: indicator.number, year: year.fiscalYear });
  }
  if (known !== undefined && known.tool !== partTool) {
    warn('INDICATOR_PART', ['number'], { value: indicator.number, expected: known.tool, found: partTool });
  }
  const entries: Array<[string, Score | null]> = Array.isArray(indicator.questions)
    ? indicator.questions.map((code) => [code, null])
    : Object.entries(indicator.questions ?? {});
  const range = known?.questions;
  for (const [code] of entries) {
    const parsed = parseQuestionCode(code);
    if (range === undefined || parsed === null) continue;
    if (parsed.prefix !== range.prefix || parsed.number < range.from || parsed.number > range.to) {
      warn('QUESTION_RANGE', ['questions', code], {
        value: code,
        indicator: indicator.number,
        range: `${range.prefix}${range.from}–${range.prefix}${range.to}`,
      });
    }
  }
  const questions = entries.map(([code, score]) => ({ code, score, below: score !== null && score.value < threshold }));
  const scored = questions.filter((q) => q.score !== null);
  const belowCodes = questions.filter((q) => q.below).map((q) => q.code);
  const guidelines = indicator.guidelines ?? [];
  const focusUnits = indicator.focusUnits ?? [];
  if (belowCodes.length > 0 && (guidelines.length === 0 || focusUnits.length === 0)) {
    warn('BELOW_THRESHOLD_NO_ACTION', ['number'], {
      indicator: indicator.number,
      threshold,
      questions: belowCodes.join(', '),
      // The field by its name in the reader's language, and by its key to find it in the file.
      missing: fieldName(guidelines.length === 0 ? 'guidelines' : 'focusUnits'),
      key: guidelines.length === 0 ? 'guidelines' : 'focusUnits',
    });
  }
  return {
    number: indicator.number,
    name: indicator.name ?? known?.name ?? '',
    tool: partTool,
    questions,
    codesText: compressCodes(entries.map(([code]) => code)),
    scoresText: joinThai(scored.map((q) => q.score?.text ?? '')),
    severalScores: scored.length > 1,
    allBelow: scored.length > 0 && scored.every((q) => q.below),
    belowCodes,
    note: indicator.note,
    guidelines,
    focusUnits,
  };
}
