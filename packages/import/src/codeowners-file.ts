/**
 * A CODEOWNERS file as GitHub and GitLab read it, line by line, with positions: comments, blank
 * lines, GitLab section headings (`[Name]`, `^[Name][2] @default`) and rules (`pattern owner...`,
 * an inline `# comment` after the owners). Pure; used by the import and by the round-trip proof,
 * which asks who owns a path under a file (ownersOfPath) with codeowners' own pattern matcher.
 */
import { compilePattern, isValidOwner } from '@rolekit/codeowners';
import { codeownersPatternProblem } from '@rolekit/model';

export interface ImportProblem {
  file: string;
  line: number;
  column?: number;
  message: string;
  hint: string;
}

export type CodeownersLine =
  | { kind: 'blank'; line: number; text: string }
  | { kind: 'comment'; line: number; text: string; comment: string }
  | {
      kind: 'section';
      line: number;
      text: string;
      name: string;
      optional: boolean;
      approvals?: number;
      defaultOwners: string[];
    }
  | {
      kind: 'rule';
      line: number;
      text: string;
      pattern: string;
      owners: string[];
      /** The inline comment after the owners, without `#`. */
      comment?: string;
      /** The section (lower-cased name) the rule belongs to; undefined outside any section. */
      section?: string;
      /** GitLab: the heading the rule sits under (its default owners apply to it). */
      heading?: SectionHeading;
    };

export interface SectionHeading {
  line: number;
  text: string;
  defaultOwners: string[];
}

export type RuleLine = Extract<CodeownersLine, { kind: 'rule' }>;
export type SectionLine = Extract<CodeownersLine, { kind: 'section' }>;

export interface ParsedCodeowners {
  file: string;
  lines: CodeownersLine[];
  /** Whether the file has GitLab sections. */
  gitlab: boolean;
  /** Line ends as the file has them. */
  eol: '\n' | '\r\n';
}

const SECTION = /^(\^)?\[([^\]]+)\](?:\[(\d+)\])?(?:\s+(.*))?$/;

/** Splits on unescaped white space; `\ ` stays inside a token. Columns are 1-based. */
function tokens(text: string): Array<{ value: string; column: number }> {
  const out: Array<{ value: string; column: number }> = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    const start = i;
    let value = '';
    while (i < text.length && !/\s/.test(text[i] as string)) {
      if (text[i] === '\\' && i + 1 < text.length) {
        value += text.slice(i, i + 2);
        i += 2;
      } else value += text[i++];
    }
    out.push({ value, column: start + 1 });
  }
  return out;
}

function ownerProblem(file: string, line: number, column: number, owner: string): ImportProblem {
  return {
    file,
    line,
    column,
    message: `'${owner}' is not a CODEOWNERS owner`,
    hint: 'owners are @user, @org/team or an email address; fix or remove it, then import again',
  };
}

/**
 * Parses a CODEOWNERS file; every line that GitHub or GitLab would reject is a problem with its
 * line and column (an owner that is not @user, @org/team or an email; a pattern with `!`, `[ ]`
 * or `***`; a section heading that does not close).
 */
export function parseCodeowners(
  text: string,
  file: string,
): { parsed: ParsedCodeowners; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lines: CodeownersLine[] = [];
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (raw.at(-1) === '') raw.pop();
  let section: string | undefined;
  let heading: SectionHeading | undefined;
  let gitlab = false;
  raw.forEach((textLine, index) => {
    const line = index + 1;
    const trimmed = textLine.trim();
    if (trimmed === '') {
      lines.push({ kind: 'blank', line, text: textLine });
      return;
    }
    if (trimmed.startsWith('#')) {
      lines.push({ kind: 'comment', line, text: textLine, comment: trimmed.replace(/^#\s?/, '') });
      return;
    }
    const match = SECTION.exec(trimmed);
    if (match || /^\^?\[/.test(trimmed)) {
      if (!match) {
        problems.push({
          file,
          line,
          column: textLine.indexOf('[') + 1,
          message: 'a section heading that does not close',
          hint: 'write a GitLab section as [Name], ^[Name] (optional) or [Name][2] (two approvals)',
        });
        return;
      }
      gitlab = true;
      const name = (match[2] as string).trim();
      const ownerTokens = tokens(match[4] ?? '');
      const defaultOwners: string[] = [];
      const offset = textLine.length - textLine.trimStart().length + trimmed.length - (match[4] ?? '').length;
      for (const t of ownerTokens) {
        if (t.value.startsWith('#')) break;
        if (!isValidOwner(t.value)) problems.push(ownerProblem(file, line, offset + t.column, t.value));
        defaultOwners.push(t.value);
      }
      section = name.toLowerCase();
      heading = { line, text: textLine, defaultOwners };
      lines.push({
        kind: 'section',
        line,
        text: textLine,
        name,
        optional: match[1] === '^',
        ...(match[3] !== undefined ? { approvals: Number(match[3]) } : {}),
        defaultOwners,
      });
      return;
    }
    const [first, ...rest] = tokens(textLine);
    const pattern = (first as { value: string; column: number }).value;
    const syntax = codeownersPatternProblem(pattern);
    // Escaped white space is valid CODEOWNERS that the model cannot hold: the import keeps the
    // line by hand. Everything else codeownersPatternProblem names, GitHub rejects as well.
    if (syntax && !/\\\s/.test(pattern) && !pattern.startsWith('\\#')) {
      problems.push({
        file,
        line,
        column: (first as { column: number }).column,
        message: `pattern '${pattern}' ${syntax.message}`,
        hint: syntax.hint,
      });
      return;
    }
    const owners: string[] = [];
    let comment: string | undefined;
    for (const t of rest) {
      if (t.value.startsWith('#')) {
        comment = textLine
          .slice(t.column - 1)
          .replace(/^#\s?/, '')
          .trimEnd();
        break;
      }
      if (!isValidOwner(t.value)) problems.push(ownerProblem(file, line, t.column, t.value));
      owners.push(t.value);
    }
    lines.push({
      kind: 'rule',
      line,
      text: textLine,
      pattern,
      owners,
      ...(comment ? { comment } : {}),
      ...(section !== undefined ? { section } : {}),
      ...(heading ? { heading } : {}),
    });
  });
  return { parsed: { file, lines, gitlab, eol }, problems };
}

/**
 * Who owns `path` under a parsed file: per section (GitLab; '' for rules outside any section, the
 * only key on GitHub), the owners of the last matching rule, lower-cased (owners are not case
 * sensitive) and sorted. A rule without owners (and, on GitLab, without section defaults) makes the
 * path unowned: an empty list. Sections no rule of which matches are absent.
 */
export function ownersOfPath(parsed: ParsedCodeowners, path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  // Backwards: the first match found is the last in the file, the one that decides.
  for (let i = parsed.lines.length - 1; i >= 0; i--) {
    const line = parsed.lines[i] as CodeownersLine;
    if (line.kind !== 'rule') continue;
    const key = parsed.gitlab ? (line.section ?? '') : '';
    if (result.has(key) || !compilePattern(line.pattern).matches(path)) continue;
    const owners =
      line.owners.length > 0 ? line.owners : parsed.gitlab ? (line.heading?.defaultOwners ?? []) : [];
    result.set(key, [...new Set(owners.map((o) => o.toLowerCase()))].sort());
    if (!parsed.gitlab) break;
  }
  return result;
}

/** `ownersOfPath` as one comparable string. */
export function ownersKey(owners: Map<string, string[]>): string {
  return [...owners.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([s, o]) => `[${s}] ${o.join(' ')}`)
    .join('\n');
}
