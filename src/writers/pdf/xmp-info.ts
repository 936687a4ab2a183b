// A patch, kept here alone: pdfkit 0.20 copies the Info strings (title, author, subject,
// keywords) into the XMP metadata without XML escaping, so a title such as "ITA & OIT" makes
// the XMP malformed. This wraps that one method on one document instance with escaped values.
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

interface PdfkitInternals {
  info: Record<string, unknown>;
  _addInfo?: () => void;
}

export function escapeXmpInfo(pdf: PDFKit.PDFDocument): void {
  const target = pdf as unknown as PdfkitInternals;
  const addInfo = target._addInfo;
  if (typeof addInfo !== 'function') throw new Error('pdfkit no longer has _addInfo: review the XMP escaping patch');
  target._addInfo = function (this: PdfkitInternals) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}
