// kind: ita-report: the report of a meeting attended and its ITA assessment results.
import './labels.js';
import { z } from 'zod';
import { describe } from '../../schema/labels.js';
import { beYear, date, integer, score, text, textList, time } from '../../schema/scalars.js';
import { digitsOption, obj, person } from '../../schema/common.js';

const toolCode = z.string().regex(/^[A-Z]{2,5}$/).meta({ description: 'รหัสเครื่องมือ เช่น IIT EIT OIT', examples: ['IIT'] });
const questionCode = z.string().regex(/^[A-Z]{1,3}\d{1,3}$/).meta({ description: 'รหัสข้อคำถาม เช่น I1 E11 O20', examples: ['I1'] });

export const INCLUDES = ['announcement', 'tools', 'results', 'analysis'] as const;

const summaryItem = z.union([
  text('text'),
  obj('summary', {
    text: text('text').optional(),
    items: textList('items').optional(),
    include: z.enum(INCLUDES).optional().meta({ description: describe('include') }),
  }),
]);

/** A guideline as one line of text, or with its own responsible units and due date. */
const guideline = z.union([
  text('guidelines'),
  obj('guidelines', {
    text: text('text'),
    units: textList('focusUnits').optional(),
    due: date('due').optional(),
  }),
]);

const indicator = obj('indicators', {
  number: integer('indicators.number', 1, 99),
  name: text('indicatorName').optional(),
  questions: z
    .union([z.record(questionCode, score('questions')), z.array(questionCode)])
    .optional()
    .meta({ description: describe('questions') }),
  note: text('note').optional(),
  guidelines: z.array(guideline).min(1).optional().meta({ description: describe('guidelines') }),
  focusUnits: textList('focusUnits').optional(),
  due: date('due').optional(),
});

const part = obj('analysis', {
  part: toolCode.meta({ description: describe('part'), examples: ['IIT'] }),
  description: text('description').optional(),
  collection: textList('collection').optional(),
  indicators: z.array(indicator).min(1).meta({ description: describe('indicators') }),
  result: score('result').optional(),
});

export const itaReportSchema = obj('meeting', {
  kind: z.literal('ita-report').meta({ description: describe('kind') }),
  title: text('title').optional(),
  date: date('date'),
  time: obj('time', { start: time('start'), end: time('end') }),
  place: text('place'),
  // The meeting attended, named as minutes name their own (see docs/meeting-format.md, "One key per concept").
  body: text('body'),
  number: integer('number', 1, 99),
  year: beYear('year'),
  chair: person('chair'),
  assignedBy: person('assignedBy').optional(),
  attendees: z.array(person('attendees')).min(1).meta({ description: describe('attendees') }),
  summary: z.array(summaryItem).min(1).meta({ description: describe('summary') }),
  assessment: obj('assessment', {
    fiscalYear: beYear('fiscalYear'),
    organization: text('organization'),
    scores: z.record(toolCode, score('scores')).meta({ description: describe('scores') }),
    total: score('total').optional(),
    level: text('level').optional(),
    previous: z
      .record(z.string().regex(/^\d{4}$/).meta({ examples: ['2565'] }), score('previous'))
      .optional()
      .meta({ description: describe('previous') }),
    threshold: score('threshold').optional(),
  }),
  analysis: z.array(part).optional().meta({ description: describe('analysis') }),
  photos: z
    .array(obj('photos', { file: text('file'), caption: text('caption').optional() }))
    .optional()
    .meta({ description: describe('photos') }),
  recorder: person('recorder').optional(),
  options: digitsOption,
});

export type ItaReport = z.output<typeof itaReportSchema>;
export type Indicator = z.output<typeof indicator>;
export type AnalysisPart = z.output<typeof part>;
