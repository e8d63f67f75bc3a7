/**
 * CODEOWNERS sync, per repository: read what GitHub holds (read.ts), plan the changes without the
 * network (sync-plan.ts), and carry the plan out here, step by step, deciding nothing. Repositories
 * are handled a few at a time; one that fails (404, 403, 409, 5xx, a rate limit) is reported and
 * never stops the others.
 *
 * Writes, per repository and only when the file differs:
 * - pull request (default): create `rolekit/codeowners` from the default branch (or move it there
 *   when it holds something else), commit the file through the Contents API, open one pull request
 *   or update the one rolekit opened before (found by its head branch);
 * - direct: commit the file to the default branch, unless branch protection forbids it.
 * Every commit sends the file's sha; a 409 (someone changed the file meanwhile) is retried after
 * reading the file again and merging into the new version. Nothing is written when the file is in
 * step, nor when the pull request already proposes exactly the right file.
 */
import { mapLimit, ServiceUnreachableError } from '@rolekit/core';
import { createOnce, type GitHubClient } from '@rolekit/github';
import { mergeManagedSection } from './markers.js';
import { assess, managedLines, type RepositoryReport, SYNC_BRANCH, type Target } from './plan.js';
import { optional, type PullRequest, RepositoryFailure, RepositoryReader, statusOf } from './read.js';
import { describePlan, planRepository, type RepositoryPlan, type SyncStep } from './sync-plan.js';

export type SyncMode = 'check' | 'dry-run' | 'pull-request' | 'direct';

export interface SyncOptions {
  mode: SyncMode;
  /** A dry run plans the changes as they would be written: through a pull request (default) or directly. */
  as?: 'pull-request' | 'direct';
  /** Repositories handled at the same time. Default 4. */
  concurrency?: number;
  /** Report owners that do not exist or cannot write as warnings instead of failing the repository. */
  allowMissingOwners?: boolean;
  /** Called when a repository is done, in the order they finish. */
  onResult?(report: RepositoryReport, done: number, total: number): void;
}

const CONFLICT_RETRIES = 3;
const COMMIT_MESSAGE = 'Sync CODEOWNERS with the role model';

/** A stale sha: 409, or GitHub's 422 when a file appeared that we thought absent. */
function isConflict(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 409) return true;
  const message = String((error as { message?: unknown })?.message ?? '');
  return status === 422 && /\bsha\b/.test(message);
}

class RepositorySync {
  private readonly owner: string;
  private readonly repo: string;
  private readonly reader: RepositoryReader;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  private drift: { path: string; diff: string } | undefined;

  constructor(
    private readonly gh: GitHubClient,
    private readonly target: Target,
    private readonly options: SyncOptions,
    teams: Map<string, Promise<boolean>>,
  ) {
    this.owner = target.owner;
    this.repo = target.repository;
    this.reader = new RepositoryReader(gh, target, teams);
  }

  private report(fields: Omit<RepositoryReport, 'repository' | 'errors' | 'warnings'>): RepositoryReport {
    return { repository: this.repo, ...fields, errors: this.errors, warnings: this.warnings };
  }

  async run(): Promise<RepositoryReport> {
    try {
      return await this.sync();
    } catch (error) {
      const message = error instanceof RepositoryFailure ? error.message : this.gh.rolekit.describe(error);
      if (message !== '') this.errors.push(message);
      const unreachable = error instanceof ServiceUnreachableError ? { unreachable: true } : {};
      return this.report({ status: 'failed', ...this.drift, ...unreachable });
    }
  }

  /** The report of a repository not tried because GitHub could not be reached for another one. */
  notTried(): RepositoryReport {
    this.errors.push('not tried: GitHub could not be reached (see above)');
    return this.report({ status: 'failed', unreachable: true });
  }

  private async sync(): Promise<RepositoryReport> {
    const { mode } = this.options;
    const as =
      mode === 'direct'
        ? 'direct'
        : mode === 'dry-run'
          ? (this.options.as ?? 'pull-request')
          : 'pull-request';
    const options = {
      mode: mode === 'check' ? ('check' as const) : ('plan' as const),
      as,
      allowMissingOwners: this.options.allowMissingOwners ?? false,
    } as const;
    const { remote, assessment } = await this.reader.read(options.mode, as, options.allowMissingOwners);
    const plan = planRepository(this.target, assessment, remote, options);
    this.warnings.push(...plan.warnings);
    if (plan.kind !== 'in-step' && 'diff' in plan && plan.diff !== undefined)
      this.drift = { path: plan.path, diff: plan.diff };
    if (plan.kind === 'in-step') return this.report({ status: 'in-step', path: plan.path });
    if (plan.kind === 'refused') {
      this.errors.push(...plan.errors);
      throw new RepositoryFailure('');
    }
    if (plan.kind === 'drift') return this.report({ status: 'drift', ...this.drift });
    if (mode === 'dry-run')
      return this.report({ status: 'drift', ...this.drift, changes: describePlan(plan) });
    return this.execute(plan);
  }

  /** Carries the plan's steps out in order. */
  private async execute(plan: Extract<RepositoryPlan, { kind: 'change' }>): Promise<RepositoryReport> {
    const { owner, repo } = this;
    let pull: { number: number; url: string } | undefined = plan.pullRequest;
    let written: { branch: string; text: string; commit?: string } | undefined;
    for (const step of plan.steps) {
      switch (step.kind) {
        case 'create-branch':
          // A 5xx after GitHub made the branch would make a resend fail with "already exists": look first.
          await createOnce(
            this.gh,
            async (request) =>
              (
                await this.gh.rest.git.createRef({
                  owner,
                  repo,
                  ref: `refs/heads/${step.branch}`,
                  sha: step.sha,
                  request,
                })
              ).data.ref,
            async () =>
              (await optional(this.gh.rest.git.getRef({ owner, repo, ref: `heads/${step.branch}` })))?.data
                .ref,
          );
          break;
        case 'reset-branch':
          await this.gh.rest.git.updateRef({
            owner,
            repo,
            ref: `heads/${step.branch}`,
            sha: step.sha,
            force: true,
          });
          break;
        case 'write-file':
          written = { branch: step.branch, ...(await this.writeFile(step)) };
          break;
        case 'open-pull-request':
          pull = await this.openPull(step);
          break;
        case 'update-pull-request':
          await this.gh.rest.pulls.update({
            owner,
            repo,
            pull_number: step.number,
            title: step.title,
            body: step.body,
            base: step.base,
          });
          break;
      }
    }
    // What GitHub makes of the file it now has (rolekit's branch: the file proposed).
    if (written) await this.reportCodeownersErrors(written.branch, written.text);
    else if (plan.status !== 'pull-request-pending')
      await this.reportCodeownersErrors(SYNC_BRANCH, plan.text);
    // --direct: a concurrent writer already committed exactly this file.
    if (plan.status === 'updated' && written?.commit === undefined)
      return this.report({ status: 'in-step', path: plan.path });
    return this.report({
      status: plan.status,
      ...this.drift,
      ...(pull ? { pullRequest: pull } : {}),
      ...(plan.status === 'updated' && written?.commit ? { commit: written.commit } : {}),
    });
  }

  private async openPull(
    step: Extract<SyncStep, { kind: 'open-pull-request' }>,
  ): Promise<{ number: number; url: string }> {
    // A pull request that GitHub opened before a 502 is found by its head branch, not opened twice.
    const opened = await createOnce<PullRequest | undefined>(
      this.gh,
      async (request) => {
        const { data } = await this.gh.rest.pulls.create({
          owner: this.owner,
          repo: this.repo,
          head: step.head,
          base: step.base,
          title: step.title,
          body: step.body,
          request,
        });
        return {
          number: data.number,
          url: data.html_url,
          title: data.title,
          body: data.body ?? '',
          base: step.base,
        };
      },
      () => this.reader.findPull(),
    );
    return { number: opened!.number, url: opened!.url };
  }

  /**
   * Commits rolekit's block merged into the step's text to its branch, sending the replaced file's
   * sha. After a conflict it reads the file again and, when merging into the file being replaced,
   * merges into its new version. Returns the text on the branch and the commit, which is undefined
   * when a concurrent writer already put that text there.
   */
  private async writeFile(
    step: Extract<SyncStep, { kind: 'write-file' }>,
  ): Promise<{ text: string; commit?: string }> {
    const { branch, path, into } = step;
    let current = step.replacing;
    for (let attempt = 1; ; attempt++) {
      const desired =
        attempt === 1
          ? step.text
          : mergeManagedSection(into === 'replaced' ? current?.text : into.text, this.target.section);
      if (current?.text === desired) return { text: desired };
      try {
        const { data } = await this.gh.rest.repos.createOrUpdateFileContents({
          owner: this.owner,
          repo: this.repo,
          path,
          branch,
          message: COMMIT_MESSAGE,
          content: Buffer.from(desired, 'utf8').toString('base64'),
          ...(current ? { sha: current.sha } : {}),
        });
        return { text: desired, commit: data.commit.sha ?? '' };
      } catch (error) {
        if (!isConflict(error) || attempt > CONFLICT_RETRIES) throw error;
        const fresh = await this.reader.readFile(path, branch);
        // The same sha again means the 409 was not about the file (e.g. a rule of the branch).
        if (fresh?.sha === current?.sha) throw error;
        if (into === 'replaced') {
          const assessment = assess(this.target, fresh);
          if (assessment.kind === 'blocked') throw new RepositoryFailure(assessment.reason);
          this.warnings.push(
            `${path} changed on ${branch} while rolekit wrote it; merged into the new version`,
          );
        }
        current = fresh;
      }
    }
  }

  private async reportCodeownersErrors(ref: string, text: string): Promise<void> {
    const answer = await optional(
      this.gh.rest.repos.codeownersErrors({ owner: this.owner, repo: this.repo, ref }),
    );
    if (!answer) return;
    const ours = managedLines(text);
    for (const e of answer.data.errors) {
      const inside = ours && e.line >= ours.first && e.line <= ours.last;
      const line = `GitHub: ${e.path} line ${e.line}: ${e.kind}${e.suggestion ? ` (${e.suggestion})` : ''}: ${(e.source ?? '').trim()}`;
      const expected = this.options.allowMissingOwners && e.kind === 'Unknown owner';
      if (inside && !expected) this.errors.push(line);
      else this.warnings.push(inside ? line : `${line} (outside the rolekit block)`);
    }
  }
}

/** Syncs (or checks) every target; never throws for a repository's failure. */
export async function syncCodeowners(
  gh: GitHubClient,
  targets: readonly Target[],
  options: SyncOptions,
): Promise<RepositoryReport[]> {
  const teams = new Map<string, Promise<boolean>>();
  let done = 0;
  // Once GitHub does not answer, every other repository would wait as long for nothing: stop there.
  let unreachable = false;
  return mapLimit(targets, options.concurrency ?? 4, async (target) => {
    const repository = new RepositorySync(gh, target, options, teams);
    const report = unreachable ? repository.notTried() : await repository.run();
    if (report.unreachable) unreachable = true;
    done += 1;
    options.onResult?.(report, done, targets.length);
    return report;
  });
}
