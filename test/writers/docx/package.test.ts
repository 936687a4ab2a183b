// The parts come from docx's compiler, unzipped by nobody: the same parts Packer zips.
import { File, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileParts } from '../../../src/writers/docx/package.js';

const file = () => new File({ sections: [{ children: [new Paragraph({ children: [new TextRun('ทดสอบ test')] })] }] });

afterEach(() => {
  vi.useRealTimers();
});

describe('compileParts', () => {
  it('reads the compiler docx Packer zips with (a docx upgrade that drops it falls back, slower)', () => {
    const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
    expect(typeof compiler?.compile).toBe('function');
  });

  it('gives the parts Packer.toBuffer zips, byte for byte', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T03:04:05Z'));
    const zipped = unzipSync(new Uint8Array(await Packer.toBuffer(file())));
    const parts = await compileParts(file());
    expect(Object.keys(parts)).toEqual(Object.keys(zipped));
    for (const [name, bytes] of Object.entries(zipped)) expect(strFromU8(parts[name] as Uint8Array), name).toBe(strFromU8(bytes));
  });
});
