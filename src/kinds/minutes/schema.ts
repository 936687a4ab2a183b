// kind: minutes: รายงานการประชุม, the formal minutes of the office's own body
// (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ ข้อ 25, แบบที่ 11).
import './labels.js';
import { z } from 'zod';
import { describe } from '../../schema/labels.js';
import { beYear, date, integer, text, textList, time } from '../../schema/scalars.js';
import { action, digitsOption, obj, person } from '../../schema/common.js';

const member = obj('present', {
  name: text('name'),
  position: text('position').optional(),
  role: text('role').optional(),
  /** A stand-in: written "name position แทน for.name for.position". */
  for: obj('for', { name: text('name').optional(), position: text('position') }).optional(),
});

const absentee = obj('absent', {
  name: text('name'),
  position: text('position').optional(),
  role: text('role').optional(),
  reason: text('reason').optional(),
});

const paragraphs = (key: string) =>
  z.union([text(key), textList(key)]).meta({ description: describe(key) });

const progress = obj('progress', {
  ref: z.string().min(1).meta({ description: describe('ref') }),
  status: z.enum(['done', 'in-progress', 'dropped']).meta({ description: describe('status') }),
  note: text('progressNote').optional(),
});

const subItem = obj('items', {
  title: text('subItemTitle'),
  discussion: paragraphs('discussion').optional(),
  resolution: text('resolution').optional(),
  actions: z.array(action).optional().meta({ description: describe('actions') }),
});

const agendaItem = obj('agenda', {
  title: text('agendaTitle').optional(),
  discussion: paragraphs('discussion').optional(),
  items: z.array(subItem).optional().meta({ description: describe('agendaItems') }),
  resolution: text('resolution').optional(),
  actions: z.array(action).optional().meta({ description: describe('actions') }),
  followUp: z.enum(['true', 'false']).transform((v) => v === 'true').optional().meta({ description: describe('followUp'), type: ['boolean', 'string'] }),
  progress: z.array(progress).optional().meta({ description: describe('progress') }),
});

export const minutesSchema = obj('meeting', {
  kind: z.literal('minutes').meta({ description: describe('kind') }),
  body: text('body'),
  number: integer('number', 1, 99),
  year: beYear('year'),
  date: date('date'),
  place: text('place'),
  time: obj('time', { start: time('start'), end: time('end') }),
  present: z.array(member).min(1).meta({ description: describe('present') }),
  absent: z.array(absentee).optional().meta({ description: describe('absent') }),
  guests: z.array(person('guests')).optional().meta({ description: describe('guests') }),
  agenda: z.array(agendaItem).min(1).meta({ description: describe('agenda') }),
  previousMeeting: text('previousMeeting').optional(),
  recorder: person('recorder'),
  checker: person('checker').optional(),
  options: digitsOption,
});

export type Minutes = z.output<typeof minutesSchema>;
export type AgendaItem = z.output<typeof agendaItem>;
export type SubItem = z.output<typeof subItem>;
export type Progress = z.output<typeof progress>;
