// out/index.md: every meeting of the archive in date order, with links to its files. Made from
// the manifest alone, so it is the same whichever meetings a run rendered.
import { extname } from 'node:path';
import { isoDate, formatThaiDate } from '../thai/dates.js';
import type { DateValue } from '../schema/scalars.js';
import { isKind, kindOf } from '../kinds/index.js';
import type { Manifest, MeetingSummary } from './manifest.js';

export const INDEX_NAME = 'index.md';

type Fields = Record<string, unknown>;

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Fields)[key] : undefined;
}

/**
 * What the index shows of a validated meeting. Read by field name, so a new kind with the usual
 * fields (body, number, year at the top or under `meeting:`, a title or subject) needs nothing here.
 */
export function meetingSummary(kind: string, meeting: object): MeetingSummary {
  const inner = field(meeting, 'meeting');
  const pick = (key: string) => field(meeting, key) ?? field(inner, key);
  const number = pick('number');
  const year = pick('year');
  const numberText = number === undefined ? '' : `${String(number)}${year === undefined ? '' : `/${String(year)}`}`;
  const date = pick('date') as DateValue | undefined;
  const title = pick('title') ?? pick('subject') ?? (isKind(kind) ? kindOf(kind).indexTitle : kind);
  return {
    kind,
    date: typeof date?.year === 'number' ? isoDate(date) : '',
    body: String(pick('body') ?? ''),
    number: numberText,
    title: String(title),
  };
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim() || '-';
}

function thaiDate(iso: string): string {
  if (iso === '') return '';
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatThaiDate({ year, month, day }, 'short');
}

const FORMAT_ORDER = ['.docx', '.pdf'];

function links(outputs: string[]): string {
  const rank = (name: string) => {
    const i = FORMAT_ORDER.indexOf(extname(name));
    return i === -1 ? FORMAT_ORDER.length : i;
  };
  return outputs
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((name) => `[${extname(name).slice(1).toUpperCase()}](<${name}>)`)
    .join(' · ');
}

/** The index of the meetings in `manifest` whose outputs exist (`exists` says which names do). */
export function archiveIndex(manifest: Manifest, exists: (name: string) => boolean): string {
  const rows = Object.entries(manifest.meetings)
    .map(([source, record]) => ({ source, record, outputs: Object.keys(record.outputs).filter(exists) }))
    .filter((row) => row.outputs.length > 0)
    .sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const lines = [
    '# ทะเบียนรายงานการประชุม',
    '',
    `<!-- เขียนโดย minutes render จาก .minutes-manifest.json: อย่าแก้ไฟล์นี้ด้วยมือ -->`,
    '',
    `รายงานการประชุมทั้งหมด ${rows.length} ฉบับ เรียงตามวันที่ประชุม`,
    '',
    '| วันที่ | คณะ | ครั้งที่ | เรื่อง | ไฟล์ |',
    '|---|---|---|---|---|',
    ...rows.map(({ record, outputs }) =>
      `| ${cell(thaiDate(record.date))} | ${cell(record.body)} | ${cell(record.number)} | ${cell(record.title)} | ${links(outputs)} |`),
  ];
  return `${lines.join('\n')}\n`;
}
