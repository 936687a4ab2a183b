// Text and attribute values in the XML the DOCX writer writes itself (chart parts, core properties).

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
