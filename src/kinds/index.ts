// The document kinds: one folder each (schema, loading, view, charts, register and index entries),
// one line each here, the way src/writers/index.ts lists the writers. A kind's modules are plain
// data and functions over the meeting model: none imports a writer, Handlebars or pdfkit, so
// `minutes validate` loading every kind costs only their schemas (the heavy parts stay behind
// writerFor and loadTemplate).
import { z } from 'zod';
import type { KindDefinition, Loaded, MeetingBase } from './kind.js';
import { itaReport } from './ita-report/index.js';
import { minutes } from './minutes/index.js';
import { memo } from './memo/index.js';

/** Every document kind, by its `kind:` value. */
export const KIND_REGISTRY = {
  'ita-report': itaReport,
  minutes,
  memo,
} as const;

export type Kind = keyof typeof KIND_REGISTRY;
export const KINDS = Object.keys(KIND_REGISTRY) as Kind[];

type LoadedOf<K extends Kind> = ReturnType<(typeof KIND_REGISTRY)[K]['load']>;
/** A loaded meeting of any kind, narrowed by its `kind`. */
export type LoadedMeeting = { [K in Kind]: LoadedOf<K> }[Kind];
/** A validated meeting of any kind, narrowed by its `kind`. */
export type Meeting = LoadedMeeting['meeting'];

export function isKind(name: unknown): name is Kind {
  return typeof name === 'string' && Object.hasOwn(KIND_REGISTRY, name);
}

/** The definition of a kind, typed loosely: what the pipeline calls without switching on names. */
export function kindOf(name: Kind): KindDefinition<MeetingBase, Loaded> {
  return KIND_REGISTRY[name] as unknown as KindDefinition<MeetingBase, Loaded>;
}

/** One schema for editors: whichever kind the file declares. */
export const meetingSchema = z.discriminatedUnion('kind', Object.values(KIND_REGISTRY).map((k) => k.schema) as never);

export type { ItaReport, Indicator, AnalysisPart, LoadedItaReport } from './ita-report/index.js';
export type { Minutes, AgendaItem, LoadedMinutes } from './minutes/index.js';
export type { Memo, LoadedMemo } from './memo/index.js';
export type { Person, Action } from '../schema/common.js';
export type { KindDefinition, LoadBase, Loaded, ReportFacts, ViewInputs } from './kind.js';
