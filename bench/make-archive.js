// A generated archive for the bench: `count` meetings in DIR/minutes/, with the example's photos.
// `kinds` (BENCH_KINDS in the bench) picks what they are:
// - ita: variations of the ITA example (date, number, EIT score and a total that still adds up);
// - minutes: variations of the working group's minutes (no charts), in ten bodies of one office,
//   each numbered 1–12 a year, so each carries the open items of its body's earlier meetings;
// - mixed: the two in turn.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARCHIVE_KINDS = ['ita', 'minutes', 'mixed'];

function itaMeeting(source, i) {
  const date = new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10);
  const k = i % 20;
  // EIT in steps of 0.10 keeps 0.3 × IIT + 0.3 × EIT + 0.4 × OIT clear of a rounding tie.
  return source
    .replace(/^date: 2023-08-22/m, `date: ${date}`)
    .replace(/^ {2}number: 2$/m, `  number: ${(i % 99) + 1}`)
    .replace(/^ {4}EIT: 83\.06$/m, `    EIT: ${((8306 + 10 * k) / 100).toFixed(2)}`)
    .replace(/^ {2}total: 92\.43/m, `  total: ${((9243 + 3 * k) / 100).toFixed(2)}`);
}

const BODIES = 10;

function minutesMeeting(source, i) {
  const body = i % BODIES;
  const nth = Math.floor(i / BODIES); // this body's nth meeting
  const date = new Date(Date.UTC(2023, 0, 2 + i)).toISOString().slice(0, 10);
  return source
    .replace(/^body: (.*)$/m, `body: $1 ชุดที่ ${body + 1}`)
    .replace(/^number: 3$/m, `number: ${(nth % 12) + 1}`)
    .replace(/^year: 2566$/m, `year: ${2566 + Math.floor(nth / 12)}`)
    .replace(/^date: 2023-09-05$/m, `date: ${date}`);
}

export function makeArchive(dir, count, kinds = 'ita') {
  if (!ARCHIVE_KINDS.includes(kinds)) throw new Error(`kinds: one of ${ARCHIVE_KINDS.join(', ')}`);
  const minutes = join(dir, 'minutes');
  mkdirSync(minutes, { recursive: true });
  cpSync('minutes/photos', join(minutes, 'photos'), { recursive: true });
  const ita = readFileSync('minutes/2566-02-ita.yaml', 'utf8');
  const wg = readFileSync('minutes/2566-03-wg.yaml', 'utf8');
  for (let i = 0; i < count; i++) {
    const kind = kinds === 'mixed' ? (i % 2 === 0 ? 'ita' : 'minutes') : kinds;
    const text = kind === 'ita' ? itaMeeting(ita, i) : minutesMeeting(wg, i);
    writeFileSync(join(minutes, `m-${String(i + 1).padStart(3, '0')}.yaml`), text);
  }
  return minutes;
}

// node bench/make-archive.js DIR COUNT [KINDS]: the same archive, to time a command by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count = '100', kinds = 'ita'] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: node bench/make-archive.js DIR [COUNT] [ita|minutes|mixed]');
  console.log(makeArchive(dir, Number(count), kinds));
}
