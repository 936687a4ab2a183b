// Bytes → text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or plainly so without one),
// or legacy Thai TIS-620 / windows-874. Text that is none of these is refused, never guessed
// into mojibake.
import type { Position, Reporter } from '../i18n/reporter.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, reporter: Reporter): string | null {
  if (bytes.length > MAX_FILE_BYTES) {
    reporter.error('FILE_TOO_LARGE', null, { size: bytes.length, limit: MAX_FILE_BYTES });
    return null;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', reporter);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', reporter);
  if (bytes.includes(0)) {
    // Notepad always writes a BOM, other tools not: ASCII in UTF-16 has a zero in every other byte.
    const text = utf16WithoutBom(bytes);
    if (text !== null) {
      reporter.warn('ENCODING_UTF16', null);
      return normalizeNewlines(text);
    }
    reporter.error('BINARY_FILE', null);
    return null;
  }
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD.
    return normalizeNewlines(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    return legacyThai(bytes, reporter);
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', reporter: Reporter): string | null {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    reporter.warn('ENCODING_UTF16', null);
    return normalizeNewlines(text);
  } catch {
    reporter.error('ENCODING_INVALID', null);
    return null;
  }
}

function utf16WithoutBom(bytes: Uint8Array): string | null {
  const label = bytes[0] !== 0 && bytes[1] === 0 ? 'utf-16le' : bytes[0] === 0 && bytes[1] !== 0 ? 'utf-16be' : null;
  if (label === null || bytes.length % 2 !== 0) return null;
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    // Binary that happens to start like UTF-16 decodes into controls; text has none but tab and line ends.
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** windows-874 is TIS-620 plus a few punctuation marks; bytes 0xDB–0xDE and 0xFC–0xFF are unassigned in both. */
function legacyThai(bytes: Uint8Array, reporter: Reporter): string | null {
  const unassigned = (b: number): boolean => (b >= 0xdb && b <= 0xde) || b >= 0xfc;
  const hasThai = bytes.some((b) => b >= 0xa1 && b <= 0xfb && !unassigned(b));
  const text = hasThai && !bytes.some(unassigned) ? new TextDecoder('windows-874').decode(bytes) : null;
  if (text === null || !plausibleThai(text)) {
    // Point at the first byte that is not UTF-8: often one broken character in a UTF-8 file.
    reporter.error('ENCODING_INVALID', positionOfByte(bytes, firstInvalidUtf8(bytes)));
    return null;
  }
  reporter.warn('ENCODING_LEGACY', null);
  return normalizeNewlines(text);
}

/**
 * Read as windows-874, a Latin-1 file ("café", "Müller") puts Thai marks and digits right after
 * Latin letters, and a broken UTF-8 file is full of C1 controls: neither happens in Thai text.
 */
function plausibleThai(text: string): boolean {
  return !/[\u0080-\u009f]|[A-Za-z][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e50-\u0e59]/.test(text);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] as number;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Line and column of a byte offset, counting characters of the valid UTF-8 before it. */
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  const before = normalizeNewlines(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, offset)));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (before.charCodeAt(i) === 10) line++;
  return { line, column: before.length - lineStart + 1 };
}

/** CRLF and lone CR become LF, so offsets, lines and output text agree. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
