import { textWidth } from '@rolekit/raci';

// The org chart's boxes are sized when the site is generated, but the reader's browser sets their
// labels in its own system-ui font, which may be wider than any we know. So a label is measured on
// the wide side: Roboto's advance widths (the metrics the PDFs use) times WIDER, which covers DejaVu
// Sans and Verdana, the widest common sans faces; a wide character (CJK, Hangul, emoji) 1.3 em and
// any other character outside ASCII 1 em. A browser test checks that every label lies inside its box.

/** The charts' label size in px (svg text in site.css). */
export const FONT_SIZE = 13;
const WIDER = 1.2;
const LINE_HEIGHT = 16;
const PAD = { x: 12, y: 12 };
/** A line of a label is at most this wide; longer titles wrap, and a longer word is broken. */
const LINE_WIDTH = 200;
const MIN = { width: 120, height: 56 };

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const WIDE =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\p{Cf}\p{Cc}]/gu;

/** The width in px of `text` set at FONT_SIZE, on the wide side (above). */
export function labelWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    // A letter with combining marks is as wide as the letter; joiners and marks alone take no room.
    const base = segment.replace(ZERO, '');
    if (base === '') continue;
    if (/^[\x20-\x7e]$/.test(base)) width += textWidth(base, FONT_SIZE) * WIDER;
    else width += (WIDE.test(base) ? 1.3 : 1) * FONT_SIZE;
  }
  return width;
}

/** `word` in pieces of at most LINE_WIDTH, at grapheme boundaries. */
function breakWord(word: string): string[] {
  // Most words fit whole. A prefix is never wider than the word (widths of its graphemes, added in
  // the same order), so one measure stands for the one per grapheme below.
  if (labelWidth(word) <= LINE_WIDTH) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece && labelWidth(piece + segment) > LINE_WIDTH) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** A title in lines of at most LINE_WIDTH, whole: nothing is cut. */
export function wrapLabel(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean).flatMap(breakWord);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && labelWidth(candidate) > LINE_WIDTH) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export interface Label {
  lines: string[];
  width: number;
  height: number;
}

/**
 * Each title's lines and box: one width for all (the widest label's, so the chart's columns line
 * up), a height for as many lines as the title needs.
 */
export function labels(titles: ReadonlyMap<string, string>): Map<string, Label> {
  const lines = new Map([...titles].map(([id, title]) => [id, wrapLabel(title)]));
  let widest = 0;
  for (const ls of lines.values()) for (const l of ls) widest = Math.max(widest, labelWidth(l));
  const width = Math.max(MIN.width, Math.ceil(widest) + 2 * PAD.x);
  return new Map(
    [...lines].map(([id, ls]) => [
      id,
      { lines: ls, width, height: Math.max(MIN.height, ls.length * LINE_HEIGHT + 2 * PAD.y) },
    ]),
  );
}

/** The baseline of each line, centred in a box of `height` at `y`. */
export function baselines(label: Label, y: number): number[] {
  const first = y + label.height / 2 - ((label.lines.length - 1) * LINE_HEIGHT) / 2 + 5;
  return label.lines.map((_, i) => first + i * LINE_HEIGHT);
}
