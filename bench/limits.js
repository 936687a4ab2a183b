// npm run bench:limits — the documented limits, measured (issue 13: "memory bounded at the
// documented limits, layout and validation linear"): a meeting file near its 2 MiB limit, a
// meeting's photos at their budget (50 JPEGs, 100 MiB, 200 MP in all; five PNGs of 39.6 MP;
// five PNGs with transparency of 30 MP; interlaced PNGs at their own 20 MP), one paragraph of 1 MB, and 2000 formal minutes
// validated. Each case runs at about a quarter, a half and the whole of its size, each in a fresh
// process under /usr/bin/time: CPU time (user + sys), wall time, peak resident memory, and the
// longest stretch the main thread's event loop did not turn (how long a Ctrl-C would wait
// there; bench/event-loop-block.js). "per doubling" is the growth from one size to the next,
// scaled to a doubling of the input: ×2 is linear.
// Needs the build. BENCH_LIMITS_ONLY picks cases; BENCH_LIMITS_TIMEOUT (seconds, default 600) stops a case that runs away.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin', 'minutes.js');
const TIMEOUT_S = Number(process.env.BENCH_LIMITS_TIMEOUT ?? 600);
/** BENCH_LIMITS_ONLY=meeting,photos,png,alpha,interlaced,paragraph,archive runs those cases only. */
const ONLY = (process.env.BENCH_LIMITS_ONLY ?? 'meeting,photos,png,alpha,interlaced,paragraph,archive').split(',');
const BLOCK = join(REPO, 'bench', 'event-loop-block.js');
const only = (name) => ONLY.includes(name);
const work = mkdtempSync(join(tmpdir(), 'minutes-limits-'));
const WG = readFileSync(join(REPO, 'minutes', '2566-04-wg.yaml'), 'utf8');
const ITA = readFileSync(join(REPO, 'minutes', '2566-02-ita.yaml'), 'utf8');

/** Runs the command in `cwd` under /usr/bin/time; seconds and MB. */
function measure(cwd, args) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, '--import', BLOCK, BIN, ...args], { cwd, env, encoding: 'utf8', timeout: TIMEOUT_S * 1000, maxBuffer: 1 << 28 });
  if (r.error?.code === 'ETIMEDOUT' || r.signal !== null) return { timeout: true };
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, sys, kb] = last.split(' ').map(Number);
  const block = Number(/longest-block-ms (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { status: r.status, wall, cpu: user + sys, mb: kb / 1024, block: block / 1000 };
}

function folder(name) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'minutes', 'photos'), { recursive: true });
  return dir;
}

/** Formal minutes with `items` agenda items under item 4: about 1 KB each. */
function bigMeeting(items) {
  const item = (i) => `      - title: เรื่องที่ ${i} การติดตามผลการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 ของหน่วยงานในสังกัด
        discussion: ฝ่ายเลขานุการรายงานความคืบหน้าของการดำเนินงานตามแผนปฏิบัติราชการ ซึ่งหน่วยงานในสังกัดได้รายงานผลการดำเนินงานครบถ้วนตามกำหนด และมีข้อสังเกตเรื่องการเบิกจ่ายงบประมาณที่ยังต่ำกว่าเป้าหมาย ที่ประชุมได้อภิปรายอย่างกว้างขวาง
        resolution: รับทราบ และมอบหมายให้ฝ่ายเลขานุการติดตามผลอย่างต่อเนื่อง
`;
  const list = Array.from({ length: items }, (_, i) => item(i + 1)).join('');
  return WG.replace(/ {2}- items:\n(?: {6}.*\n| {8}.*\n| {10}.*\n| {12}.*\n)*/m, `  - items:\n${list}`);
}

/** The ITA report with `count` photos of `px` pixels each (a JPEG of noise: it does not compress). */
function photoMeeting(dir, count, px) {
  const side = Math.round(Math.sqrt(px));
  const data = Buffer.alloc(side * side * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i++) data[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23;
  // The quality that makes each photo its share of the byte budget (100 MiB / 50 = 2 MiB) or less.
  let bytes;
  for (let quality = 60; quality >= 5; quality -= 5) {
    bytes = jpeg.encode({ data, width: side, height: side }, quality).data;
    if (bytes.length <= 2 * 1024 * 1024) break;
  }
  const list = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, 'minutes', 'photos', `p${i}.jpg`), bytes);
    list.push(`  - file: photos/p${i}.jpg\n    caption: ภาพที่ ${i + 1}`);
  }
  writeFileSync(join(dir, 'minutes', 'm.yaml'), ITA.replace(/^photos:\n(?: {2}.*\n| {4}.*\n)*/m, `photos:\n${list.join('\n')}\n`));
  return bytes.length;
}

function pngChunk(type, body) {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/**
 * A PNG of `width` × `height`, 8 bits a sample, RGB or RGBA, Adam7-interlaced or not: a gradient
 * with one bit of noise in each sample, so it compresses about as a screenshot or a scan does
 * (39.6 MP RGB: ~16 MiB).
 */
function noisyPng(width, height, alpha, interlaced = false) {
  const channels = alpha ? 4 : 3;
  let seed = 11;
  const sampleAt = (y) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return ((y * 200) / height + ((seed >> 16) & 1)) | 0;
  };
  const passes = interlaced ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] : [[0, 0, 1, 1]];
  const rows = [];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    if (w <= 0) continue;
    for (let y = y0; y < height; y += dy) {
      const row = Buffer.alloc(1 + w * channels);
      for (let x = 0; x < w * channels; x++) row[1 + x] = sampleAt(y);
      rows.push(row);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  ihdr[12] = interlaced ? 1 : 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.concat(rows))), pngChunk('IEND', Buffer.alloc(0))]);
}

/** The ITA report with `count` copies of the PNG `bytes`. */
function pngMeeting(dir, count, bytes) {
  const list = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, 'minutes', 'photos', `p${i}.png`), bytes);
    list.push(`  - file: photos/p${i}.png\n    caption: ภาพที่ ${i + 1}`);
  }
  writeFileSync(join(dir, 'minutes', 'm.yaml'), ITA.replace(/^photos:\n(?: {2}.*\n| {4}.*\n)*/m, `photos:\n${list.join('\n')}\n`));
}

/** Formal minutes with one paragraph of `bytes` bytes of Thai text (spaces between phrases, as clerks type). */
function paragraphMeeting(bytes) {
  const phrase = 'ที่ประชุมได้พิจารณาผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ';
  const count = Math.ceil(bytes / Buffer.byteLength(phrase));
  return WG.replace('discussion: ไม่มี\n    resolution: รับทราบ', `discussion: ${phrase.repeat(count).trim()}\n    resolution: รับทราบ`);
}

const rows = [];
/** `n`: the size of the input, in any unit, for the growth. */
function report(name, size, n, result) {
  rows.push({ name, size, n, result });
  const r = result.timeout ? `timed out after ${TIMEOUT_S} s` : `cpu ${result.cpu.toFixed(1).padStart(6)} s   wall ${result.wall.toFixed(1).padStart(6)} s   peak ${result.mb.toFixed(0).padStart(5)} MB   longest block ${result.block.toFixed(2).padStart(5)} s   exit ${result.status}`;
  console.log(`${name.padEnd(36)} ${size.padEnd(18)} ${r}`);
}

console.log(`minutes limits bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);

for (const share of only('meeting') ? [0.25, 0.5, 1] : []) {
  // ~1030 bytes an item; the whole case just under the 2 MiB limit.
  const items = Math.floor((share * (2 * 1024 * 1024 - 4096)) / 1150);
  const dir = folder(`big-${share}`);
  const text = bigMeeting(items);
  writeFileSync(join(dir, 'minutes', 'm.yaml'), text);
  const size = `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB`;
  report('2 MiB meeting: validate', size, share, measure(dir, ['validate', 'minutes/m.yaml']));
  report('2 MiB meeting: render docx,pdf', size, share, measure(dir, ['render', 'minutes/m.yaml', '--format', 'docx,pdf']));
}

for (const count of only('photos') ? [12, 25, 50] : []) {
  const dir = folder(`photos-${count}`);
  // 50 photos fill the budget: 4 MP (200 MP in all) and ~2 MiB (100 MiB in all) each.
  const bytes = photoMeeting(dir, count, 3_990_000);
  report('JPEGs at the budget: docx,pdf', `${count} × ${(bytes / 1024 / 1024).toFixed(1)} MiB`, count, measure(dir, ['render', 'minutes/m.yaml', '--format', 'docx,pdf']));
}

// PNGs at the per-photo limit (39.6 MP), five of them the 200 MP budget; embedded as they are.
const bigPng = only('png') ? noisyPng(7680, 5156, false) : null;
for (const count of only('png') ? [1, 2, 5] : []) {
  const dir = folder(`png-${count}`);
  pngMeeting(dir, count, bigPng);
  report('39.6 MP PNGs: docx,pdf', `${count} × ${(bigPng.length / 1024 / 1024).toFixed(1)} MiB`, count, measure(dir, ['render', 'minutes/m.yaml', '--format', 'docx,pdf']));
}

// PNGs with transparency, inflated row by row and split into colour and alpha (src/writers/pdf/png-image.ts):
// 30 MP each, about the 20 MiB a photo may weigh, five of them about the byte budget.
const alphaPng = only('alpha') ? noisyPng(6400, 4700, true) : null;
for (const count of only('alpha') ? [1, 2, 5] : []) {
  const dir = folder(`alpha-${count}`);
  pngMeeting(dir, count, alphaPng);
  report('30 MP RGBA PNGs: docx,pdf', `${count} × ${(alphaPng.length / 1024 / 1024).toFixed(1)} MiB`, count, measure(dir, ['render', 'minutes/m.yaml', '--format', 'docx,pdf']));
}

// Interlaced PNGs, the one kind the PDF writer holds whole (its passes placed into the picture's
// rows), at their own budget (20 MP): 5 MP each.
const interlacedPng = only('interlaced') ? noisyPng(2500, 2000, false, true) : null;
for (const count of only('interlaced') ? [1, 2, 4] : []) {
  const dir = folder(`interlaced-${count}`);
  pngMeeting(dir, count, interlacedPng);
  report('5 MP interlaced PNGs: docx,pdf', `${count} × ${(interlacedPng.length / 1024 / 1024).toFixed(1)} MiB`, count, measure(dir, ['render', 'minutes/m.yaml', '--format', 'docx,pdf']));
}

for (const kb of only('paragraph') ? [256, 512, 1024] : []) {
  const dir = folder(`paragraph-${kb}`);
  writeFileSync(join(dir, 'minutes', 'm.yaml'), paragraphMeeting(kb * 1024));
  report('1 MB paragraph: render docx', `${kb} KB`, kb, measure(dir, ['render', 'minutes/m.yaml', '--format', 'docx']));
  report('1 MB paragraph: render pdf', `${kb} KB`, kb, measure(dir, ['render', 'minutes/m.yaml', '--format', 'pdf']));
}

for (const count of only('archive') ? [500, 1000, 2000] : []) {
  const dir = folder(`archive-${count}`);
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
    writeFileSync(join(dir, 'minutes', `m-${String(i).padStart(4, '0')}.yaml`), WG.replace(/^date: .*$/m, `date: ${date}`).replace(/^number: .*$/m, `number: ${(i % 99) + 1}`));
  }
  report('formal minutes: validate', `${count} meetings`, count, measure(dir, ['validate', 'minutes']));
}

console.log('\ngrowth per doubling of the input (×2 is linear; CPU time, peak memory):');
const byName = new Map();
for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
const perDoubling = (a, b, na, nb) => (b / a) ** (1 / Math.log2(nb / na));
for (const [name, list] of byName) {
  const steps = [];
  for (let i = 1; i < list.length; i++) {
    const [a, b] = [list[i - 1], list[i]];
    if (a.result.timeout || b.result.timeout) {
      steps.push('timeout');
      continue;
    }
    steps.push(`cpu ×${perDoubling(Math.max(a.result.cpu, 0.01), b.result.cpu, a.n, b.n).toFixed(2)} mem ×${perDoubling(a.result.mb, b.result.mb, a.n, b.n).toFixed(2)}`);
  }
  console.log(`  ${name.padEnd(36)} ${steps.join('   ')}`);
}
