// Process-wide caches (shaped text, widths) must not leak into the bytes: a document gives the
// same PDF whether it is the first of a fresh process or follows others that filled the caches.
import { describe, expect, it, vi } from 'vitest';
import type { Block, Document } from '../../../src/model/document.js';
import { sampleDocument, t } from '../../support/sample-document.js';

async function freshWriter() {
  vi.resetModules();
  return import('../../../src/writers/pdf/index.js');
}

/** The sample with a page number on page 1: drawn before the bold heading that is measured first. */
function numberedFromPageOne(): Document {
  const doc = sampleDocument();
  return { ...doc, pageNumbers: { fromPage: 1, format: '- {n} -' } };
}

/** The sample reduced to one paragraph of `text`. */
function onlyText(text: string): Document {
  const doc = sampleDocument();
  const body = doc.blocks.find((b) => b.type === 'paragraph') as Block & { type: 'paragraph' };
  return { ...doc, blocks: [{ ...body, inlines: [t(text)] }] };
}

describe('PDF bytes and the process-wide caches', () => {
  it('are the same cold and warm', async () => {
    const { writePdf } = await freshWriter();
    const cold = await writePdf(numberedFromPageOne());
    const warm = await writePdf(numberedFromPageOne());
    expect(Buffer.from(warm).equals(Buffer.from(cold))).toBe(true);
  });

  it('do not depend on the documents rendered before', async () => {
    const first = await (await freshWriter()).writePdf(numberedFromPageOne());
    const { writePdf } = await freshWriter();
    await writePdf(sampleDocument(false));
    const after = await writePdf(numberedFromPageOne());
    expect(Buffer.from(after).equals(Buffer.from(first))).toBe(true);
  });

  it('do not depend on which text met a glyph first (า alone, or inside ำ)', async () => {
    const alone = await (await freshWriter()).writePdf(onlyText('มา'));
    const { writePdf } = await freshWriter();
    await writePdf(onlyText('น้ำ'));
    const after = await writePdf(onlyText('มา'));
    expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true);
  });
});
