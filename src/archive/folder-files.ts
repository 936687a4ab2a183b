// The output folder's own files other than index.md: what `minutes register` writes
// (register.docx/.pdf). Under the same protection as a meeting's outputs: a hand edit is never
// overwritten without --force (then backed up), never through a symlink, and the manifest
// records each file as it lands (its `files` table).
import { basename, join } from 'node:path';
import type { Lang } from '../i18n/messages.js';
import { Reporter } from '../i18n/reporter.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { OutputWriteError, writeAtomic } from '../pipeline/write-atomic.js';
import { fileHash, NOT_REGULAR, sha256, toolVersion } from './hash.js';
import { ManifestStore, type OutputRecord } from './manifest.js';
import { backUp, BACKUP_DIR } from './render-archive.js';
import { writeFailure } from './write-failure.js';

export interface FolderWrite {
  written: string[];
  backups: Array<{ path: string; backup: string }>;
  diagnostics: Diagnostic[];
}

export function writeFolderFiles(
  outDir: string,
  made: ReadonlyArray<readonly [string, Uint8Array]>,
  options: { force: boolean; lang: Lang; source: string },
): FolderWrite {
  const result: FolderWrite = { written: [], backups: [], diagnostics: [] };
  const store = new ManifestStore(outDir, toolVersion(), false);
  for (const [path, bytes] of made) {
    const name = basename(path);
    const reporter = new Reporter(path, options.lang, result.diagnostics);
    const hash = sha256(bytes);
    const current = fileHash(path);
    if (current === hash) continue;
    if (current === NOT_REGULAR) {
      reporter.error('OUTPUT_NOT_REGULAR', null, { source: options.source });
      continue;
    }
    const files = store.initial.manifest.files;
    const recorded: OutputRecord | undefined = files !== undefined && Object.hasOwn(files, name) ? files[name] : undefined;
    // Before 0.3 the manifest did not record these files: an existing one is trusted once.
    const ours = current === null || (files === undefined && store.initial.existed) || recorded?.output === current || recorded?.pending === current;
    if (!ours && !options.force) {
      reporter.error('OUTPUT_EDITED', null, { source: options.source, backupDir: join(outDir, BACKUP_DIR) });
      continue;
    }
    try {
      if (!ours) {
        const backup = backUp(path, outDir);
        if (backup === null) {
          reporter.error('BACKUP_UNSAFE', null, { source: options.source, backupDir: join(outDir, BACKUP_DIR) });
          continue;
        }
        result.backups.push({ path, backup });
      }
      store.update((m) => (m.files = { ...(m.files ?? {}), [name]: { input: '', output: current ?? hash, pending: hash } }));
      writeAtomic(path, bytes);
      store.update((m) => (m.files = { ...(m.files ?? {}), [name]: { input: '', output: hash } }));
      result.written.push(path);
    } catch (error) {
      if (!(error instanceof OutputWriteError)) throw error;
      writeFailure(error, reporter, options.source);
    }
  }
  return result;
}
