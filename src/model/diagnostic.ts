// One shape for every problem a user can cause: stages collect these and return them. A
// diagnostic is a value: its code, where, and the facts (params) the message is made from; the
// message itself is written in the user's language only when it is printed (i18n/messages.ts,
// messageOf), so Thai and English come from one entry and cannot say different things.

export type Severity = 'error' | 'warning';

/** A text the program made for a message, in both languages (a reason, a hint, a label). */
export interface Said {
  th: string;
  en: string;
}

/** What a message is made from: numbers and names as they are, program texts in both languages. */
export type Param = string | number | Said;
export type Params = Record<string, Param>;

export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  /** Where the range starts, 1-based, columns in characters; 0 when the problem concerns the whole file (encoding, size). */
  line: number;
  column: number;
  params: Params;
  /** A hint the stage chose for this case, instead of the code's own. */
  hint?: Said;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
