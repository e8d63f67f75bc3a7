/**
 * Reading a repository for CODEOWNERS sync: the file GitHub uses, the default branch, rolekit's
 * branch and pull request, branch protection, and whether each owner can own code there. Only
 * reads; what to change is decided in sync-plan.ts from what this returns.
 */
import type { GitHubClient } from '@rolekit/github';
import {
  type Assessment,
  assess,
  CODEOWNERS_LOCATIONS,
  directWriteRefusal,
  type OwnerCheck,
  ownerVerdict,
  type ProtectionRules,
  type RemoteFile,
  SYNC_BRANCH,
  type Target,
} from './plan.js';

/** A failure of one repository that is not GitHub's (a file that is not UTF-8, a missing repository). */
export class RepositoryFailure extends Error {}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The answer, or undefined for a 404. */
export async function optional<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** rolekit's open pull request, found by its head branch. */
export interface PullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  base: string;
}

/** What GitHub holds of one repository, as far as the plan needs it (see readRepository). */
export interface RemoteRepository {
  /** The CODEOWNERS file the default branch has, where GitHub looks first. */
  codeowners: RemoteFile | undefined;
  /** Read only when there is something to write (or nothing to tell a missing repository by). */
  defaultBranch?: string;
  /** Each owner of the block, checked before anything is written (and in a dry run). */
  owners?: OwnerCheck[];
  /** --direct: the default branch's protection. */
  protection?: { protected: boolean; rules: ProtectionRules | 'unreadable' | undefined };
  /** Pull requests: rolekit's branch, its file, rolekit's open pull request, the default branch's head. */
  syncBranch?: {
    file: RemoteFile | undefined;
    /** The branch's head commit; undefined when the branch does not exist, 'unread' when not needed. */
    head: string | undefined | 'unread';
    pull: PullRequest | undefined;
    baseHead?: string;
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** GitHub's answers for one repository; team existence is shared across repositories. */
export class RepositoryReader {
  readonly owner: string;
  readonly repo: string;

  constructor(
    private readonly gh: GitHubClient,
    private readonly target: Target,
    private readonly teams: Map<string, Promise<boolean>>,
  ) {
    this.owner = target.owner;
    this.repo = target.repository;
  }

  /**
   * Reads what the plan needs, no more: a repository in step (or blocked, or in `check`) costs the
   * file alone. `as` is how changes would be written: through a pull request or directly.
   */
  async read(
    mode: 'check' | 'plan',
    as: 'pull-request' | 'direct',
    allowMissingOwners = false,
  ): Promise<{ remote: RemoteRepository; assessment: Assessment }> {
    const codeowners = await this.readCodeowners();
    // Every location 404s for a repository that does not exist too: tell the two apart.
    const remote: RemoteRepository = { codeowners };
    if (!codeowners) remote.defaultBranch = await this.defaultBranch();
    const assessment = assess(this.target, codeowners);
    if (assessment.kind !== 'drift' || mode === 'check') return { remote, assessment };
    remote.defaultBranch ??= await this.defaultBranch();
    if (as === 'direct') {
      remote.protection = await this.protection(remote.defaultBranch);
      // A branch that refuses the commit needs no owner checks.
      if (remote.protection.protected && remote.protection.rules !== undefined) {
        if (directWriteRefusal(remote.defaultBranch, true, remote.protection.rules))
          return { remote, assessment };
      }
      remote.owners = await this.checkOwners();
      return { remote, assessment };
    }
    const file = await this.readFile(assessment.path, SYNC_BRANCH);
    const proposed = file?.text === assessment.desired;
    let pull = proposed ? await this.findPull() : undefined;
    if (!proposed || !pull) {
      remote.owners = await this.checkOwners();
      // Owners that fail the repository: nothing will be written, so nothing more is read.
      if (ownerVerdict(remote.owners, allowMissingOwners).errors.length > 0) return { remote, assessment };
    }
    let head: string | undefined | 'unread' = 'unread';
    let baseHead: string | undefined;
    if (!proposed) {
      head = (
        await optional(
          this.gh.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${SYNC_BRANCH}` }),
        )
      )?.data.object.sha;
      if (head !== undefined) pull = await this.findPull();
      if (head === undefined || !pull)
        baseHead = (
          await this.gh.rest.git.getRef({
            owner: this.owner,
            repo: this.repo,
            ref: `heads/${remote.defaultBranch}`,
          })
        ).data.object.sha;
    }
    remote.syncBranch = { file, head, pull, ...(baseHead !== undefined ? { baseHead } : {}) };
    return { remote, assessment };
  }

  /** A file at a ref (the default branch when none), or undefined when it does not exist. */
  async readFile(path: string, ref?: string): Promise<RemoteFile | undefined> {
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

  private async protection(branch: string): Promise<NonNullable<RemoteRepository['protection']>> {
    const head = await this.gh.rest.repos.getBranch({ owner: this.owner, repo: this.repo, branch });
    if (!head.data.protected) return { protected: false, rules: undefined };
    try {
      const { data } = await this.gh.rest.repos.getBranchProtection({
        owner: this.owner,
        repo: this.repo,
        branch,
      });
      return { protected: true, rules: data as ProtectionRules };
    } catch (error) {
      if (statusOf(error) !== 404 && statusOf(error) !== 403) throw error;
      return { protected: true, rules: 'unreadable' };
    }
  }

  async findPull(): Promise<PullRequest | undefined> {
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

  // ---- owners --------------------------------------------------------------------------------

  private async checkOwners(): Promise<OwnerCheck[]> {
    const checks: OwnerCheck[] = [];
    for (const owner of this.target.owners) checks.push(await this.checkOwner(owner));
    return checks;
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
}
