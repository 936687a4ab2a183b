// A meeting's photos under the documented limits and under faults (issue 13, 8 and 12): the
// per-meeting budget refuses what would blow a render's memory up, and a photo that cannot be
// read is that meeting's positioned error, not an internal error stopping the whole folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../archive/archive-fixture.js';

const ITA = readFileSync(join(REPO, 'minutes', '2566-02-ita.yaml'), 'utf8');

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/**
 * A whole, valid PNG of width × height blank pixels, a few KB for tens of megapixels: 1 bit of
 * grey each, or (withAlpha) 8 bits of grey and 8 of alpha.
 */
function bigBlankPng(width: number, height: number, withAlpha = false): Buffer {
  const row = 1 + (withAlpha ? width * 2 : Math.ceil(width / 8));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = withAlpha ? 8 : 1; // bit depth
  ihdr[9] = withAlpha ? 4 : 0; // grey, grey and alpha
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(row * height))), chunk('IEND', Buffer.alloc(0))]);
}

/** A whole, valid, blank interlaced PNG of width × height, 8 bits of grey (converted only below 8 bits). */
function bigInterlacedPng(width: number, height: number): Buffer {
  let raw = 0;
  for (const [x0, y0, dx, dy] of [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) raw += h * (1 + w);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[12] = 1;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(raw))), chunk('IEND', Buffer.alloc(0))]);
}

/** The example report with these photos; the meeting file's path. */
function meetingWith(dir: string, name: string, photos: string[]): string {
  const list = photos.map((p, i) => `  - file: ${p}\n    caption: ภาพที่ ${i + 1}`).join('\n');
  const path = join(dir, 'minutes', name);
  writeFileSync(path, ITA.replace(/^photos:\n(?: {2}.*\n| {4}.*\n)*/m, `photos:\n${list}\n`));
  return path;
}

/** The line of the `file:` of photo `index` (0-based) in the meeting written by meetingWith. */
function photoLine(path: string, index: number): number {
  const lines = readFileSync(path, 'utf8').split('\n');
  const first = lines.findIndex((l) => l === 'photos:');
  return first + 1 + index * 2 + 1;
}

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'minutes-photos-'));
  mkdirSync(join(root, 'minutes', 'photos'), { recursive: true });
  return root;
}

const run = (root: string, args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('the photo budget of a meeting', () => {
  it('refuses the photo that takes a meeting over 200 megapixels, at its line, each photo within its own limits', () => {
    const root = folder();
    // 7000 × 5700 = 39.9 MP, under the 40 MP a photo may have; six of them are 239 MP.
    writeFileSync(join(root, 'minutes', 'photos', 'wide.png'), bigBlankPng(7000, 5700));
    const photos = Array.from({ length: 6 }, () => 'photos/wide.png');
    const path = meetingWith(root, 'm.yaml', photos);
    const r = run(root, ['validate', 'minutes/m.yaml']);
    expect(r.status).toBe(1);
    const line = photoLine(path, 5);
    expect(r.stderr).toContain(`minutes/m.yaml:${line}:11: error: ภาพของการประชุมนี้รวมกันเกินขีดจำกัด (200 MP) ตั้งแต่ภาพ "photos/wide.png" [PHOTOS_OVER_BUDGET]`);
    expect(r.stderr.match(/PHOTOS_OVER_BUDGET/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/PHOTO_DIMENSIONS|ภายใน|internal/);
    // Five are within the budget: the same meeting with one fewer is valid.
    meetingWith(root, 'm.yaml', photos.slice(1));
    expect(run(root, ['validate', 'minutes/m.yaml']).status).toBe(0);
  });

  it('holds interlaced PNGs, which the PDF writer holds whole, to 20 megapixels in all', () => {
    const root = folder();
    // 3000 × 3400 = 10.2 MP each: two interlaced are 20.4 MP.
    writeFileSync(join(root, 'minutes', 'photos', 'adam7.png'), bigInterlacedPng(3000, 3400));
    writeFileSync(join(root, 'minutes', 'photos', 'plain.png'), bigBlankPng(3000, 3400));
    const path = meetingWith(root, 'm.yaml', ['photos/plain.png', 'photos/adam7.png', 'photos/plain.png', 'photos/adam7.png']);
    const r = run(root, ['validate', 'minutes/m.yaml', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`minutes/m.yaml:${photoLine(path, 3)}:11: error: the photos of this meeting exceed the limit (20 MP for interlaced PNGs) from "photos/adam7.png" on [PHOTOS_OVER_BUDGET]`);
    expect(r.stderr).toContain('save PNGs without interlacing');
    const th = run(root, ['validate', 'minutes/m.yaml']);
    expect(th.stderr).toContain('(20 MP สำหรับภาพ PNG ที่บันทึกแบบ interlace)');
    meetingWith(root, 'm.yaml', ['photos/plain.png', 'photos/adam7.png', 'photos/plain.png', 'photos/plain.png']);
    expect(run(root, ['validate', 'minutes/m.yaml']).status).toBe(0);
  });

  it('counts PNGs with transparency in the same budget as other photos: 41 MP of them render', () => {
    // Their own 20 MP budget was for pdfkit's PNG reader, which decoded them whole (issue 13, 8);
    // the PDF writer now streams them (src/writers/pdf/png-image.ts).
    const root = folder();
    // 3000 × 3400 = 10.2 MP each, four of them 40.8 MP with an alpha channel.
    writeFileSync(join(root, 'minutes', 'photos', 'alpha.png'), bigBlankPng(3000, 3400, true));
    meetingWith(root, 'm.yaml', Array.from({ length: 4 }, () => 'photos/alpha.png'));
    const r = run(root, ['render', 'minutes/m.yaml', '--format', 'pdf', '--lang', 'en']);
    expect(r.stderr).not.toContain('PHOTOS_OVER_BUDGET');
    expect(r.status).toBe(0);
    expect(readFileSync(join(root, 'out', 'm.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});

describe('a photo that cannot be read', () => {
  it('is an error at its line in its meeting, and validate goes on through the rest of the folder', () => {
    const root = folder();
    cpSync(join(REPO, 'minutes', 'photos', '2566-02-ita-1.jpg'), join(root, 'minutes', 'photos', 'good.jpg'));
    // As root, chmod 000 does not stop a read: what can still not be read is a symlink loop (ELOOP),
    // a folder named like a photo and a symlink to nothing (a sync that went wrong).
    symlinkSync('loop.jpg', join(root, 'minutes', 'photos', 'loop.jpg'));
    mkdirSync(join(root, 'minutes', 'photos', 'folder.jpg'));
    symlinkSync('gone.jpg', join(root, 'minutes', 'photos', 'dangling.jpg'));
    const loop = meetingWith(root, 'a-loop.yaml', ['photos/good.jpg', 'photos/loop.jpg']);
    const folderPhoto = meetingWith(root, 'b-folder.yaml', ['photos/folder.jpg']);
    const dangling = meetingWith(root, 'c-dangling.yaml', ['photos/dangling.jpg']);
    meetingWith(root, 'd-good.yaml', ['photos/good.jpg']);

    const r = run(root, ['validate', 'minutes']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`minutes/a-loop.yaml:${photoLine(loop, 1)}:11: error: อ่านภาพ "photos/loop.jpg" ไม่ได้: ลิงก์วนซ้ำ [PHOTO_UNREADABLE]`);
    expect(r.stderr).toContain(`minutes/b-folder.yaml:${photoLine(folderPhoto, 0)}:11: error: ไฟล์ "photos/folder.jpg" ไม่ใช่ภาพ JPEG หรือ PNG ที่อ่านได้ [PHOTO_NOT_IMAGE]`);
    expect(r.stderr).toContain(`minutes/c-dangling.yaml:${photoLine(dangling, 0)}:11: error: ไม่พบไฟล์ภาพ "photos/dangling.jpg" [PHOTO_MISSING]`);
    // Every meeting was validated, the good one too; no internal error, no trace.
    expect(r.stderr + r.stdout).not.toMatch(/d-good\.yaml:\d+/);
    expect(r.stderr + r.stdout).not.toMatch(/ภายในโปรแกรม|internal error|    at /);
    expect(r.stdout + r.stderr).toContain("ตรวจแล้ว 4 ไฟล์ ไม่ผ่าน 3 ไฟล์");

    const en = run(root, ['validate', 'minutes', '--lang', 'en']);
    expect(en.stderr).toContain(`minutes/a-loop.yaml:${photoLine(loop, 1)}:11: error: cannot read photo "photos/loop.jpg": too many symbolic links [PHOTO_UNREADABLE]`);
  });
});
