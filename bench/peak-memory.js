// Preloaded by the bench (node --import) into a command it times: prints the peak resident
// memory of the whole process, worker threads included, as it exits. On Linux from VmHWM:
// getrusage's maxRSS also counts the bench process the command was forked from. Also its CPU time
// (user + sys, every thread of the process), for the archive rows.
import { readFileSync, writeSync } from 'node:fs';

function peakKb() {
  try {
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\npeak-rss-kb ${peakKb()}\ncpu-us ${user + system}\n`);
});
