// The meeting format: the one source of truth. Validation, the TypeScript types of the
// meeting model and the JSON Schema for editors all come from here, one schema per kind.
import { z } from 'zod';
import { itaReportSchema } from './kinds/ita-report.js';
import { minutesSchema } from './kinds/minutes.js';
import { memoSchema } from './kinds/memo.js';

export { itaReportSchema, type ItaReport, type Indicator, type AnalysisPart, INCLUDES } from './kinds/ita-report.js';
export { minutesSchema, type Minutes, type AgendaItem } from './kinds/minutes.js';
export { memoSchema, type Memo } from './kinds/memo.js';
export type { Person, Action } from './common.js';

/** Every document kind, by its `kind:` value. */
export const SCHEMAS = {
  'ita-report': itaReportSchema,
  minutes: minutesSchema,
  memo: memoSchema,
} as const;

export type Kind = keyof typeof SCHEMAS;
export const KINDS = Object.keys(SCHEMAS) as Kind[];

/** One schema for editors: whichever kind the file declares. */
export const meetingSchema = z.discriminatedUnion('kind', [itaReportSchema, minutesSchema, memoSchema]);
export type Meeting = z.output<typeof meetingSchema>;
