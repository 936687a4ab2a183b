// Collects diagnostics for one file in the user's language.
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { messageFor, type Code, type Lang, type Params } from './messages.js';

export interface Position {
  /** 1-based. */
  line: number;
  column: number;
}

export class Reporter {
  constructor(
    readonly file: string,
    readonly lang: Lang,
    readonly diagnostics: Diagnostic[] = [],
  ) {}

  /** Reports about another file (a data file, a template) into the same list. */
  child(file: string): Reporter {
    return new Reporter(file, this.lang, this.diagnostics);
  }

  report(severity: Severity, code: Code, at: Position | null, params: Params = {}, hint?: string): void {
    const text = messageFor(this.lang, code, params);
    const finalHint = hint ?? text.hint;
    this.diagnostics.push({
      code,
      severity,
      message: text.message,
      file: this.file,
      line: at?.line ?? 0,
      column: at?.column ?? 0,
      ...(finalHint === undefined ? {} : { hint: finalHint }),
    });
  }

  error(code: Code, at: Position | null, params?: Params, hint?: string): void {
    this.report('error', code, at, params, hint);
  }

  warn(code: Code, at: Position | null, params?: Params, hint?: string): void {
    this.report('warning', code, at, params, hint);
  }

  /** Picks the Thai or English form of a text made by the caller. */
  say(th: string, en: string): string {
    return this.lang === 'th' ? th : en;
  }
}
