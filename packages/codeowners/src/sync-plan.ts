/**
 * The plan of changes for one repository, decided without touching the network from what
 * read.ts read: nothing, the writes that bring it in step (create or restart rolekit's branch,
 * write the file, open or update the pull request, or commit to the default branch), or a refusal
 * and why. A dry run prints it; apply.ts carries it out and decides nothing.
 */
import {
  type Assessment,
  directWriteRefusal,
  ownerVerdict,
  pullRequestText,
  type RemoteFile,
  type RepositoryStatus,
  SYNC_BRANCH,
  type Target,
} from './plan.js';
import type { RemoteRepository } from './read.js';

export type SyncStep =
  /** Start rolekit's branch at the default branch's head. */
  | { kind: 'create-branch'; branch: string; from: string; sha: string }
  /** Move rolekit's branch (which has no open pull request) back to the default branch's head. */
  | { kind: 'reset-branch'; branch: string; to: string; sha: string }
  /**
   * Commit rolekit's block merged into `into` at `path` on `branch`, sending `replacing`'s sha.
   * `into` 'replaced' merges into the file being replaced (again into its new version after a
   * concurrent edit); a text merges into that text (the default branch's file, for a commit on
   * top of an open pull request).
   */
  | {
      kind: 'write-file';
      branch: string;
      path: string;
      text: string;
      replacing: RemoteFile | undefined;
      into: 'replaced' | { text: string | undefined };
    }
  | { kind: 'open-pull-request'; head: string; base: string; title: string; body: string }
  | { kind: 'update-pull-request'; number: number; url: string; base: string; title: string; body: string };

export type RepositoryPlan =
  | { kind: 'in-step'; path: string; warnings: string[] }
  /** `check`: the file differs; nothing more was read. */
  | { kind: 'drift'; path: string; diff: string; warnings: string[] }
  | { kind: 'refused'; path: string; diff?: string; errors: string[]; warnings: string[] }
  | {
      kind: 'change';
      path: string;
      diff: string;
      /** The file as it should be. */
      text: string;
      steps: SyncStep[];
      /** What the repository is once the steps are done. */
      status: Extract<
        RepositoryStatus,
        'updated' | 'pull-request-opened' | 'pull-request-updated' | 'pull-request-pending'
      >;
      /** The pull request, when one is already open. */
      pullRequest?: { number: number; url: string };
      warnings: string[];
    };

export interface PlanOptions {
  mode: 'check' | 'plan';
  as: 'pull-request' | 'direct';
  allowMissingOwners?: boolean;
}

/** What to do in one repository, from its assessment and what GitHub holds. Pure. */
export function planRepository(
  target: Target,
  assessment: Assessment,
  remote: RemoteRepository,
  options: PlanOptions,
): RepositoryPlan {
  const { path } = assessment;
  if (assessment.kind === 'blocked')
    return { kind: 'refused', path, errors: [assessment.reason], warnings: [] };
  if (assessment.kind === 'in-step') return { kind: 'in-step', path, warnings: [] };
  const warnings = assessment.overridden.map(
    (o) =>
      `${path} line ${o.line}: '${o.pattern}' is written by hand before the rolekit block, whose '${o.by}' overrides it`,
  );
  const { diff, desired } = assessment;
  if (options.mode === 'check') return { kind: 'drift', path, diff, warnings };
  const base = remote.defaultBranch;
  if (base === undefined) throw new Error('planRepository: the default branch was not read');
  const refused = (errors: string[]): RepositoryPlan => ({ kind: 'refused', path, diff, errors, warnings });
  if (options.as === 'direct') {
    const protection = remote.protection;
    const refusal = protection && directWriteRefusal(base, protection.protected, protection.rules);
    if (refusal) return refused([refusal]);
  }
  if (remote.owners) {
    const verdict = ownerVerdict(remote.owners, options.allowMissingOwners ?? false);
    warnings.push(...verdict.warnings);
    if (verdict.errors.length > 0) return refused(verdict.errors);
  }
  if (options.as === 'direct') {
    const write: SyncStep = {
      kind: 'write-file',
      branch: base,
      path,
      text: desired,
      replacing: assessment.current,
      into: 'replaced',
    };
    return { kind: 'change', path, diff, text: desired, steps: [write], status: 'updated', warnings };
  }
  return { ...proposal(target, assessment, base, remote), warnings } as RepositoryPlan;
}

/** The steps of a pull request that proposes `desired`. */
function proposal(
  target: Target,
  assessment: Extract<Assessment, { kind: 'drift' }>,
  base: string,
  remote: RemoteRepository,
): RepositoryPlan {
  const { path, diff, desired, current } = assessment;
  const branch = remote.syncBranch;
  if (!branch) throw new Error('planRepository: rolekit’s branch was not read');
  const steps: SyncStep[] = [];
  const { pull } = branch;
  let status: Extract<RepositoryPlan, { kind: 'change' }>['status'] = 'pull-request-pending';
  if (branch.file?.text !== desired) {
    if (branch.head !== undefined && branch.head !== 'unread' && pull) {
      // An open pull request gets a commit on top of its branch: resetting the branch first would
      // leave the pull request without changes for a moment, which GitHub may take for merged.
      steps.push({
        kind: 'write-file',
        branch: SYNC_BRANCH,
        path,
        text: desired,
        replacing: branch.file,
        into: { text: current?.text },
      });
    } else {
      // No pull request: (re)start the branch at the default branch's head, for a one-commit change.
      const sha = branch.baseHead;
      if (sha === undefined) throw new Error('planRepository: the default branch’s head was not read');
      if (branch.head === undefined)
        steps.push({ kind: 'create-branch', branch: SYNC_BRANCH, from: base, sha });
      else if (branch.head !== sha) steps.push({ kind: 'reset-branch', branch: SYNC_BRANCH, to: base, sha });
      steps.push({
        kind: 'write-file',
        branch: SYNC_BRANCH,
        path,
        text: desired,
        replacing: current,
        into: 'replaced',
      });
    }
    status = pull ? 'pull-request-updated' : 'pull-request-opened';
  }
  const text = pullRequestText(target, path);
  if (!pull) {
    steps.push({ kind: 'open-pull-request', head: SYNC_BRANCH, base, ...text });
    status = 'pull-request-opened';
  } else if (pull.title !== text.title || pull.body !== text.body || pull.base !== base) {
    steps.push({ kind: 'update-pull-request', number: pull.number, url: pull.url, base, ...text });
    if (status === 'pull-request-pending') status = 'pull-request-updated';
  }
  return {
    kind: 'change',
    path,
    diff,
    text: desired,
    steps,
    status,
    ...(pull ? { pullRequest: { number: pull.number, url: pull.url } } : {}),
    warnings: [],
  };
}

/** One step as a line of the dry run, e.g. "create branch rolekit/codeowners from main". */
export function describeStep(step: SyncStep): string {
  switch (step.kind) {
    case 'create-branch':
      return `create branch ${step.branch} from ${step.from}`;
    case 'reset-branch':
      return `restart branch ${step.branch} from ${step.to}`;
    case 'write-file':
      return `${step.replacing ? 'update' : 'create'} ${step.path} on ${step.branch}`;
    case 'open-pull-request':
      return `open a pull request from ${step.head} into ${step.base}: ${step.title}`;
    case 'update-pull-request':
      return `update pull request #${step.number} (title, description, base ${step.base})`;
  }
}

/** The plan of one repository as the lines a dry run prints. */
export function describePlan(plan: RepositoryPlan): string[] {
  switch (plan.kind) {
    case 'in-step':
      return ['nothing to change'];
    case 'drift':
      return [`${plan.path} differs`];
    case 'refused':
      return plan.errors.map((e) => `refused: ${e}`);
    case 'change':
      return plan.steps.length === 0 && plan.pullRequest
        ? [`nothing to write: pull request #${plan.pullRequest.number} already proposes ${plan.path}`]
        : plan.steps.map(describeStep);
  }
}
