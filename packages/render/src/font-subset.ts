/**
 * fontkit's TrueType subset (TTFSubset), made cheap for a font that serves many documents.
 *
 * fontkit decodes every glyph a document uses and writes the whole font file through restructure's
 * generic structs, every time: about a fifth of a job description's render. Almost all of it is the
 * same for every document of one font: a glyph's bytes, its components, its metrics, and the tables
 * copied whole (head, cvt, prep, fpgm). Those are read once per font here; a document's subset only
 * lays them out. The bytes are fontkit's, exactly: the layout is taken from a subset fontkit itself
 * encodes, and a font whose subset this code does not reproduce is left to fontkit.
 */

/** What pdfkit uses of a subset: fontkit's interface. */
export interface FontSubset {
  glyphs: number[];
  mapping: Record<number, number>;
  /** Set for CFF fonts only; pdfkit embeds a subset with none as TrueType. */
  cff?: unknown;
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

/** The parts of fontkit's parsed font (TTFFont) read here. */
interface FontkitFont {
  directory: { tables: Record<string, unknown> };
  loca: { version: number; offsets: number[] };
  _glyphs: Record<number, unknown>;
  _variationProcessor: unknown;
  createSubset(): FontSubset;
  getGlyph(gid: number): FontkitGlyph;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
}

interface FontkitGlyph {
  advanceWidth: number;
  _getMetrics(): { leftBearing: number };
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
}

/** One glyph as the subset writes it. */
interface GlyphData {
  bytes: Uint8Array;
  /** A composite glyph's parts, and where in `bytes` each one's glyph id is written. */
  components: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

/** What every subset of one font shares. */
interface FontData {
  /** The font file's header and table directory, as fontkit writes it; offsets and lengths vary. */
  directory: Uint8Array;
  tags: string[];
  /** Tables written the same in every subset (hhea and maxp up to their glyph counts). */
  fixed: Map<string, Uint8Array>;
  longLoca: boolean;
  glyph(gid: number): GlyphData;
}

const DIRECTORY_HEADER = 12;
const DIRECTORY_ENTRY = 16;
// Where fontkit's hhea and maxp tables hold the counts of a subset's glyphs.
const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;
// Tables written afresh for every subset; the others are copied.
const VARYING = new Set(['loca', 'glyf', 'hmtx']);

// null: this font's subsets are left to fontkit.
const fonts = new WeakMap<object, FontData | null>();

/**
 * A subset of `font` (fontkit's parsed font) for one document. `view` is the document's own view of
 * the font: fontkit's subset of it is what this falls back to, so a font this code does not handle
 * (CFF, variations) is subset exactly as pdfkit would, and only in that view.
 */
export function createSubset(font: object, view: object = font): FontSubset {
  let data = fonts.get(font);
  if (data === undefined) {
    data = fontData(font as FontkitFont);
    fonts.set(font, data);
  }
  return data ? new TrueTypeSubset(data) : (font as FontkitFont).createSubset.call(view);
}

class TrueTypeSubset implements FontSubset {
  glyphs: number[] = [];
  mapping: Record<number, number> = {};
  constructor(private readonly font: FontData) {
    // fontkit's subset always has the missing glyph, first.
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'object' ? glyph.id : glyph;
    let mapped = this.mapping[gid];
    if (mapped === undefined) {
      mapped = this.glyphs.push(gid) - 1;
      this.mapping[gid] = mapped;
    }
    return mapped;
  }

  encode(): Uint8Array {
    const { directory, tags, fixed, longLoca } = this.font;
    // A composite glyph's parts join the subset when it is written, in that order, as in fontkit.
    const parts: GlyphData[] = [];
    let glyfLength = 0;
    for (let i = 0; i < this.glyphs.length; i++) {
      const glyph = this.font.glyph(this.glyphs[i] as number);
      for (const part of glyph.components) this.includeGlyph(part.glyphID);
      parts.push(glyph);
      glyfLength += glyph.bytes.length;
    }
    const count = parts.length;
    const lengths = tags.map((tag) => {
      if (tag === 'loca') return (count + 1) * (longLoca ? 4 : 2);
      if (tag === 'glyf') return glyfLength;
      if (tag === 'hmtx') return count * 4;
      return (fixed.get(tag) as Uint8Array).length;
    });
    const out = new Uint8Array(lengths.reduce((sum, length) => sum + length, directory.length));
    const bytes = new DataView(out.buffer);
    out.set(directory);
    // Tables follow the directory with no padding, in the directory's order: restructure's layout.
    let at = directory.length;
    tags.forEach((tag, t) => {
      const entry = DIRECTORY_HEADER + t * DIRECTORY_ENTRY;
      bytes.setUint32(entry + 8, at);
      bytes.setUint32(entry + 12, lengths[t] as number);
      if (tag === 'loca') {
        let offset = 0;
        for (let i = 0; i <= count; i++) {
          // A short loca stores half the offset, as fontkit writes it (truncated, were it odd).
          if (longLoca) bytes.setUint32(at + i * 4, offset);
          else bytes.setUint16(at + i * 2, offset >>> 1);
          if (i < count) offset += (parts[i] as GlyphData).bytes.length;
        }
      } else if (tag === 'glyf') {
        let pos = at;
        for (const glyph of parts) {
          out.set(glyph.bytes, pos);
          for (const part of glyph.components) {
            bytes.setUint16(pos + part.pos, this.mapping[part.glyphID] as number);
          }
          pos += glyph.bytes.length;
        }
      } else if (tag === 'hmtx') {
        parts.forEach((glyph, i) => {
          bytes.setUint16(at + i * 4, glyph.advance);
          bytes.setInt16(at + i * 4 + 2, glyph.bearing);
        });
      } else {
        out.set(fixed.get(tag) as Uint8Array, at);
        if (tag === 'hhea') bytes.setUint16(at + HHEA_NUMBER_OF_METRICS, count);
        if (tag === 'maxp') bytes.setUint16(at + MAXP_NUM_GLYPHS, count);
      }
      at += lengths[t] as number;
    });
    return out;
  }
}

/** Reads once what every subset of `font` shares, or null if its subsets are fontkit's to make. */
function fontData(font: FontkitFont): FontData | null {
  const tables = font.directory.tables;
  if (!tables.glyf || !tables.loca || tables['CFF '] || font._variationProcessor) return null;
  // Private views: glyphs made here are nobody else's, and none of them keeps characters.
  const privateView = () => Object.assign(Object.create(font) as FontkitFont, { _glyphs: {} });
  const own = privateView();
  const subset = (gids: number[]) => {
    const fontkit = privateView().createSubset();
    for (const gid of gids) fontkit.includeGlyph(gid);
    return fontkit.encode();
  };
  const sample = subset([0]);
  const layout = readDirectory(sample);
  if (!layout) return null;
  const glyphs: GlyphData[] = [];
  const data: FontData = {
    ...layout,
    longLoca: font.loca.version === 1,
    glyph(gid) {
      let glyph = glyphs[gid];
      if (!glyph) {
        glyph = readGlyph(own, gid);
        glyphs[gid] = glyph;
      }
      return glyph;
    },
  };
  // The layout is fontkit's only if this code writes what fontkit writes, counts and all.
  const check = Array.from({ length: 24 }, (_, i) => (i * 37) % Math.max(1, font.loca.offsets.length - 1));
  const ours = new TrueTypeSubset(data);
  for (const gid of check) ours.includeGlyph(gid);
  return sameBytes(ours.encode(), subset(check)) ? data : null;
}

/** The directory of a subset fontkit wrote, if its tables follow it back to back, in its order. */
function readDirectory(file: Uint8Array): Pick<FontData, 'directory' | 'tags' | 'fixed'> | null {
  const bytes = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const numTables = bytes.getUint16(4);
  const end = DIRECTORY_HEADER + numTables * DIRECTORY_ENTRY;
  const tags: string[] = [];
  const fixed = new Map<string, Uint8Array>();
  let at = end;
  for (let t = 0; t < numTables; t++) {
    const entry = DIRECTORY_HEADER + t * DIRECTORY_ENTRY;
    const tag = String.fromCharCode(...file.subarray(entry, entry + 4));
    const offset = bytes.getUint32(entry + 8);
    const length = bytes.getUint32(entry + 12);
    if (offset !== at) return null;
    tags.push(tag);
    if (!VARYING.has(tag)) fixed.set(tag, file.slice(offset, offset + length));
    at += length;
  }
  const needed = ['head', 'hhea', 'maxp', 'loca', 'glyf', 'hmtx'];
  if (at !== file.length || !needed.every((tag) => tags.includes(tag))) return null;
  return { directory: file.slice(0, end), tags, fixed };
}

/** A glyph as fontkit's subset reads it: its bytes from the font, its parts and its metrics. */
function readGlyph(own: FontkitFont, gid: number): GlyphData {
  const glyph = own.getGlyph(gid);
  const decoded = glyph._decode();
  const start = own.loca.offsets[gid] as number;
  const stream = own._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer((own.loca.offsets[gid + 1] as number) - start);
  const components =
    decoded && decoded.numberOfContours < 0
      ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos }))
      : [];
  const data = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
  // Kept as the few numbers above, not as fontkit's glyph object.
  delete own._glyphs[gid];
  return data;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
