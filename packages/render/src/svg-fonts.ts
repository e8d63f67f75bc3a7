/**
 * Text inside an SVG (the RACI matrix's vertical column titles) in every font a document has.
 *
 * pdfmake draws SVG text through svg-to-pdfkit, which asks pdfkit for a font by the name in
 * pdfmake's font table (`doc.font('NotoNaskhArabic-Regular')`). pdfkit finds a font by name only
 * when the document has already loaded it under that name; otherwise it reads a file of that name
 * from disk. The primary font always is loaded first, by ordinary text. A fallback font is not
 * (and its PostScript name, under which pdfkit files it, is not the name in the table), so an Arabic
 * or emoji column title came out as empty boxes. This wraps pdfkit's `font` on pdfmake's document
 * class, once per process: a name pdfkit does not know but pdfmake's in-memory file system holds is
 * opened from there (the parsed-font handle, as pdfmake opens ordinary text's fonts) and filed under
 * that name too. Nothing is ever read from disk.
 */
import { createRequire } from 'node:module';

interface FontDocument {
  _font: unknown;
  _fontFamilies: Record<string, unknown>;
  _registeredFonts: Record<string, unknown>;
  font(this: FontDocument, src: unknown, family?: unknown, size?: unknown): FontDocument;
}

interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string): Buffer;
}

let installed = false;

export function installSvgFonts(pdfmakeEntry: string, virtualfs: VirtualFs): void {
  if (installed) return;
  installed = true;
  const { default: PDFDocument } = createRequire(pdfmakeEntry)('./PDFDocument') as {
    default: { prototype: FontDocument };
  };
  const font = PDFDocument.prototype.font;
  PDFDocument.prototype.font = function (src, family, size) {
    if (
      typeof src === 'string' &&
      typeof family !== 'string' &&
      !this._fontFamilies[src] &&
      !this._registeredFonts[src] &&
      virtualfs.existsSync(src)
    ) {
      // pdfkit reuses a font it already has under the same PostScript name, so ordinary text and
      // SVG text in one font share one embedded subset.
      const result = font.call(this, virtualfs.readFileSync(src), family, size);
      this._fontFamilies[src] = this._font;
      return result;
    }
    return font.call(this, src, family, size);
  };
}
