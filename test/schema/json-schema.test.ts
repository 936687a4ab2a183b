import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/schema/json-schema.js';

describe('the committed JSON Schemas', () => {
  for (const name of Object.keys(JSON_SCHEMAS)) {
    it(`schema/${name} is what the schema source emits (run npm run schema after a change)`, () => {
      expect(readFileSync(`schema/${name}`, 'utf8')).toBe(jsonSchemaText(name));
    });
  }

  type Kind = { properties: Record<string, { description?: string; title?: string; const?: string; properties?: Record<string, { type?: string[] }> }> };
  type Meeting = { properties: { kind: { enum: string[] } }; allOf: Array<{ if: { properties: { kind: { const: string } } }; then: Kind }> };
  const meeting = JSON.parse(jsonSchemaText('meeting.schema.json')) as Meeting;
  const kinds = meeting.allOf.map((branch) => branch.then);

  it('has one branch per document kind, chosen by kind:, and names every kind', () => {
    expect(meeting.allOf.map((branch) => branch.if.properties.kind.const)).toEqual(['ita-report', 'minutes', 'memo']);
    expect(meeting.properties.kind.enum).toEqual(['ita-report', 'minutes', 'memo']);
  });

  it('titles every field with its own name', () => {
    for (const kind of kinds) {
      for (const [key, property] of Object.entries(kind.properties)) expect(property.title, key).toContain(`(${key})`);
    }
  });

  it('describes every meeting field of every kind in Thai for the editor', () => {
    for (const kind of kinds) {
      for (const [key, property] of Object.entries(kind.properties)) {
        expect(property.description, `${kind.properties['kind']?.const}.${key}`).toMatch(/[\u0E00-\u0E7F]/);
      }
    }
  });

  it('lets an editor accept an unquoted time or score as YAML reads it (a number)', () => {
    for (const kind of kinds.filter((k) => 'time' in k.properties)) {
      expect(kind.properties['time']?.properties?.['start']?.type).toEqual(['number', 'string']);
    }
  });

  it('is named by every example meeting', () => {
    for (const file of ['minutes/2566-02-ita.yaml', 'minutes/2566-03-wg.yaml', 'minutes/2566-04-wg.yaml', 'minutes/2566-02-ita-memo.yaml']) {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/meeting.schema.json');
    }
  });
});
