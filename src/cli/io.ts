// What every command shares: where it prints, its exit codes, and the error for a wrong command line.

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3, interrupted: 130 } as const;

export class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A terminal on stderr, for a progress bar redrawn in place; absent when output is a file or pipe. */
  tty?: { write: (text: string) => void; columns: number };
}

export const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  ...(process.stderr.isTTY
    ? { tty: { write: (text: string) => process.stderr.write(text), columns: process.stderr.columns || 80 } }
    : {}),
};

export type Say = (th: string, en: string) => string;
