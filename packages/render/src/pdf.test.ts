import { pdfText } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { barePdfmake, renderPdf, type TDocumentDefinitions } from './pdf.js';

const date = new Date('2026-03-01T00:00:00Z');
const meta = { title: 'Release Manager', author: 'Example Org', date };
const letter = (text: string) => ({
  content: [
    { text, style: 'h1' },
    { text: `${text} — body`, italics: true },
  ],
});

describe('renderPdf with fonts shared across documents', () => {
  it('gives a document the same bytes whatever was rendered before it', async () => {
    const first = await renderPdf(letter('Release Manager: final sign-off'), meta);
    // Other documents in between use glyphs, ligatures and styles the first one never did.
    await renderPdf(letter('Łódź office · ﬁnance → ÆØÅ «quoted» 0123456789'), meta);
    await renderPdf({ content: [{ text: 'bold italic', bold: true, italics: true }] }, meta);
    const again = await renderPdf(letter('Release Manager: final sign-off'), meta);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps every character a document spells, whatever an earlier document drew', async () => {
    // Roboto Medium draws ':' from two '.' glyphs: subsetting the first document makes the '.'
    // glyph with no character, which a glyph cache shared across documents would hand on.
    await renderPdf({ content: [{ text: 'Held by: nobody', bold: true }] }, meta);
    const later = await renderPdf({ content: [{ text: 'See people.yaml for holders.', bold: true }] }, meta);
    expect(await pdfText(later)).toContain('See people.yaml for holders.');
  });

  it('spells each character as its own document wrote it, when two characters share a glyph', async () => {
    // Roboto draws U+2206 INCREMENT and U+0394 GREEK CAPITAL DELTA with one glyph (a PDF maps a
    // glyph to one text). Words are shaped once for all documents; the glyph's text must still
    // come from this document's words.
    await renderPdf({ content: 'Budget \u2206 this quarter' }, meta);
    const greek = await renderPdf({ content: 'Greek capital \u0394 for change' }, meta);
    expect(await pdfText(greek)).toContain('Greek capital \u0394 for change');
  });

  it('embeds only the glyphs each document uses, under the font’s own name', async () => {
    const small = await renderPdf({ content: 'abc' }, meta);
    const large = await renderPdf({ content: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' }, meta);
    const latin1 = Buffer.from(small).toString('latin1');
    expect(latin1).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    // A subset per document: sharing the parsed font must not share (and grow) the subset.
    expect(small.byteLength).toBeLessThan(large.byteLength);
    expect(await pdfText(small)).toContain('abc');
  });

  it('lays text out exactly as pdfmake does from the font file', async () => {
    const body = {
      pageSize: 'A4' as const,
      pageMargins: [40, 40, 40, 50] as [number, number, number, number],
      defaultStyle: { font: 'Roboto', fontSize: 10 },
      content: [{ text: 'Coordinates the release calendar, go/no-go meetings and rollbacks. '.repeat(30) }],
    };
    const definition: TDocumentDefinitions = {
      ...body,
      info: { creationDate: date, modDate: date, producer: 'test', creator: 'test' },
    };
    const fromBytes = await barePdfmake().createPdf(definition).getBuffer();
    const fromParsed = await renderPdf(body, meta);
    // Same words on the same lines: layout does not depend on how the font reached pdfkit.
    const lines = async (bytes: Uint8Array) =>
      (await pdfText(bytes, { layout: true }))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    expect((await lines(fromParsed)).slice(0, 12)).toEqual((await lines(fromBytes)).slice(0, 12));
  });
});

describe('fonts parsed once, without a patched pdfkit', () => {
  it('opens the filed font as a view of one parsed font, through the fontkit pdfkit uses', async () => {
    await renderPdf({ content: 'warm up' }, meta);
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const fromPdfmake = createRequire(require.resolve('pdfmake'));
    const fontkit = createRequire(fromPdfmake.resolve('pdfkit'))('fontkit') as {
      create(data: unknown): object;
    };
    const storage = (fromPdfmake('pdfmake') as { virtualfs: { storage: Record<string, unknown> } }).virtualfs
      .storage;
    const handle = storage['Roboto-Regular'];
    // What pdfkit passes to fontkit is a small handle, not the 170 KB font file.
    expect(Buffer.isBuffer(handle) && (handle as Buffer).byteLength).toBeLessThan(100);
    const a = fontkit.create(handle) as { _glyphs: object; postscriptName: string };
    const b = fontkit.create(handle) as { _glyphs: object; postscriptName: string };
    expect(a.postscriptName).toBe('Roboto-Regular');
    expect(a).not.toBe(b);
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(a._glyphs).not.toBe(b._glyphs);
  });
});
