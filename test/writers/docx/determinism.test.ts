// The same input gives the same bytes: no clock, random id, time zone or process state
// may reach the file.
import { File, Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { readDocxPart } from '../../support/docx-xml.js';
import { sampleDocument } from '../../support/sample-document.js';

const render = () => writeDocx(sampleDocument());
const baseline = await render();

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('byte-identical output', () => {
  it('renders the sample twice in one process to the same bytes', async () => {
    expect(Buffer.from(await render()).equals(Buffer.from(baseline))).toBe(true);
  });

  it('ignores the clock and Math.random (what docx uses for dates and nanoid ids)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T03:04:05Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.73);
    expect(Buffer.from(await render()).equals(Buffer.from(baseline))).toBe(true);
  });

  it('ignores the time zone (zip entry times are local DOS times)', async () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Bangkok']) {
        process.env.TZ = zone;
        expect(Buffer.from(await render()).equals(Buffer.from(baseline))).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('gives the same bytes a second later', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.from(await render()).equals(Buffer.from(baseline))).toBe(true);
  });

  it('would notice: docx alone writes the current time', async () => {
    const pack = () => Packer.toBuffer(new File({ sections: [{ children: [] }] }));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T03:04:05Z'));
    const later = await pack();
    vi.setSystemTime(new Date('2032-01-01T00:00:00Z'));
    expect(later.equals(await pack())).toBe(false);
  });

  it('keeps drawing ids per document, not per process', async () => {
    const xml = readDocxPart(await render(), 'word/document.xml');
    expect([...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => match[1])).toEqual(['1', '2']);
  });
});
