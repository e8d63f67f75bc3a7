/**
 * A small CODEOWNERS checker with the error shape of GitHub's `codeowners/errors` endpoint.
 * It knows what rolekit needs checked: owners that do not exist (or lack write access, which
 * GitHub reports the same way), malformed owners, and a few pattern forms GitHub rejects.
 */
import { GitHubState, type RepoRecord } from './state.js';

export interface CodeownersError {
  line: number;
  column: number;
  kind: 'Unknown owner' | 'Invalid owner' | 'Invalid pattern';
  source: string;
  suggestion: string | null;
  message: string;
  path: string;
}

/** Where GitHub looks for the file, in order. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

interface Token {
  text: string;
  column: number;
}

/** Splits on unescaped whitespace (`\ ` keeps a space in a pattern) and stops at a comment. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let current = '';
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '\\' && i + 1 < line.length) {
      if (current === '') start = i;
      current += ch + line[i + 1];
      i++;
    } else if (ch === ' ' || ch === '\t') {
      if (current !== '') tokens.push({ text: current, column: start + 1 });
      current = '';
    } else if (ch === '#' && current === '') {
      break;
    } else {
      if (current === '') start = i;
      current += ch;
    }
  }
  if (current !== '') tokens.push({ text: current, column: start + 1 });
  return tokens;
}

function error(
  kind: CodeownersError['kind'],
  lineNumber: number,
  column: number,
  source: string,
  path: string,
  suggestion: string | null,
): CodeownersError {
  const caret = `  ${' '.repeat(column - 1)}^`;
  const head = `${kind} on line ${lineNumber}${suggestion ? `: ${suggestion}` : ':'}`;
  return {
    line: lineNumber,
    column,
    kind,
    source,
    suggestion,
    message: `${head}\n\n  ${source}\n${caret}`,
    path,
  };
}

function patternProblem(pattern: string): string | null {
  if (pattern.startsWith('!')) return 'Negation patterns are not supported';
  if (pattern.includes('[') || pattern.includes(']')) return 'Character ranges are not supported';
  if (pattern.includes('***')) return `Did you mean \`${pattern.replace(/\*{3,}/g, '**')}\`?`;
  return null;
}

export function checkCodeowners(
  state: GitHubState,
  repo: RepoRecord,
  text: string,
  path: string,
  options: { requireWriteAccess: boolean },
): CodeownersError[] {
  const errors: CodeownersError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((source, index) => {
    const lineNumber = index + 1;
    const [pattern, ...owners] = tokenize(source);
    if (!pattern) return;
    const problem = patternProblem(pattern.text);
    if (problem) errors.push(error('Invalid pattern', lineNumber, pattern.column, source, path, problem));
    for (const owner of owners) {
      const known = resolveOwner(state, repo, owner.text, options.requireWriteAccess);
      if (known === 'invalid') {
        errors.push(error('Invalid owner', lineNumber, owner.column, source, path, null));
      } else if (!known) {
        const suggestion = `make sure ${owner.text} exists and has write access to the repository`;
        errors.push(error('Unknown owner', lineNumber, owner.column, source, path, suggestion));
      }
    }
  });
  return errors;
}

function resolveOwner(
  state: GitHubState,
  repo: RepoRecord,
  owner: string,
  requireWriteAccess: boolean,
): boolean | 'invalid' {
  const canWrite = (login: string) =>
    !requireWriteAccess || GitHubState.atLeast(state.permissionOf(repo.fullName, login), 'push');
  const team = /^@([\w.-]+)\/([\w.-]+)$/.exec(owner);
  if (team) {
    const [, org, slug] = team as unknown as [string, string, string];
    // A team owns code only in its own organisation's repositories.
    if (org.toLowerCase() !== repo.owner.toLowerCase()) return false;
    const record = state.team(org, slug);
    if (!record) return false;
    const permission = record.repos.get(repo.fullName.toLowerCase());
    return !requireWriteAccess || GitHubState.atLeast(permission, 'push');
  }
  const user = /^@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)$/.exec(owner);
  if (user) {
    const account = state.account(user[1] as string);
    return account !== undefined && account.type !== 'Organization' && canWrite(account.login);
  }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(owner)) {
    const account = state.userByEmail(owner);
    return account !== undefined && canWrite(account.login);
  }
  return 'invalid';
}
