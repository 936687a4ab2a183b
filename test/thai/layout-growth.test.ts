// Issue 13 item 9: line layout time grows with the square of a paragraph's length (a 936 KB
// paragraph took 83 s; a 2 MB single word ran past 15 minutes). Growth is measured as a ratio
// between two sizes eight times apart, in work counted (measure calls) and in CPU time: linear
// work grows about 8 times, quadratic 64 times. No wall-clock threshold.
import { describe, expect, it } from 'vitest';
import { layoutLines, type Measure } from '../../src/writers/pdf/line-layout.js';
import { OFFICIAL_PROSE } from './corpus/official-prose.js';
import { t } from '../support/sample-document.js';

const PROSE = OFFICIAL_PROSE.join(' ');
const prose = (n: number) => PROSE.repeat(Math.ceil(n / PROSE.length)).slice(0, n);
/** One word of n letters and no space: what ICU's breaker is slowest on. */
const oneWord = (n: number) => 'กขคงจฉชซ'.repeat(Math.ceil(n / 8)).slice(0, n);

function run(text: string): { calls: number; cpuMs: number; lines: number } {
  let calls = 0;
  const measure: Measure = (s) => {
    calls++;
    return s.length * 7;
  };
  const spec = { firstStart: 70, restStart: 0, right: 453, align: 'thaiDistribute' as const };
  const before = process.cpuUsage();
  const lines = layoutLines([t(text)], spec, measure).length;
  const used = process.cpuUsage(before);
  return { calls, cpuMs: (used.user + used.system) / 1000, lines };
}

/** The cheaper of three runs: another process taking the CPU only ever adds time. */
function best(text: string) {
  const runs = [run(text), run(text), run(text)];
  return { ...runs[0]!, cpuMs: Math.min(...runs.map((r) => r.cpuMs)) };
}

describe.each([
  ['a paragraph of official prose', prose],
  ['a single word without spaces', oneWord],
])('laying out %s', (_name, make) => {
  it('takes work and time linear in its length', () => {
    const small = best(make(6_250));
    const large = best(make(50_000));
    const workRatio = large.calls / small.calls;
    const lineRatio = large.lines / small.lines;
    expect(workRatio).toBeGreaterThan(6);
    expect(workRatio).toBeLessThan(10);
    expect(lineRatio).toBeGreaterThan(6);
    // Linear: about 8; quadratic: about 64. Generous for a busy machine, far from 64.
    expect(large.cpuMs / Math.max(small.cpuMs, 1)).toBeLessThan(24);
  });
});
