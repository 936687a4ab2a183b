// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy Thai TIS-620 / windows-874.
import type { Reporter } from '../i18n/reporter.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, reporter: Reporter): string | null {
  if (bytes.length > MAX_FILE_BYTES) {
    reporter.error('FILE_TOO_LARGE', null, { size: bytes.length, limit: MAX_FILE_BYTES });
    return null;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', reporter);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', reporter);
  if (bytes.includes(0)) {
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

/** windows-874 is TIS-620 plus a few punctuation marks; bytes 0xDB–0xDE and 0xFC–0xFF are unassigned in both. */
function legacyThai(bytes: Uint8Array, reporter: Reporter): string | null {
  const unassigned = (b: number): boolean => (b >= 0xdb && b <= 0xde) || b >= 0xfc;
  const hasThai = bytes.some((b) => b >= 0xa1 && b <= 0xfb && !unassigned(b));
  if (!hasThai || bytes.some(unassigned)) {
    reporter.error('ENCODING_INVALID', null);
    return null;
  }
  reporter.warn('ENCODING_LEGACY', null);
  return normalizeNewlines(new TextDecoder('windows-874').decode(bytes));
}

/** CRLF and lone CR become LF, so offsets, lines and output text agree. */
function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
