// Progress of a batch: on a terminal a bar redrawn in place on stderr; elsewhere (CI logs, pipes)
// a plain line at every tenth of the way. A handful of files shows none.
import type { Io, Say } from './io.js';
import { visible } from './print-diagnostics.js';

/** Fewer files than this finish before a bar would help. */
export const PROGRESS_MIN_FILES = 5;
const BAR_WIDTH = 24;

export interface Progress {
  update(done: number, total: number, file: string): void;
  /** Removes the bar before other output is printed. */
  clear(): void;
}

export function createProgress(io: Io, total: number, say: Say, enabled: boolean): Progress {
  if (!enabled || total < PROGRESS_MIN_FILES) return { update: () => {}, clear: () => {} };
  const tty = io.tty;
  if (tty !== undefined) {
    let shown = false;
    return {
      update(done, all, file) {
        const filled = Math.round((done / all) * BAR_WIDTH);
        const line = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${all} ${visible(file)}`;
        tty.write(`\r\x1b[2K${[...line].slice(0, Math.max(10, tty.columns - 1)).join('')}`);
        shown = true;
      },
      clear() {
        if (shown) tty.write('\r\x1b[2K');
        shown = false;
      },
    };
  }
  let lastTenth = 0;
  return {
    update(done, all) {
      const tenth = Math.floor((done * 10) / all);
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      io.err(say(`ความคืบหน้า ${done}/${all} (${tenth * 10}%)`, `progress ${done}/${all} (${tenth * 10}%)`));
    },
    clear: () => {},
  };
}
