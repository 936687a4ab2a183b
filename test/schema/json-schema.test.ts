import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/schema/json-schema.js';

describe('the committed JSON Schemas', () => {
  for (const name of Object.keys(JSON_SCHEMAS)) {
    it(`schema/${name} is what the schema source emits (run npm run schema after a change)`, () => {
      expect(readFileSync(`schema/${name}`, 'utf8')).toBe(jsonSchemaText(name));
    });
  }

  it('describes every meeting field in Thai for the editor', () => {
    const schema = JSON.parse(jsonSchemaText('meeting.schema.json')) as { properties: Record<string, { description?: string }> };
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('lets an editor accept an unquoted time or score as YAML reads it (a number)', () => {
    const text = jsonSchemaText('meeting.schema.json');
    const schema = JSON.parse(text) as { properties: { time: { properties: { start: { type: string[] } } } } };
    expect(schema.properties.time.properties.start.type).toEqual(['number', 'string']);
  });

  it('is named by every example meeting', () => {
    for (const file of ['minutes/2566-02-ita.yaml']) {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/meeting.schema.json');
    }
  });
});
