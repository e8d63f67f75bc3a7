/**
 * Text for pdfmake in runs: each run one font and one bidi level. pdfmake sets a text in one font,
 * so a name in Arabic, Chinese or with an emoji would come out as empty boxes in Roboto; here every
 * character goes to the first font with a glyph for it (fonts.ts), and right-to-left text gets the
 * Unicode bidi algorithm's levels (bidi-js), which bidi-lines.ts uses to order each laid-out line.
 *
 * Text that Roboto draws left to right, nearly all of it, is handed back unchanged: the same
 * definition, the same bytes as before.
 */
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import { visualOrder } from './bidi-lines.js';
import { FALLBACKS, familyFor, PRIMARY, parsedFont, primaryHas } from './fonts.js';

type Family = (typeof FALLBACKS)[number];

const EMOJI = FALLBACKS.find((f) => f.name === 'NotoEmoji') as Family;

// bidi-js is CommonJS whose module is the factory; its types describe an ES default export.
const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();

/** A pdfmake text: a string, or an array of strings and styled items (which may nest). */
export type TextValue = string | readonly (string | TextItem)[];
export interface TextItem {
  text: TextValue;
  [style: string]: unknown;
}

/** One run as pdfmake gets it: the item's own style, and a font and level where they differ. */
export interface Run extends TextItem {
  text: string;
  font?: string;
  /** The run's bidi embedding level, when above 0 (odd: right to left). */
  bidiLevel?: number;
}

// Strong right-to-left characters and the explicit direction marks and embeddings: text with none
// of them is left to right throughout and skips the bidi algorithm.
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;
const MARK = /\p{M}/u;
/**
 * A name or title as it goes into a sentence or a label ("ليلى ناصر (buddy)"): wrapped in Unicode's
 * first-strong isolate (U+2068 ... U+2069) when it holds right-to-left text, so that it cannot
 * turn the direction of the text around it (a cell that starts with it would otherwise be laid
 * out right to left, "(buddy)" first), nor run into a neighbouring name ("A, B" read as "B ,A").
 * Browsers and the PDFs' bidi pass (bidi-js) honour isolates; they draw nothing. Text without
 * right-to-left characters comes back as it is, so Latin and CJK output keeps its bytes.
 */
export function isolate(text: string): string {
  if (!RIGHT_TO_LEFT.test(text)) return text;
  // Balanced, so that the text's own isolates cannot end ours early (a PDI of its own would, and
  // an override after it would then reverse the label): a PDI with nothing to close does nothing
  // in the text alone and is left out; an isolate the text leaves open is closed before ours.
  let open = 0;
  let inner = '';
  for (const char of text) {
    if (char >= '\u2066' && char <= '\u2068') open++;
    else if (char === '\u2069') {
      if (open === 0) continue;
      open--;
    }
    inner += char;
  }
  return `\u2068${inner}${'\u2069'.repeat(open)}\u2069`;
}

const NEUTRAL_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
// The right-to-left scripts fontkit lays out right to left by itself (its Script.direction).
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Whether fontkit lays the text out right to left: it goes by the first character of a script. */
function fontkitRightToLeft(text: string): boolean {
  for (const char of text) if (!NEUTRAL_SCRIPT.test(char)) return RTL_SCRIPT.test(char);
  return false;
}
const CONTROL = /\p{Cc}/u;

/**
 * Unicode's default-ignorable code points (joiners, variation selectors, direction marks): no
 * glyph of their own, so never a missing one; they stay with the run around them.
 */
function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    (cp >= 0x115f && cp <= 0x1160) ||
    (cp >= 0x17b4 && cp <= 0x17b5) ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** True when Roboto draws every character of the text left to right: nothing to do. */
function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII, always Roboto's and never right to left.
    if (c >= 0x20 && c < 0x7f) continue;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (isDefaultIgnorable(c) || RIGHT_TO_LEFT.test(text[i] as string) || !primaryHas(c)) return false;
  }
  return true;
}

const hasGlyph = (family: Family, cp: number) =>
  family === PRIMARY ? primaryHas(cp) : parsedFont(family.files.normal()).hasGlyphForCodePoint(cp);

/**
 * The family for a character, given the family of the one before it: a combining mark or a joiner
 * stays with its base when that font has it (a harakat with its Arabic letter, a keycap with its
 * digit); a character no font has stays in Roboto (and is reported by `undrawable`).
 */
function familyAfter(
  cp: number,
  previous: Family | undefined,
  next: number | undefined,
): { family: Family; drawn: boolean } {
  // A digit, '#' or a symbol asked to look like an emoji (U+FE0F, a keycap U+20E3) is the emoji
  // font's: it draws the whole sequence as one glyph.
  if ((next === 0xfe0f || next === 0x20e3) && hasGlyph(EMOJI, cp)) return { family: EMOJI, drawn: true };
  const format = isDefaultIgnorable(cp) || CONTROL.test(String.fromCodePoint(cp));
  if (format) return { family: previous ?? PRIMARY, drawn: previous ? hasGlyph(previous, cp) : false };
  if (previous && previous !== PRIMARY && MARK.test(String.fromCodePoint(cp)) && hasGlyph(previous, cp))
    return { family: previous, drawn: true };
  const family = familyFor(cp);
  return family ? { family, drawn: true } : { family: PRIMARY, drawn: false };
}

interface Leaf {
  text: string;
  /** The item's own style; undefined for a bare string. */
  style: Record<string, unknown> | undefined;
}

/** pdfmake's own flattening: a nested array's items stand for themselves (pdfmake drops the parent's style). */
function leaves(text: TextValue, out: Leaf[] = []): Leaf[] {
  if (typeof text === 'string') {
    out.push({ text, style: undefined });
    return out;
  }
  for (const item of text) {
    if (typeof item === 'string') out.push({ text: item, style: undefined });
    else if (Array.isArray(item.text)) leaves(item.text, out);
    else {
      const { text: own, ...style } = item;
      out.push({ text: own === undefined || own === null ? '' : String(own), style });
    }
  }
  return out;
}

/**
 * The runs of a pdfmake text, or undefined when Roboto draws all of it left to right (then the text
 * is used as it is). The bidi levels are the paragraph's: the whole text, with its direction taken
 * from its first strong character (as a browser's dir="auto").
 */
export function textRuns(text: TextValue): Run[] | undefined {
  if (typeof text === 'string' ? plain(text) : text.every((t) => typeof t === 'string' && plain(t))) {
    return undefined;
  }
  const parts = leaves(text);
  if (parts.every((p) => plain(p.text))) return undefined;
  const full = parts.map((p) => p.text).join('');
  const levels = RIGHT_TO_LEFT.test(full) ? bidi.getEmbeddingLevels(full, 'auto') : undefined;
  const mirrored = levels ? bidi.getMirroredCharactersMap(full, levels.levels) : undefined;
  const runs: Run[] = [];
  let at = 0;
  for (const part of parts) {
    let current: { text: string; family: Family; level: number } | undefined;
    const flush = () => {
      if (!current) return;
      const { family, level } = current;
      const run = (text: string) => {
        const item: Run = { ...part.style, text };
        if (family !== PRIMARY) item.font = family.name;
        if (level > 0) item.bidiLevel = level;
        runs.push(item);
      };
      // fontkit orders a piece's glyphs by its script, the bidi algorithm by its level. Where they
      // disagree (spaces and punctuation inside right-to-left text, Arabic-Indic digits inside it),
      // each character becomes a piece of its own, which the line's reordering puts in place.
      if ((level % 2 === 1) !== fontkitRightToLeft(current.text)) {
        for (const { segment } of graphemes.segment(current.text)) run(segment);
      } else run(current.text);
    };
    const before = runs.length;
    let previous: Family | undefined;
    const chars = [...part.text];
    for (let c = 0; c < chars.length; c++) {
      const char = chars[c] as string;
      const cp = char.codePointAt(0) as number;
      const index = at;
      at += char.length;
      const { family, drawn } = familyAfter(cp, previous, chars[c + 1]?.codePointAt(0));
      // A direction mark or a joiner the font has no glyph for has done its work (bidi, or
      // nothing): left out, it cannot become a stray space when the PDF's text is copied.
      if (!drawn && isDefaultIgnorable(cp)) continue;
      previous = family;
      const level = levels ? (levels.levels[index] as number) : 0;
      const shown = mirrored?.get(index) ?? char;
      if (current && current.family === family && current.level === level) current.text += shown;
      else {
        flush();
        current = { text: shown, family, level };
      }
    }
    flush();
    // An empty item keeps its place (and its style) as pdfmake would have had it.
    if (runs.length === before) runs.push({ ...part.style, text: '' });
  }
  return runs;
}

/** The characters of a text that no font can draw, each once, in order. */
export function undrawable(text: string): string[] {
  if (plain(text)) return [];
  const missing = new Set<string>();
  let previous: Family | undefined;
  const chars = [...text];
  for (let c = 0; c < chars.length; c++) {
    const char = chars[c] as string;
    const cp = char.codePointAt(0) as number;
    const { family, drawn } = familyAfter(cp, previous, chars[c + 1]?.codePointAt(0));
    if (!drawn && !isDefaultIgnorable(cp) && !CONTROL.test(char) && !/\s/u.test(char)) missing.add(char);
    previous = family;
  }
  return [...missing];
}

type Node = unknown;

/** A text node's new text, or the node itself when nothing changes. */
function withRuns<T extends { text: TextValue }>(node: T): T {
  const runs = textRuns(node.text);
  return runs ? { ...node, text: runs } : node;
}

function mapAll(nodes: readonly Node[]): readonly Node[] {
  let changed = false;
  const out = nodes.map((n) => {
    const next = prepareContent(n);
    if (next !== n) changed = true;
    return next;
  });
  return changed ? out : nodes;
}

/**
 * A pdfmake content tree with every text in runs (textRuns). Only what changes is copied: a
 * document in Roboto alone comes back as the very same objects.
 */
export function prepareContent(node: Node): Node {
  if (typeof node === 'string') {
    const runs = textRuns(node);
    return runs ? { text: runs } : node;
  }
  if (Array.isArray(node)) return mapAll(node);
  if (node === null || typeof node !== 'object') return node;
  let out = node as Record<string, unknown>;
  const set = (key: string, value: unknown) => {
    if (value === out[key]) return;
    if (out === node) out = { ...out };
    out[key] = value;
  };
  if ('text' in out && (typeof out.text === 'string' || Array.isArray(out.text))) {
    out = withRuns(out as { text: TextValue });
  }
  for (const key of ['stack', 'columns', 'ul', 'ol'] as const) {
    if (Array.isArray(out[key])) set(key, mapAll(out[key] as Node[]));
  }
  const table = out.table as { body?: Node[][] } | undefined;
  if (table && Array.isArray(table.body)) {
    const body = mapAll(table.body);
    if (body !== table.body) set('table', { ...table, body });
  }
  return out;
}

/** A definition's content, header, footer and background in runs; functions are wrapped. */
export function prepareDefinition<T extends Record<string, unknown>>(definition: T): T {
  let out = definition;
  for (const key of ['content', 'header', 'footer', 'background'] as const) {
    const value = out[key];
    if (value === undefined) continue;
    const next =
      typeof value === 'function'
        ? (...args: unknown[]) => prepareContent((value as (...a: unknown[]) => unknown)(...args))
        : prepareContent(value);
    if (next !== value) out = { ...out, [key]: next };
  }
  return out;
}

/**
 * One line of SVG text (pdfmake draws SVG text itself, a line at a time) as tspans: each run in its
 * font, the runs in visual order. `toXml` makes text safe in XML.
 */
export function svgTextSpans(line: string, toXml: (text: string) => string): string {
  const runs = textRuns(line);
  if (!runs) return toXml(line);
  visualOrder(runs);
  return runs
    .map((r) =>
      r.font ? `<tspan font-family="${r.font}">${toXml(r.text)}</tspan>` : `<tspan>${toXml(r.text)}</tspan>`,
    )
    .join('');
}
