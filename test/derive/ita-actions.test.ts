// The register's rows from an ITA report: a guideline's own units and due date, or the indicator's.
import { describe, expect, it } from 'vitest';
import { itaActions } from '../../src/derive/follow-ups.js';
import type { ItaReport } from '../../src/kinds/index.js';

const due = (year: number, month: number, day: number) => ({ year, month, day });

const report = {
  date: due(2025, 9, 10),
  body: 'คณะทำงาน ITA',
  number: 2,
  year: 2568,
  analysis: [
    {
      part: 'IIT',
      indicators: [
        {
          number: 2,
          guidelines: ['เผยแพร่แผน', { text: 'จัดประชุมชี้แจง', units: ['กองคลัง', 'กองแผน'], due: due(2026, 3, 31) }, { text: 'ทบทวนคู่มือ', units: ['กองการเจ้าหน้าที่'] }],
          focusUnits: ['สำนักงานเลขานุการ'],
          due: due(2025, 12, 31),
        },
      ],
    },
  ],
} as unknown as ItaReport;

describe('itaActions', () => {
  const rows = itaActions(report, 'm.yaml').map((a) => [a.ref, a.unit, a.task, a.due]);
  it('gives the focus units the guidelines without units, due when the indicator is (refs as in 0.2.0)', () => {
    expect(rows[0]).toEqual(['2/2568-I2-1', 'สำนักงานเลขานุการ', 'เผยแพร่แผน', due(2025, 12, 31)]);
  });
  it('gives each unit of a guideline that guideline, due when it says, else when its indicator is', () => {
    expect(rows.slice(1)).toEqual([
      ['2/2568-I2-G2-1', 'กองคลัง', 'จัดประชุมชี้แจง', due(2026, 3, 31)],
      ['2/2568-I2-G2-2', 'กองแผน', 'จัดประชุมชี้แจง', due(2026, 3, 31)],
      ['2/2568-I2-G3-1', 'กองการเจ้าหน้าที่', 'ทบทวนคู่มือ', due(2025, 12, 31)],
    ]);
  });
});
