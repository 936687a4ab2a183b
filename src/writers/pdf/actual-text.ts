// ActualText marked content: what a PDF reader copies and pdftotext extracts for a line, in
// place of the glyphs (the font draws ำ as ํ + า, and marks may be stored in visual order).

/** A PDF text string in hex: UTF-16BE with a byte-order mark (PDF 1.7 §7.9.2.2). */
export function utf16beHex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** Opens a marked-content span whose ActualText is `text` (PDF 1.7 §14.9.4); close it with EMC. */
export function beginActualText(text: string): string {
  return `/Span <</ActualText ${utf16beHex(text)}>> BDC`;
}

export const END_MARKED_CONTENT = 'EMC';
