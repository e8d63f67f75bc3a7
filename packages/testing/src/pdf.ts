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
