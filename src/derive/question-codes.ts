// Question codes (I1, I13, E5 ...) grouped into ranges for prose: "I13–I15 และ I18".

export interface QuestionCode {
  prefix: string;
  number: number;
}

export function parseQuestionCode(code: string): QuestionCode | null {
  const match = /^([A-Z]{1,3})(\d{1,3})$/.exec(code);
  return match === null ? null : { prefix: match[1] ?? '', number: Number(match[2]) };
}

/** "a", "a และ b", "a, b และ c": the Thai way to list. */
export function joinThai(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} และ ${items[items.length - 1] ?? ''}`;
}

/** Consecutive codes of one prefix collapse into a range with an en dash. */
export function compressCodes(codes: readonly string[]): string {
  const groups: string[] = [];
  let run: QuestionCode[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return;
    if (run.length === 1) groups.push(`${first.prefix}${first.number}`);
    else groups.push(`${first.prefix}${first.number}–${last.prefix}${last.number}`);
    run = [];
  };
  for (const code of codes) {
    const parsed = parseQuestionCode(code);
    if (parsed === null) {
      flush();
      groups.push(code);
      continue;
    }
    const previous = run[run.length - 1];
    if (previous !== undefined && (previous.prefix !== parsed.prefix || previous.number + 1 !== parsed.number)) flush();
    run.push(parsed);
  }
  flush();
  return joinThai(groups);
}
