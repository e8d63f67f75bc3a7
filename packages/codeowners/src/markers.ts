/**
 * The part of a CODEOWNERS file that rolekit owns: the lines from `# BEGIN rolekit` to
 * `# END rolekit`. Everything else in the file belongs to people and is kept byte for byte.
 */

export const BEGIN_MARKER = '# BEGIN rolekit';
export const END_MARKER = '# END rolekit';

/** GitHub ignores a CODEOWNERS file of 3 MB or more; rolekit counts 3,000,000 bytes to be safe. */
export const CODEOWNERS_MAX_BYTES = 3_000_000;

export type ManagedSection =
  | { kind: 'absent' }
  /** `start` is the offset of the BEGIN line, `end` the offset just past the END line's newline. */
  | { kind: 'present'; start: number; end: number; beginLine: number; endLine: number }
  | { kind: 'malformed'; line: number; message: string };

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's terminator. */
  end: number;
  number: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    out.push({ text: text.slice(start, newline < 0 ? end : newline).replace(/\r$/, ''), start, end, number });
    start = end;
    number += 1;
  }
  return out;
}

const isMarker = (line: Line, marker: string) => line.text.trimEnd() === marker;

/** Where the managed section is, or what is wrong with the markers. */
export function findManagedSection(text: string): ManagedSection {
  const all = lines(text);
  const begins = all.filter((l) => isMarker(l, BEGIN_MARKER));
  const ends = all.filter((l) => isMarker(l, END_MARKER));
  if (begins.length === 0 && ends.length === 0) return { kind: 'absent' };
  const fix = `leave one '${BEGIN_MARKER}' line and one '${END_MARKER}' line after it`;
  if (begins.length > 1)
    return {
      kind: 'malformed',
      line: (begins[1] as Line).number,
      message: `a second '${BEGIN_MARKER}'; ${fix}`,
    };
  if (ends.length > 1)
    return { kind: 'malformed', line: (ends[1] as Line).number, message: `a second '${END_MARKER}'; ${fix}` };
  const begin = begins[0];
  const end = ends[0];
  if (!begin)
    return {
      kind: 'malformed',
      line: (end as Line).number,
      message: `'${END_MARKER}' without '${BEGIN_MARKER}'; ${fix}`,
    };
  if (!end)
    return {
      kind: 'malformed',
      line: begin.number,
      message: `'${BEGIN_MARKER}' without '${END_MARKER}'; ${fix}`,
    };
  if (end.number < begin.number)
    return {
      kind: 'malformed',
      line: end.number,
      message: `'${END_MARKER}' comes before '${BEGIN_MARKER}'; ${fix}`,
    };
  return { kind: 'present', start: begin.start, end: end.end, beginLine: begin.number, endLine: end.number };
}

/** What stops rolekit from merging into this file, if anything ("line 12: ..."). */
export function managedSectionProblem(existing: string | undefined): string | undefined {
  if (existing === undefined) return undefined;
  const found = findManagedSection(existing);
  return found.kind === 'malformed' ? `line ${found.line}: ${found.message}` : undefined;
}

export class ManagedSectionError extends Error {
  override name = 'ManagedSectionError';
}

/**
 * The file with `section` (a block from BEGIN to END marker, ending in a newline) in place of the
 * managed section. Without markers the block is appended after a blank line, so that rolekit's
 * rules come last and win; people put their exceptions after the END marker. A file with CRLF line
 * ends gets the block with CRLF too. Bytes outside the markers are never changed.
 * Throws ManagedSectionError when the markers are malformed (check managedSectionProblem first).
 */
export function mergeManagedSection(existing: string | undefined, section: string): string {
  if (existing === undefined || existing === '') return section;
  const found = findManagedSection(existing);
  const firstBreak = existing.indexOf('\n');
  const block =
    firstBreak > 0 && existing[firstBreak - 1] === '\r' ? section.replace(/\r?\n/g, '\r\n') : section;
  switch (found.kind) {
    case 'malformed':
      throw new ManagedSectionError(`line ${found.line}: ${found.message}`);
    case 'present': {
      const before = existing.slice(0, found.start);
      const after = existing.slice(found.end);
      // An END marker on the last line without a newline: keep the file's ending as it was.
      const trimmed =
        found.end === existing.length && !existing.endsWith('\n') ? block.replace(/\r?\n$/, '') : block;
      return before + trimmed + after;
    }
    case 'absent': {
      const eol = block.endsWith('\r\n') ? '\r\n' : '\n';
      const separator = existing.endsWith(`${eol}${eol}`) ? '' : existing.endsWith('\n') ? eol : eol + eol;
      return existing + separator + block;
    }
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A CODEOWNERS artifact's `merge`: the block `section` merged into the file already in the output
 * folder, so that lines people added outside the markers stay byte for byte. A file that is not
 * UTF-8 or whose markers are broken is written afresh (the block alone).
 */
export function mergeSectionInto(section: string): (existing: Uint8Array) => Uint8Array {
  const fresh = encoder.encode(section);
  return (existing) => {
    let text: string;
    try {
      text = decoder.decode(existing);
    } catch {
      return fresh;
    }
    return managedSectionProblem(text) ? fresh : encoder.encode(mergeManagedSection(text, section));
  };
}

/**
 * The same merge, rebuilt from a CODEOWNERS file a run wrote (a shard's, for merge-shards): its
 * block, with LF line ends and a final newline, is the section. Undefined when the file holds no
 * well-formed block (then it is copied as it is).
 */
export function mergeFromWritten(written: Uint8Array): ((existing: Uint8Array) => Uint8Array) | undefined {
  let text: string;
  try {
    text = decoder.decode(written);
  } catch {
    return undefined;
  }
  const found = findManagedSection(text);
  if (found.kind !== 'present') return undefined;
  const block = text.slice(found.start, found.end).replace(/\r\n/g, '\n');
  return mergeSectionInto(block.endsWith('\n') ? block : `${block}\n`);
}
