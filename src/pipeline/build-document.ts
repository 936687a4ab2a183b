// Template stage: the loaded meeting → Handlebars → document markup → document model.
import type { Reporter } from '../i18n/reporter.js';
import type { Document } from '../model/document.js';
import { A4, textWidthMm } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import type { CompiledTemplate } from '../render/load-template.js';
import { itaView } from '../render/ita-view.js';
import { markupToDocument } from '../render/markup-to-document.js';
import { applyThaiDigits } from '../render/apply-digits.js';
import type { LoadedMeeting } from './load-meeting.js';

/** ระเบียบงานสารบรรณ typing guide: A4, margins top 2.5, bottom 2, left 3, right 2 cm. */
const PAGE = { ...A4, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } };

export interface Built {
  document: Document;
  markup: string;
}

export function buildDocument(
  loaded: LoadedMeeting,
  template: CompiledTemplate,
  office: OfficeConfig | null,
  reporter: Reporter,
): Built | null {
  const context = itaView(loaded.meeting, loaded.ita);
  let markup: string;
  try {
    markup = template.render(context);
  } catch (error) {
    reporter.child(template.mainFile).error('TEMPLATE_RUNTIME', null, { reason: (error as Error).message });
    return null;
  }
  const parsed = markupToDocument(markup, { images: loaded.photos, textWidthMm: textWidthMm(PAGE) });
  if (parsed.errors.length > 0) {
    const templateReporter = reporter.child(template.mainFile);
    for (const e of parsed.errors) {
      templateReporter.error('MARKUP_ERROR', null, {
        reason: reporter.say(`${e.message} (บรรทัด ${e.line} ของผลลัพธ์แม่แบบ)`, `${e.message} (line ${e.line} of the template's output)`),
      });
    }
    return null;
  }
  const digits = loaded.meeting.options?.digits ?? office?.digits ?? template.config.digits ?? 'thai';
  const thaiDigits = digits === 'thai';
  const title = parsed.meta.title ?? context.title;
  const document: Document = {
    meta: {
      title,
      author: parsed.meta.author ?? context.attendees.map((a) => a.name).join(', '),
      subject: parsed.meta.subject ?? context.meeting.body,
      keywords: (parsed.meta.keywords ?? '').split(',').map((k) => k.trim()).filter((k) => k !== ''),
      language: 'th-TH',
    },
    page: PAGE,
    font: {
      family: template.config.font?.family ?? office?.font?.family ?? 'TH SarabunPSK',
      sizePt: template.config.font?.size ?? office?.font?.size ?? 16,
    },
    thaiDigits,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    blocks: thaiDigits ? applyThaiDigits(parsed.blocks) : parsed.blocks,
  };
  return { document, markup };
}
