import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

// pdfmake's Node entry is a CommonJS singleton; its types describe the same object.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake') & {
  virtualfs: { writeFileSync(name: string, data: Buffer): void; existsSync(name: string): boolean };
};

// pdfkit's own fontkit, so the parsed fonts are the very objects pdfkit knows how to use.
const fontkit = createRequire(createRequire(require.resolve('pdfmake')).resolve('pdfkit'))('fontkit') as {
  create(data: Uint8Array): ParsedFont;
};

interface Position {
  xAdvance: number;
  [key: string]: number;
}
interface Run {
  glyphs: readonly object[];
  positions: Position[];
  readonly advanceWidth: number;
}
interface ParsedFont {
  layout(text: string, features?: unknown, ...rest: unknown[]): Run;
}

/** A laid-out word as pdfkit reads it; its positions are pdfkit's to scale (in place), so each read gets copies. */
class RunCopy implements Run {
  readonly glyphs: readonly object[];
  readonly positions: Position[];
  constructor(run: { glyphs: readonly object[]; positions: readonly Position[] }) {
    this.glyphs = run.glyphs;
    this.positions = run.positions.map((p) => ({ ...p }));
  }
  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/** Words kept per font; far more than the distinct words of a large organisation's documents. */
const LAYOUT_MEMO_SIZE = 200_000;

/**
 * Shaping a word (fontkit's layout: kerning, ligatures) was the next largest cost after parsing,
 * and pdfkit only remembers a word for one document. Layout is a pure function of the font, the
 * text and the features, so a parsed font remembers it for the process.
 */
function withLayoutMemo(font: ParsedFont): ParsedFont {
  const layout = font.layout.bind(font);
  const memo = new Map<string, { glyphs: readonly object[]; positions: readonly Position[] }>();
  font.layout = (text, features, ...rest) => {
    if (rest.length > 0) return layout(text, features, ...rest);
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = memo.get(key);
    if (!run) {
      const fresh = layout(text, features);
      run = { glyphs: fresh.glyphs, positions: fresh.positions.map((p) => ({ ...p })) };
      if (memo.size >= LAYOUT_MEMO_SIZE) memo.clear();
      memo.set(key, run);
    }
    return new RunCopy(run);
  };
  return font;
}

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

type FontDescriptors = import('pdfmake/interfaces.js').TFontDictionary;

interface Fonts {
  /** rolekit's: each style is a font fontkit has already parsed, shared by every document. */
  parsed: FontDescriptors;
  /** pdfmake's usual way, the font file's bytes, parsed again by every document. */
  bytes: FontDescriptors;
}

let fonts: Fonts | undefined;

/**
 * Loads the fonts into pdfmake's in-memory file system once, then locks pdfmake down: no URL is
 * ever fetched and no local file is ever read, whatever a model or template puts in a document
 * (an image or font path, a link). The fonts are embedded (subset) in every PDF.
 *
 * Every style is filed twice. pdfkit parses a font file again for every document, which was about
 * two thirds of a job description's 58 ms; given a font fontkit has already parsed (pdfkit 0.20
 * accepts one, backported to our pdfkit by patches/pdfkit@0.18.0.patch), it only subsets it. A
 * parsed font is read-only to pdfkit (each document builds its own subset), so one serves every
 * document. The bytes stay for the benchmark's bare pdfmake loop, the yardstick.
 */
function setUp(): Fonts {
  if (fonts) return fonts;
  const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const parsed: Record<string, string> = {};
  const bytes: Record<string, string> = {};
  for (const [style, file] of Object.entries(FONT_FILES)) {
    const data = readFileSync(join(fontDir, file));
    // The parsed font goes under its PostScript name (Roboto-Regular): pdfkit files every font it
    // has loaded under that name, so text inside an SVG, which pdfkit opens by the name pdfmake was
    // given, finds the embedded font at once instead of loading it again for every text element.
    const name = file.replace(/\.ttf$/, '');
    pdfmake.virtualfs.writeFileSync(name, withLayoutMemo(fontkit.create(data)) as unknown as Buffer);
    pdfmake.virtualfs.writeFileSync(file, data);
    parsed[style] = name;
    bytes[style] = file;
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fonts = { parsed: { Roboto: parsed }, bytes: { Roboto: bytes } } as unknown as Fonts;
  return fonts;
}

/** pdfmake reads its fonts when a document is created, so each caller names the set it wants. */
function createPdf(definition: TDocumentDefinitions, set: keyof Fonts) {
  pdfmake.setFonts(setUp()[set]);
  return pdfmake.createPdf(definition);
}

/** Shared look for every rolekit PDF, so the RACI matrix, job descriptions and Jira matrices match. */
export const theme = {
  colours: {
    ink: '#1f2933',
    muted: '#616e7c',
    rule: '#cbd2d9',
    accent: '#2458a6',
    headerFill: '#e4ebf5',
    zebra: '#f5f7fa',
    R: '#c6e5c1',
    A: '#f6c28b',
    C: '#bcd7f5',
    I: '#e6e6e6',
    S: '#e3d3f2',
    V: '#f5e7a8',
  },
  styles: {
    title: { fontSize: 22, bold: true, color: '#1f2933', margin: [0, 0, 0, 4] },
    subtitle: { fontSize: 12, color: '#616e7c', margin: [0, 0, 0, 14] },
    h1: { fontSize: 15, bold: true, color: '#2458a6', margin: [0, 14, 0, 6] },
    h2: { fontSize: 12, bold: true, color: '#1f2933', margin: [0, 10, 0, 4] },
    body: { fontSize: 10, lineHeight: 1.25 },
    small: { fontSize: 8, color: '#616e7c' },
    tableHeader: { bold: true, fontSize: 9, fillColor: '#e4ebf5', color: '#1f2933' },
    cell: { fontSize: 9 },
  },
} as const;

export interface PdfMeta {
  title: string;
  subject?: string;
  author: string;
  keywords?: string;
  /** Embedded as the creation date; from the model or SOURCE_DATE_EPOCH, never the clock. */
  date: Date;
  /** Printed in the page footer next to the page number. */
  footer?: string;
}

/** Page numbers and a footer line on every page, in the theme's small style. */
export function pageFooter(text: string): TDocumentDefinitions['footer'] {
  return (currentPage: number, pageCount: number): Content => ({
    columns: [
      { text, style: 'small', alignment: 'left' },
      { text: `Page ${currentPage} of ${pageCount}`, style: 'small', alignment: 'right' },
    ],
    margin: [40, 10, 40, 0],
  });
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
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10, color: theme.colours.ink },
    styles: theme.styles as unknown as TDocumentDefinitions['styles'],
    ...(meta.footer ? { footer: pageFooter(meta.footer) } : {}),
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
  const buffer = await createPdf(definition, 'parsed').getBuffer();
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
