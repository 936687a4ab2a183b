// The optional second PDF engine: LibreOffice converts the DOCX writer's bytes. Slow (about
// 1 s) and a large install, but a real-world check that the DOCX opens and renders.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LibreOfficeOptions {
  /** The LibreOffice binary; default 'soffice' from PATH. */
  command?: string;
  /** Default 120 s: a first run builds the profile. */
  timeoutMs?: number;
}

export type LibreOfficeErrorCode = 'LIBREOFFICE_MISSING' | 'LIBREOFFICE_FAILED';

export class LibreOfficeError extends Error {
  constructor(readonly code: LibreOfficeErrorCode, message: string) {
    super(message);
    this.name = 'LibreOfficeError';
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs }, (error, _stdout, stderr) => {
      if (error === null) return resolve();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(new LibreOfficeError('LIBREOFFICE_MISSING',
          `LibreOffice was not found: no '${command}' on PATH. Install LibreOffice ` +
          `(e.g. apt-get install libreoffice-writer) or use the default PDF engine.`));
      }
      reject(new LibreOfficeError('LIBREOFFICE_FAILED', `LibreOffice could not convert the DOCX: ${error.message} ${stderr}`.trim()));
    });
  });
}

/**
 * Converts DOCX bytes to PDF bytes with `soffice --headless --convert-to pdf`, in a temporary
 * directory with a private LibreOffice profile, so parallel runs never share (and lock) one.
 * Throws a LibreOfficeError, code LIBREOFFICE_MISSING when soffice is not installed.
 */
export async function convertDocxWithLibreOffice(docx: Uint8Array, options: LibreOfficeOptions = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-soffice-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(options.command ?? 'soffice', [
      '--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`,
      '--convert-to', 'pdf', '--outdir', dir, input,
    ], options.timeoutMs ?? 120_000);
    try {
      return new Uint8Array(await readFile(join(dir, 'document.pdf')));
    } catch {
      throw new LibreOfficeError('LIBREOFFICE_FAILED', 'LibreOffice ran but wrote no PDF: is the input a valid DOCX?');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
