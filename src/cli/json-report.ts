// --json: one JSON document on stdout for editors and CI, instead of the messages for people.
// Shape (docs/diagnostics.md, "Machine-readable output"):
//   { command, ok, summary, files: [{ file, status, outputs, diagnostics: [...] }], ... }
import { messageOf, type Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Io } from './io.js';

export interface JsonDiagnostic {
  code: string;
  /** As printed: a warning is an error under --strict. */
  severity: 'error' | 'warning';
  message: string;
  file: string;
  /** 1-based; 0 when the problem is with the whole file. */
  line: number;
  column: number;
  hint?: string;
}

export function diagnosticJson(d: Diagnostic, strict: boolean, lang: Lang): JsonDiagnostic {
  const { message, hint } = messageOf(d, lang);
  return {
    code: d.code,
    severity: strict && d.severity === 'warning' ? 'error' : d.severity,
    message,
    file: d.file,
    line: d.line,
    column: d.column,
    ...(hint === undefined ? {} : { hint }),
  };
}

export function printJson(io: Io, report: object): void {
  io.out(JSON.stringify(report, null, 2));
}
