// The files minutes.config.yaml names (office.emblem, pdf.fonts), checked when it is loaded:
// inside the configuration's folder (symlinks followed), regular files of a sane size, and a
// font that draws Thai. Each problem is an error at its line of the configuration.
import { dirname, join } from 'node:path';
import type { Reporter } from '../i18n/reporter.js';
import type { Param } from '../model/diagnostic.js';
import { checkThaiFont } from '../load/font-file.js';
import { MAX_WORD_LENGTH, MAX_WORD_LIST_BYTES, readWordList } from '../load/office-words.js';
import type { LoadedYaml } from '../load/load-yaml.js';
import { readConfined, resolveConfined, type PathProblem } from '../load/resolve-path.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { pathReporter } from './load-meeting.js';

/** The largest font file accepted: TH Sarabun New is ~0.4 MB, a CJK font with Thai ~20 MB. */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;

export function checkOfficeFiles(office: OfficeConfig & { dir: string }, source: LoadedYaml, reporter: Reporter): void {
  const at = pathReporter(source, reporter);
  const problem = (path: Array<string | number>, label: Param, value: string, p: PathProblem) => {
    if (p.kind === 'outside') at.error('OFFICE_FILE_OUTSIDE', path, { label, value });
    else if (p.kind === 'missing') at.error('OFFICE_FILE_MISSING', path, { label, value });
    else {
      const reason = p.kind === 'not-file' ? reporter.say('ไม่ใช่ไฟล์ปกติ', 'not a regular file')
        : p.kind === 'too-large' ? reporter.say(`ใหญ่เกิน ${p.limit} ไบต์`, `larger than ${p.limit} bytes`)
          : reporter.say(p.reasonTh, p.reason);
      at.error('OFFICE_FILE_INVALID', path, { label, value, reason });
    }
  };
  const emblem = office.office?.emblem;
  if (emblem !== undefined) {
    // A missing emblem stays a warning of each memo (the space is kept); leaving the folder is not.
    const resolved = resolveConfined(office.dir, emblem);
    if (!('path' in resolved) && resolved.kind === 'outside') problem(['office', 'emblem'], reporter.say('ไฟล์ตราครุฑ', 'emblem'), emblem, resolved);
  }
  if (office.words !== undefined) {
    // The office's word list: its words kept whole by both writers (src/load/office-words.ts).
    const label = reporter.say('ไฟล์รายการคำ', 'word list');
    const read = readConfined(office.dir, office.words, MAX_WORD_LIST_BYTES);
    if (!('bytes' in read)) problem(['words'], label, office.words, read);
    else {
      const list = reporter.child(join(dirname(reporter.file), office.words));
      const words = readWordList(read.bytes, {
        file: () => at.error('OFFICE_FILE_INVALID', ['words'], { label, value: office.words as string, reason: reporter.say('ไม่ใช่ข้อความ UTF-8', 'not UTF-8 text') }),
        entry: (p) => (p.kind === 'character'
          ? list.error('WORD_LIST_CHARACTER', p, { entry: p.entry, char: p.char ?? '' })
          : list.error('WORD_LIST_TOO_LONG', p, { entry: p.entry, limit: MAX_WORD_LENGTH })),
      });
      if (words !== null) office.wordList = words;
    }
  }
  const fonts = office.pdf?.fonts as Partial<Record<(typeof FACES)[number], string>> | undefined;
  for (const face of FACES) {
    const written = fonts?.[face];
    if (written === undefined) continue;
    const label = reporter.say('ไฟล์แบบอักษร', 'font file');
    const read = readConfined(office.dir, written, MAX_FONT_BYTES);
    if (!('bytes' in read)) {
      problem(['pdf', 'fonts', face], label, written, read);
      continue;
    }
    const font = checkThaiFont(read.bytes);
    if (font === 'no-thai') at.error('FONT_NO_THAI', ['pdf', 'fonts', face], { value: written });
    else if (font === 'not-font') {
      at.error('OFFICE_FILE_INVALID', ['pdf', 'fonts', face], { label, value: written, reason: reporter.say('ไม่ใช่ไฟล์แบบอักษร TrueType หรือ OpenType', 'not a TrueType or OpenType font') });
    }
  }
}
