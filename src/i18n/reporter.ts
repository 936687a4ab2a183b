// Collects diagnostics for one file, as values: the message is written when printed (messageOf).
import type { Diagnostic, Said, Severity } from '../model/diagnostic.js';
import type { Code, Lang, Params } from './messages.js';

export interface Position {
  /** 1-based. */
  line: number;
  column: number;
}

export class Reporter {
  constructor(
    readonly file: string,
    /** The language the caller prints in; the diagnostics themselves hold both. */
    readonly lang: Lang,
    readonly diagnostics: Diagnostic[] = [],
  ) {}

  /** Reports about another file (a data file, a template) into the same list. */
  child(file: string): Reporter {
    return new Reporter(file, this.lang, this.diagnostics);
  }

  report(severity: Severity, code: Code, at: Position | null, params: Params = {}, hint?: Said): void {
    this.diagnostics.push({
      code,
      severity,
      file: this.file,
      line: at?.line ?? 0,
      column: at?.column ?? 0,
      params,
      ...(hint === undefined ? {} : { hint }),
    });
  }

  error(code: Code, at: Position | null, params?: Params, hint?: Said): void {
    this.report('error', code, at, params, hint);
  }

  warn(code: Code, at: Position | null, params?: Params, hint?: Said): void {
    this.report('warning', code, at, params, hint);
  }

  /** A text made by the caller, in both languages: the message picks one when it is printed. */
  say(th: string, en: string): Said {
    return { th, en };
  }
}
