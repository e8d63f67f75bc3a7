/**
 * What sync should do, decided without touching the network: from the model's managed block and
 * what GitHub holds, the file to write, the diff to show, and the verdicts on owners, branch
 * protection and pull requests. sync-plan.ts turns them and what read.ts read into the changes
 * for one repository; apply.ts carries them out.
 */

import { EXIT_UNREACHABLE } from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { createTwoFilesPatch } from 'diff';
import {
  CODEOWNERS_MAX_BYTES,
  findManagedSection,
  managedSectionProblem,
  mergeManagedSection,
} from './markers.js';
import { compilePattern, covers } from './pattern.js';
import { buildCodeowners } from './render.js';
import type { RepositoryLayout } from './view.js';

/** Where GitHub looks for CODEOWNERS, in the order it looks. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;
/** Where rolekit creates the file when a repository has none. */
export const DEFAULT_LOCATION = CODEOWNERS_LOCATIONS[0];
/** The branch rolekit proposes changes from. It belongs to rolekit and is rebuilt when needed. */
export const SYNC_BRANCH = 'rolekit/codeowners';

/** A file as GitHub holds it. */
export interface RemoteFile {
  path: string;
  text: string;
  /** Git blob sha, which the contents API wants back to detect concurrent edits. */
  sha: string;
}

/** What rolekit wants in one repository. */
export interface Target {
  /** Organisation (the repository's owner). */
  owner: string;
  repository: string;
  /** The managed block, markers included. */
  section: string;
  /** Every owner the block names, each once, in order of first appearance. */
  owners: string[];
  layout: RepositoryLayout;
}

/** Every repository of the model (or the named ones) as sync targets, with the model's problems. */
export function syncTargets(model: Model, only?: readonly string[]) {
  const { repositories, diagnostics } = buildCodeowners(model, 'github', only);
  const org = model.organisation.github?.org ?? '';
  const targets: Target[] = repositories.map(({ layout, section }) => {
    const owners: string[] = [];
    for (const group of layout.groups)
      for (const rule of group.rules) for (const o of rule.owners) if (!owners.includes(o)) owners.push(o);
    return { owner: org, repository: layout.repository.name, section, owners, layout };
  });
  return { targets, diagnostics };
}

/** A rule written by hand before the managed block that one of rolekit's rules overrides completely. */
export interface Overridden {
  line: number;
  pattern: string;
  by: string;
}

export type Assessment =
  | { kind: 'in-step'; path: string }
  | {
      kind: 'drift';
      path: string;
      current: RemoteFile | undefined;
      desired: string;
      diff: string;
      overridden: Overridden[];
    }
  | { kind: 'blocked'; path: string; reason: string };

const SIZE_HINT = 'GitHub ignores a CODEOWNERS file of 3 MB or more';

/** Compares the file GitHub uses with what it should be after merging rolekit's block into it. */
export function assess(target: Target, current: RemoteFile | undefined): Assessment {
  const path = current?.path ?? DEFAULT_LOCATION;
  const problem = managedSectionProblem(current?.text);
  if (problem) return { kind: 'blocked', path, reason: `${path} ${problem}` };
  const desired = mergeManagedSection(current?.text, target.section);
  if (current?.text === desired) return { kind: 'in-step', path };
  const size = Buffer.byteLength(desired, 'utf8');
  if (size >= CODEOWNERS_MAX_BYTES)
    return {
      kind: 'blocked',
      path,
      reason: `${path} would be ${size.toLocaleString('en')} bytes; ${SIZE_HINT}`,
    };
  return {
    kind: 'drift',
    path,
    current,
    desired,
    diff: unifiedDiff(target, path, current?.text, desired),
    overridden: overriddenByRolekit(target, desired),
  };
}

export function unifiedDiff(target: Target, path: string, before: string | undefined, after: string): string {
  const name = `${target.owner}/${target.repository}/${path}`;
  return createTwoFilesPatch(
    before === undefined ? '/dev/null' : `a/${name}`,
    `b/${name}`,
    before ?? '',
    after,
    undefined,
    undefined,
    { context: 3 },
  );
}

/**
 * Hand-written rules before the managed block lose to rolekit's rules after it (the last match
 * wins). A rule that one of rolekit's rules matches completely is dead; say which.
 */
export function overriddenByRolekit(target: Target, merged: string): Overridden[] {
  const found = findManagedSection(merged);
  if (found.kind !== 'present') return [];
  const ours = target.layout.groups.flatMap((g) => g.rules);
  const out: Overridden[] = [];
  merged
    .slice(0, found.start)
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/\r$/, '').trim();
      if (line === '' || line.startsWith('#') || line.startsWith('[') || line.startsWith('^[')) return;
      const pattern = line.split(/(?<!\\)\s+/)[0] as string;
      const compiled = compilePattern(pattern);
      const by = ours.findLast((rule) => covers(rule.pattern, compiled));
      if (by) out.push({ line: index + 1, pattern, by: by.rule.pattern });
    });
  return out;
}

/** The result of asking GitHub about one owner. */
export interface OwnerCheck {
  owner: string;
  status: 'ok' | 'unknown' | 'no-write' | 'unchecked';
  /** What was found, for the message: e.g. "the team has read access". */
  detail?: string;
}

/** Owner problems: errors that stop the write, or warnings with --allow-missing-owners. */
export function ownerVerdict(
  checks: readonly OwnerCheck[],
  allowMissing: boolean,
): { errors: string[]; warnings: string[] } {
  const problems = checks
    .filter((c) => c.status === 'unknown' || c.status === 'no-write')
    .map((c) =>
      c.status === 'unknown'
        ? `${c.owner} does not exist${c.detail ? ` (${c.detail})` : ''}`
        : `${c.owner} has no write access to the repository${c.detail ? ` (${c.detail})` : ''}; GitHub ignores such owners`,
    );
  const unchecked = checks
    .filter((c) => c.status === 'unchecked')
    .map((c) => `${c.owner} was not checked (${c.detail ?? 'GitHub has no API for it'})`);
  return allowMissing
    ? { errors: [], warnings: [...problems, ...unchecked] }
    : { errors: problems, warnings: unchecked };
}

/** The parts of GitHub's branch protection that forbid a direct commit. */
export interface ProtectionRules {
  required_pull_request_reviews?: unknown;
  required_status_checks?: unknown;
  restrictions?: unknown;
  lock_branch?: { enabled?: boolean } | null;
}

/** Why --direct must not commit to the branch, or undefined when it may. */
export function directWriteRefusal(
  branch: string,
  isProtected: boolean,
  rules: ProtectionRules | 'unreadable' | undefined,
): string | undefined {
  if (!isProtected) return undefined;
  const advice = 'run without --direct to open a pull request';
  if (rules === undefined || rules === 'unreadable')
    return `${branch} is protected and the token cannot read its rules; ${advice}`;
  const reasons = [
    ...(rules.required_pull_request_reviews ? ['requires pull request reviews'] : []),
    ...(rules.required_status_checks ? ['requires status checks'] : []),
    ...(rules.restrictions ? ['restricts who can push'] : []),
    ...(rules.lock_branch?.enabled ? ['is locked'] : []),
  ];
  return reasons.length > 0 ? `${branch} ${reasons.join(', ')}; ${advice}` : undefined;
}

/** Title and body of rolekit's pull request; no dates, so that a re-run finds nothing to update. */
export function pullRequestText(target: Target, path: string): { title: string; body: string } {
  const source = target.layout.repository.at.file;
  return {
    title: 'Sync CODEOWNERS with the role model',
    body: [
      `rolekit keeps the block between \`# BEGIN rolekit\` and \`# END rolekit\` in \`${path}\` in step with the role model (\`${source}\`).`,
      '',
      'Lines outside the block are left exactly as they are. To change who owns what, change the model and run `rolekit codeowners sync --apply` again; this pull request is then updated rather than replaced.',
    ].join('\n'),
  };
}

/** The 1-based line range of the managed block in a file, for telling whose lines GitHub rejects. */
export function managedLines(text: string): { first: number; last: number } | undefined {
  const found = findManagedSection(text);
  return found.kind === 'present' ? { first: found.beginLine, last: found.endLine } : undefined;
}

export type RepositoryStatus =
  /** The default branch already has the right file. */
  | 'in-step'
  /** check and dry-run: the file differs. */
  | 'drift'
  /** --direct: committed to the default branch. */
  | 'updated'
  | 'pull-request-opened'
  | 'pull-request-updated'
  /** The file differs, and rolekit's open pull request already proposes exactly the right file. */
  | 'pull-request-pending'
  | 'failed';

export interface RepositoryReport {
  repository: string;
  status: RepositoryStatus;
  path?: string;
  /** Unified diff from the default branch's file to the wanted one (drift only). */
  diff?: string;
  /** Dry run: the changes that would be made, one line each (see sync-plan.ts). */
  changes?: string[];
  errors: string[];
  warnings: string[];
  pullRequest?: { number: number; url: string };
  commit?: string;
  /** GitHub gave no answer (refused, DNS, timeout): the repository failed, or was not tried, because of that. */
  unreachable?: boolean;
}

/**
 * 0 when every repository is in step or was brought in step (or, dry-run, could be); 3 when GitHub
 * could not be reached (not a difference: docs/exit-codes.md); else 1.
 */
export function exitCode(reports: readonly RepositoryReport[], mode: 'check' | 'dry-run' | 'apply'): number {
  if (reports.some((r) => r.unreachable)) return EXIT_UNREACHABLE;
  if (reports.some((r) => r.status === 'failed' || r.errors.length > 0)) return 1;
  if (mode === 'check' && reports.some((r) => r.status !== 'in-step')) return 1;
  return 0;
}
