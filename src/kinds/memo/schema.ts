// kind: memo: บันทึกข้อความ, the cover memo that sends a report up.
// The office's name, telephone and document-number prefix come from minutes.config.yaml.
import './labels.js';
import { z } from 'zod';
import { describe } from '../../schema/labels.js';
import { date, text, textList } from '../../schema/scalars.js';
import { digitsOption, obj, person } from '../../schema/common.js';

export const memoSchema = obj('meeting', {
  kind: z.literal('memo').meta({ description: describe('kind') }),
  documentNumber: z.string().regex(/^[\p{L}\p{N} ./-]{1,20}$/u).meta({ description: describe('documentNumber'), examples: ['1590'] }),
  date: date('date'),
  subject: text('subject'),
  to: text('to'),
  report: text('report').optional(),
  text: textList('text').optional(),
  attachments: textList('attachments').optional(),
  signer: person('signer'),
  options: digitsOption,
});

export type Memo = z.output<typeof memoSchema>;
