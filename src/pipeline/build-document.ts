// Template stage: the loaded meeting → its view → Handlebars → document markup → document model.
import type { Reporter } from '../i18n/reporter.js';
import type { Document, ImageData } from '../model/document.js';
import { A4, textWidthMm } from '../model/document.js';
import type { OfficeConfig } from '../schema/office-config.js';
import type { CompiledTemplate } from '../render/load-template.js';
import { itaView } from '../render/ita-view.js';
import { minutesView } from '../render/minutes-view.js';
import { memoView } from '../render/memo-view.js';
import { markupToDocument } from '../render/markup-to-document.js';
import { finishText } from '../render/finish-text.js';
import { itaCharts, type ChartLookup } from '../render/charts/index.js';
import type { LoadedMeeting } from './load-meeting.js';
import { loadEmblem } from './load-emblem.js';
import { withMoneyWords } from '../derive/money-words.js';

/** ระเบียบงานสารบรรณ typing guide: A4, margins top 2.5, bottom 2, left 3, right 2 cm. */
const PAGE = { ...A4, margins: { topMm: 25, bottomMm: 20, leftMm: 30, rightMm: 20 } };

export interface Built {
  document: Document;
  markup: string;
}

/** What a template sees, and the pictures its markup may place. */
export interface View {
  context: { title: string; author: string; subject: string };
  images: ImageData[];
  /** Charts by name, drawn with the document's digits. */
  charts?: (options: { thaiDigits: boolean }) => ChartLookup;
}

function viewOf(loaded: LoadedMeeting, template: CompiledTemplate, office: OfficeConfig | null, reporter: Reporter): View {
  switch (loaded.kind) {
    case 'ita-report': {
      const context = itaView(loaded.meeting, loaded.ita);
      return {
        context: { ...context, author: loaded.meeting.attendees.map((a) => a.name).join(', '), subject: context.meeting.body },
        images: loaded.photos,
        charts: (options) => itaCharts(loaded.ita, options),
      };
    }
    case 'minutes':
      return { context: minutesView(loaded, template.config.agenda ?? []), images: [] };
    case 'memo': {
      // A memo names its office (ส่วนราชการ) and numbers itself (ที่ มท …) from the configuration.
      const missing = ['name', 'documentPrefix'].filter((key) => office?.office?.[key as 'name' | 'documentPrefix'] === undefined);
      if (missing.length > 0) reporter.warn('OFFICE_NOT_CONFIGURED', null, { value: missing.map((key) => `office.${key}`).join(', ') });
      const emblem = loadEmblem(office, reporter);
      return { context: memoView(loaded, office, emblem !== null), images: emblem === null ? [] : [emblem] };
    }
  }
}

export function buildDocument(
  loaded: LoadedMeeting,
  template: CompiledTemplate,
  office: OfficeConfig | null,
  reporter: Reporter,
): Built | null {
  // The office or the meeting may ask for every amount's words where the clerk left them out.
  const moneyWords = loaded.meeting.options?.moneyWords ?? office?.moneyWords ?? false;
  const view = viewOf(moneyWords ? withMoneyWords(loaded) : loaded, template, office, reporter);
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
    font: {
      family: template.config.font?.family ?? office?.font?.family ?? 'TH SarabunPSK',
      sizePt: template.config.font?.size ?? office?.font?.size ?? 16,
    },
    thaiDigits,
    pageNumbers: { fromPage: 2, format: '- {n} -' },
    blocks: finishText(parsed.blocks, thaiDigits),
  };
  return { document, markup };
}
