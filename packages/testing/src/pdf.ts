import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
