// One shape for every problem a user can cause: stages collect these and return them.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  /** Already in the user's language. */
  message: string;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file (encoding, size). */
  line: number;
  column: number;
  hint?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
