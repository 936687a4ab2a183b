// What an output depends on, as one hash: the meeting's own files, its kind's templates, the office
// configuration and the files it names, the format and the tool's version. Equal hashes mean
// a render would write the same bytes, so the output can be left as it is.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT, type Project } from '../pipeline/project.js';
import type { OfficeConfig } from '../schema/office-config.js';
import { session } from '../session.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The hash of a file's bytes, or null when it is not there. */
export function fileHash(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/** The tool's version from its package.json: a new version may write other bytes. */
export function toolVersion(): string {
  return session().value('archive/version', () => (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version, 'tool');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
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
      for (const file of filesUnder(dir)) h.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
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
      hash = fileHash(path);
      this.files.set(path, hash);
    }
    return hash;
  }

  /** minutes.config.yaml and the files it names (emblem, PDF fonts). */
  officeHash(): string {
    if (this.office === undefined) {
      const h = createHash('sha256');
      const file = this.project.configFile;
      if (file !== null) h.update(readFileSync(file));
      const base = this.config?.dir ?? '.';
      const named = [this.config?.office?.emblem, ...Object.values(this.config?.pdf?.fonts ?? {})];
      for (const path of named) {
        if (path === undefined) continue;
        h.update(`\0${path}\0`).update(fileHash(isAbsolute(path) ? path : resolve(base, path)) ?? 'missing');
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
