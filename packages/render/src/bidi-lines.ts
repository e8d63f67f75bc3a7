/**
 * Right-to-left text, line by line. pdfmake breaks a paragraph into lines itself, in logical order,
 * which is what the Unicode bidi algorithm asks for: levels for the whole paragraph first
 * (text-runs.ts gives each run its `bidiLevel`), line breaks next, then each line's pieces put in
 * visual order (rule L2: from the highest level down to the lowest odd one, reverse every stretch
 * at that level or above). Within a piece, fontkit shapes an Arabic or Hebrew word and lays its
 * glyphs right to left itself; this only orders the pieces.
 *
 * pdfmake has no hook between breaking a line and placing it, so this wraps the one method every
 * line passes through (ElementWriter.alignLine), once per process. Limits: whitespace at the end
 * of a wrapped line keeps its level (rule L1 would reset it to the paragraph's), and a paragraph's
 * alignment stays what the document says (an Arabic paragraph in a left-aligned cell starts at the
 * left).
 */
import { createRequire } from 'node:module';

interface Inline {
  x: number;
  width: number;
  leadingCut?: number;
  trailingCut?: number;
  bidiLevel?: number;
}

interface Line {
  inlines: Inline[];
  inlineWidths: number;
  leadingCut: number;
  trailingCut: number;
  /** Set once a line is in visual order, so that placing it again does not undo it. */
  visualOrder?: true;
}

/**
 * Puts the pieces of one line in visual order, in place (rule L2): from the highest level down to
 * the lowest odd one, every stretch at that level or above is reversed. False when all are level 0.
 */
export function visualOrder(pieces: { bidiLevel?: number }[]): boolean {
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const piece of pieces) {
    const level = piece.bidiLevel ?? 0;
    if (level > highest) highest = level;
    if (level % 2 === 1 && level < lowestOdd) lowestOdd = level;
  }
  if (highest === 0) return false;
  for (let level = highest; level >= lowestOdd; level--) {
    let start = -1;
    for (let i = 0; i <= pieces.length; i++) {
      const inside = i < pieces.length && (pieces[i]?.bidiLevel ?? 0) >= level;
      if (inside && start < 0) start = i;
      else if (!inside && start >= 0) {
        pieces.splice(start, i - start, ...pieces.slice(start, i).reverse());
        start = -1;
      }
    }
  }
  return true;
}

/** Puts a line's pieces in visual order and lays them out again from the left, as Line.addInline does. */
export function reorderLine(line: Line): void {
  if (line.visualOrder) return;
  line.visualOrder = true;
  const { inlines } = line;
  if (!visualOrder(inlines)) return;
  line.leadingCut = inlines[0]?.leadingCut ?? 0;
  line.trailingCut = inlines[inlines.length - 1]?.trailingCut ?? 0;
  let x = line.leadingCut ? -line.leadingCut : 0;
  for (const inline of inlines) {
    inline.x = x;
    x += inline.width;
  }
}

let installed = false;

/** Makes pdfmake (the copy at `pdfmakeEntry`) place every line in visual order. */
export function installBidiLines(pdfmakeEntry: string): void {
  if (installed) return;
  installed = true;
  const { default: ElementWriter } = createRequire(pdfmakeEntry)('./ElementWriter') as {
    default: { prototype: { alignLine(this: unknown, line: Line): void } };
  };
  const alignLine = ElementWriter.prototype.alignLine;
  ElementWriter.prototype.alignLine = function (line: Line) {
    reorderLine(line);
    return alignLine.call(this, line);
  };
}
