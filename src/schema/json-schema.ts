// The JSON Schemas that editors (VS Code with the YAML extension) use to complete and explain fields.
import { z } from 'zod';
import { meetingSchema } from '../kinds/index.js';
import { itaYearSchema } from './ita-year.js';
import { officeConfigSchema } from './office-config.js';
import { templateConfigSchema } from './template-config.js';

export const JSON_SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  'meeting.schema.json': { schema: meetingSchema, title: 'ไฟล์บันทึกการประชุม (minutes)' },
  'ita-year.schema.json': { schema: itaYearSchema, title: 'เกณฑ์การประเมิน ITA รายปี' },
  'config.schema.json': { schema: officeConfigSchema, title: 'การตั้งค่าของหน่วยงาน (minutes.config.yaml)' },
  'template.schema.json': { schema: templateConfigSchema, title: 'การตั้งค่าแม่แบบ (template.yaml)' },
};

export function jsonSchemaText(name: string): string {
  const entry = JSON_SCHEMAS[name];
  if (entry === undefined) throw new Error(`no schema ${name}`);
  const json = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title: entry.title }, null, 2)}\n`;
}
