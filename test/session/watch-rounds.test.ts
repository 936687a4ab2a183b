// Issue 14: a round of `minutes watch` does only what the save asks for. The session forgets only
// what was made from a changed (or unwatched) file; a round renders only the meetings made from a
// changed file; the configuration is loaded once, by the render, and stays loaded while its files
// do not change.
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watch } from '../../src/cli/watch-command.js';
import type { CommandContext } from '../../src/cli/context.js';
import { Session, session } from '../../src/session.js';
import { findProject } from '../../src/pipeline/project.js';
import { renderMeetingInMemory } from '../../src/pipeline/render-file.js';
import type { Format } from '../../src/writers/index.js';
import { makeArchive, REPO } from '../archive/archive-fixture.js';

describe('a reset that names what changed', () => {
  it('keeps what was made from watched files that did not change, and drops the rest', () => {
    const s = new Session();
    const years = s.map<string, number>('test/years');
    years.set('/archive/data/ita/2566.yaml\u0000th', 1); // watched, unchanged: kept
    years.set('/archive/data/ita/2567.yaml\u0000th', 2); // changed: dropped
    years.set('/elsewhere/2568.yaml\u0000th', 3); // not watched: dropped
    years.set('not-a-path', 4); // names no file: dropped
    const templates = s.map<string, number>('test/templates');
    templates.set('/archive/templates/ita-report', 5); // a file under it changed: dropped
    templates.set('/archive/templates/memo', 6);
    const office = s.map<string, { files: string[] }>('test/office', { files: (_key, v) => v.files });
    office.set('a', { files: ['/archive/minutes.config.yaml', '/archive/fonts/a.ttf'] }); // kept
    office.set('b', { files: ['/archive/minutes.config.yaml', '/archive/fonts/b.ttf'] }); // its font changed
    const parsed = s.map<string, number>('test/parsed');
    parsed.set('/archive/minutes/a.yaml', 7); // inside a folder that changed (replaced): dropped
    s.reset({
      paths: ['/archive/data/ita/2567.yaml', '/archive/templates/ita-report/document.hbs', '/archive/fonts/b.ttf', '/archive/minutes'],
      watched: (path) => path.startsWith('/archive/'),
    });
    expect([...years.keys()]).toEqual(['/archive/data/ita/2566.yaml\u0000th']);
    expect([...templates.keys()]).toEqual(['/archive/templates/memo']);
    expect([...office.keys()]).toEqual(['a']);
    expect(parsed.size).toBe(0);
    expect(s.generation).toBe(1);
    s.reset();
    expect(years.size + templates.size + office.size).toBe(0);
  });
});

interface Round {
  code: number;
  printed: string[];
}

/** Runs `minutes watch` here on `paths` until `rounds` rounds are done; `edit(n)` after round n. */
async function watchRounds(root: string, paths: string[], rounds: number, edit: (round: number) => void, values: CommandContext['values'] = {}): Promise<Round[]> {
  const printed: string[] = [];
  const ctx: CommandContext = {
    paths,
    values: { out: join(root, 'out'), format: 'docx', lang: 'en', ...values },
    argv: [],
    lang: 'en',
    say: (_th, en) => en,
    io: { out: (t) => printed.push(t), err: (t) => printed.push(t) },
  };
  const done: Round[] = [];
  const controller = new AbortController();
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`round ${done.length + 1} never came: ${printed.join('\n')}`)), 60_000);
    void watch(ctx, {
      signal: controller.signal,
      afterRound: (round, code) => {
        done.push({ code, printed: printed.splice(0) });
        if (round < rounds) edit(round);
        else {
          clearTimeout(timeout);
          controller.abort();
          resolve();
        }
      },
    }).catch(reject);
  });
  return done;
}

const save = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('a round of minutes watch', () => {
  it('renders only the meeting that was saved, and plans every meeting again when a template changes', async () => {
    const root = makeArchive(3, { photos: false });
    const templates = join(root, 'templates');
    cpSync(join(REPO, 'templates'), templates, { recursive: true });
    const rounds = await watchRounds(root, [join(root, 'minutes')], 3, (round) => {
      if (round === 1) save(join(root, 'minutes', 'm-002.yaml'), 'ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร');
      else save(join(templates, 'ita-report', 'document.hbs'), 'สรุปผลการประชุมได้ ดังนี้', 'สรุปผลการประชุมฉบับแก้ไขได้ ดังนี้');
    }, { templates });
    expect(rounds.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(rounds[0]?.printed).toContain('rendered 3, unchanged 0, failed 0 (of 3 meeting(s))');
    // Before, every round validated and hashed every meeting of the folder: "unchanged 2 (of 3)".
    expect(rounds[1]?.printed).toContain('rendered 1, unchanged 0, failed 0 (of 1 meeting(s))');
    expect(rounds[1]?.printed.filter((l) => l.startsWith('wrote ')).map((l) => l.replace(/.*[\\/]/, ''))).toEqual(['m-002.docx']);
    expect(rounds[2]?.printed).toContain('rendered 3, unchanged 0, failed 0 (of 3 meeting(s))');
  }, 120_000);

  it('renders again the minutes that read a saved earlier meeting, and only those', async () => {
    const root = makeArchive(0);
    for (const name of ['2566-02-ita.yaml', '2566-02-ita-memo.yaml', '2566-03-wg.yaml', '2566-04-wg.yaml']) cpSync(join(REPO, 'minutes', name), join(root, 'minutes', name));
    const earlier = join(root, 'minutes', '2566-03-wg.yaml');
    const text = readFileSync(earlier, 'utf8');
    const rounds = await watchRounds(root, [join(root, 'minutes')], 2, () => {
      // A task the next meeting follows up.
      writeFileSync(earlier, text.replace('task: จัดทำระบบจองรถราชการออนไลน์\n', 'task: จัดทำระบบจองรถราชการออนไลน์ทุกคัน\n'));
    });
    expect(rounds.map((r) => r.code), rounds[0]?.printed.join('\n')).toEqual([0, 0]);
    const wrote = rounds[1]?.printed.filter((l) => l.startsWith('wrote ')).map((l) => l.replace(/.*[\\/]/, '')).sort();
    expect(wrote).toEqual(['2566-03-wg.docx', '2566-04-wg.docx']);
  }, 120_000);

  it('loads the configuration once per round, and keeps it loaded while its files do not change', async () => {
    const root = makeArchive(1, { photos: false });
    const config = join(root, 'minutes.config.yaml');
    writeFileSync(config, 'office:\n  name: สำนักงานทดสอบ\n');
    const yaml = join(root, 'minutes', 'm-001.yaml');
    const loaded: unknown[] = [];
    const key = `${resolve(config)}\u0000en`;
    const rounds = await watchRounds(root, [join(root, 'minutes')], 3, (round) => {
      loaded.push(session().map('pipeline/office').get(key));
      if (round === 1) save(yaml, 'ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร');
      else writeFileSync(config, 'office:\n  name: สำนักงานทดสอบใหม่\n');
    }, { config });
    loaded.push(session().map('pipeline/office').get(key));
    expect(rounds.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(loaded[0]).toBeDefined();
    // The meeting's save left the configuration loaded; its own save read it again.
    expect(loaded[1]).toBe(loaded[0]);
    expect(loaded[2]).not.toBe(loaded[1]);
    expect(statSync(join(root, 'out', 'm-001.docx')).isFile()).toBe(true);
  }, 120_000);

  it('leaves the manifest as it is when a round changes nothing in it (each write of it is flushed to the disk twice)', async () => {
    const root = makeArchive(1, { photos: false });
    const manifest = join(root, 'out', '.minutes-manifest.json');
    const seen: Array<{ ino: number; mtimeMs: number }> = [];
    const rounds = await watchRounds(root, [join(root, 'minutes')], 2, () => {
      seen.push(statSync(manifest));
      // No meeting's file: every meeting is planned again, and each is up to date.
      writeFileSync(join(root, 'minutes', 'notes.txt'), 'not a meeting');
    });
    const after = statSync(manifest);
    expect(rounds.map((r) => r.code)).toEqual([0, 0]);
    expect(rounds[1]?.printed).toContain('nothing to render: all 1 meeting(s) up to date');
    expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual({ ino: seen[0]?.ino, mtimeMs: seen[0]?.mtimeMs });
  }, 120_000);

  it('writes the PDF in its warm worker thread while this thread writes the DOCX, the same bytes as here', async () => {
    const root = makeArchive(1, { photos: false });
    const yaml = join(root, 'minutes', 'm-001.yaml');
    const shapedHere: number[] = [];
    const rounds = await watchRounds(root, [join(root, 'minutes')], 2, () => {
      shapedHere.push(session().map('pdf/shapers').size);
      save(yaml, 'ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร');
    }, { format: 'docx,pdf' });
    shapedHere.push(session().map('pdf/shapers').size);
    expect(rounds.map((r) => r.code)).toEqual([0, 0]);
    expect(rounds[1]?.printed.filter((l) => l.startsWith('wrote ')).map((l) => l.replace(/.*[\\/]/, ''))).toEqual(['m-001.docx', 'm-001.pdf']);
    // No font was loaded in this thread: the PDFs were laid out in the worker.
    expect(shapedHere).toEqual([0, 0]);
    const options = { lang: 'en' as const, strict: false, project: findProject({ cwd: root }), office: null, outDir: join(root, 'here'), formats: ['docx', 'pdf'] as Format[], pdfEngine: 'builtin' as const };
    const here = await renderMeetingInMemory(yaml, options);
    for (const made of here.made) expect(Buffer.compare(readFileSync(join(root, 'out', `m-001.${made.format}`)), made.bytes), made.format).toBe(0);
  }, 120_000);
});
