// ActualText marked content: what a PDF reader copies and pdftotext extracts for a line, in
// place of the glyphs (the font draws ำ as ํ + า, and marks may be stored in visual order).

/** A PDF text string in hex: UTF-16BE with a byte-order mark (PDF 1.7 §7.9.2.2). */
export function utf16beHex(text: string): string {
  // Node writes each UTF-16 code unit as it is (lone surrogates too); swapped to big-endian.
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** Opens a marked-content span whose ActualText is `text` (PDF 1.7 §14.9.4); close it with EMC. */
export function beginActualText(text: string): string {
  return `/Span <</ActualText ${utf16beHex(text)}>> BDC`;
}

export const END_MARKED_CONTENT = 'EMC';
