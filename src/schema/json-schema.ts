// The JSON Schemas that editors (VS Code with the YAML extension, i.e. yaml-language-server) use to
// complete, explain and check fields, emitted from the zod schemas (npm run schema writes schema/).
// zod gives the structure; this module shapes it for an editor reading YAML:
// - the meeting schema is discriminated by `kind` (an enum of every kind, then one if/then per
//   kind), so a wrong kind lists them all and a file is offered only its own kind's keys;
// - every property is titled with its Thai name, so a hover is titled with the field;
// - YAML reads `2565:` as a number key and `true` as a boolean: record keys are checked by pattern
//   only (a pattern applies to strings alone), and a string enum admits the typed values its
//   scalar's meta allows. Scalars carry their own checks of the written value (scalars.ts).
import { z } from 'zod';
import { KIND_REGISTRY, KINDS } from '../kinds/index.js';
import { itaYearSchema } from './ita-year.js';
import { LABELS, describe } from './labels.js';
import { officeConfigSchema } from './office-config.js';
import { templateConfigSchema } from './template-config.js';

type Json = Record<string, unknown>;

export const JSON_SCHEMAS: Record<string, { build: () => Json; title: string }> = {
  'meeting.schema.json': { build: meetingJsonSchema, title: 'ไฟล์บันทึกการประชุม (minutes)' },
  'ita-year.schema.json': { build: () => toJsonSchema(itaYearSchema), title: 'เกณฑ์การประเมิน ITA รายปี' },
  'config.schema.json': { build: () => toJsonSchema(officeConfigSchema), title: 'การตั้งค่าของหน่วยงาน (minutes.config.yaml)' },
  'template.schema.json': { build: () => toJsonSchema(templateConfigSchema), title: 'การตั้งค่าแม่แบบ (template.yaml)' },
};

export function jsonSchemaText(name: string): string {
  const entry = JSON_SCHEMAS[name];
  if (entry === undefined) throw new Error(`no schema ${name}`);
  const { $schema, ...json } = entry.build();
  return `${JSON.stringify({ $schema, title: entry.title, ...json }, null, 2)}\n`;
}

function toJsonSchema(schema: z.ZodType): Json {
  return forEditor(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json, undefined);
}

/** kind: one of every kind; each kind's own schema applies when the file names it. */
function meetingJsonSchema(): Json {
  const branches = KINDS.map((kind) => {
    const { $schema, ...schema } = toJsonSchema(KIND_REGISTRY[kind].schema);
    void $schema;
    return { if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: schema };
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['kind'],
    properties: {
      kind: {
        title: titleOf('kind'),
        description: describe('kind'),
        enum: [...KINDS],
        errorMessage: `ชนิดเอกสาร (kind) ต้องเป็น ${KINDS.join(', ')}`,
      },
    },
    allOf: branches,
  };
}

function titleOf(key: string): string {
  const label = LABELS[key];
  return label === undefined ? key : `${label.th} (${key})`;
}

/** The editor's view of one zod-emitted node; `key` is the property it is the value of. */
function forEditor(node: Json, key: string | undefined): Json {
  const out: Json = { ...node };
  const properties = node['properties'] as Record<string, Json> | undefined;
  if (properties !== undefined) {
    out['properties'] = Object.fromEntries(
      Object.entries(properties).map(([name, value]) => {
        const child = forEditor(value, name);
        return [name, child['title'] === undefined ? { title: titleOf(name), ...child } : child];
      }),
    );
  }
  const names = node['propertyNames'] as Json | undefined;
  if (names !== undefined) {
    // YAML reads 2565: as a number; a pattern checks only the keys written as text.
    const { type, ...rest } = names;
    void type;
    out['propertyNames'] = rest;
  }
  for (const field of ['items', 'additionalProperties', 'not', 'if', 'then', 'else']) {
    const child = node[field];
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) out[field] = forEditor(child as Json, key);
  }
  const defs = node['$defs'] as Record<string, Json> | undefined;
  if (defs !== undefined) out['$defs'] = Object.fromEntries(Object.entries(defs).map(([name, value]) => [name, forEditor(value, undefined)]));
  for (const field of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const list = node[field];
    if (Array.isArray(list)) out[field] = list.map((child) => forEditor(child as Json, key));
  }
  const types = ([] as unknown[]).concat(node['type'] ?? []);
  const values = node['enum'];
  if (Array.isArray(values) && types.some((t) => t === 'boolean' || t === 'number' || t === 'integer')) {
    out['enum'] = [...values, ...values.flatMap((value) => typed(value, types))];
  }
  return out;
}

/** The value YAML gives for an enum's written text, when the node admits its type ('true' → true). */
function typed(value: unknown, types: unknown[]): unknown[] {
  if (typeof value !== 'string') return [];
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return [value === 'true'];
  if ((types.includes('number') || types.includes('integer')) && /^-?\d+(\.\d+)?$/.test(value)) return [Number(value)];
  return [];
}
