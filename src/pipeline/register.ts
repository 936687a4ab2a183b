// The register of assignments (ทะเบียนติดตามการดำเนินงาน): every action of every meeting, by
// responsible unit, with its latest reported status. The "as of" date is the latest meeting's,
// never the clock, so the register is a function of the archive.
import { join } from 'node:path';
import { Reporter } from '../i18n/reporter.js';
import { session } from '../session.js';
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDates, formatThaiDate, type CalendarDate } from '../thai/dates.js';
import { isOverdue, meetingOrder, statusOf, type ActionRecord, type ProgressRecord } from '../derive/follow-ups.js';
import { kindOf } from '../kinds/index.js';
import { STATUS_TEXT } from '../kinds/minutes/index.js';
import { listLabel } from '../thai/list-label.js';
import { loadMeeting } from './load-meeting.js';
import { loadTemplate } from '../render/load-template.js';
import type { Format } from '../writers/index.js';
import { pdfFontsOf, writeHere } from './render-file.js';
import { documentFromTemplate } from './build-document.js';
import { writeAtomic } from './write-atomic.js';
import type { Project } from './project.js';
import type { OfficeConfig } from '../schema/office-config.js';

export interface RegisterData {
  asOf: CalendarDate | null;
  actions: ActionRecord[];
  progress: ProgressRecord[];
  diagnostics: Diagnostic[];
  /** Files that could not be read: their actions are missing from the register. */
  failed: string[];
}

export function collectRegister(files: readonly string[], project: Project, lang: Lang): RegisterData {
  const actions: ActionRecord[] = [];
  const progress: ProgressRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const failed: string[] = [];
  let asOf: CalendarDate | null = null;
  for (const file of files) {
    const reporter = new Reporter(file, lang, diagnostics);
    const loaded = loadMeeting(file, project, reporter);
    if (loaded === null) {
      failed.push(file);
      continue;
    }
    const entries = kindOf(loaded.kind).register?.(loaded);
    if (entries === undefined) continue;
    const date = loaded.meeting.date;
    if (asOf === null || compareDates(date, asOf) > 0) asOf = date;
    actions.push(...entries.actions);
    progress.push(...entries.progress);
  }
  return { asOf, actions, progress, diagnostics, failed };
}

/** Made on first use, for the process: ICU's Thai collation data took ~10 ms of every command's start (measured). */
const thaiCollator = (): Intl.Collator => session().value('register/collator', () => new Intl.Collator('th'), 'tool');

/** What templates/register sees. */
export function registerView(data: RegisterData) {
  const asOf = data.asOf;
  // The meetings, lettered ก. ข. ค. in date order; a row names its meeting by letter.
  const meetings = [...new Map(data.actions.map((a) => [a.meeting.file, a.meeting])).values()].sort(meetingOrder);
  const letterOf = new Map(meetings.map((m, i) => [m.file, listLabel('thaiLetter', i + 1, false)]));
  const rows = data.actions.map((action) => {
    const { status, report } = statusOf(action, data.progress);
    const overdue = asOf !== null && isOverdue(action, status, asOf);
    return {
      action,
      unit: action.unit,
      task: action.task,
      from: `${letterOf.get(action.meeting.file) ?? ''} ${/^\d/.test(action.source) ? `ข้อ ${action.source}` : action.source}`,
      ref: action.ref,
      due: action.due === null ? '-' : formatThaiDate(action.due, 'short'),
      status: STATUS_TEXT[status],
      note: report?.note ?? null,
      overdue,
      done: status === 'done' || status === 'dropped',
    };
  });
  const units = [...new Set(rows.map((r) => r.unit))].sort(thaiCollator().compare);
  return {
    title: 'ทะเบียนติดตามการดำเนินงานตามมติที่ประชุม',
    author: '',
    subject: 'ทะเบียนติดตามการดำเนินงาน',
    asOf: asOf === null ? null : formatThaiDate(asOf, 'long'),
    meetings: meetings.map((m) => ({
      letter: letterOf.get(m.file),
      text: `${m.body} ครั้งที่ ${m.number}/${m.year} วันที่ ${formatThaiDate(m.date, 'long')}`,
    })),
    totals: {
      all: rows.length,
      done: rows.filter((r) => r.done).length,
      open: rows.filter((r) => !r.done).length,
      overdue: rows.filter((r) => r.overdue).length,
    },
    units: units.map((unit) => ({
      unit,
      rows: rows
        .filter((r) => r.unit === unit)
        .sort((a, b) => meetingOrder(a.action.meeting, b.action.meeting) || thaiCollator().compare(a.ref, b.ref))
        .map((r, i) => ({ ...r, number: i + 1 })),
    })),
  };
}

export interface RegisterOptions {
  lang: Lang;
  project: Project;
  office: OfficeConfig | null;
  outDir: string;
  formats: Format[];
  modified?: Date;
  /** Writes the outputs, returning those written; by default each atomically (the CLI protects hand edits). */
  write?: (made: Array<[string, Uint8Array]>) => string[];
}

/** Writes DIR/register.<format> for the meetings given; nothing when a template is broken. */
export async function renderRegister(
  files: readonly string[],
  options: RegisterOptions,
): Promise<{ ok: boolean; outputs: string[]; diagnostics: Diagnostic[]; failed: string[] }> {
  const data = collectRegister(files, options.project, options.lang);
  const reporter = new Reporter('register', options.lang, data.diagnostics);
  const template = loadTemplate(options.project.templatesDir, 'register', reporter);
  const view = registerView(data);
  const built = template === null ? null : documentFromTemplate(template, { context: view, images: [] }, options.office, undefined, reporter);
  if (built === null) return { ok: false, outputs: [], diagnostics: data.diagnostics, failed: data.failed };
  const asOf = data.asOf;
  const modified = options.modified ?? (asOf === null ? new Date(Date.UTC(2000, 0, 1)) : new Date(Date.UTC(asOf.year, asOf.month - 1, asOf.day)));
  const pdfFonts = pdfFontsOf(options.office);
  const writerOptions = pdfFonts === undefined ? { modified } : { modified, pdfFonts };
  const made: Array<[string, Uint8Array]> = [];
  for (const format of options.formats) {
    made.push([join(options.outDir, `register.${format}`), await writeHere(format, built.document, writerOptions)]);
  }
  const write = options.write ?? ((all) => all.map(([path, bytes]) => (writeAtomic(path, bytes), path)));
  const outputs = write(made);
  return { ok: data.failed.length === 0, outputs, diagnostics: data.diagnostics, failed: data.failed };
}
