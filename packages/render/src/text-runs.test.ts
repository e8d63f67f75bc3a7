import { pdfFontNames, pdfMissingGlyphs, pdfText, pdfWords, squash } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { reorderLine } from './bidi-lines.js';
import { createSubset } from './font-subset.js';
import { FAMILIES, parsedFont } from './fonts.js';
import { renderPdf } from './pdf.js';
import {
  isolate,
  prepareContent,
  prepareDefinition,
  svgTextSpans,
  textRuns,
  undrawable,
} from './text-runs.js';

const meta = { title: 'Scripts', author: 'Example Org', date: new Date('2026-03-01T00:00:00Z') };
const reversed = (text: string) => [...text].reverse().join('');
/** pdftotext marks the direction of what it reads with embedding controls; the words stay. */
const words = (text: string) => squash(text.replace(/[\u202a-\u202e]/g, ''));

describe('isolate', () => {
  it('wraps right-to-left text in a first-strong isolate and leaves other text as it is', () => {
    expect(isolate('ليلى ناصر')).toBe('\u2068ليلى ناصر\u2069');
    expect(isolate('Wang Fang 王芳 🚀')).toBe('Wang Fang 王芳 🚀');
    // The label after an isolated name sets the paragraph's direction: left to right, name first.
    const runs = textRuns(`${isolate('ليلى')} (buddy)`)!;
    expect(runs.map((r) => [r.text, r.bidiLevel ?? 0])).toEqual([
      ['ليلى', 1],
      [' (buddy)', 0],
    ]);
    // A name with a PDI and an override of its own cannot end the isolate and reverse the label.
    for (const hostile of ['ليلى\u2069\u202e', 'ليلى\u2067\u202e', '\u2069\u2069\u202eليلى']) {
      const label = textRuns(`${isolate(hostile)} (buddy)`)!.filter((r) => /buddy/.test(r.text));
      expect(label, JSON.stringify(hostile)).toEqual([{ text: ' (buddy)' }]);
    }
    expect(isolate('ليلى\u2069')).toBe('\u2068ليلى\u2069');
    expect(isolate('\u2067ليلى')).toBe('\u2068\u2067ليلى\u2069\u2069');
    // Not isolated, the name makes the whole text a right-to-left paragraph: the label drawn first.
    expect(textRuns('ليلى (buddy)')!.some((r) => r.text.includes('buddy') && r.bidiLevel === 2)).toBe(true);
  });
});

describe('textRuns', () => {
  it('leaves text Roboto draws left to right alone, down to the same objects', () => {
    expect(textRuns('Release Manager · Łódź, Ελληνικά, Русский – “quoted”')).toBeUndefined();
    const content = [{ text: 'QA Engineer', style: 'h1' }, 'plain', { table: { body: [['a', 'b']] } }];
    expect(prepareContent(content)).toBe(content);
    const definition = { content, footer: undefined };
    expect(prepareDefinition(definition)).toBe(definition);
  });

  it('gives each run the first font that has its characters, keeping the item’s style', () => {
    expect(textRuns(['Owner: ', { text: 'Wang Fang 王芳 김민준 🚀', bold: true }])).toEqual([
      { text: 'Owner: ' },
      { text: 'Wang Fang ', bold: true },
      { text: '王芳', bold: true, font: 'NotoSansSC' },
      { text: ' ', bold: true },
      { text: '김민준', bold: true, font: 'NotoSansKR' },
      { text: ' ', bold: true },
      { text: '🚀', bold: true, font: 'NotoEmoji' },
    ]);
    expect(textRuns('नमस्ते สวัสดี → ☎')?.map((r) => r.font)).toEqual([
      'NotoSansDevanagari',
      undefined,
      'NotoSansThai',
      undefined,
      'NotoSansMath',
      undefined,
      'NotoSansSymbols2',
    ]);
  });

  it('sends an emoji sequence to the emoji font whole: a keycap, a presentation selector', () => {
    const runs = textRuns('Press 1\ufe0f\u20e3 then \u2764\ufe0f');
    expect(runs).toContainEqual({ text: '1\ufe0f\u20e3', font: 'NotoEmoji' });
    expect(runs).toContainEqual({ text: '\u2764\ufe0f', font: 'NotoEmoji' });
  });

  it('gives right-to-left text its bidi levels, and each neutral character in it a piece of its own', () => {
    const runs = textRuns('Name: ليلى حداد (QA)') ?? [];
    expect(runs.filter((r) => r.font === 'NotoNaskhArabic')).toEqual([
      { text: 'ليلى', font: 'NotoNaskhArabic', bidiLevel: 1 },
      { text: 'حداد', font: 'NotoNaskhArabic', bidiLevel: 1 },
    ]);
    // The paragraph starts left to right: the space between the Arabic words is right to left,
    // the one before them and the bracket after them are not.
    expect(runs.map((r) => [r.text, r.bidiLevel ?? 0])).toEqual([
      ['Name: ', 0],
      ['ليلى', 1],
      [' ', 1],
      ['حداد', 1],
      [' (QA)', 0],
    ]);
    // An Arabic paragraph: brackets are mirrored, and neutral runs split to be ordered one by one.
    const arabic = textRuns('مهندسة (QA) منذ 2024.') ?? [];
    expect(arabic.map((r) => [r.text, r.bidiLevel])).toEqual([
      ['مهندسة', 1],
      [' ', 1],
      [')', 1],
      ['QA', 2],
      ['(', 1],
      [' ', 1],
      ['منذ', 1],
      [' ', 1],
      ['2024', 2],
      ['.', 1],
    ]);
  });

  it('names the characters no font can draw, and only those', () => {
    expect(undrawable('Ankh 𓋹 and 𓀀, emoji 🚀, joiner \u200d, selector \ufe0f')).toEqual(['𓋹', '𓀀']);
    expect(undrawable('Wang Fang 王芳 ليلى')).toEqual([]);
  });
});

describe('reorderLine', () => {
  const inline = (text: string, width: number, bidiLevel?: number) => ({ text, x: 0, width, bidiLevel });
  it('puts a line’s pieces in visual order (rule L2) and lays them out again from the left', () => {
    const line = {
      inlines: [
        inline('A ', 10),
        inline('b1', 5, 1),
        inline(' ', 2, 1),
        inline('12', 4, 2),
        inline('b2', 6, 1),
      ],
      inlineWidths: 27,
      leadingCut: 0,
      trailingCut: 0,
    };
    reorderLine(line);
    expect(line.inlines.map((i) => [i.text, i.x])).toEqual([
      ['A ', 0],
      ['b2', 10],
      ['12', 16],
      [' ', 20],
      ['b1', 22],
    ]);
    // Placed again (a repeated table header), a line stays in visual order.
    reorderLine(line);
    expect(line.inlines.map((i) => i.text)).toEqual(['A ', 'b2', '12', ' ', 'b1']);
  });
});

describe('a PDF with every script', () => {
  const names = {
    latin: 'Chloe Martin',
    greek: 'Ελένη Παπαδοπούλου',
    cyrillic: 'Ольга Иванова',
    chinese: '王芳',
    japanese: '田中さくら',
    korean: '김민준',
    arabic: 'ليلى حداد',
    hebrew: 'נועה לוי',
    devanagari: 'प्रिया शर्मा',
    thai: 'สมชาย ใจดี',
    emoji: 'Release 🚀',
  };
  const document = () => ({
    content: [
      { text: 'People', style: 'h1' },
      ...Object.values(names).map((name) => ({
        text: ['Name: ', { text: name, bold: name === names.korean }],
      })),
      { table: { body: [['Owner', names.arabic]] } },
    ],
  });

  it('draws every name: its text reads back, no glyph is missing, each script’s font is embedded', async () => {
    const pdf = await renderPdf(document(), { ...meta, footer: `${names.chinese} ${names.arabic}` });
    const text = words(await pdfText(pdf));
    const { devanagari, ...others } = names;
    for (const name of Object.values(others)) expect(text).toContain(name);
    // A PDF holds glyphs in the order they are drawn, and Devanagari draws the vowel sign ि before
    // the consonant it follows: text copied from any PDF without marked-up text has it moved.
    expect([...text].filter((c) => devanagari.includes(c) && c !== ' ').sort()).toEqual(
      [...devanagari.replace(/ /g, '')].sort(),
    );
    expect(pdfMissingGlyphs(pdf)).toBe(0);
    expect(pdfFontNames(pdf)).toEqual([
      'NotoEmoji-Regular',
      'NotoNaskhArabic',
      'NotoSansDevanagari-Regular',
      'NotoSansHebrew',
      'NotoSansKR-Medium',
      'NotoSansSC-Regular',
      'NotoSansThai-Regular',
      'Roboto-Medium',
      'Roboto-Regular',
    ]);
  });

  // The RACI matrix sets column titles vertically in an SVG, which pdfmake draws through
  // svg-to-pdfkit: a fallback font there was looked up as a file on disk and drew empty boxes.
  it('draws every name inside an SVG too, in the same embedded fonts', async () => {
    const xml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const lines = [names.arabic, names.chinese, names.emoji, names.greek];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">${lines
      .map(
        (line, i) =>
          `<text x="4" y="${20 * (i + 1)}" font-family="Roboto" font-size="10">${svgTextSpans(line, xml)}</text>`,
      )
      .join('')}</svg>`;
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    let pdf: Uint8Array;
    try {
      pdf = await renderPdf({ content: [{ text: 'Columns' }, { svg, width: 300, height: 100 }] }, meta);
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([]);
    expect(pdfMissingGlyphs(pdf)).toBe(0);
    expect(pdfFontNames(pdf)).toEqual([
      'NotoEmoji-Regular',
      'NotoNaskhArabic',
      'NotoSansSC-Regular',
      'Roboto-Regular',
    ]);
    const text = words(await pdfText(pdf));
    for (const name of [names.arabic, names.chinese, names.greek, names.emoji]) expect(text).toContain(name);
  });

  it('lays Arabic out right to left: the first word of a name furthest right', async () => {
    const pdf = await renderPdf({ content: [{ text: `Owner: ${names.arabic} (QA)` }] }, meta);
    const line = await pdfWords(pdf);
    const x = (word: string) => line.find((w) => w.text === word)?.xMin ?? Number.NaN;
    // pdftotext gives a right-to-left word's letters in the order they stand on the page.
    expect(x('Owner:')).toBeLessThan(x(reversed('حداد')));
    expect(x(reversed('حداد'))).toBeLessThan(x(reversed('ليلى')));
    expect(x(reversed('ليلى'))).toBeLessThan(x('(QA)'));
  });

  it('is the same bytes every time, whatever was rendered before it', async () => {
    const first = await renderPdf(document(), meta);
    await renderPdf({ content: 'ليلى 王芳 🚀 other words, other glyphs' }, meta);
    const again = await renderPdf(document(), meta);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('marks a character no font has with the missing glyph (which generators warn about)', async () => {
    const pdf = await renderPdf({ content: 'Ankh 𓋹' }, meta);
    expect(pdfMissingGlyphs(pdf)).toBe(1);
    expect(pdfFontNames(pdf)).toEqual(['Roboto-Regular']);
  });
});

describe('the fallback fonts', () => {
  it('are all subset by the fast path, as Roboto is (TrueType outlines, checked against fontkit)', () => {
    for (const family of FAMILIES) {
      const font = parsedFont(family.files.normal());
      const view = Object.assign(Object.create(font) as object, { _glyphs: {} });
      const fontkits = (font as unknown as { createSubset(): object }).createSubset.call(view);
      expect(createSubset(font, view).constructor, family.name).not.toBe(fontkits.constructor);
    }
  });
});
