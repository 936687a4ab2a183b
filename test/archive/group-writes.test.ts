// Issue 5 (regressed): a batch flushed the disk 8 times a meeting (each output and its folder, the
// manifest twice, journal and record, each with its folder) and serialised the whole manifest
// twice a meeting, a cost that grew with the square of the archive. Its outputs are now written in
// groups: one journal per group, one folder flush per group, the records written with the next
// journal. Issue 13's guarantees stay: each output flushed before its rename, and no manifest
// write forgets an output's old bytes before the folder holding its new name was flushed.
import { fstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderArchive, type ArchiveOptions } from '../../src/archive/render-archive.js';
import { MANIFEST_NAME, type Manifest } from '../../src/archive/manifest.js';
import { findProject } from '../../src/pipeline/project.js';
import { fsOps } from '../../src/pipeline/write-atomic.js';

const realRename = fsOps.rename;
const realFsync = fsOps.fsync;
afterEach(() => {
  fsOps.rename = realRename;
  fsOps.fsync = realFsync;
});

const MEETINGS = 18;

function setup(): { options: ArchiveOptions; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'minutes-groups-'));
  mkdirSync(join(root, 'minutes'));
  const wg = readFileSync(join('minutes', '2566-04-wg.yaml'), 'utf8');
  const files = Array.from({ length: MEETINGS }, (_, i) => {
    const file = join(root, 'minutes', `m-${String(i + 1).padStart(2, '0')}.yaml`);
    writeFileSync(file, wg.replace(/^date: .*$/m, `date: 2023-09-${String(i + 1).padStart(2, '0')}`));
    return file;
  });
  const options: ArchiveOptions = {
    lang: 'th', strict: false, project: findProject(), office: null, outDir: join(root, 'out'),
    formats: ['docx'], pdfEngine: 'builtin', check: false, force: false, jobs: 1,
  };
  return { options, files };
}

type Step = { step: 'fsync file' | 'fsync folder' } | { step: 'rename'; to: string; manifest?: Manifest };

function recordSteps(): Step[] {
  const steps: Step[] = [];
  fsOps.fsync = (fd) => {
    steps.push({ step: fstatSync(fd).isDirectory() ? 'fsync folder' : 'fsync file' });
    realFsync(fd);
  };
  fsOps.rename = (from, to) => {
    const name = basename(String(to));
    steps.push({ step: 'rename', to: name, ...(name === MANIFEST_NAME ? { manifest: JSON.parse(readFileSync(from, 'utf8')) as Manifest } : {}) });
    realRename(from, to);
  };
  return steps;
}

describe('a batch writes its outputs in groups (issue 5), as durably as one by one (issue 13)', () => {
  it('flushes the disk about once a meeting, not eight times, and writes the manifest a few times, not twice a meeting', async () => {
    const { options, files } = setup();
    const steps = recordSteps();
    const result = await renderArchive(files, options);
    expect(result.counts.rendered).toBe(MEETINGS);
    const manifestWrites = steps.filter((s) => s.step === 'rename' && s.to === MANIFEST_NAME).length;
    const folderFlushes = steps.filter((s) => s.step === 'fsync folder').length;
    // Before: 2 manifest writes a meeting (36) and 3 folder flushes a meeting (54).
    expect(manifestWrites).toBeLessThanOrEqual(3);
    expect(folderFlushes).toBeLessThanOrEqual(6);
    // Every output and every manifest is still flushed before its rename.
    const renames = steps.filter((s) => s.step === 'rename').length;
    expect(steps.filter((s) => s.step === 'fsync file').length).toBe(renames);
  }, 120_000);

  it('never writes a manifest that forgets an output\'s old bytes before the folder of its new name is flushed', async () => {
    const { options, files } = setup();
    await renderArchive(files, options);
    // A second run over changed meetings: each output replaced, so a record's old hash matters.
    for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: 2023-09-/m, 'date: 2023-10-'));
    const steps = recordSteps();
    const result = await renderArchive(files, options);
    expect(result.counts.rendered).toBe(MEETINGS);
    // Outputs renamed since the last folder flush: their new names may not be on the disk yet.
    const unflushed = new Set<string>();
    for (const s of steps) {
      if (s.step === 'fsync folder') unflushed.clear();
      else if (s.step === 'rename' && s.manifest === undefined) unflushed.add(s.to);
      else if (s.step === 'rename' && s.manifest !== undefined) {
        for (const record of Object.values(s.manifest.meetings)) {
          for (const [name, output] of Object.entries(record.outputs)) {
            // A record of an output renamed and not yet flushed keeps its old hash beside the new.
            if (unflushed.has(name)) expect(output.pending, name).toBeDefined();
          }
        }
      }
    }
    // And once the run is done nothing is pending: the last write settled every record.
    const last = JSON.parse(readFileSync(join(options.outDir, MANIFEST_NAME), 'utf8')) as Manifest;
    for (const record of Object.values(last.meetings)) for (const output of Object.values(record.outputs)) expect(output.pending).toBeUndefined();
  }, 120_000);
});
