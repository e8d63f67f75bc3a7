import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { installBidiLines } from './bidi-lines.js';
import { createSubset } from './font-subset.js';
import { FAMILIES, fileName, fontBytes, fontkit, PRIMARY, parsedFont, STYLES } from './fonts.js';
import { type PdfMeta, pdfPage } from './page.js';
import { installSvgFonts } from './svg-fonts.js';
import { prepareDefinition } from './text-runs.js';

const require = createRequire(import.meta.url);

// pdfmake's Node entry is a CommonJS singleton; its types describe the same object.
type Pdfmake = typeof import('pdfmake') & {
  virtualfs: {
    writeFileSync(name: string, data: Buffer): void;
    readFileSync(name: string): Buffer;
    existsSync(name: string): boolean;
    storage: Record<string, unknown>;
  };
};

// Loaded with the first PDF, not with this module: a Markdown-only run (and every turbo task
// that renders no PDF) does not pay for pdfmake, pdfkit and fontkit (about 150 ms).
let loaded: { pdfmake: Pdfmake; fonts: Fonts } | undefined;

interface Glyph {
  id: number;
  codePoints: readonly number[];
}

/** fontkit's shaped text: the glyphs and where each goes. */
interface GlyphRun {
  glyphs: Glyph[];
  positions: Record<string, number>[];
}

interface ParsedFont {
  _glyphs: Record<number, unknown>;
  layout(text: string, features?: unknown, ...more: unknown[]): GlyphRun;
}

/**
 * A font for one document: fontkit's parsed tables, shared, with glyphs of its own. fontkit fixes
 * a glyph's characters (what the PDF's ToUnicode map says it spells) when the glyph is first made,
 * and its subsetter makes a composite glyph's parts with none; a glyph cache shared across
 * documents would let one document's order decide another's text (a '.' that copies as nothing).
 * Fresh glyphs per document keep every PDF exactly what pdfkit makes of the font file. fontkit
 * caches its layout engine on the object it is first asked through, so each view gets its own.
 */
function documentFont(parsed: ParsedFont, layout: ParsedFont['layout']): ParsedFont {
  const view = Object.create(parsed) as ParsedFont;
  view._glyphs = {};
  view.layout = layout;
  // fontkit's subset, with what every document's subset of this font shares read once (font-subset.ts).
  Object.assign(view, { createSubset: () => createSubset(parsed, view) });
  return view;
}

/**
 * fontkit's layout with every word it has shaped remembered, for every document of one font:
 * shaping was a third of a job description's time, and documents of one organisation share most
 * of their words. Each word is shaped with glyphs of its own (a glyph's characters are the ones it
 * has in that word), so a run never depends on what was shaped before it and the PDFs stay the
 * same bytes whatever order they are rendered in. pdfkit scales a run's positions in place, so each
 * caller gets positions of its own; the glyphs are only read.
 */
function sharedLayout(parsed: ParsedFont): ParsedFont['layout'] {
  const shaper = Object.create(parsed) as ParsedFont;
  const runs = new Map<string, GlyphRun>();
  const glyphs = new Map<string, Glyph>();
  const same = (g: Glyph) => {
    const key = `${g.id} ${g.codePoints.join(' ')}`;
    const known = glyphs.get(key);
    if (known) return known;
    glyphs.set(key, g);
    return g;
  };
  return function layout(this: ParsedFont, text, features, ...more) {
    // Features, script or direction asked for: shaped as asked, in this document's own font.
    if (features !== undefined || more.length > 0) return parsed.layout.call(this, text, features, ...more);
    let run = runs.get(text);
    if (!run) {
      shaper._glyphs = {};
      run = parsed.layout.call(shaper, text);
      run.glyphs = run.glyphs.map(same);
      runs.set(text, run);
    }
    const copy = Object.assign(Object.create(Object.getPrototypeOf(run)) as GlyphRun, run);
    copy.positions = run.positions.map((p) => ({ ...p }));
    return copy;
  };
}

type FontDescriptors = import('pdfmake/interfaces.js').TFontDictionary;

interface Fonts {
  /** rolekit's: each style is a font fontkit has already parsed; its tables serve every document. */
  parsed: FontDescriptors;
  /** pdfmake's usual way, the font file's bytes, parsed again by every document. */
  bytes: FontDescriptors;
}

interface Fontkit {
  create(data: Uint8Array): ParsedFont;
  registerFormat(format: unknown): void;
}

/**
 * A font "format" for fontkit (its public registerFormat) that recognises rolekit's handles by
 * identity (pdfmake and pdfkit pass on the very object filed). fontkit tries its own formats
 * first; a handle (a short ASCII string) is none of them.
 * Its constructor returns the document's view of the already parsed font, which `new` then yields
 * in place of a freshly parsed one. This is pdfkit 0.20's "accept a parsed font", done from outside
 * pdfkit, so it works from any installed copy (no patched dependency).
 */
function parsedFontFormat(fonts: Map<unknown, () => ParsedFont>) {
  return class ParsedFontHandle {
    static probe(data: unknown): boolean {
      return fonts.has(data);
    }
    constructor(stream: { buffer: unknown }) {
      const open = fonts.get(stream.buffer);
      if (!open) throw new Error('Not a rolekit font handle.');
      // biome-ignore lint/correctness/noConstructorReturn: fontkit makes fonts with `new`; this hands back the parsed one.
      return open() as unknown as ParsedFontHandle;
    }
  };
}

/**
 * Loads the fonts into pdfmake's in-memory file system once, then locks pdfmake down: no URL is
 * ever fetched and no local file is ever read, whatever a model or template puts in a document
 * (an image or font path, a link). The fonts are embedded (subset) in every PDF.
 *
 * Every style is filed twice. pdfkit parses a font file again for every document, which was about
 * two thirds of a job description's 58 ms. rolekit parses each file once and files, under the
 * font's PostScript name, a handle instead of the bytes (see parsedFontFormat): pdfkit hands it to
 * fontkit like any font file, and fontkit answers with that document's own view of the parsed font
 * (documentFont), so what a document makes of the font is what pdfkit makes of the file. The bytes
 * stay for the benchmark's bare pdfmake loop, the yardstick.
 */
function setUp(): { pdfmake: Pdfmake; fonts: Fonts } {
  if (loaded) return loaded;
  const pdfmake = require('pdfmake') as Pdfmake;
  installBidiLines(require.resolve('pdfmake'));
  installSvgFonts(require.resolve('pdfmake'), pdfmake.virtualfs);
  // pdfkit's own fontkit (the very module instance pdfkit calls), so the handles reach our format.
  const fonts = new Map<unknown, () => ParsedFont>();
  (fontkit() as unknown as Fontkit).registerFormat(parsedFontFormat(fonts));
  const parsed: Record<string, Record<string, string>> = {};
  for (const family of FAMILIES) {
    const styles: Record<string, string> = {};
    parsed[family.name] = styles;
    for (const style of STYLES) {
      // A parsed font goes under its file's name less the extension (Roboto-Regular, Roboto's
      // PostScript name): pdfkit files every font it has loaded under that name, so text inside an
      // SVG, which pdfkit opens by the name pdfmake was given, finds the embedded font at once
      // instead of loading it again for every text element.
      const name = fileName(family, style).replace(/\.[ot]tf$/, '');
      styles[style] = name;
      if (pdfmake.virtualfs.existsSync(name)) continue;
      // pdfmake reads a font from its in-memory file system once per document, and pdfkit asks
      // fontkit to open what it read: each open makes that document's own view of the parsed font.
      // A fallback's file is read and parsed when a document first uses it.
      let shared: { font: ParsedFont; layout: ParsedFont['layout'] } | undefined;
      const handle = Buffer.from(`rolekit parsed font ${name}`);
      fonts.set(handle, () => {
        if (!shared) {
          const font = parsedFont(family.files[style]()) as unknown as ParsedFont;
          shared = { font, layout: sharedLayout(font) };
        }
        return documentFont(shared.font, shared.layout);
      });
      pdfmake.virtualfs.writeFileSync(name, handle);
    }
  }
  // The yardstick's fonts: Roboto's files, as pdfmake is usually given them.
  const bytes: Record<string, string> = {};
  for (const style of STYLES) {
    const file = fileName(PRIMARY, style);
    pdfmake.virtualfs.writeFileSync(file, Buffer.from(fontBytes(PRIMARY.files[style]())));
    bytes[style] = file;
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  loaded = { pdfmake, fonts: { parsed, bytes: { [PRIMARY.name]: bytes } } as unknown as Fonts };
  return loaded;
}

/** pdfmake reads its fonts when a document is created, so each caller names the set it wants. */
function createPdf(definition: TDocumentDefinitions, set: keyof Fonts) {
  const { pdfmake, fonts } = setUp();
  pdfmake.setFonts(fonts[set]);
  return pdfmake.createPdf(definition);
}

/**
 * Renders a pdfmake document to bytes, deterministically: fixed creation date, fixed producer,
 * and a document id that pdfkit derives from that metadata rather than from the clock.
 */
export async function renderPdf(
  content: Omit<TDocumentDefinitions, 'info'>,
  meta: PdfMeta,
): Promise<Uint8Array> {
  const definition: TDocumentDefinitions = {
    // What a definition leaves out is the page base's (a footer from `meta`).
    ...pdfPage({ footer: meta.footer }),
    ...content,
    info: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject ?? meta.title,
      ...(meta.keywords ? { keywords: meta.keywords } : {}),
      creator: 'rolekit',
      producer: 'rolekit (pdfmake)',
      creationDate: meta.date,
      modDate: meta.date,
    },
  };
  // Every text in runs of one font and one direction (text-runs.ts).
  const prepared = prepareDefinition(definition as unknown as Record<string, unknown>);
  const buffer = await createPdf(prepared as unknown as TDocumentDefinitions, 'parsed').getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export type { Content, TDocumentDefinitions };

/**
 * pdfmake itself, set up with rolekit's fonts (as bytes, the way pdfmake is usually given them) and
 * locks and nothing else: for benchmarks that measure rolekit against
 * `pdfmake.createPdf(definition).getBuffer()`.
 */
export function barePdfmake(): {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
} {
  return { createPdf: (definition) => createPdf(definition, 'bytes') };
}
