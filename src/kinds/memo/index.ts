// kind: memo: บันทึกข้อความ, the cover memo that sends a report up.
import { defineKind } from '../kind.js';
import { memoSkeleton } from './skeleton.js';
import { memoSchema } from './schema.js';
import { loadMemo } from './load.js';
import { memoView } from './view.js';

export const memo = defineKind({
  name: 'memo',
  schema: memoSchema,
  describe: 'บันทึกข้อความ',
  skeleton: memoSkeleton,
  indexTitle: 'บันทึกข้อความ',
  load: loadMemo,
  // A memo names its office (ส่วนราชการ) and numbers itself (ที่ มท …) from the configuration:
  // without them it is not a memo one can send, which validate says as render does.
  officeChecks: (_loaded, office, reporter) => {
    const missing = ['name', 'documentPrefix'].filter((key) => office?.office?.[key as 'name' | 'documentPrefix'] === undefined);
    if (missing.length > 0) reporter.warn('OFFICE_NOT_CONFIGURED', null, { value: missing.map((key) => `office.${key}`).join(', ') });
  },
  view: (loaded, { office, emblem }) => {
    const image = emblem();
    return { context: memoView(loaded, office, image !== null), images: image === null ? [] : [image] };
  },
});

export type { Memo } from './schema.js';
export type { LoadedMemo } from './load.js';
