// The parts come from docx's compiler, unzipped by nobody: the same parts Packer zips.
import { File, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileParts, partsFromPackerZip } from '../../../src/writers/docx/package.js';

const file = () => new File({ sections: [{ children: [new Paragraph({ children: [new TextRun('ทดสอบ test')] })] }] });

afterEach(() => {
  vi.useRealTimers();
});

describe('compileParts', () => {
  it('reads the compiler docx Packer zips with (a docx upgrade that drops it falls back, slower)', () => {
    const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
    expect(typeof compiler?.compile).toBe('function');
  });

  it('gives the parts Packer.toBuffer zips, byte for byte, as does the fallback that unzips them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T03:04:05Z'));
    const compiled = await compileParts(file());
    const unzipped = await partsFromPackerZip(file());
    expect(Object.keys(unzipped)).toEqual(Object.keys(compiled));
    for (const [name, bytes] of Object.entries(compiled)) expect(Buffer.from(unzipped[name] as Uint8Array).equals(Buffer.from(bytes)), name).toBe(true);
  });
});
