/**
 * The only code that talks to GitHub: reads what each repository holds, asks plan.ts what to do,
 * and does it. Repositories are handled a few at a time; one that fails (404, 403, 409, 5xx, a
 * rate limit) is reported and never stops the others.
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
import {
  assess,
  CODEOWNERS_LOCATIONS,
  directWriteRefusal,
  managedLines,
  type OwnerCheck,
  ownerVerdict,
  type ProtectionRules,
  pullRequestText,
  type RemoteFile,
  type RepositoryReport,
  SYNC_BRANCH,
  type Target,
} from './plan.js';

export type SyncMode = 'check' | 'dry-run' | 'pull-request' | 'direct';

export interface SyncOptions {
  mode: SyncMode;
  /** Repositories handled at the same time. Default 4. */
  concurrency?: number;
  /** Report owners that do not exist or cannot write as warnings instead of failing the repository. */
  allowMissingOwners?: boolean;
  /** Called when a repository is done, in the order they finish. */
  onResult?(report: RepositoryReport, done: number, total: number): void;
}

const CONFLICT_RETRIES = 3;
const COMMIT_MESSAGE = 'Sync CODEOWNERS with the role model';

class RepositoryFailure extends Error {}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A stale sha: 409, or GitHub's 422 when a file appeared that we thought absent. */
function isConflict(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 409) return true;
  const message = String((error as { message?: unknown })?.message ?? '');
  return status === 422 && /\bsha\b/.test(message);
}

async function optional<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

class RepositorySync {
  private readonly owner: string;
  private readonly repo: string;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  private drift: { path: string; diff: string } | undefined;
  private ownersChecked = false;

  constructor(
    private readonly gh: GitHubClient,
    private readonly target: Target,
    private readonly options: SyncOptions,
    private readonly teams: Map<string, Promise<boolean>>,
  ) {
    this.owner = target.owner;
    this.repo = target.repository;
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

  /** A file at a ref (the default branch when none), or undefined when it does not exist. */
  private async readFile(path: string, ref?: string): Promise<RemoteFile | undefined> {
    const base = { owner: this.owner, repo: this.repo, path, ...(ref ? { ref } : {}) };
    const response = await optional(this.gh.rest.repos.getContent(base));
    if (!response || Array.isArray(response.data) || response.data.type !== 'file') return undefined;
    const data = response.data as { sha: string; size: number; content?: string; encoding?: string };
    let bytes: Buffer;
    if (data.encoding === 'base64' && (data.content || data.size === 0)) {
      bytes = Buffer.from(data.content ?? '', 'base64');
    } else {
      // Files over 1 MB come without content; the raw media type has them.
      const raw = await this.gh.rest.repos.getContent({ ...base, mediaType: { format: 'raw' } });
      bytes = Buffer.from(String(raw.data), 'utf8');
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new RepositoryFailure(
        `${path} is not UTF-8; rolekit cannot keep its bytes exactly and leaves it alone`,
      );
    }
    return { path, text, sha: data.sha };
  }

  /** The CODEOWNERS file GitHub uses: the first of .github/, the root and docs/. */
  private async readCodeowners(ref?: string): Promise<RemoteFile | undefined> {
    for (const path of CODEOWNERS_LOCATIONS) {
      const file = await this.readFile(path, ref);
      if (file) return file;
    }
    return undefined;
  }

  private async defaultBranch(): Promise<string> {
    const repository = await optional(this.gh.rest.repos.get({ owner: this.owner, repo: this.repo }));
    if (!repository)
      throw new RepositoryFailure(`${this.owner}/${this.repo} was not found, or the token cannot see it`);
    return repository.data.default_branch;
  }

  private async sync(): Promise<RepositoryReport> {
    const current = await this.readCodeowners();
    // Every location 404s for a repository that does not exist too: tell the two apart.
    const knownBranch = current ? undefined : await this.defaultBranch();
    const assessment = assess(this.target, current);
    if (assessment.kind === 'blocked') throw new RepositoryFailure(assessment.reason);
    if (assessment.kind === 'in-step') return this.report({ status: 'in-step', path: assessment.path });
    for (const o of assessment.overridden)
      this.warnings.push(
        `${assessment.path} line ${o.line}: '${o.pattern}' is written by hand before the rolekit block, whose '${o.by}' overrides it`,
      );
    this.drift = { path: assessment.path, diff: assessment.diff };
    if (this.options.mode === 'check') return this.report({ status: 'drift', ...this.drift });
    if (this.options.mode === 'dry-run') {
      await this.requireOwners();
      return this.report({ status: 'drift', ...this.drift });
    }
    const branch = knownBranch ?? (await this.defaultBranch());
    if (this.options.mode === 'direct') return this.commitDirectly(branch, current, this.drift);
    return this.proposeChange(branch, assessment.path, assessment.desired, current, this.drift);
  }

  // ---- owners --------------------------------------------------------------------------------

  /**
   * Checks every owner against GitHub, once, before the first write (and in a dry run): an owner
   * that does not exist or cannot write fails the repository, or is a warning with
   * --allow-missing-owners.
   */
  private async requireOwners(): Promise<void> {
    if (this.ownersChecked) return;
    this.ownersChecked = true;
    const checks: OwnerCheck[] = [];
    for (const owner of this.target.owners) checks.push(await this.checkOwner(owner));
    const verdict = ownerVerdict(checks, this.options.allowMissingOwners ?? false);
    this.warnings.push(...verdict.warnings);
    if (verdict.errors.length > 0) {
      this.errors.push(...verdict.errors);
      throw new RepositoryFailure('');
    }
  }

  private teamExists(org: string, slug: string): Promise<boolean> {
    const key = `${org}/${slug}`.toLowerCase();
    let known = this.teams.get(key);
    if (!known) {
      known = optional(this.gh.rest.teams.getByName({ org, team_slug: slug })).then((r) => r !== undefined);
      this.teams.set(key, known);
    }
    return known;
  }

  private async checkOwner(owner: string): Promise<OwnerCheck> {
    const team = /^@([^/]+)\/(.+)$/.exec(owner);
    if (team) {
      const [, org, slug] = team as unknown as [string, string, string];
      if (org.toLowerCase() !== this.owner.toLowerCase())
        return {
          owner,
          status: 'no-write',
          detail: `a team of ${org} cannot own code in ${this.owner}'s repositories`,
        };
      const access = await optional(
        this.gh.request('GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}', {
          org,
          team_slug: slug,
          owner: this.owner,
          repo: this.repo,
          headers: { accept: 'application/vnd.github.v3.repository+json' },
        }),
      );
      if (!access) {
        return (await this.teamExists(org, slug))
          ? { owner, status: 'no-write', detail: 'the team has no access to it' }
          : { owner, status: 'unknown', detail: `no team '${slug}' in ${org}` };
      }
      const permissions = (access.data as { permissions?: Record<string, boolean> }).permissions ?? {};
      return permissions['push'] || permissions['maintain'] || permissions['admin']
        ? { owner, status: 'ok' }
        : { owner, status: 'no-write', detail: 'the team can only read it' };
    }
    const user = /^@([A-Za-z0-9-]+)$/.exec(owner);
    if (user) {
      const username = user[1] as string;
      const level = await optional(
        this.gh.rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username }),
      );
      if (!level) return { owner, status: 'unknown', detail: 'no such GitHub user' };
      const { permission, role_name: role } = level.data as { permission: string; role_name?: string };
      const writes =
        ['admin', 'write'].includes(permission) || ['admin', 'maintain', 'write'].includes(role ?? '');
      return writes
        ? { owner, status: 'ok' }
        : { owner, status: 'no-write', detail: `${username} can ${permission}` };
    }
    return { owner, status: 'unchecked', detail: 'owners given by email cannot be checked through the API' };
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Commits rolekit's block merged into `into` (the file being replaced, or another text) to
   * `branch`, sending the replaced file's sha. After a conflict it reads the file again and, when
   * merging into the file being replaced, merges into its new version. Returns the text on the
   * branch and the commit, which is undefined when a concurrent writer already put that text there.
   */
  private async commitFile(
    branch: string,
    path: string,
    replacing: RemoteFile | undefined,
    into: 'replaced' | { text: string | undefined },
  ): Promise<{ text: string; commit?: string }> {
    let current = replacing;
    for (let attempt = 1; ; attempt++) {
      const desired = mergeManagedSection(
        into === 'replaced' ? current?.text : into.text,
        this.target.section,
      );
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
        const fresh = await this.readFile(path, branch);
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

  private async commitDirectly(
    branch: string,
    current: RemoteFile | undefined,
    drift: { path: string; diff: string },
  ): Promise<RepositoryReport> {
    const head = await this.gh.rest.repos.getBranch({ owner: this.owner, repo: this.repo, branch });
    let rules: ProtectionRules | 'unreadable' | undefined;
    if (head.data.protected) {
      try {
        rules = (await this.gh.rest.repos.getBranchProtection({ owner: this.owner, repo: this.repo, branch }))
          .data as ProtectionRules;
      } catch (error) {
        if (statusOf(error) !== 404 && statusOf(error) !== 403) throw error;
        rules = 'unreadable';
      }
    }
    const refusal = directWriteRefusal(branch, head.data.protected, rules);
    if (refusal) throw new RepositoryFailure(refusal);
    await this.requireOwners();
    const written = await this.commitFile(branch, drift.path, current, 'replaced');
    await this.reportCodeownersErrors(branch, written.text);
    if (written.commit === undefined) return this.report({ status: 'in-step', path: drift.path });
    return this.report({ status: 'updated', ...drift, commit: written.commit });
  }

  private async proposeChange(
    base: string,
    path: string,
    desired: string,
    current: RemoteFile | undefined,
    drift: { path: string; diff: string },
  ): Promise<RepositoryReport> {
    const { owner, repo } = this;
    const onBranch = await this.readFile(path, SYNC_BRANCH);
    let pull = onBranch?.text === desired ? await this.findPull() : undefined;
    let status: RepositoryReport['status'] = 'pull-request-pending';
    let written = desired;

    if (onBranch?.text !== desired || !pull) await this.requireOwners();
    if (onBranch?.text !== desired) {
      const branchHead = await optional(
        this.gh.rest.git.getRef({ owner, repo, ref: `heads/${SYNC_BRANCH}` }),
      );
      if (branchHead) pull = await this.findPull();
      if (branchHead && pull) {
        // An open pull request gets a commit on top of its branch: resetting the branch first would
        // leave the pull request without changes for a moment, which GitHub may take for merged.
        written = (await this.commitFile(SYNC_BRANCH, path, onBranch, { text: current?.text })).text;
      } else {
        // No pull request: (re)start the branch at the default branch's head, for a one-commit change.
        const baseHead = (await this.gh.rest.git.getRef({ owner, repo, ref: `heads/${base}` })).data.object
          .sha;
        if (!branchHead)
          // A 5xx after GitHub made the branch would make a resend fail with "already exists": look first.
          await createOnce(
            this.gh,
            async (request) =>
              (
                await this.gh.rest.git.createRef({
                  owner,
                  repo,
                  ref: `refs/heads/${SYNC_BRANCH}`,
                  sha: baseHead,
                  request,
                })
              ).data.ref,
            async () =>
              (await optional(this.gh.rest.git.getRef({ owner, repo, ref: `heads/${SYNC_BRANCH}` })))?.data
                .ref,
          );
        else if (branchHead.data.object.sha !== baseHead)
          await this.gh.rest.git.updateRef({
            owner,
            repo,
            ref: `heads/${SYNC_BRANCH}`,
            sha: baseHead,
            force: true,
          });
        written = (await this.commitFile(SYNC_BRANCH, path, current, 'replaced')).text;
      }
      status = pull ? 'pull-request-updated' : 'pull-request-opened';
    }

    const text = pullRequestText(this.target, path);
    if (!pull) {
      // A pull request that GitHub opened before a 502 is found by its head branch, not opened twice.
      pull = await createOnce(
        this.gh,
        async (request) => {
          const { data } = await this.gh.rest.pulls.create({
            owner,
            repo,
            head: SYNC_BRANCH,
            base,
            ...text,
            request,
          });
          return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '', base };
        },
        () => this.findPull(),
      );
      status = 'pull-request-opened';
    } else if (pull.title !== text.title || pull.body !== text.body || pull.base !== base) {
      await this.gh.rest.pulls.update({ owner, repo, pull_number: pull.number, ...text, base });
      if (status === 'pull-request-pending') status = 'pull-request-updated';
    }
    if (status !== 'pull-request-pending') await this.reportCodeownersErrors(SYNC_BRANCH, written);
    return this.report({ status, ...drift, pullRequest: { number: pull.number, url: pull.url } });
  }

  private async findPull(): Promise<
    { number: number; url: string; title: string; body: string; base: string } | undefined
  > {
    const { data } = await this.gh.rest.pulls.list({
      owner: this.owner,
      repo: this.repo,
      head: `${this.owner}:${SYNC_BRANCH}`,
      state: 'open',
      per_page: 10,
    });
    const pull = data[0];
    return pull
      ? {
          number: pull.number,
          url: pull.html_url,
          title: pull.title,
          body: pull.body ?? '',
          base: pull.base.ref,
        }
      : undefined;
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
