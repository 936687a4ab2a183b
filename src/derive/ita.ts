// Figures computed from an ITA report and cross-checked against what the clerk wrote:
// the weighted total, the level from the year's bands, the change from last year,
// and each question against the meeting's threshold.
import type { Params, Code } from '../i18n/messages.js';
import type { AnalysisPart, Indicator, ItaReport } from '../kinds/index.js';
import { isConfirmed, type ItaYear } from '../schema/ita-year.js';
import { fieldName } from '../schema/labels.js';
import type { Score } from '../schema/scalars.js';
import type { CalendarDate } from '../thai/dates.js';
import { formatFixed, roundHalfUp } from '../thai/numbers.js';
import { formatScoreChange, scoreChange } from '../thai/score-change.js';
import { compressCodes, joinThai, parseQuestionCode } from './question-codes.js';

export type Path = ReadonlyArray<string | number>;
export type Warn = (code: Code, path: Path, params?: Params) => void;

/** Where problems go, and where the year's rules came from (or should be created). */
export interface DeriveContext {
  warn: Warn;
  /** An error stops the render: a sentence needs a figure nobody can stand behind. */
  error?: Warn;
  /** The year file read, or the archive's own path to create when there is none. */
  yearFile?: string;
}

export interface ToolResult {
  code: string;
  /** From the year's data; null without it (the report then prints the code only). */
  name: string | null;
  english: string | null;
  /** Null when the year's weights are unknown or unconfirmed: never printed as 0. */
  weight: number | null;
  score: Score | null;
  /** weight × score, unrounded. */
  weighted: number | null;
}

export interface QuestionResult {
  code: string;
  score: Score | null;
  below: boolean;
}

export interface GuidelineResult {
  text: string;
  /** The guideline's own units, else none (the indicator's focus units are printed apart). */
  units: string[];
  due: CalendarDate | null;
}

export interface IndicatorResult {
  number: number;
  /** Written by the clerk or from the year's data; null when neither (an error if printed). */
  name: string | null;
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
  guidelines: GuidelineResult[];
  focusUnits: string[];
  due: CalendarDate | null;
  /** Listed without scores or with a score below the threshold: one of the weaknesses. */
  weak: boolean;
}

export interface PartResult {
  /** The tool's place in the year's framework (ส่วนที่ 2 is EIT even when IIT is not analysed). */
  ordinal: number;
  tool: ToolResult | null;
  code: string;
  description: string | undefined;
  collection: string[];
  indicators: IndicatorResult[];
  result: Score | null;
  /** How many indicators the framework gives this tool; null without the year's data. */
  indicatorCount: number | null;
  /** Which indicators the prose introduces: all of the tool's, its weak ones, or those analysed. */
  coverage: 'all' | 'weak' | 'some' | 'unknown';
}

export interface ItaResult {
  fiscalYear: number;
  /** The year's rules were found (a data file), whether or not every part is confirmed. */
  hasYear: boolean;
  tools: ToolResult[];
  /** Every tool has a confirmed weight: the weighted table can be printed. */
  weightsKnown: boolean;
  /** Shown total: as announced when given, else computed from confirmed weights; null when neither. */
  totalText: string | null;
  total: number | null;
  computedTotal: number | null;
  formula: string;
  /** As announced when given, else from confirmed bands; null when neither (not printed). */
  level: string | null;
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
  /** How many tools (ส่วน) the year's framework has; null without the year's data. */
  toolCount: number | null;
  /** Every tool of the framework has a part in the analysis. */
  allPartsAnalysed: boolean;
}

const DEFAULT_THRESHOLD: Score = { text: '95', value: 95 };
/** The target of the national anti-corruption plan for 2566 (docs: domain brief §2), when the year's data gives none. */
const DEFAULT_PASS_MARK: Score = { text: '85', value: 85 };

/** The summary items that print a figure, by what they need. */
function includesOf(report: ItaReport): Set<string> {
  return new Set(report.summary.flatMap((item) => (typeof item === 'object' && item.include !== undefined ? [item.include] : [])));
}

export function deriveIta(report: ItaReport, year: ItaYear | null, context: DeriveContext | Warn): ItaResult {
  const ctx: DeriveContext = typeof context === 'function' ? { warn: context } : context;
  const warn = ctx.warn;
  const error = ctx.error ?? ctx.warn;
  const yearFile = ctx.yearFile ?? `data/ita/${report.assessment.fiscalYear}.yaml`;
  const a = report.assessment;
  const includes = includesOf(report);
  const weightsConfirmed = year !== null && isConfirmed(year, 'weights');
  const tools = toolResults(a.scores, year, weightsConfirmed, warn);
  const everyScore = tools.every((t) => t.score !== null);
  const rawTotal = year !== null && everyScore ? roundHalfUp(year.tools.reduce((sum, t) => sum + t.weight * (a.scores[t.code]?.value ?? 0), 0), 2) : null;
  const computedTotal = weightsConfirmed ? rawTotal : null;
  if (year !== null) {
    for (const tool of tools) if (tool.score === null) warn('MISSING_TOOL_SCORE', ['assessment', 'scores'], { tool: tool.code });
  }
  const formula = year === null ? '' : year.tools.map((t) => `${t.weight} × ${t.code}`).join(' + ');
  if (a.total !== undefined && computedTotal !== null && Math.abs(a.total.value - computedTotal) >= 0.005) {
    warn('TOTAL_MISMATCH', ['assessment', 'total'], {
      given: a.total.text,
      computed: formatFixed(computedTotal, 2),
      year: a.fiscalYear,
      formula,
    });
  }
  const total = a.total?.value ?? computedTotal;
  const totalText = a.total?.text ?? (computedTotal === null ? null : formatFixed(computedTotal, 2));
  const needsTotal = includes.has('announcement') || includes.has('results');
  if (total === null && needsTotal) {
    const reason =
      year === null
        ? { th: `ไม่มีไฟล์เกณฑ์ ${yearFile}`, en: `there is no year file ${yearFile}` }
        : !everyScore
          ? { th: 'คะแนนเครื่องมือไม่ครบ', en: 'a tool has no score' }
          : { th: `น้ำหนักเครื่องมือใน ${yearFile} ยังไม่ได้ยืนยัน`, en: `the tool weights in ${yearFile} are not confirmed` };
    error('TOTAL_UNKNOWN', ['assessment', 'total'], { year: a.fiscalYear, reason, path: yearFile });
  } else if (a.total === undefined && year !== null && !weightsConfirmed && needsTotal && everyScore) {
    warn('WEIGHTS_UNCONFIRMED', ['assessment', 'fiscalYear'], { year: a.fiscalYear, file: yearFile });
  }

  const levelTools = tools.map((t) => ({ score: t.score }));
  const computedLevel = year === null || total === null ? null : levelFor(total, levelTools, year);
  if (a.level !== undefined && computedLevel !== null && a.level !== computedLevel) {
    warn('LEVEL_MISMATCH', ['assessment', 'level'], { given: a.level, computed: computedLevel, year: a.fiscalYear });
  }
  const levelsConfirmed = year !== null && isConfirmed(year, 'levels');
  const level = a.level ?? (levelsConfirmed ? computedLevel : null);
  if (a.level === undefined && needsTotal && total !== null) {
    if (computedLevel !== null && !levelsConfirmed) {
      warn('LEVEL_UNCONFIRMED', ['assessment', 'fiscalYear'], { year: a.fiscalYear, file: yearFile, computed: computedLevel });
    } else if (computedLevel === null) {
      warn('LEVEL_UNKNOWN', ['assessment', 'fiscalYear'], { year: a.fiscalYear, path: yearFile });
    }
  }
  if (includes.has('tools') && year === null) {
    error('TOOL_NAMES_UNKNOWN', ['summary', report.summary.findIndex((i) => typeof i === 'object' && i.include === 'tools'), 'include'], {
      year: a.fiscalYear,
      path: yearFile,
    });
  }

  const previous = Object.entries(a.previous ?? {})
    .map(([y, s]) => ({ year: Number(y), total: s }))
    .sort((x, y) => x.year - y.year);
  const lastYear = previous.filter((p) => p.year < a.fiscalYear).pop() ?? null;
  const change = lastYear === null || total === null ? null : scoreChange(total, lastYear.total.value);

  const threshold = a.threshold ?? DEFAULT_THRESHOLD;
  const analysed = includes.has('analysis');
  const parts = (report.analysis ?? []).map((part, index) =>
    partResult(part, index, tools, year, threshold.value, {
      warn: (code, path, params) => warn(code, ['analysis', index, ...path], params),
      error: (code, path, params) => (analysed ? error : warn)(code, ['analysis', index, ...path], params),
      yearFile,
      fiscalYear: a.fiscalYear,
    }),
  );
  const toolCount = year?.tools.length ?? null;

  return {
    fiscalYear: a.fiscalYear,
    hasYear: year !== null,
    tools,
    weightsKnown: weightsConfirmed,
    totalText,
    total,
    computedTotal,
    formula,
    level,
    computedLevel,
    previous,
    lastYear,
    changeText: lastYear === null || total === null ? null : formatScoreChange(total, lastYear.total.value),
    changeDirection: change?.direction ?? null,
    changeAmountText: change === null ? null : formatFixed(change.amount, 2),
    threshold,
    passMark: year?.passMark ?? DEFAULT_PASS_MARK,
    parts,
    toolCount,
    allPartsAnalysed: year !== null && year.tools.every((t) => parts.some((p) => p.code === t.code)),
  };
}

function toolResults(scores: Record<string, Score>, year: ItaYear | null, weightsConfirmed: boolean, warn: Warn): ToolResult[] {
  if (year === null) {
    return Object.entries(scores).map(([code, score]) => ({ code, name: null, english: null, weight: null, score, weighted: null }));
  }
  const known = new Set(year.tools.map((t) => t.code));
  for (const code of Object.keys(scores)) {
    if (!known.has(code)) {
      warn('UNKNOWN_TOOL', ['assessment', 'scores', code], { value: code, year: year.fiscalYear, allowed: [...known].join(', ') });
    }
  }
  return year.tools.map((tool) => {
    const score = scores[tool.code] ?? null;
    const weight = weightsConfirmed ? tool.weight : null;
    return { code: tool.code, name: tool.name, english: tool.english, weight, score, weighted: score === null || weight === null ? null : weight * score.value };
  });
}

function levelFor(total: number, tools: ReadonlyArray<{ score: Score | null }>, year: ItaYear): string | null {
  for (const band of year.levels) {
    if (total < band.min.value) continue;
    const floor = band.everyToolMin?.value;
    // A tool without a score cannot show that it clears a floor.
    if (floor !== undefined && tools.some((t) => t.score === null || t.score.value < floor)) continue;
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
  ctx: PartContext,
): PartResult {
  const { warn } = ctx;
  const tool = tools.find((t) => t.code === part.part) ?? null;
  if (year !== null && tool === null) {
    warn('UNKNOWN_TOOL', ['part'], { value: part.part, year: year.fiscalYear, allowed: tools.map((t) => t.code).join(', ') });
  }
  const place = year?.tools.findIndex((t) => t.code === part.part) ?? -1;
  const indicators = part.indicators.map((indicator, i) =>
    indicatorResult(indicator, part.part, year, threshold, {
      warn: (code, path, params) => warn(code, ['indicators', i, ...path], params),
      error: (code, path, params) => ctx.error(code, ['indicators', i, ...path], params),
      yearFile: ctx.yearFile,
      fiscalYear: ctx.fiscalYear,
    }),
  );
  const ofTool = year?.indicators.filter((i) => i.tool === part.part) ?? null;
  const indicatorCount = ofTool === null || ofTool.length === 0 ? null : ofTool.length;
  const coverage: PartResult['coverage'] =
    ofTool === null || indicatorCount === null
      ? 'unknown'
      : ofTool.every((known) => indicators.some((i) => i.number === known.number))
        ? 'all'
        : indicators.every((i) => i.weak)
          ? 'weak'
          : 'some';
  return {
    ordinal: place >= 0 ? place + 1 : index + 1,
    tool,
    code: part.part,
    description: part.description,
    collection: part.collection ?? [],
    indicators,
    result: part.result ?? tool?.score ?? null,
    indicatorCount,
    coverage,
  };
}

type PartContext = Required<Pick<DeriveContext, 'warn' | 'error' | 'yearFile'>> & { fiscalYear: number };

type Guideline = NonNullable<Indicator['guidelines']>[number];

function guidelineResult(g: Guideline): GuidelineResult {
  if (typeof g === 'string') return { text: g, units: [], due: null };
  return { text: g.text, units: g.units ?? [], due: g.due ?? null };
}

function indicatorResult(
  indicator: Indicator,
  partTool: string,
  year: ItaYear | null,
  threshold: number,
  ctx: PartContext,
): IndicatorResult {
  const { warn } = ctx;
  const known = year?.indicators.find((i) => i.number === indicator.number);
  if (year !== null && known === undefined) {
    warn('UNKNOWN_INDICATOR', ['number'], { value: indicator.number, year: year.fiscalYear });
  }
  if (known !== undefined && known.tool !== partTool) {
    warn('INDICATOR_PART', ['number'], { value: indicator.number, expected: known.tool, found: partTool });
  }
  const name = indicator.name ?? known?.name ?? null;
  if (name === null) {
    ctx.error('INDICATOR_NAME_UNKNOWN', ['number'], { value: indicator.number, year: ctx.fiscalYear, path: ctx.yearFile });
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
  const guidelines = (indicator.guidelines ?? []).map(guidelineResult);
  const focusUnits = indicator.focusUnits ?? [];
  const someoneResponsible = focusUnits.length > 0 || (guidelines.length > 0 && guidelines.every((g) => g.units.length > 0));
  if (belowCodes.length > 0 && (guidelines.length === 0 || !someoneResponsible)) {
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
    name,
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
    due: indicator.due ?? null,
    weak: belowCodes.length > 0 || (entries.length > 0 && scored.length === 0),
  };
}
