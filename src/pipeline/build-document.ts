// Template stage: the loaded meeting → its view → Handlebars → document markup → document model.
import type { Reporter } from '../i18n/reporter.js';
import type { Document } from '../model/document.js';
import { A4, textWidthMm } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import type { CompiledTemplate } from '../render/load-template.js';
import { markupToDocument } from '../render/markup-to-document.js';
import { finishText } from '../render/finish-text.js';
import type { View } from '../render/view.js';
import { kindOf, type LoadedMeeting } from '../kinds/index.js';
import { loadEmblem } from './load-emblem.js';
import { withMoneyWords } from '../derive/money-words.js';

/** ระเบียบงานสารบรรณ typing guide: A4, margins top 2.5, bottom 2, left 3, right 2 cm. */
const PAGE = { ...A4, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } };

export interface Built {
  document: Document;
  markup: string;
}

export type { View } from '../render/view.js';

export function buildDocument(
  loaded: LoadedMeeting,
  template: CompiledTemplate,
  office: OfficeConfig | null,
  reporter: Reporter,
): Built | null {
  // The office or the meeting may ask for every amount's words where the clerk left them out.
  const moneyWords = loaded.meeting.options?.moneyWords ?? office?.moneyWords ?? false;
  const subject = moneyWords ? withMoneyWords(loaded) : loaded;
  const view = kindOf(subject.kind).view(subject, { template, office, reporter, emblem: () => loadEmblem(office, reporter) });
  return documentFromTemplate(template, view, office, loaded.meeting.options?.digits, reporter);
}

/** Renders a template with a view and turns its markup into the document model. */
export function documentFromTemplate(
  template: CompiledTemplate,
  view: View,
  office: OfficeConfig | null,
  digitsOption: 'thai' | 'arabic' | undefined,
  reporter: Reporter,
): Built | null {
  let markup: string;
  try {
    markup = template.render(view.context);
  } catch (error) {
    reporter.child(template.mainFile).error('TEMPLATE_RUNTIME', null, { reason: (error as Error).message });
    return null;
  }
  const digits = digitsOption ?? office?.digits ?? template.config.digits ?? 'thai';
  const thaiDigits = digits === 'thai';
  const parsed = markupToDocument(markup, { images: view.images, charts: view.charts?.({ thaiDigits }), textWidthMm: textWidthMm(PAGE) });
  if (parsed.errors.length > 0) {
    const templateReporter = reporter.child(template.mainFile);
    for (const e of parsed.errors) {
      templateReporter.error('MARKUP_ERROR', null, {
        reason: reporter.say(`${e.message} (บรรทัด ${e.line} ของผลลัพธ์แม่แบบ)`, `${e.message} (line ${e.line} of the template's output)`),
      });
    }
    return null;
  }
  const document: Document = {
    meta: {
      title: parsed.meta.title ?? view.context.title,
      author: parsed.meta.author ?? view.context.author,
      subject: parsed.meta.subject ?? view.context.subject,
      keywords: (parsed.meta.keywords ?? '').split(',').map((k) => k.trim()).filter((k) => k !== ''),
      language: 'th-TH',
    },
    page: PAGE,
    // The office's font over the template's, as for digits: a template's is only its default.
    font: {
      family: office?.font?.family ?? template.config.font?.family ?? 'TH SarabunPSK',
      sizePt: office?.font?.size ?? template.config.font?.size ?? 16,
    },
    thaiDigits,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    blocks: finishText(parsed.blocks, thaiDigits),
  };
  // The office's own words, kept whole by both writers' line breaks.
  if (office?.wordList !== undefined && office.wordList.length > 0) document.words = [...office.wordList];
  return { document, markup };
}
