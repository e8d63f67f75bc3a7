import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSubset, type FontSubset } from './font-subset.js';
import { theme } from './page.js';
import { barePdfmake, renderPdf, type TDocumentDefinitions } from './pdf.js';

const require = createRequire(import.meta.url);

interface Font {
  _glyphs: Record<number, unknown>;
  numGlyphs: number;
  createSubset(): FontSubset;
  glyphsForString(text: string): { id: number; _decode(): { numberOfContours: number } | null }[];
}

// pdfkit's own fontkit, as pdf.ts uses it.
const fontkit = createRequire(createRequire(require.resolve('pdfmake')).resolve('pdfkit'))('fontkit') as {
  create(data: Uint8Array): Font;
};
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const styles = ['Regular', 'Medium', 'Italic', 'MediumItalic'];

/** A document's view of the font, as pdf.ts makes one: shared tables, glyphs of its own. */
function view(font: Font): Font {
  const own = Object.create(font) as Font;
  own._glyphs = {};
  return own;
}

/** Deterministic pseudo-random glyph ids, repeats included (includeGlyph ignores them). */
function randomGlyphs(seed: number, count: number, numGlyphs: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % numGlyphs;
  });
}

function subsets(font: Font, gids: number[]) {
  const fast = createSubset(font, view(font));
  const slow = view(font).createSubset();
  const mapped = gids.map((gid) => [fast.includeGlyph(gid), slow.includeGlyph(gid)]);
  return { fast, slow, mapped };
}

describe.each(styles)('the subset of Roboto-%s', (style) => {
  const font = fontkit.create(readFileSync(join(fontDir, `Roboto-${style}.ttf`)));
  const ids = (text: string) => font.glyphsForString(text).map((g) => g.id);
  const sets: [string, number[]][] = [
    ['the missing glyph only', []],
    ['the missing glyph, asked for', [0]],
    ['accented letters (composite glyphs)', ids('éüÅ')],
    ['a colon and a full stop', ids(':.')],
    ['a full stop after a colon', ids('.:')],
    ['a sentence', ids('Release Manager: final sign-off, ÆØÅ «quoted» → ﬁnance 0123456789')],
    ['every glyph, last first', Array.from({ length: font.numGlyphs }, (_, i) => font.numGlyphs - 1 - i)],
    ...Array.from({ length: 30 }, (_, i): [string, number[]] => [
      `random set ${i}`,
      randomGlyphs(i + 1, 1 + ((i * 47) % 400), font.numGlyphs),
    ]),
  ];

  it('has composite glyphs among the sets (so component ids are rewritten)', () => {
    const composite = (text: string) =>
      font.glyphsForString(text).every((g) => (g._decode()?.numberOfContours ?? 0) < 0);
    expect(composite('éüÅ')).toBe(true);
    if (style === 'Medium') expect(composite(':')).toBe(true);
  });

  it.each(sets)('is fontkit’s, byte for byte: %s', (_, gids) => {
    const { fast, slow, mapped } = subsets(font, gids);
    // The fast subset, not fontkit's by way of the fallback.
    expect(fast.constructor).not.toBe(slow.constructor);
    for (const [ours, theirs] of mapped) expect(ours).toBe(theirs);
    const ours = fast.encode();
    const theirs = slow.encode();
    expect(ours).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    // The parts of composite glyphs join the subset in fontkit's order.
    expect(fast.glyphs).toEqual(slow.glyphs);
    expect(fast.mapping).toEqual(slow.mapping);
    // Encoding again changes nothing, as in fontkit.
    expect(Buffer.from(fast.encode()).equals(Buffer.from(theirs))).toBe(true);
  });

  it('makes no glyphs in the document’s view of the font', () => {
    const document = view(font);
    const subset = createSubset(font, document);
    for (const gid of ids('éüÅ:.')) subset.includeGlyph(gid);
    subset.encode();
    expect(Object.keys(document._glyphs)).toEqual([]);
  });
});

describe('a font this subset does not handle', () => {
  it('is subset by fontkit, in the document’s view', () => {
    const font = fontkit.create(readFileSync(join(fontDir, 'Roboto-Regular.ttf')));
    // A font with variations: fontkit re-encodes its glyphs, which this subset does not.
    const varied = Object.create(font) as Font;
    Object.defineProperty(varied, '_variationProcessor', { value: {} });
    const document = view(varied);
    const subset = createSubset(varied, document);
    expect(subset.constructor).toBe(font.createSubset().constructor);
    expect((subset as unknown as { font: Font }).font).toBe(document);
  });
});

describe('a rendered document', () => {
  it('is the bytes pdfmake makes from the font files', async () => {
    const date = new Date('2026-03-01T00:00:00Z');
    const content = {
      content: [
        { text: 'Held by: nobody. Café über Ångström', style: 'h1' },
        { text: 'Coordinates the release calendar, go/no-go meetings and rollbacks. '.repeat(20) },
        { text: 'Łódź office · ﬁnance – ÆØÅ «quoted» 0123456789', italics: true },
        { text: 'See people.yaml: holders, deputies.', bold: true, italics: true },
      ],
    };
    // Another document first: the shared per-font caches must not change this one.
    await renderPdf(
      { content: [{ text: 'Ünïcödé: ñ', bold: true }, 'çà'] },
      { title: 'x', author: 'y', date },
    );
    const ours = await renderPdf(content, { title: 'Release Manager', author: 'Example Org', date });
    // renderPdf's definition, given to pdfmake with the fonts as bytes.
    const definition = {
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 50],
      defaultStyle: { font: 'Roboto', fontSize: 10, color: theme.colours.ink },
      styles: theme.styles,
      ...content,
      info: {
        title: 'Release Manager',
        author: 'Example Org',
        subject: 'Release Manager',
        creator: 'rolekit',
        producer: 'rolekit (pdfmake)',
        creationDate: date,
        modDate: date,
      },
    } as unknown as TDocumentDefinitions;
    const theirs = await barePdfmake().createPdf(definition).getBuffer();
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
  });
});
