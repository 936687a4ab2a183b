// The hostile corpus: one folder per case under test/fixtures/hostile, its input committed
// (input.yaml) or generated at test time (generated-cases.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED } from './generated-cases.js';

export const CORPUS = 'test/fixtures/hostile';
export const cases = readdirSync(CORPUS).sort();

/** The path to give `minutes`; a generated case is written into `tmp` first. */
export function prepareCase(name: string, tmp: string): string {
  const generate = GENERATED[name];
  return generate === undefined ? join(CORPUS, name, 'input.yaml') : generate(join(tmp, name));
}
