/**
 * The fonts every rolekit PDF may use: Roboto, the organisation's look, and Noto fallbacks for the
 * scripts Roboto has no glyphs for. Each comes from an npm package that ships the font files
 * (OFL-1.1), so `pnpm install` is all a machine needs. A font is read and parsed once per process
 * (per worker thread), and only when a document has a character that needs it: a Latin-only run
 * never reads the 10 MB CJK files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The parts of fontkit's parsed font read here and in pdf.ts. */
export interface ParsedFont {
  _glyphs: Record<number, unknown>;
  layout(text: string, features?: unknown, ...more: unknown[]): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
  characterSet: number[];
}

type Style = 'normal' | 'bold' | 'italics' | 'bolditalics';

interface Family {
  /** The name pdfmake knows the family by (a run's `font`). */
  name: string;
  /** The font file of each style; a script with no italic face uses the upright one. */
  files: Record<Style, () => string>;
}

const pdfmakeFont = (file: string) => () =>
  join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto', file);
// These packages' export maps hide package.json; their entry sits in dist/, the fonts beside it.
const embedpdf = (pkg: string, file: string) => () =>
  join(dirname(require.resolve(pkg)), '..', 'fonts', file);
const expo = (pkg: string, file: string) => () => join(dirname(require.resolve(`${pkg}/package.json`)), file);
const upright = (normal: () => string, bold: () => string): Record<Style, () => string> => ({
  normal,
  bold,
  italics: normal,
  bolditalics: bold,
});

/** The primary font, pdfmake's own copy of Roboto (Medium is its bold). */
export const PRIMARY: Family = {
  name: 'Roboto',
  files: {
    normal: pdfmakeFont('Roboto-Regular.ttf'),
    bold: pdfmakeFont('Roboto-Medium.ttf'),
    italics: pdfmakeFont('Roboto-Italic.ttf'),
    bolditalics: pdfmakeFont('Roboto-MediumItalic.ttf'),
  },
};

/**
 * Fallbacks, asked in this order for a character Roboto cannot draw. The small fonts come first;
 * the CJK fonts last, so that they are parsed only for a character no small font has. Simplified
 * Chinese before Korean: it has every CJK ideograph and all kana, so Chinese and Japanese names
 * both use it (Japanese kanji in Chinese glyph forms: legible, not a Japanese typesetter's choice),
 * and Korean takes Hangul.
 */
export const FALLBACKS: readonly Family[] = [
  {
    name: 'NotoNaskhArabic',
    files: upright(
      embedpdf('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'),
      embedpdf('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'),
    ),
  },
  {
    name: 'NotoSansHebrew',
    files: upright(
      embedpdf('@embedpdf/fonts-hebrew', 'NotoSansHebrew-Regular.ttf'),
      embedpdf('@embedpdf/fonts-hebrew', 'NotoSansHebrew-Bold.ttf'),
    ),
  },
  {
    name: 'NotoSansDevanagari',
    files: upright(
      expo('@expo-google-fonts/noto-sans-devanagari', '400Regular/NotoSansDevanagari_400Regular.ttf'),
      expo('@expo-google-fonts/noto-sans-devanagari', '500Medium/NotoSansDevanagari_500Medium.ttf'),
    ),
  },
  {
    name: 'NotoSansThai',
    files: upright(
      expo('@expo-google-fonts/noto-sans-thai', '400Regular/NotoSansThai_400Regular.ttf'),
      expo('@expo-google-fonts/noto-sans-thai', '500Medium/NotoSansThai_500Medium.ttf'),
    ),
  },
  {
    // Arrows and mathematical operators (→, ⇒, ≤ beyond Roboto's few).
    name: 'NotoSansMath',
    files: upright(
      expo('@expo-google-fonts/noto-sans-math', '400Regular/NotoSansMath_400Regular.ttf'),
      expo('@expo-google-fonts/noto-sans-math', '400Regular/NotoSansMath_400Regular.ttf'),
    ),
  },
  {
    // Dingbats and symbols as text (✓ ✗ ★ ☎ ⚠), before the emoji font draws them as pictures.
    name: 'NotoSansSymbols2',
    files: upright(
      expo('@expo-google-fonts/noto-sans-symbols-2', '400Regular/NotoSansSymbols2_400Regular.ttf'),
      expo('@expo-google-fonts/noto-sans-symbols-2', '400Regular/NotoSansSymbols2_400Regular.ttf'),
    ),
  },
  {
    name: 'NotoEmoji',
    files: upright(
      expo('@expo-google-fonts/noto-emoji', '400Regular/NotoEmoji_400Regular.ttf'),
      expo('@expo-google-fonts/noto-emoji', '500Medium/NotoEmoji_500Medium.ttf'),
    ),
  },
  {
    name: 'NotoSansSC',
    files: upright(
      expo('@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'),
      expo('@expo-google-fonts/noto-sans-sc', '500Medium/NotoSansSC_500Medium.ttf'),
    ),
  },
  {
    name: 'NotoSansKR',
    files: upright(
      expo('@expo-google-fonts/noto-sans-kr', '400Regular/NotoSansKR_400Regular.ttf'),
      expo('@expo-google-fonts/noto-sans-kr', '500Medium/NotoSansKR_500Medium.ttf'),
    ),
  },
];

export const FAMILIES: readonly Family[] = [PRIMARY, ...FALLBACKS];

/** A font file's name as pdfmake's file system holds it: unique across the packages above. */
export const fileName = (family: Family, style: Style) =>
  family.files[style]().split(/[\\/]/).pop() as string;

export const STYLES: readonly Style[] = ['normal', 'bold', 'italics', 'bolditalics'];

let fontkitModule: { create(data: Uint8Array): ParsedFont } | undefined;

/** pdfkit's own fontkit, so that a parsed font is an object pdfkit knows how to use. */
export function fontkit(): { create(data: Uint8Array): ParsedFont } {
  fontkitModule ??= createRequire(createRequire(require.resolve('pdfmake')).resolve('pdfkit'))('fontkit') as {
    create(data: Uint8Array): ParsedFont;
  };
  return fontkitModule;
}

const files = new Map<string, { bytes: Uint8Array; parsed?: ParsedFont }>();

/** A font file's bytes, read once per process. */
export function fontBytes(path: string): Uint8Array {
  let file = files.get(path);
  if (!file) {
    file = { bytes: readFileSync(path) };
    files.set(path, file);
  }
  return file.bytes;
}

/** fontkit's parse of a font file, made once per process. fontkit reads tables as they are asked for. */
export function parsedFont(path: string): ParsedFont {
  fontBytes(path);
  const file = files.get(path) as { bytes: Uint8Array; parsed?: ParsedFont };
  file.parsed ??= fontkit().create(file.bytes);
  return file.parsed;
}

// Which family draws a code point, decided once per code point and process. Coverage is the upright
// regular face's: each family's styles come from one design with one character set.
const chosen = new Map<number, Family | null>();
let primaryCharacters: Set<number> | undefined;

/** Whether Roboto draws the code point: the question asked of nearly every character, kept cheap. */
export function primaryHas(codePoint: number): boolean {
  primaryCharacters ??= new Set(parsedFont(PRIMARY.files.normal()).characterSet);
  return primaryCharacters.has(codePoint);
}

/** The first family with a glyph for the code point, Roboto first; null when none has one. */
export function familyFor(codePoint: number): Family | null {
  if (primaryHas(codePoint)) return PRIMARY;
  let family = chosen.get(codePoint);
  if (family === undefined) {
    family = FALLBACKS.find((f) => parsedFont(f.files.normal()).hasGlyphForCodePoint(codePoint)) ?? null;
    chosen.set(codePoint, family);
  }
  return family;
}
