// "นายสมคิด จันทมฤก รองปลัดกระทรวงมหาดไทย": a person as prose, position when there is one.
export function personText(p: { name?: string | undefined; position?: string | undefined }): string {
  return [p.name, p.position].filter(Boolean).join(' ');
}
