// What the memo template sees: the office's details from the configuration, the memo's own
// fields, and, when it sends a report, the facts of that meeting for the default text.
import type { LoadedMemo } from './load.js';
import type { OfficeConfig } from '../../schema/office-config.js';
import { formatThaiDate } from '../../thai/dates.js';

export function memoView(loaded: LoadedMemo, office: OfficeConfig | null, hasEmblem: boolean) {
  const memo = loaded.meeting;
  const prefix = office?.office?.documentPrefix;
  return {
    title: memo.subject,
    author: memo.signer.name,
    subject: memo.subject,
    hasEmblem,
    office: { name: office?.office?.name ?? '', phone: office?.office?.phone ?? null },
    documentNumber: prefix === undefined ? memo.documentNumber : `${prefix}/${memo.documentNumber}`,
    date: formatThaiDate(memo.date, 'long'),
    to: memo.to,
    attachments: memo.attachments ?? [],
    text: memo.text ?? null,
    report: loaded.report,
    signer: memo.signer,
  };
}
