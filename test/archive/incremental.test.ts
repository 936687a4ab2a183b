// An archive rendered twice, checked, edited by hand: what is rendered, skipped, kept and reported.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { makeArchive } from './archive-fixture.js';

const render = (root: string, ...args: string[]) => runCli(['render', join(root, 'minutes'), '--out', join(root, 'out'), ...args]);

describe('minutes render on an archive', () => {
  it('renders nothing the second time and says so', async () => {
    const root = makeArchive(6, { photos: false });
    const first = await render(root);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('สร้างใหม่ 6 ไม่เปลี่ยน 0 ไม่สำเร็จ 0 (จาก 6 การประชุม)');
    const written = readdirSync(join(root, 'out')).sort();
    const before = Object.fromEntries(written.map((n) => [n, readFileSync(join(root, 'out', n))]));

    const second = await render(root, '--lang', 'en');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('nothing to render: all 6 meeting(s) up to date');
    expect(readdirSync(join(root, 'out')).sort()).toEqual(written);
    for (const name of written) expect(readFileSync(join(root, 'out', name)).equals(before[name] as Buffer), name).toBe(true);
  });

  it('renders only the meeting whose YAML changed', async () => {
    const root = makeArchive(6, { photos: false });
    await render(root);
    const file = join(root, 'minutes', 'm-003.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร'));
    const run = await render(root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`เขียน ${join(root, 'out', 'm-003.docx')}`);
    expect(run.stdout).toContain('สร้างใหม่ 1 ไม่เปลี่ยน 5 ไม่สำเร็จ 0');
  });

  it('reports one bad file, renders the others and exits 1', async () => {
    const root = makeArchive(5, { photos: false });
    writeFileSync(join(root, 'minutes', 'm-002.yaml'), readFileSync(join(root, 'minutes', 'm-002.yaml'), 'utf8').replace('start: 13.30', 'start: 13.3'));
    const run = await render(root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('m-002.yaml:8:10: error:');
    expect(run.stderr).toContain('สร้างใหม่ 4 ไม่เปลี่ยน 0 ไม่สำเร็จ 1 (จาก 5 การประชุม)');
    expect(existsSync(join(root, 'out', 'm-002.docx'))).toBe(false);
    expect(existsSync(join(root, 'out', 'm-005.docx'))).toBe(true);
  });
});

describe('minutes render --check', () => {
  it('passes right after a render and fails, listing the stale outputs, after a YAML edit', async () => {
    const root = makeArchive(4, { photos: false });
    expect((await render(root, '--check')).code).toBe(1); // nothing rendered yet
    await render(root);
    const clean = await render(root, '--check');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('เป็นปัจจุบัน');

    const file = join(root, 'minutes', 'm-002.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('ห้องประชุมราชบพิตร', 'ห้องประชุมสโมสร'));
    const listing = () => readdirSync(join(root, 'out')).map((n) => [n, readFileSync(join(root, 'out', n)).toString('base64')]);
    const before = listing();
    const stale = await render(root, '--check', '--lang', 'en');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`${join(root, 'out', 'm-002.docx')}: error: out of date: a render from ${file} would write other bytes [OUTPUT_STALE]`);
    expect(stale.stderr).toContain('is not up to date: 2 file(s) to render');
    expect(stale.stderr).toContain(`  ${join(root, 'out', '.minutes-manifest.json')}`);
    expect(stale.stderr).not.toContain('m-001.docx');
    expect(listing()).toEqual(before); // --check writes nothing
  });

  it('names a missing output', async () => {
    const root = makeArchive(3, { photos: false });
    await render(root, '--format', 'docx,pdf');
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'out', 'm-001.pdf'));
    const run = await render(root, '--check', '--format', 'docx,pdf');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(root, 'out', 'm-001.pdf')}: error: ยังไม่มีไฟล์นี้`);
    expect(run.stderr).toContain('[OUTPUT_MISSING]');
  });
});

describe('an output edited by hand', () => {
  it('survives a render; with --force it is replaced and a backup kept', async () => {
    const root = makeArchive(3, { photos: false });
    await render(root);
    const docx = join(root, 'out', 'm-002.docx');
    const rendered = readFileSync(docx);
    const edited = Buffer.concat([rendered, Buffer.from('edited in Word')]);
    writeFileSync(docx, edited);

    const run = await render(root, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${docx}: error: this file was changed after minutes wrote it, so it was not overwritten`);
    expect(run.stderr).toContain('[OUTPUT_EDITED]');
    expect(run.stderr).toContain('--force');
    expect(readFileSync(docx).equals(edited)).toBe(true);

    const forced = await render(root, '--force', '--lang', 'en');
    expect(forced.code).toBe(0);
    const backup = join(root, 'out', '.backup', 'm-002.1.docx');
    expect(forced.stdout).toContain(`kept the hand-edited ${docx} as ${backup}`);
    expect(readFileSync(backup).equals(edited)).toBe(true);
    // Backups stay out of the repository: the folder ignores itself.
    expect(readFileSync(join(root, 'out', '.backup', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(readFileSync(docx).equals(rendered)).toBe(true);
  });

  it('is also kept when there is no manifest to say what was written', async () => {
    const root = makeArchive(1, { photos: false });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'm-001.docx'), 'a report typed in Word');
    const run = await render(root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[OUTPUT_EDITED]');
    expect(readFileSync(join(root, 'out', 'm-001.docx'), 'utf8')).toBe('a report typed in Word');
  });

  it('is adopted, not reported, when it is exactly what a render writes', async () => {
    const root = makeArchive(1, { photos: false });
    await render(root);
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'out', '.minutes-manifest.json'));
    const run = await render(root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ไม่มีอะไรต้องสร้างใหม่');
    expect(existsSync(join(root, 'out', '.minutes-manifest.json'))).toBe(true);
  });
});
