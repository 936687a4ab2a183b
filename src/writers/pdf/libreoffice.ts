// The optional second PDF engine: LibreOffice converts the DOCX writer's bytes. Slow (about
// 1 s) and a large install, but a real-world check that the DOCX opens and renders.
//
// LibreOffice keeps its settings in a profile ("user installation"), which it builds on first
// use: a fresh profile for every conversion cost ~0.8 s of each (2.89 s against 2.13 s, issue 14).
// So conversions reuse profiles kept in the user's cache folder, one conversion at a time each
// (a lock file holds the PID): parallel conversions take the next free slot, and when every slot
// is busy, a temporary profile as before. A conversion that fails in a reused profile is tried
// once more in a fresh one, and the broken profile is removed.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LibreOfficeOptions {
  /** The LibreOffice binary; default: the first of findLibreOffice()'s places. */
  command?: string;
  /** Default 120 s: a first run builds the profile. */
  timeoutMs?: number;
  /** Where reused profiles are kept; default profileRoot(). */
  profiles?: string;
}

export type LibreOfficeErrorCode = 'LIBREOFFICE_MISSING' | 'LIBREOFFICE_FAILED';

export class LibreOfficeError extends Error {
  constructor(readonly code: LibreOfficeErrorCode, message: string) {
    super(message);
    this.name = 'LibreOfficeError';
  }
}

/** What findLibreOffice looks at; the process's own by default, a test's for another platform. */
export interface Host {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
}

const thisHost = (): Host => ({ platform: process.platform, env: process.env, exists: existsSync });

/**
 * The soffice to run: MINUTES_SOFFICE when set, then soffice (or libreoffice) on PATH, then where
 * the installers put it: on Windows `%ProgramFiles%\LibreOffice\program\soffice.exe` (and the
 * 32-bit Program Files), on macOS inside /Applications/LibreOffice.app, on Linux the /opt
 * installs of libreoffice.org's packages and snap. Windows rarely has it on PATH.
 */
export function findLibreOffice(host: Host = thisHost()): string | null {
  const { env, platform, exists } = host;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (env['MINUTES_SOFFICE'] !== undefined && env['MINUTES_SOFFICE'] !== '') return env['MINUTES_SOFFICE'];
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const pathDirs = (env['PATH'] ?? env['Path'] ?? '').split(platform === 'win32' ? ';' : ':').filter((d) => d !== '');
  for (const dir of pathDirs) {
    for (const name of names) {
      const candidate = p.join(dir.replace(/^"(.*)"$/, '$1'), name);
      if (exists(candidate)) return candidate;
    }
  }
  const installed: string[] = [];
  if (platform === 'win32') {
    for (const root of [env['ProgramFiles'], env['ProgramW6432'], env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)']) {
      if (root !== undefined) installed.push(p.join(root, 'LibreOffice', 'program', 'soffice.exe'));
    }
  } else if (platform === 'darwin') {
    installed.push('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    if (env['HOME'] !== undefined) installed.push(p.join(env['HOME'], 'Applications', 'LibreOffice.app', 'Contents', 'MacOS', 'soffice'));
  } else {
    installed.push('/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice');
    for (const version of ['25.8', '25.2', '24.8', '24.2', '7.6', '7.5', '7.4']) installed.push(`/opt/libreoffice${version}/program/soffice`);
  }
  return installed.find((file) => exists(file)) ?? null;
}

/** Where reused profiles live: the user's cache folder (%LOCALAPPDATA% on Windows, XDG on Linux). */
export function profileRoot(host: Host = thisHost()): string {
  const { env, platform } = host;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') return p.join(env['LOCALAPPDATA'] ?? p.join(env['USERPROFILE'] ?? tmpdir(), 'AppData', 'Local'), 'minutes', 'libreoffice');
  if (platform === 'darwin') return p.join(env['HOME'] ?? homedir(), 'Library', 'Caches', 'minutes', 'libreoffice');
  return p.join(env['XDG_CACHE_HOME'] ?? p.join(env['HOME'] ?? homedir(), '.cache'), 'minutes', 'libreoffice');
}

/** Profiles kept: as many conversions at once reuse one, more get a temporary profile each. */
const SLOTS = 4;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A reused profile, locked for this conversion until release(); null when every slot is busy or the cache is not writable. */
function lockProfile(root: string): { dir: string; release: () => void } | null {
  try {
    mkdirSync(root, { recursive: true });
  } catch {
    return null;
  }
  for (let slot = 0; slot < SLOTS; slot++) {
    const dir = path.join(root, `profile-${slot}`);
    const lock = `${dir}.lock`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(lock, String(process.pid), { flag: 'wx' });
        return { dir, release: () => rmSync(lock, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
        // A lock whose process is gone (killed mid-conversion) is taken over.
        const owner = Number(readFileSafe(lock));
        if (Number.isInteger(owner) && owner > 0 && alive(owner)) break;
        rmSync(lock, { force: true });
      }
    }
  }
  return null;
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, windowsHide: true }, (error, _stdout, stderr) => {
      if (error === null) return resolve();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(missing(command));
      reject(new LibreOfficeError('LIBREOFFICE_FAILED', `LibreOffice could not convert the DOCX: ${error.message} ${stderr}`.trim()));
    });
  });
}

function missing(command: string | null): LibreOfficeError {
  return new LibreOfficeError('LIBREOFFICE_MISSING',
    `LibreOffice was not found${command === null ? ' (no soffice on PATH nor where its installer puts it)' : `: no '${command}'`}. Install LibreOffice ` +
    `(e.g. apt-get install libreoffice-writer), set MINUTES_SOFFICE to its soffice, or use the default PDF engine.`);
}

async function convertIn(command: string, dir: string, profile: string, docx: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  const input = path.join(dir, 'document.docx');
  await writeFile(input, docx);
  await run(command, [
    '--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--convert-to', 'pdf', '--outdir', dir, input,
  ], timeoutMs);
  try {
    return new Uint8Array(await readFile(path.join(dir, 'document.pdf')));
  } catch {
    throw new LibreOfficeError('LIBREOFFICE_FAILED', 'LibreOffice ran but wrote no PDF: is the input a valid DOCX?');
  }
}

/**
 * Converts DOCX bytes to PDF bytes with `soffice --headless --convert-to pdf`, in a temporary
 * directory, with a reused profile when one is free. Throws a LibreOfficeError, code
 * LIBREOFFICE_MISSING when soffice is not installed.
 */
export async function convertDocxWithLibreOffice(docx: Uint8Array, options: LibreOfficeOptions = {}): Promise<Uint8Array> {
  const command = options.command ?? findLibreOffice();
  if (command === null) throw missing(null);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = await mkdtemp(path.join(tmpdir(), 'minutes-soffice-'));
  const reused = lockProfile(options.profiles ?? profileRoot());
  try {
    if (reused !== null) {
      try {
        return await convertIn(command, dir, reused.dir, docx, timeoutMs);
      } catch (error) {
        if ((error as LibreOfficeError).code === 'LIBREOFFICE_MISSING') throw error;
        // Perhaps the profile is broken (a crash while it was written): start it again, and try once in a fresh one.
        rmSync(reused.dir, { recursive: true, force: true });
      }
    }
    return await convertIn(command, dir, path.join(dir, 'profile'), docx, timeoutMs);
  } finally {
    reused?.release();
    await rm(dir, { recursive: true, force: true });
  }
}
