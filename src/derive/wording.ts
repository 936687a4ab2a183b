// A lint of the prescribed wording of formal minutes (ระเบียบงานสารบรรณ ข้อ 25, แบบที่ 11):
// each discouraged phrase in the clerk's text is a warning at its exact position.
import type { LoadedYaml } from '../load/load-yaml.js';
import type { Code, Params } from '../i18n/messages.js';
import type { Path } from '../load/to-plain.js';

/** [discouraged, prescribed]; the first may not be part of the second (ระเบียบวาระการประชุม contains วาระการประชุม). */
export const WORDING: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/บันทึกการประชุม/g, 'บันทึกการประชุม', 'รายงานการประชุม'],
  [/เปิดประชุมเวลา/g, 'เปิดประชุมเวลา', 'เริ่มประชุมเวลา'],
  [/(?<!เ)ปิดประชุมเวลา/g, 'ปิดประชุมเวลา', 'เลิกประชุมเวลา'],
  [/ผู้เข้าร่วมประชุมที่เป็นกรรมการ/g, 'ผู้เข้าร่วมประชุมที่เป็นกรรมการ', 'ผู้มาประชุม'],
  [/ผู้บันทึกการประชุม|ผู้บันทึก(?!ข)/g, 'ผู้บันทึก', 'ผู้จดรายงานการประชุม'],
  [/(?<!ระเบียบ)วาระการประชุม/g, 'วาระการประชุม', 'ระเบียบวาระการประชุม'],
];

type Warn = (code: Code, path: Path, params?: Params) => void;

/** Walks every text value of the file; reports each discouraged phrase where it was written. */
export function lintWording(source: LoadedYaml, at: { warn: Warn }): void {
  const walk = (value: unknown, path: Path): void => {
    if (typeof value === 'string') {
      for (const [pattern, found, expected] of WORDING) {
        pattern.lastIndex = 0;
        if (pattern.test(value)) at.warn('WORDING', path, { found, expected });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.value, []);
}
