/**
 * CODEOWNERS patterns as GitHub reads them: gitignore syntax without `!`, `[ ]` and `\#`, matched
 * against repository paths of files (no leading slash, e.g. `src/app.ts`).
 *
 * - A pattern with a `/` at the start or in the middle is anchored to the repository root;
 *   otherwise it matches at any depth (`*.sql`, `docs/` and `logs` are as if preceded by `**` + `/`).
 * - A trailing `/` matches the contents of a directory, never a file of that name.
 * - `*` matches within one path segment (never `/`), `?` one character of a segment, `\x` the
 *   character x. A segment that is only `*` needs at least one character.
 * - `**` as a whole segment: leading, any directories (including none); trailing, everything
 *   inside; in the middle, zero or more directories.
 * - A pattern that matches a directory also matches everything inside it (`/docs`, `f*`,
 *   `*.sql`), except when its last segment is a lone `*`: `docs/*` owns `docs/a.md` but not
 *   `docs/guides/a.md`.
 *
 * Containment between two patterns (does every path that A matches also match B?) is decided on a
 * set of witness paths built from A: each wildcard filled in several ways (empty, a plain name,
 * a name with an extension, a dot file), each `**` as zero, one or two directories, and the
 * pattern's directory contents one and two levels deep. The fillers are names no real rule
 * mentions, so B can only match them through its own wildcards.
 */

export interface CompiledPattern {
  readonly pattern: string;
  /** Tests a repository path such as `src/app.ts` (no leading slash). */
  matches(path: string): boolean;
  /** Paths the pattern matches, for deciding containment; empty for a pattern that matches nothing. */
  readonly witnesses: readonly string[];
}

type Segment = { kind: 'globstar' } | { kind: 'star' } | { kind: 'glob'; text: string };

interface Parsed {
  segments: Segment[];
  /** Whether the last segment also covers what is inside a directory of that name. */
  descendants: boolean;
}

function parse(pattern: string): Parsed | undefined {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  const directoryOnly = pattern.length > 1 && pattern.endsWith('/');
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (body === '') return undefined;
  const segments: Segment[] = [];
  for (const text of body.split('/')) {
    if (text === '') continue;
    const segment: Segment =
      text === '**' ? { kind: 'globstar' } : text === '*' ? { kind: 'star' } : { kind: 'glob', text };
    // `a/**/**/b` is `a/**/b`.
    if (segment.kind === 'globstar' && segments.at(-1)?.kind === 'globstar') continue;
    segments.push(segment);
  }
  if (!anchored && segments[0]?.kind !== 'globstar') segments.unshift({ kind: 'globstar' });
  if (directoryOnly && segments.at(-1)?.kind !== 'globstar') segments.push({ kind: 'globstar' });
  const last = segments.at(-1);
  return { segments, descendants: last?.kind === 'glob' };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One segment's characters as a regular expression: `*`, `?` and `\x` escapes. */
function globSource(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) {
      out += escapeRegExp(text[i + 1] as string);
      i++;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += escapeRegExp(ch);
  }
  return out;
}

function toRegExp(parsed: Parsed): RegExp {
  const { segments } = parsed;
  let source = '';
  let needSlash = false;
  segments.forEach((segment, i) => {
    const first = i === 0;
    const last = i === segments.length - 1;
    if (segment.kind === 'globstar') {
      if (first && last) source += '.+';
      else if (first) source += '(?:.+/)?';
      else if (last) source += '/.+';
      else source += '(?:/.+)?';
      needSlash = !first;
      return;
    }
    if (needSlash) source += '/';
    source += segment.kind === 'star' ? '[^/]+' : globSource(segment.text);
    needSlash = true;
  });
  if (parsed.descendants) source += '(?:/.+)?';
  return new RegExp(`^${source}$`);
}

// Names that no real rule spells out, so that another pattern matches them only by wildcard.
const NAMES = ['zq0', 'zq0.zq', '.zq0'];
const DIRECTORIES = ['', 'zq1/', 'zq1/zq2/'];
const INSIDE = ['zq3', 'zq3/zq4.zq', '.zq5'];

/**
 * The choices for each slot of a pattern; the first choice of every slot makes the base witness.
 * Slots are: each segment (its wildcards filled), and the directory contents after the last one.
 */
function slotChoices(parsed: Parsed): string[][] {
  const slots: string[][] = [];
  parsed.segments.forEach((segment, i) => {
    const first = i === 0;
    const last = i === parsed.segments.length - 1;
    if (segment.kind === 'globstar') {
      // A leading `**` gives a prefix ending in `/`; a trailing one, contents; a middle one, dirs.
      if (first && last) slots.push(INSIDE);
      else if (first) slots.push(DIRECTORIES);
      else if (last) slots.push(INSIDE.map((p) => `/${p}`));
      else slots.push(DIRECTORIES.map((d) => (d === '' ? '' : `/${d.slice(0, -1)}`)));
      return;
    }
    // Mirrors toRegExp: a `/` before every segment but the first and the one after a leading `**`.
    const prefix = i > 0 && !(i === 1 && parsed.segments[0]?.kind === 'globstar') ? '/' : '';
    if (segment.kind === 'star') slots.push(NAMES.map((n) => prefix + n));
    else {
      const fills = segment.text.includes('*') ? ['zq0', '', 'zq0.zq'] : [''];
      slots.push(fills.map((fill) => prefix + instantiate(segment.text, fill)));
    }
  });
  if (parsed.descendants) slots.push(['', ...INSIDE.map((p) => `/${p}`)]);
  return slots;
}

/** A glob segment made concrete: every `*` becomes `fill`, every `?` a `q`, escapes their char. */
function instantiate(text: string, fill: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i++;
    } else if (ch === '*') out += fill;
    else if (ch === '?') out += 'q';
    else out += ch;
  }
  return out;
}

function witnessesOf(parsed: Parsed, regexp: RegExp): string[] {
  const slots = slotChoices(parsed);
  const paths = new Set<string>();
  const build = (pick: (slot: number) => number) =>
    slots.map((choices, slot) => choices[Math.min(pick(slot), choices.length - 1)]).join('');
  paths.add(build(() => 0));
  const widest = Math.max(...slots.map((s) => s.length));
  for (let k = 1; k < widest; k++) paths.add(build(() => k));
  slots.forEach((choices, slot) => {
    for (let k = 1; k < choices.length; k++) paths.add(build((s) => (s === slot ? k : 0)));
  });
  // Only real file paths the pattern itself matches (a sanity filter on the construction above).
  return [...paths].filter((p) => p !== '' && !p.startsWith('/') && !p.endsWith('/') && regexp.test(p));
}

const cache = new Map<string, CompiledPattern>();

/** Compiles a CODEOWNERS pattern (one that passed codeownersPatternProblem). */
export function compilePattern(pattern: string): CompiledPattern {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const parsed = parse(pattern);
  let compiled: CompiledPattern;
  if (!parsed) {
    // `/` alone matches nothing on GitHub.
    compiled = { pattern, matches: () => false, witnesses: [] };
  } else {
    const regexp = toRegExp(parsed);
    compiled = {
      pattern,
      matches: (path) => regexp.test(path.replace(/^\/+/, '')),
      witnesses: witnessesOf(parsed, regexp),
    };
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** Whether every path `inner` matches is also matched by `outer` (decided on inner's witnesses). */
export function covers(outer: CompiledPattern, inner: CompiledPattern): boolean {
  return inner.witnesses.length > 0 && inner.witnesses.every((path) => outer.matches(path));
}
