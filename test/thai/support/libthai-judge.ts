// libthai (Debian libthai-dev, the breaker GTK and Pango use) as an independent judge of Thai
// line ends: a tiny C program calling th_brk_wc_find_breaks, compiled with gcc on first use and
// cached under the system temp folder. Never a runtime dependency of minutes. A missing
// compiler or library fails the test with what to install (.ci/run installs both).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personNameSpans } from '../../../src/thai/names.js';

const SOURCE = String.raw`
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <wchar.h>
#include <thai/thbrk.h>
#include <thai/thwbrk.h>
/* One UTF-8 text per input line; prints libthai's break offsets (code points) per line. */
int main(void) {
  setlocale(LC_ALL, "C.UTF-8");
  ThBrk *brk = th_brk_new(NULL);
  if (!brk) { fprintf(stderr, "libthai: no dictionary\n"); return 2; }
  char *buf = NULL; size_t cap = 0; ssize_t n;
  while ((n = getline(&buf, &cap, stdin)) != -1) {
    if (n > 0 && buf[n - 1] == '\n') buf[--n] = 0;
    size_t wn = mbstowcs(NULL, buf, 0);
    if (wn == (size_t)-1) { printf("!\n"); continue; }
    wchar_t *w = malloc((wn + 1) * sizeof(wchar_t));
    mbstowcs(w, buf, wn + 1);
    int *pos = malloc((wn + 1) * sizeof(int));
    int k = th_brk_wc_find_breaks(brk, (const thwchar_t *)w, pos, wn + 1);
    for (int i = 0; i < k; i++) printf(i ? " %d" : "%d", pos[i]);
    printf("\n");
    free(w); free(pos);
  }
  th_brk_delete(brk);
  return 0;
}
`;

let judgePath: string | undefined;

function judge(): string {
  if (judgePath !== undefined) return judgePath;
  const dir = join(tmpdir(), `minutes-libthai-judge-${createHash('sha256').update(SOURCE).digest('hex').slice(0, 12)}`);
  const bin = join(dir, 'judge');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const src = join(dir, `judge-${process.pid}.c`);
    writeFileSync(src, SOURCE);
    const tmp = `${bin}.${process.pid}`;
    try {
      execFileSync('gcc', ['-O2', '-o', tmp, src, '-lthai', '-ldatrie'], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`cannot build the libthai judge (apt-get install gcc libthai-dev): ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`);
    }
    renameSync(tmp, bin);
  }
  judgePath = bin;
  return bin;
}

/** libthai's break offsets of each text, in UTF-16 offsets (Thai is all in the BMP). */
export function libthaiBreaks(texts: readonly string[]): Set<number>[] {
  if (texts.length === 0) return [];
  const input = texts.map((t) => t.replace(/[\n\r]/g, ' ')).join('\n') + '\n';
  const out = execFileSync(judge(), { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return out.split('\n').slice(0, texts.length).map((line, i) => {
    const text = texts[i] as string;
    // Code point offsets to UTF-16 offsets.
    const utf16: number[] = [];
    let u = 0;
    for (const ch of text) {
      utf16.push(u);
      u += ch.length;
    }
    utf16.push(u);
    return new Set(line.trim() === '' ? [] : line.trim().split(' ').map((p) => utf16[Number(p)] as number));
  });
}

/** Thai letters and marks ก..ฺ, เ..๎: a line end between two of these may be inside a word. */
const THAI_LETTER = /[\u0E01-\u0E3A\u0E40-\u0E4E]/;

export interface JudgedLines {
  /** Line ends inside a word by libthai's judgement, shown as "…before|after…". */
  insideWords: string[];
  /** Line ends inside a person's name (title, given name, surname). */
  insideNames: string[];
}

/**
 * Judges the line ends of paragraphs, each given as its lines in order (their concatenation is
 * the paragraph's text, spaces at line ends included or not).
 */
export function judgeLineEnds(paragraphs: readonly (readonly string[])[]): JudgedLines {
  const joined = paragraphs.map((lines) => lines.join(''));
  const breaks = libthaiBreaks(joined);
  const insideWords: string[] = [];
  const insideNames: string[] = [];
  paragraphs.forEach((lines, p) => {
    const text = joined[p] as string;
    const names = personNameSpans(text);
    const ok = breaks[p] as Set<number>;
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      const show = `${text.slice(Math.max(0, offset - 12), offset)}|${text.slice(offset, offset + 12)}`;
      if (THAI_LETTER.test(text.charAt(offset - 1)) && THAI_LETTER.test(text.charAt(offset)) && !ok.has(offset)) insideWords.push(show);
      // A line end after a space inside a name still parts the name.
      let end = offset;
      while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
      if (names.some((n) => end > n.start && end < n.end)) insideNames.push(show);
    }
  });
  return { insideWords, insideNames };
}
