// What an output depends on, as one hash: the meeting's own files, its kind's templates, the office
// configuration and the files it names, the format and the tool's version. Equal hashes mean
// a render would write the same bytes, so the output can be left as it is.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isEditorLitter } from '../load/editor-files.js';
import { resolveWritten } from '../load/resolve-path.js';
import { officeNamedFiles } from '../pipeline/office-files.js';
import { PACKAGE_ROOT, type Project } from '../pipeline/project.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { session } from '../session.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file that is there but no regular file (a FIFO, a device, a folder): never read. */
export const NOT_REGULAR = 'not-regular';

/**
 * The hash of a regular file's bytes, read in chunks (an output may be large); null when it is
 * not there, NOT_REGULAR when it is no regular file: a FIFO would block the read for ever and
 * /dev/zero never end (issue 13, 7). Symlinks are not followed: lstat first, then the type of
 * the file opened (O_NONBLOCK: opening a FIFO does not wait).
 */
export function fileHash(path: string, follow = false): string | null {
  let fd: number;
  try {
    if (!(follow ? statSync(path) : lstatSync(path)).isFile()) return NOT_REGULAR;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return NOT_REGULAR;
    const h = createHash('sha256');
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, chunk, 0, chunk.length, null); n > 0; n = readSync(fd, chunk, 0, chunk.length, null)) h.update(chunk.subarray(0, n));
    return h.digest('hex');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The tool's version from its package.json: a new version may write other bytes. */
export function toolVersion(): string {
  return session().value('archive/version', () => (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version, 'tool');
}

/** The files of a template folder, as loading reads them: editor swap and lock files left out. */
function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (isEditorLitter(name)) continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) out.push(...filesUnder(path));
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

/** Hashes of what every meeting of a run shares, computed once per run. */
export class SharedInputs {
  private readonly templates = new Map<string, string>();
  private readonly files = new Map<string, string | null>();
  private office: string | undefined;

  constructor(
    private readonly project: Project,
    private readonly config: OfficeConfig | null,
  ) {}

  /** Every file of templates/<kind>/, with its path inside the folder. */
  templateHash(kind: string): string {
    let hash = this.templates.get(kind);
    if (hash === undefined) {
      const dir = join(this.project.templatesDir, kind);
      const h = createHash('sha256');
      for (const file of filesUnder(dir)) h.update(`${relative(dir, file)}\0`).update(fileHash(file, true) ?? 'missing').update('\0');
      hash = h.digest('hex');
      this.templates.set(kind, hash);
    }
    return hash;
  }

  /**
   * An input file's hash, read once per run: minutes name their earlier meetings (up to 100) as
   * inputs, which were read and hashed again for every later meeting and every format.
   */
  fileHash(path: string): string | null {
    let hash = this.files.get(path);
    if (hash === undefined) {
      hash = fileHash(path, true);
      this.files.set(path, hash);
    }
    return hash;
  }

  /** minutes.config.yaml and the files it names (emblem, PDF fonts, word list). */
  officeHash(): string {
    if (this.office === undefined) {
      const h = createHash('sha256');
      const file = this.project.configFile;
      if (file !== null) h.update(fileHash(file, true) ?? 'missing');
      const base = this.config?.dir ?? '.';
      for (const path of officeNamedFiles(this.config)) {
        const resolved = resolveWritten(base, path);
        h.update(`\0${path}\0`).update(('path' in resolved ? fileHash(resolved.path, true) : null) ?? 'missing');
      }
      this.office = h.digest('hex');
    }
    return this.office;
  }
}

export interface InputDescription {
  kind: string;
  /** The meeting file first, then every file it reads: year data, photos, earlier meetings. */
  files: readonly string[];
  format: string;
  pdfEngine: string;
}

export function inputHash(input: InputDescription, shared: SharedInputs): string {
  const h = createHash('sha256');
  h.update(`minutes ${toolVersion()}\0${input.format}\0${input.format === 'pdf' ? input.pdfEngine : ''}\0${input.kind}\0`);
  h.update(shared.templateHash(input.kind)).update(shared.officeHash());
  for (const file of new Set(input.files)) h.update('\0').update(shared.fileHash(file) ?? 'missing');
  return h.digest('hex');
}
