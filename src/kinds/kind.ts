// What a document kind is: one folder under src/kinds/ exporting one KindDefinition, registered
// by one line in src/kinds/index.ts. The pipeline (load-meeting, build-document, register, the
// archive index) asks the registry and never switches on a kind's name.
import type { z } from 'zod';
import type { Reporter } from '../i18n/reporter.js';
import type { LoadedYaml } from '../load/load-yaml.js';
import type { Code, Params } from '../i18n/messages.js';
import type { Path } from '../load/to-plain.js';
import type { ImageData } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import type { DateValue } from '../schema/scalars.js';
import type { CompiledTemplate } from '../render/load-template.js';
import type { View } from '../render/view.js';
import type { ActionRecord, ProgressRecord } from '../derive/follow-ups.js';

/** The folders a kind may read besides the meeting file (structurally a pipeline Project). */
export interface KindProject {
  templatesDir: string;
  dataDir: string;
}

/** What every validated meeting has, whatever its kind. */
export interface MeetingBase {
  kind: string;
  date: DateValue;
  options?: { digits?: 'thai' | 'arabic' | undefined } | undefined;
}

/** What every kind's loader returns. */
export interface Loaded<M extends MeetingBase = MeetingBase> {
  kind: M['kind'];
  file: string;
  source: LoadedYaml;
  meeting: M;
  /** Every file the output depends on besides templates and configuration. */
  inputs: string[];
}

/** What a cover memo says about the meeting whose report it sends (templates/memo reads it). */
export interface ReportFacts {
  ita: boolean;
  assignedBy: string | null;
  attendees: string | null;
  body: string;
  numberText: string;
  date: string;
  timeText: string;
  place: string;
  organization: string | null;
  fiscalYear: number | null;
  total: string | null;
  level: string | null;
}

/** What every kind's loader receives. */
export interface LoadBase {
  file: string;
  source: LoadedYaml;
  at: {
    warn: (code: Code, path: Path, params?: Params) => void;
    error: (code: Code, path: Path, params?: Params) => void;
  };
  project: KindProject;
  reporter: Reporter;
  /** The files being loaded, outermost first, this one last: a memo naming one of them is a cycle. */
  loading: readonly string[];
  /** Loads another meeting file (a memo's report), reporting against that file. */
  loadOther: (file: string) => Loaded | null;
  /** What a memo may say about another loaded meeting; null when its kind cannot be sent by memo. */
  reportFacts: (loaded: Loaded) => ReportFacts | null;
}

/** What a kind's view receives besides the loaded meeting. */
export interface ViewInputs {
  template: CompiledTemplate;
  office: OfficeConfig | null;
  reporter: Reporter;
  /** The office's Garuda emblem, read on demand (memos only need it). */
  emblem: () => ImageData | null;
}

/** What a kind's `minutes new` skeleton may show as examples. */
export interface SkeletonInputs {
  /** Today as a Thai date (a sample inside a placeholder, never a value) and its BE year. */
  today: { date: string; year: number };
}

/** A key renamed since an earlier version: still read, with a DEPRECATED_KEY warning naming the new one. */
export interface KeyRename {
  from: ReadonlyArray<string>;
  to: ReadonlyArray<string>;
}

export interface KindDefinition<M extends MeetingBase, L extends Loaded<M>> {
  name: M['kind'];
  schema: z.ZodType<M, unknown>;
  /** Keys written differently before, applied before the schema sees the file. */
  renamedKeys?: readonly KeyRename[];
  /** Thai help's one-line description of the kind, for `minutes new --kind`. */
  describe: string;
  /** The body of `minutes new --kind <name>`: every value a (กรอก …) placeholder. */
  skeleton: (inputs: SkeletonInputs) => string;
  /** The archive index's title for a document of this kind that carries no title or subject. */
  indexTitle: string;
  /** Everything past the schema: derived figures, linked files, kind-specific checks. */
  load: (meeting: M, base: LoadBase) => L;
  /** Checks that need the kind's template (its configuration): problems reported at the meeting's fields. */
  templateChecks?: (loaded: L, template: CompiledTemplate, at: LoadBase['at']) => void;
  /** What the kind needs of the office's configuration, checked by validate as by render (a memo's ส่วนราชการ). */
  officeChecks?: (loaded: L, office: OfficeConfig | null, reporter: Reporter) => void;
  /** What the kind's templates see. */
  view: (loaded: L, inputs: ViewInputs) => View;
  /** The kind's rows in the register of assignments (ทะเบียนติดตาม); none when absent. */
  register?: (loaded: L) => { actions: ActionRecord[]; progress: ProgressRecord[] };
  /** What a memo sending this meeting's report may say of it; absent when no memo sends this kind. */
  reportFacts?: (loaded: L) => ReportFacts;
}

/** Declares a kind with its types checked and inferred. */
export function defineKind<M extends MeetingBase, L extends Loaded<M>>(definition: KindDefinition<M, L>): KindDefinition<M, L> {
  return definition;
}
