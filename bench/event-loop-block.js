// Preloaded by the limits bench (node --import) into a command it times: prints, as the command
// exits, the longest stretch in which the main thread's event loop did not turn — how long a
// Ctrl-C or a SIGTERM would have waited there. A timer every 10 ms notes the gap since the last.
import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

let last = performance.now();
let longest = 0;
const tick = () => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
};
setInterval(tick, 10).unref();
process.on('exit', () => {
  tick();
  writeSync(2, `\nlongest-block-ms ${longest.toFixed(0)}\n`);
});
