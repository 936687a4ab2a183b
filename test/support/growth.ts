// Growth, not speed: a test that says "linear" times the same work at two sizes and compares the
// ratio, so a loaded or slow machine (which slows both alike) cannot fail it, while a quadratic
// algorithm (×16 for ×4 input) still does. Speed itself is measured by `npm run bench`.
import { expect } from 'vitest';

/** Milliseconds one run of `work` takes. */
function timeMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Expects `make(n)`'s work to grow about linearly: four times the input may take at most
 * `maxRatio` times as long (linear gives about 4, quadratic about 16). The two sizes run in
 * turn, `tries` times each, and the best of each counts: a pause of the machine (another
 * process, a collection) in one run then cannot make the growth (CI once measured 11.6× for a
 * linear function with 2 tries, one after the other). A floor of a few milliseconds keeps timer
 * noise on tiny inputs from counting as growth.
 */
export function expectLinearGrowth(make: (n: number) => () => unknown, n: number, { maxRatio = 9, tries = 5 } = {}): void {
  const smallWork = make(n);
  const largeWork = make(4 * n);
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < tries; i++) {
    small = Math.min(small, timeMs(smallWork));
    large = Math.min(large, timeMs(largeWork));
  }
  small = Math.max(small, 5);
  expect(large / small, `4× the input took ${(large / small).toFixed(1)}× as long (${small.toFixed(0)} ms → ${large.toFixed(0)} ms)`).toBeLessThan(maxRatio);
}
