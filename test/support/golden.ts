// Golden files a reviewer reads: compared as text, rewritten with UPDATE_GOLDEN=1 (the diff is the review).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import type { Document } from '../../src/model/document.js';

export const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

export function expectGolden(file: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The document model as JSON, with picture bytes replaced by their size and hash. */
export function modelJson(document: Document): string {
  return `${JSON.stringify(
    document,
    (key, value: unknown) => {
      if (key === 'bytes' && value instanceof Uint8Array) return `${value.length} bytes, sha256 ${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
      // A chart's drawing is checked item by item in test/render/charts (its SVG goldens); here its size and count.
      if (key === 'drawing' && typeof value === 'object' && value !== null && 'items' in value) {
        const { widthMm, heightMm, items } = value as { widthMm: number; heightMm: number; items: unknown[] };
        return `${widthMm} × ${heightMm} mm, ${items.length} items`;
      }
      return value;
    },
    2,
  )}\n`;
}
