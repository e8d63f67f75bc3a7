import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';

const run = promisify(execFile);

/**
 * The text a reader sees in a PDF, through poppler's pdftotext (Debian's poppler-utils; .ci/run
 * installs it). `layout` keeps columns side by side, which table tests need.
 */
export async function pdfText(bytes: Uint8Array, options: { layout?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run(
      'pdftotext',
      [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Page count and metadata, through poppler's pdfinfo. */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdfinfo', [file]);
    return Object.fromEntries(
      stdout
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!.trim(), m[2]!.trim()]),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Collapses white space so that assertions do not depend on where a PDF wrapped a line. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every decoded stream of a PDF (pdfkit compresses with Flate; others are taken as they are). */
function pdfStreams(bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  const start = /stream\r?\n/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index + m[0].length;
    const end = text.indexOf('endstream', from);
    if (end < 0) break;
    const raw = pdf.subarray(from, end);
    try {
      streams.push(inflateSync(raw).toString('latin1'));
    } catch {
      streams.push(raw.toString('latin1'));
    }
    start.lastIndex = end;
  }
  return streams;
}

/**
 * How often a PDF draws a font's missing glyph (.notdef, glyph 0 of every subset pdfkit embeds):
 * the empty box a reader sees where no font had the character. pdfkit writes text as hex glyph
 * ids of four digits in TJ arrays.
 */
export function pdfMissingGlyphs(bytes: Uint8Array): number {
  let count = 0;
  for (const stream of pdfStreams(bytes)) {
    for (const [, array] of stream.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const [, hex] of (array as string).matchAll(/<([0-9a-fA-F]*)>/g)) {
        for (let i = 0; i + 4 <= (hex as string).length; i += 4)
          if ((hex as string).slice(i, i + 4) === '0000') count++;
      }
    }
  }
  return count;
}

/** The fonts a PDF embeds, by name without the subset tag (Roboto-Regular, NotoNaskhArabic). */
export function pdfFontNames(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const names = [...text.matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/>]+)/g)].map((m) => m[1] as string);
  return [...new Set(names)].sort();
}

export interface PdfWord {
  page: number;
  xMin: number;
  yMin: number;
  text: string;
}

/** Each word a PDF draws with where it is, in pdftotext's reading order (its -bbox output). */
export async function pdfWords(bytes: Uint8Array): Promise<PdfWord[]> {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const words: PdfWord[] = [];
    let page = 0;
    for (const line of stdout.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*)<\/word>/.exec(line);
      if (m) {
        const text = (m[3] as string)
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), text });
      }
    }
    return words;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line of text on a PDF page: its baseline (points from the top), its largest font size and its text. */
export interface PdfLine {
  baseline: number;
  size: number;
  text: string;
}

// Roboto's ascent and descent (per unit of font size): poppler's word boxes are this tall.
const ASCENT = 0.927734;
const BOX = 1.171875;

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The lines of every page, top to bottom, from poppler's word boxes (`pdftotext -bbox`). A word's
 * font size is its box's height over Roboto's; words on one baseline make a line.
 */
export async function pdfPageLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout
      .split('<page ')
      .slice(1)
      .map((page) => {
        const lines = new Map<number, { size: number; words: Array<{ x: number; text: string }> }>();
        for (const m of page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        )) {
          const yMin = Number(m[2]);
          const size = (Number(m[3]) - yMin) / BOX;
          const baseline = Math.round(yMin + ASCENT * size);
          const line = lines.get(baseline) ?? { size: 0, words: [] };
          line.size = Math.max(line.size, size);
          line.words.push({ x: Number(m[1]), text: decodeEntities(m[4]!) });
          lines.set(baseline, line);
        }
        return [...lines.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([baseline, l]) => ({
            baseline,
            size: Math.round(l.size * 100) / 100,
            text: l.words
              .sort((a, b) => a.x - b.x)
              .map((w) => w.text)
              .join(' '),
          }));
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Headings left alone at the foot of a page: pages whose last line of text (above the running
 * footer with its "Page n of m") is set at `minSize` points or more, the size of rolekit's
 * headings (h2 is 12, h1 15, titles 22; body text 10 and less).
 */
export async function headingsAtFoot(
  bytes: Uint8Array,
  options: { minSize?: number } = {},
): Promise<Array<{ page: number; text: string; size: number }>> {
  const minSize = options.minSize ?? 11.75;
  const pages = await pdfPageLines(bytes);
  const found: Array<{ page: number; text: string; size: number }> = [];
  pages.forEach((lines, i) => {
    const body = lines.filter((l) => !/\bPage \d+ of \d+\b/.test(l.text));
    const last = body[body.length - 1];
    // A page with one line is a heading page of its own (a cover), not a heading left behind.
    if (last && body.length > 1 && last.size >= minSize)
      found.push({ page: i + 1, text: last.text, size: last.size });
  });
  return found;
}
