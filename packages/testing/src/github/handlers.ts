/**
 * One handler per operation of the fixture. Handlers get parameters already validated (and
 * coerced, with defaults) against GitHub's description and answer plain data; errors are thrown
 * as GitHubStateError and rendered in GitHub's error shape by the server.
 */
import { createHash } from 'node:crypto';
import { accessHandlers } from './access-handlers.js';
import { CODEOWNERS_LOCATIONS, checkCodeowners } from './codeowners.js';
import { paginate } from './paginate.js';
import type { Payloads } from './payloads.js';
import {
  type CommitRecord,
  type FileRecord,
  type GitHubState,
  GitHubStateError,
  type IssueRecord,
  type PullRecord,
  type RepoRecord,
} from './state.js';

export interface HandlerContext {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The query as sent, before defaults were filled in; Link headers echo only this. */
  rawQuery: Record<string, string>;
  body: Record<string, unknown> | undefined;
  headers: Record<string, string>;
  /** Login of the authenticated user. */
  viewer: string;
  state: GitHubState;
  payloads: Payloads;
  /** API base URL, for Location and Link headers. */
  url: string;
  /** Pathname of the request, for Link headers. */
  pathname: string;
  rate: () => { limit: number; used: number; reset: number };
  options: { requireCodeownersWriteAccess: boolean };
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  /** Raw body for non-JSON media types (the contents API's raw format). */
  raw?: { bytes: Buffer; contentType: string };
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

const str = (value: unknown): string => String(value);
const notFound = (message = 'Not Found') => new GitHubStateError(404, message);
const invalid = (message: string, errors?: Array<Record<string, string>>) =>
  new GitHubStateError(422, message, errors);

function repoOf(ctx: HandlerContext): RepoRecord {
  const repo = ctx.state.findRepo(`${str(ctx.params['owner'])}/${str(ctx.params['repo'])}`);
  if (!repo) throw notFound();
  return repo;
}

function commitAt(repo: RepoRecord, ctx: HandlerContext, ref: string): CommitRecord {
  const commit = ctx.state.resolveRef(repo, ref);
  if (!commit) throw notFound(`No commit found for the ref ${ref}`);
  return commit;
}

function sortByDate<T extends { createdAt: string; updatedAt: string; number: number }>(
  items: T[],
  sort: unknown,
  direction: unknown,
): T[] {
  const field = sort === 'updated' ? 'updatedAt' : 'createdAt';
  const factor = direction === 'asc' ? 1 : -1;
  // Numbers break ties: records created within one second keep creation order.
  return [...items].sort((a, b) => factor * (a[field].localeCompare(b[field]) || a.number - b.number));
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'string' ? item : str((item as { name?: unknown }).name)));
}

function checkAssignees(ctx: HandlerContext, logins: string[]): string[] {
  return logins.map((login) => {
    const account = ctx.state.account(login);
    if (!account || account.type === 'Organization') {
      throw invalid('Validation Failed', [
        { value: login, resource: 'Issue', field: 'assignees', code: 'invalid' },
      ]);
    }
    return account.login;
  });
}

/** Direct pushes to a branch whose protection requires reviews must go through a pull request. */
function assertWritable(ctx: HandlerContext, repo: RepoRecord, branch: string): void {
  const protection = repo.branches.get(branch)?.protection;
  if (!protection) return;
  const requiresReview =
    protection.requiredApprovingReviewCount !== undefined || protection.requireCodeOwnerReviews === true;
  const isAdmin = ctx.state.permissionOf(repo.fullName, ctx.viewer) === 'admin';
  if ((requiresReview || protection.requiredStatusChecks) && (!isAdmin || protection.enforceAdmins)) {
    throw new GitHubStateError(409, 'Changes must be made through a pull request.');
  }
}

export const handlers: Record<string, Handler> = {
  ...accessHandlers,
  'repos/get': (ctx) => ({ status: 200, body: ctx.payloads.fullRepository(repoOf(ctx), ctx.viewer) }),

  'repos/get-content': (ctx) => {
    const repo = repoOf(ctx);
    const ref = ctx.query['ref'] === undefined ? repo.defaultBranch : str(ctx.query['ref']);
    const commit = commitAt(repo, ctx, ref);
    const path = str(ctx.params['path']).replace(/^\/+|\/+$/g, '');
    const file = commit.files.get(path);
    if (file) {
      // mediaType: { format: 'raw' } in Octokit asks for the bytes themselves.
      if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.headers['accept'] ?? '')) {
        return { status: 200, raw: { bytes: file.content, contentType: 'text/plain; charset=utf-8' } };
      }
      return { status: 200, body: ctx.payloads.fileContent(repo, file, ref) };
    }
    const prefix = path === '' ? '' : `${path}/`;
    const children = new Map<string, FileRecord[]>();
    for (const candidate of commit.files.values()) {
      if (!candidate.path.startsWith(prefix)) continue;
      const name = candidate.path.slice(prefix.length).split('/')[0] as string;
      children.set(name, [...(children.get(name) ?? []), candidate]);
    }
    if (children.size === 0) throw notFound();
    const entries = [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, files]) => {
        const childPath = prefix + name;
        const only = files[0] as FileRecord;
        if (files.length === 1 && only.path === childPath) return ctx.payloads.fileEntry(repo, only, ref);
        const treeSha = createHash('sha1')
          .update(files.map((f) => `${f.path}:${f.sha}`).join('\n'))
          .digest('hex');
        return ctx.payloads.dirEntry(repo, childPath, treeSha, ref);
      });
    return { status: 200, body: entries };
  },

  'repos/create-or-update-file-contents': (ctx) => {
    const repo = repoOf(ctx);
    const body = ctx.body ?? {};
    const path = str(ctx.params['path']).replace(/^\/+|\/+$/g, '');
    const branchName = body['branch'] === undefined ? repo.defaultBranch : str(body['branch']);
    const branch = repo.branches.get(branchName);
    if (!branch) throw notFound(`Branch ${branchName} not found`);
    const encoded = str(body['content']).replace(/\s/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 === 1) {
      throw invalid('content is not valid Base64');
    }
    const existing = repo.commits.get(branch.sha)?.files.get(path);
    const sha = body['sha'] === undefined ? undefined : str(body['sha']);
    if (existing && sha === undefined) throw invalid('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (sha !== undefined && sha !== existing?.sha)
      throw new GitHubStateError(409, `${path} does not match ${sha}`);
    assertWritable(ctx, repo, branchName);
    const identity = (body['committer'] ?? body['author']) as { name: string; email: string } | undefined;
    const { commit, file, created } = ctx.state.putFile(repo.fullName, path, Buffer.from(encoded, 'base64'), {
      branch: branchName,
      message: str(body['message']),
      ...(identity ? { author: { name: identity.name, email: identity.email } } : {}),
    });
    return { status: created ? 201 : 200, body: ctx.payloads.fileCommit(repo, file, commit, branchName) };
  },

  'repos/get-branch': (ctx) => {
    const repo = repoOf(ctx);
    const branch = repo.branches.get(str(ctx.params['branch']));
    if (!branch) throw notFound('Branch not found');
    return { status: 200, body: ctx.payloads.branch(repo, branch) };
  },

  'repos/get-branch-protection': (ctx) => {
    const repo = repoOf(ctx);
    const branch = repo.branches.get(str(ctx.params['branch']));
    if (!branch) throw notFound('Branch not found');
    if (!branch.protection) throw notFound('Branch not protected');
    return { status: 200, body: ctx.payloads.branchProtection(repo, branch) };
  },

  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = str(ctx.params['ref']);
    const sha = refSha(repo, ref);
    if (!sha) throw notFound();
    return { status: 200, body: ctx.payloads.gitRef(repo, `refs/${ref}`, sha) };
  },

  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    const body = ctx.body ?? {};
    const ref = str(body['ref']);
    const sha = str(body['sha']);
    const parts = /^refs\/(heads|tags)\/(.+)$/.exec(ref);
    if (!/^refs\/.+\/.+/.test(ref) || !parts) {
      throw invalid("Reference name must start with 'refs/' and have at least two slashes.");
    }
    if (!repo.commits.has(sha)) throw invalid('Object does not exist');
    if (refSha(repo, ref.slice(5))) throw invalid('Reference already exists');
    const [, kind, name] = parts as unknown as [string, string, string];
    if (kind === 'heads') repo.branches.set(name, { name, sha });
    else repo.tags.set(name, sha);
    const payload = ctx.payloads.gitRef(repo, ref, sha);
    return { status: 201, body: payload, headers: { location: String(payload['url']) } };
  },

  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    const body = ctx.body ?? {};
    const ref = str(ctx.params['ref']).replace(/^refs\//, '');
    const sha = str(body['sha']);
    const current = refSha(repo, ref);
    if (!current) throw invalid('Reference does not exist');
    if (!repo.commits.has(sha)) throw invalid('Object does not exist');
    if (body['force'] !== true && !ctx.state.isAncestor(repo, current, sha)) {
      throw invalid('Update is not a fast forward');
    }
    if (ref.startsWith('heads/')) {
      const branch = repo.branches.get(ref.slice(6));
      if (branch) branch.sha = sha;
    } else {
      repo.tags.set(ref.slice(5), sha);
    }
    return { status: 200, body: ctx.payloads.gitRef(repo, `refs/${ref}`, sha) };
  },

  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query['state'];
    let pulls = [...repo.pulls.values()].filter((p) => state === 'all' || p.state === state);
    // GitHub applies `head` only in the owner:branch form; a bare branch name filters nothing.
    const head = ctx.query['head'] === undefined ? undefined : /^([^:]+):(.+)$/.exec(str(ctx.query['head']));
    if (head) {
      pulls = pulls.filter(
        (p) => p.headOwner.toLowerCase() === (head[1] as string).toLowerCase() && p.head === head[2],
      );
    }
    if (ctx.query['base'] !== undefined) pulls = pulls.filter((p) => p.base === str(ctx.query['base']));
    const direction = ctx.query['direction'] ?? (ctx.query['sort'] === 'created' ? 'desc' : 'asc');
    const page = paginate(sortByDate(pulls, ctx.query['sort'], direction), ctx);
    return {
      status: 200,
      body: page.items.map((p) => ctx.payloads.pullSimple(repo, p)),
      headers: page.headers,
    };
  },

  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = ctx.body ?? {};
    const [headOwner, head] = str(body['head']).includes(':')
      ? (str(body['head']).split(':', 2) as [string, string])
      : [repo.owner, str(body['head'])];
    const base = str(body['base']);
    const headRepo = ctx.state.findRepo(`${headOwner}/${repo.name}`);
    const headBranch = headRepo?.branches.get(head);
    const baseBranch = repo.branches.get(base);
    const field = (name: string) => ({ resource: 'PullRequest', field: name, code: 'invalid' });
    if (!headBranch) throw invalid('Validation Failed', [field('head')]);
    if (!baseBranch) throw invalid('Validation Failed', [field('base')]);
    if (body['title'] === undefined) {
      throw invalid('Validation Failed', [
        { resource: 'PullRequest', field: 'title', code: 'missing_field' },
      ]);
    }
    const duplicate = [...repo.pulls.values()].find(
      (p) => p.state === 'open' && p.head === head && p.base === base && p.headOwner === headRepo?.owner,
    );
    const custom = (message: string) =>
      invalid('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message }]);
    if (duplicate) throw custom(`A pull request already exists for ${headOwner}:${head}.`);
    if (headRepo === repo && ctx.state.isAncestor(repo, headBranch.sha, baseBranch.sha)) {
      throw custom(`No commits between ${base} and ${head}`);
    }
    const pull = ctx.state.addPull(repo.fullName, {
      head,
      base,
      title: str(body['title']),
      body: body['body'] === undefined ? null : str(body['body']),
      user: ctx.viewer,
      draft: body['draft'] === true,
    });
    pull.headOwner = headRepo?.owner ?? repo.owner;
    pull.maintainerCanModify = body['maintainer_can_modify'] === true;
    const payload = ctx.payloads.pull(repo, pull);
    return { status: 201, body: payload, headers: { location: String(payload['url']) } };
  },

  'pulls/update': (ctx) => {
    const repo = repoOf(ctx);
    const pull = repo.pulls.get(Number(ctx.params['pull_number']));
    if (!pull) throw notFound();
    const body = ctx.body ?? {};
    if (body['base'] !== undefined) {
      if (!repo.branches.has(str(body['base']))) {
        throw invalid('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      }
      pull.base = str(body['base']);
    }
    if (body['title'] !== undefined) pull.title = str(body['title']);
    if (body['body'] !== undefined) pull.body = str(body['body']);
    if (body['maintainer_can_modify'] !== undefined)
      pull.maintainerCanModify = body['maintainer_can_modify'] === true;
    setState(ctx, pull, body['state']);
    pull.updatedAt = ctx.state.timestamp();
    return { status: 200, body: ctx.payloads.pull(repo, pull) };
  },

  'repos/codeowners-errors': (ctx) => {
    const repo = repoOf(ctx);
    const ref = ctx.query['ref'] === undefined ? repo.defaultBranch : str(ctx.query['ref']);
    const commit = commitAt(repo, ctx, ref);
    const location = CODEOWNERS_LOCATIONS.find((path) => commit.files.has(path));
    if (!location) throw notFound();
    const text = (commit.files.get(location) as FileRecord).content.toString('utf8');
    const errors = checkCodeowners(ctx.state, repo, text, location, {
      requireWriteAccess: ctx.options.requireCodeownersWriteAccess,
    });
    return { status: 200, body: { errors } };
  },

  'teams/get-by-name': (ctx) => {
    const team = ctx.state.team(str(ctx.params['org']), str(ctx.params['team_slug']));
    if (!team) throw notFound();
    return { status: 200, body: ctx.payloads.team(team) };
  },

  'teams/check-permissions-for-repo-in-org': (ctx) => {
    const team = ctx.state.team(str(ctx.params['org']), str(ctx.params['team_slug']));
    const repo = ctx.state.findRepo(`${str(ctx.params['owner'])}/${str(ctx.params['repo'])}`);
    const permission = repo ? team?.repos.get(repo.fullName.toLowerCase()) : undefined;
    if (!repo || !permission) throw notFound();
    // Only the repository media type gets a body; the default answer is 204.
    if ((ctx.headers['accept'] ?? '').includes('application/vnd.github.v3.repository+json')) {
      return { status: 200, body: ctx.payloads.teamRepository(repo, permission) };
    }
    return { status: 204 };
  },

  'repos/get-collaborator-permission-level': (ctx) => {
    const repo = repoOf(ctx);
    const username = str(ctx.params['username']);
    const account = ctx.state.account(username);
    if (!account || account.type === 'Organization') throw notFound(`${username} is not a user`);
    return { status: 200, body: ctx.payloads.collaboratorPermission(repo, account) };
  },

  'issues/list-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const q = ctx.query;
    // GitHub's issues list includes pull requests (marked with a `pull_request` key).
    let items: Array<IssueRecord | PullRecord> = [...repo.issues.values(), ...repo.pulls.values()];
    if (q['state'] !== 'all') items = items.filter((i) => i.state === q['state']);
    if (q['labels'] !== undefined && str(q['labels']) !== '') {
      const wanted = str(q['labels'])
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
      items = items.filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
    }
    if (q['creator'] !== undefined)
      items = items.filter((i) => i.user.toLowerCase() === str(q['creator']).toLowerCase());
    if (q['assignee'] !== undefined) {
      const assignee = str(q['assignee']).toLowerCase();
      items = items.filter((i) =>
        assignee === '*'
          ? i.assignees.length > 0
          : assignee === 'none'
            ? i.assignees.length === 0
            : i.assignees.some((a) => a.toLowerCase() === assignee),
      );
    }
    // The stand-in has no milestones: only `none` matches anything.
    if (q['milestone'] !== undefined && str(q['milestone']) !== 'none') items = [];
    if (q['since'] !== undefined) {
      const since = Date.parse(str(q['since']));
      items = items.filter((i) => Date.parse(i.updatedAt) >= since);
    }
    const page = paginate(sortByDate(items, q['sort'], q['direction']), ctx);
    return { status: 200, body: page.items.map((i) => ctx.payloads.issue(repo, i)), headers: page.headers };
  },

  'issues/get': (ctx) => {
    const repo = repoOf(ctx);
    const number = Number(ctx.params['issue_number']);
    const item = repo.issues.get(number) ?? repo.pulls.get(number);
    if (!item) throw notFound();
    return { status: 200, body: ctx.payloads.issue(repo, item) };
  },

  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = ctx.body ?? {};
    const assignees = checkAssignees(ctx, [
      ...(Array.isArray(body['assignees']) ? body['assignees'].map(str) : []),
      ...(typeof body['assignee'] === 'string' ? [body['assignee']] : []),
    ]);
    // The stand-in has no milestones, so naming one is naming a missing one.
    if (body['milestone'] !== undefined && body['milestone'] !== null) {
      throw invalid('Validation Failed', [
        { value: str(body['milestone']), resource: 'Issue', field: 'milestone', code: 'invalid' },
      ]);
    }
    const issue = ctx.state.addIssue(repo.fullName, {
      title: str(body['title']),
      body: body['body'] === undefined ? null : str(body['body']),
      labels: labelNames(body['labels']),
      assignees: [...new Set(assignees)],
      user: ctx.viewer,
    });
    const payload = ctx.payloads.issue(repo, issue);
    return { status: 201, body: payload, headers: { location: String(payload['url']) } };
  },

  'issues/update': (ctx) => {
    const repo = repoOf(ctx);
    const number = Number(ctx.params['issue_number']);
    const item = repo.issues.get(number) ?? repo.pulls.get(number);
    if (!item) throw notFound();
    const body = ctx.body ?? {};
    if (body['title'] !== undefined && body['title'] !== null) item.title = str(body['title']);
    if (body['body'] !== undefined) item.body = body['body'] === null ? null : str(body['body']);
    if (body['labels'] !== undefined) {
      item.labels = labelNames(body['labels']).map((l) => ctx.state.label(repo.fullName, l).name);
    }
    if (body['assignees'] !== undefined) {
      const logins = (body['assignees'] as unknown[]).map((a) =>
        typeof a === 'string' ? a : str((a as { login?: unknown }).login),
      );
      item.assignees = [...new Set(checkAssignees(ctx, logins))];
    } else if (body['assignee'] !== undefined) {
      item.assignees = body['assignee'] === null ? [] : checkAssignees(ctx, [str(body['assignee'])]);
    }
    setState(ctx, item, body['state'], body['state_reason']);
    item.updatedAt = ctx.state.timestamp();
    return { status: 200, body: ctx.payloads.issue(repo, item) };
  },

  'rate-limit/get': (ctx) => {
    const { limit, used, reset } = ctx.rate();
    const core = { limit, used, remaining: Math.max(limit - used, 0), reset };
    const idle = (max: number) => ({ limit: max, used: 0, remaining: max, reset });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search: idle(30),
          graphql: idle(5000),
          integration_manifest: idle(5000),
          code_search: idle(10),
        },
        rate: core,
      },
    };
  },
};

function refSha(repo: RepoRecord, ref: string): string | undefined {
  if (ref.startsWith('heads/')) return repo.branches.get(ref.slice(6))?.sha;
  if (ref.startsWith('tags/')) return repo.tags.get(ref.slice(5));
  return undefined;
}

function setState(
  ctx: HandlerContext,
  item: IssueRecord | PullRecord,
  state: unknown,
  reason?: unknown,
): void {
  if (state !== 'open' && state !== 'closed') return;
  if (state !== item.state) {
    item.state = state;
    item.closedAt = state === 'closed' ? ctx.state.timestamp() : null;
    if ('stateReason' in item) item.stateReason = state === 'closed' ? 'completed' : 'reopened';
  }
  if ('stateReason' in item && typeof reason === 'string')
    item.stateReason = reason as IssueRecord['stateReason'];
}
