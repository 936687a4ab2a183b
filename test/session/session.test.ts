// The session (src/session.ts) owns what a process keeps between documents; `minutes watch`
// resets it before each round, in the same process, so an edited template or year file is read
// anew while the tool's own fonts stay loaded.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { watch } from '../../src/cli/watch-command.js';
import type { CommandContext } from '../../src/cli/context.js';
import { Session, session } from '../../src/session.js';
import { makeArchive, REPO } from '../archive/archive-fixture.js';

describe('the session', () => {
  it('forgets what came from the user\'s files on reset, and keeps the tool\'s own', () => {
    const s = new Session();
    s.map<string, number>('test/inputs').set('a.yaml', 1);
    s.map<string, number>('test/tool', { scope: 'tool' }).set('x', 2);
    const fonts = s.map<string, number>('test/fonts', { keep: (file) => file.includes('/node_modules/') });
    fonts.set('/office/font.ttf', 3);
    fonts.set('/app/node_modules/sarabun.ttf', 4);
    s.count('test/work', 5);
    s.reset();
    expect(s.map('test/inputs').size).toBe(0);
    expect(s.map('test/tool').get('x')).toBe(2);
    expect([...fonts.keys()]).toEqual(['/app/node_modules/sarabun.ttf']);
    expect(s.counted('test/work')).toBe(0);
    expect(s.generation).toBe(1);
  });

  it('gives a value made once until a reset', () => {
    const s = new Session();
    let made = 0;
    expect(s.value('test/v', () => ++made)).toBe(1);
    expect(s.value('test/v', () => ++made)).toBe(1);
    s.reset();
    expect(s.value('test/v', () => ++made)).toBe(2);
  });
});

function documentXml(docx: string): string {
  return new TextDecoder().decode(unzipSync(readFileSync(docx))['word/document.xml']);
}

describe('minutes watch in one process', () => {
  it('renders each round here, with the session reset: an edited template is compiled anew', async () => {
    const root = makeArchive(1, { photos: false });
    const templates = join(root, 'templates');
    mkdirSync(templates);
    cpSync(join(REPO, 'templates'), templates, { recursive: true });
    const printed: string[] = [];
    const ctx: CommandContext = {
      paths: [join(root, 'minutes')],
      values: { out: join(root, 'out'), templates, format: 'docx', lang: 'en' },
      argv: [],
      lang: 'en',
      say: (_th, en) => en,
      io: { out: (t) => printed.push(t), err: (t) => printed.push(t) },
    };
    const controller = new AbortController();
    const codes: number[] = [];
    const generations: number[] = [];
    let edited = false;
    await new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no second round: ${printed.join('\n')}`)), 30_000);
      void watch(ctx, {
        signal: controller.signal,
        afterRound: (round, code) => {
          codes.push(code);
          generations.push(session().generation);
          if (round === 1 && !edited) {
            edited = true;
            const file = join(templates, 'ita-report', 'document.hbs');
            writeFileSync(file, readFileSync(file, 'utf8').replace('สรุปผลการประชุมได้ ดังนี้', 'สรุปผลการประชุมฉบับแก้ไขได้ ดังนี้'));
          } else if (round >= 2) {
            clearTimeout(timeout);
            controller.abort();
            resolve();
          }
        },
      }).catch(reject);
    });
    expect(codes).toEqual([0, 0]);
    expect(generations[1]).toBeGreaterThan(generations[0] as number);
    // The document's text, without its run boundaries or the joiners that keep words whole (U+FEFF).
    const text = documentXml(join(root, 'out', 'm-001.docx')).replace(/<[^>]+>/g, '').replace(/\uFEFF/g, '');
    expect(text.includes('สรุปผลการประชุมฉบับแก้ไขได้ ดังนี้')).toBe(true);
  });

  it('renders a saved meeting again here, in this thread, segmenting only the words that are new', async () => {
    // A save of one meeting is rendered in this process (no worker, no child: the thread's own
    // session is filled again after the round's reset), and ICU segments only what it has not
    // seen: before the session kept ICU's words, every round segmented every text of both
    // documents again (~40 ms of a round, profiled), some texts two or three times.
    const root = makeArchive(1, { photos: false });
    const yaml = join(root, 'minutes', 'm-001.yaml');
    const ctx: CommandContext = {
      paths: [join(root, 'minutes')],
      values: { out: join(root, 'out'), format: 'docx,pdf', lang: 'en' },
      argv: [],
      lang: 'en',
      say: (_th, en) => en,
      io: { out: () => {}, err: () => {} },
    };
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const words = () => segment.mock.contexts.filter((s) => (s as Intl.Segmenter).resolvedOptions().granularity === 'word').length;
    const perRound: number[] = [];
    const templatesAfter: number[] = [];
    const codes: number[] = [];
    const controller = new AbortController();
    try {
      await new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('no second round')), 60_000);
        void watch(ctx, {
          signal: controller.signal,
          afterRound: (round, code) => {
            codes.push(code);
            perRound.push(words() - perRound.reduce((a, b) => a + b, 0));
            templatesAfter.push(session().map('render/templates').size);
            if (round === 1) writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('ห้องประชุมราชบพิตร', 'ห้องประชุมราชบพิตร ชั้นฆฌฎ'));
            else {
              clearTimeout(timeout);
              controller.abort();
              resolve();
            }
          },
        }).catch(reject);
      });
    } finally {
      segment.mockRestore();
    }
    expect(codes, String(perRound)).toEqual([0, 0]);
    // Rendered in this thread: the template the round compiled is in this thread's session.
    expect(templatesAfter[1]).toBeGreaterThan(0);
    // The one new chunk (ชั้นฆฌฎ, a word no text had) is segmented, once or so; before, round 2
    // segmented every chunk of both documents again (hundreds).
    expect(perRound[1]).toBeGreaterThanOrEqual(1);
    expect(perRound[1]).toBeLessThanOrEqual(4);
    const text = documentXml(join(root, 'out', 'm-001.docx')).replace(/<[^>]+>/g, '').replace(/\uFEFF/g, '');
    expect(text).toContain('ห้องประชุมราชบพิตร ชั้นฆฌฎ');
  });
});
