// Growth, not speed: a test that says "linear" times the same work at two sizes and compares the
// ratio, so a loaded or slow machine (which slows both alike) cannot fail it, while a quadratic
// algorithm (×16 for ×4 input) still does. Speed itself is measured by `npm run bench`.
import { expect } from 'vitest';

/** Best of `tries` runs of `work`, in milliseconds: the least disturbed by the rest of the machine. */
function bestMs(work: () => unknown, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Expects `make(n)`'s work to grow about linearly: four times the input may take at most
 * `maxRatio` times as long (linear gives about 4, quadratic about 16). A floor of a few
 * milliseconds keeps timer noise on tiny inputs from counting as growth.
 */
export function expectLinearGrowth(make: (n: number) => () => unknown, n: number, { maxRatio = 9, tries = 3 } = {}): void {
  const small = Math.max(bestMs(make(n), tries), 5);
  const large = bestMs(make(4 * n), tries);
  expect(large / small, `4× the input took ${(large / small).toFixed(1)}× as long (${small.toFixed(0)} ms → ${large.toFixed(0)} ms)`).toBeLessThan(maxRatio);
}
