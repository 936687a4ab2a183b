// Hostile inputs that cannot be committed as readable text (other encodings, binary, tens of MB,
// symlinks, pipes, corrupt images): each is written into a fresh temporary folder at test time
// from a readable description here. Their expected output lives in test/fixtures/hostile/<name>/
// like any other case, with the temporary folder shown as <tmp>.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { makeJpeg, makePng } from '../support/images.js';

export const MINIMAL = readFileSync('test/fixtures/minimal.yaml', 'utf8').replace(/^#.*\n/, '');

/** The minimal meeting with one change; the change must apply. */
export function minimalWith(from: string, to: string): string {
  if (!MINIMAL.includes(from)) throw new Error(`minimal.yaml has no "${from}"`);
  return MINIMAL.replace(from, to);
}

/** One mistake on a line of Thai text, so the echoed line shows whether Thai survived decoding. */
const WITH_THAI_MISTAKE = minimalWith('attendees:\n  - name: นางอมราภรณ์ ทรงอาวุธ\n    position: หน.ฝ.บห.\n', 'attendees: นางอมราภรณ์ ทรงอาวุธ\n');

/** TIS-620: Thai U+0E01–U+0E5B is 0xA1–0xFB; ASCII is itself. */
function tis620(text: string): Uint8Array {
  return new Uint8Array([...text].map((c) => {
    const code = c.codePointAt(0) as number;
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e00 + 0xa0;
    throw new Error(`no TIS-620 byte for ${c}`);
  }));
}

/** Bytes from a fixed linear congruential sequence: "random", the same on every run. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function pngWithHeader(width: number, height: number, idat: Uint8Array): Uint8Array {
  // Take a real PNG and change its size in IHDR, fixing the CRC: the file is well formed.
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    let crc = 0xffffffff;
    for (const byte of body) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    }
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
    return Buffer.concat([head, body, tail]);
  };
  const header = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0]);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}

function withPhotos(files: string[]): string {
  return `${MINIMAL}photos:\n${files.map((file) => `  - file: ${file}\n`).join('')}`;
}

/** Each case writes its files under `dir` and returns what to pass to `minutes validate`. */
export const GENERATED: Record<string, (dir: string) => string> = {
  'tis-620': (dir) => write(dir, 'meeting.yaml', tis620(WITH_THAI_MISTAKE)),
  'latin-1': (dir) => write(dir, 'meeting.yaml', Buffer.from('kind: ita-report\nplace: Café Amazon, floor 1\n', 'latin1')),
  'broken-utf-8': (dir) => {
    const [before, after] = minimalWith('place: ห้องประชุมราชบพิตร', 'place: ห้องประชุม@ราชบพิตร').split('@') as [string, string];
    // The first two bytes of ร (E0 B8 A3) without the third: one broken character.
    return write(dir, 'meeting.yaml', Buffer.concat([Buffer.from(before), Buffer.from([0xe0, 0xb8]), Buffer.from(after)]));
  },
  'utf-16-with-bom': (dir) => write(dir, 'meeting.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WITH_THAI_MISTAKE, 'utf16le')])),
  'utf-16-be-without-bom': (dir) => write(dir, 'meeting.yaml', Buffer.from(WITH_THAI_MISTAKE, 'utf16le').swap16()),
  'utf-8-bom': (dir) => write(dir, 'meeting.yaml', `\ufeff${minimalWith('kind: ita-report', 'kind: ita-reprot')}`),
  crlf: (dir) => write(dir, 'meeting.yaml', minimalWith('start: 13.30', 'start: 13.3').replace(/\n/g, '\r\n')),
  'control-characters': (dir) =>
    write(
      dir,
      'meeting.yaml',
      minimalWith('place: ห้องประชุมราชบพิตร', 'place: ห้องประชุม\u000bราชบพิตร\u0007 \u001b[2J\u001b]0;pwned\u0007\u000c').replace('start: 13.30', 'start: 13.3'),
    ),
  binary: (dir) => write(dir, 'meeting.yaml', Buffer.concat([Buffer.from('PK\u0003\u0004'), noise(4096, 6)])),
  huge: (dir) => {
    // 30 MB of valid-looking YAML: refused by its size before it is read.
    const line = Buffer.from('  - name: นางอมราภรณ์ ทรงอาวุธ\n');
    return write(dir, 'meeting.yaml', Buffer.concat([Buffer.from(MINIMAL), Buffer.alloc(30 * 1024 * 1024, line)]));
  },
  'too-many-values': (dir) => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `  - { name: ผู้เข้าประชุม ${i + 1}, position: หน.ฝ.บห. }\n`).join('');
    return write(dir, 'meeting.yaml', minimalWith('attendees:\n', `attendees:\n${rows}`));
  },
  'photo-symlink-outside': (dir) => {
    write(join(dir, 'outside'), 'secret.jpg', makeJpeg().bytes);
    mkdirSync(join(dir, 'meeting', 'photos'), { recursive: true });
    symlinkSync(join('..', '..', 'outside', 'secret.jpg'), join(dir, 'meeting', 'photos', 'link.jpg'));
    symlinkSync(join(dir, 'outside'), join(dir, 'meeting', 'photos', 'folder-link'));
    return write(join(dir, 'meeting'), 'meeting.yaml', withPhotos(['photos/link.jpg', 'photos/folder-link/secret.jpg']));
  },
  'photo-corrupt': (dir) => {
    const jpeg = makeJpeg().bytes;
    const png = makePng().bytes;
    const flipped = new Uint8Array(png);
    flipped[png.length - 30] = (flipped[png.length - 30] as number) ^ 0xff;
    write(dir, 'photos/truncated.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    write(dir, 'photos/header-only.jpg', Buffer.concat([jpeg.subarray(0, 200), noise(3000, 7)]));
    write(dir, 'photos/truncated.png', png.subarray(0, Math.floor(png.length / 2)));
    write(dir, 'photos/bad-crc.png', flipped);
    write(dir, 'photos/garbage-data.png', pngWithHeader(16, 16, noise(500, 8)));
    write(dir, 'photos/bomb.png', pngWithHeader(100_000, 100_000, deflateSync(Buffer.alloc(1 << 20))));
    write(dir, 'photos/good.png', png);
    return write(dir, 'meeting.yaml', withPhotos(['photos/truncated.jpg', 'photos/header-only.jpg', 'photos/truncated.png', 'photos/bad-crc.png', 'photos/garbage-data.png', 'photos/bomb.png', 'photos/good.png']));
  },
  'photo-limits': (dir) => {
    // 21 MiB (over 20 MiB), and 51 photos (over 50).
    write(dir, 'photos/huge.jpg', Buffer.concat([makeJpeg().bytes, Buffer.alloc(21 * 1024 * 1024)]));
    write(dir, 'photos/good.png', makePng().bytes);
    return write(dir, 'meeting.yaml', withPhotos(['photos/huge.jpg', ...Array.from({ length: 50 }, () => 'photos/good.png')]));
  },
  'photo-folder-and-pipe': (dir) => {
    mkdirSync(join(dir, 'photos', 'album.jpg'), { recursive: true });
    // Reading a named pipe waits for a writer that never comes: it must not be read.
    execFileSync('mkfifo', [join(dir, 'photos', 'pipe.jpg')]);
    return write(dir, 'meeting.yaml', withPhotos(['photos/album.jpg', 'photos/pipe.jpg']));
  },
  'meeting-folder-and-pipe': (dir) => {
    mkdirSync(join(dir, 'minutes', 'a-folder.yaml'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'minutes', 'b-pipe.yaml')]);
    return join(dir, 'minutes');
  },
};

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}
