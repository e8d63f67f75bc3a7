import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitBlobSha } from './state.js';
import { failure, type Harness, octokitFor, startHarness } from './test-helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.standIn.close();
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('repositories and contents', () => {
  it('reads the default branch', async () => {
    h.standIn.state.addRepo('acme/trunk', { defaultBranch: 'trunk' });
    const { data } = await h.octokit.repos.get({ owner: 'acme', repo: 'trunk' });
    expect(data.default_branch).toBe('trunk');
    expect(data.full_name).toBe('acme/trunk');
    expect(data.owner.login).toBe('acme');
    expect(data.organization?.login).toBe('acme');
    expect(h.standIn.violations).toEqual([]);
  });

  it('reads a file as base64 with its git blob sha', async () => {
    const { data } = await h.octokit.repos.getContent({ owner: h.owner, repo: h.repo, path: 'README.md' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe('hello\n');
    expect(data.encoding).toBe('base64');
    // `git hash-object` of "hello\n"
    expect(data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobSha('hello\n')).toBe(data.sha);
    expect(h.standIn.violations).toEqual([]);
  });

  it('lists a directory and the root', async () => {
    const root = await h.octokit.repos.getContent({ owner: h.owner, repo: h.repo, path: '' });
    expect((root.data as Array<{ type: string; path: string }>).map((e) => [e.type, e.path])).toEqual([
      ['dir', '.github'],
      ['file', 'README.md'],
      ['dir', 'docs'],
    ]);
    const docs = await h.octokit.repos.getContent({ owner: h.owner, repo: h.repo, path: 'docs' });
    expect((docs.data as Array<{ path: string }>).map((e) => e.path)).toEqual(['docs/roles.md']);
    expect(h.standIn.violations).toEqual([]);
  });

  it('answers 404 for a missing file and the raw bytes on request', async () => {
    const missing = await failure(
      h.octokit.repos.getContent({ owner: h.owner, repo: h.repo, path: 'nope.md' }),
    );
    expect(missing.status).toBe(404);
    const raw = await h.octokit.repos.getContent({
      owner: h.owner,
      repo: h.repo,
      path: 'docs/roles.md',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe('# Roles\n');
  });

  it('writes a file with the current sha, makes a commit, and answers 409 to a stale sha', async () => {
    const before = h.standIn.state.branch('acme/handbook', 'main')?.sha;
    const current = await h.octokit.repos.getContent({ owner: h.owner, repo: h.repo, path: 'README.md' });
    const sha = (current.data as { sha: string }).sha;

    const written = await h.octokit.repos.createOrUpdateFileContents({
      owner: h.owner,
      repo: h.repo,
      path: 'README.md',
      message: 'Update README',
      content: b64('hello again\n'),
      sha,
    });
    expect(written.status).toBe(200);
    expect(written.data.content?.sha).toBe(gitBlobSha('hello again\n'));
    expect(written.data.commit.message).toBe('Update README');
    expect(written.data.commit.parents?.map((p) => p.sha)).toEqual([before]);
    expect(h.standIn.state.branch('acme/handbook', 'main')?.sha).toBe(written.data.commit.sha);
    expect(h.standIn.state.readFile('acme/handbook', 'README.md')).toBe('hello again\n');
    expect(h.standIn.state.history('acme/handbook').map((c) => c.message)).toEqual([
      'Update README',
      'Initial commit',
    ]);

    const stale = await failure(
      h.octokit.repos.createOrUpdateFileContents({
        owner: h.owner,
        repo: h.repo,
        path: 'README.md',
        message: 'Again',
        content: b64('lost update\n'),
        sha,
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.response?.data).toMatchObject({ message: `README.md does not match ${sha}` });
    expect(h.standIn.state.readFile('acme/handbook', 'README.md')).toBe('hello again\n');
    expect(h.standIn.violations).toEqual([]);
  });

  it('answers 422 when an existing file is written without its sha, 201 for a new file', async () => {
    const missingSha = await failure(
      h.octokit.repos.createOrUpdateFileContents({
        owner: h.owner,
        repo: h.repo,
        path: 'README.md',
        message: 'm',
        content: b64('x'),
      }),
    );
    expect(missingSha.status).toBe(422);
    expect(missingSha.response?.data).toMatchObject({
      message: 'Invalid request.\n\n"sha" wasn\'t supplied.',
    });

    const created = await h.octokit.repos.createOrUpdateFileContents({
      owner: h.owner,
      repo: h.repo,
      path: '.github/CODEOWNERS.new',
      message: 'Add',
      content: b64('* @acme/eng\n'),
      committer: { name: 'rolekit', email: 'rolekit@example.com' },
    });
    expect(created.status).toBe(201);
    expect(created.data.commit.author?.name).toBe('rolekit');
    expect(h.standIn.state.readFile('acme/handbook', '.github/CODEOWNERS.new')).toBe('* @acme/eng\n');
    expect(h.standIn.violations).toEqual([]);
  });

  it('refuses direct writes to a branch whose protection requires reviews', async () => {
    h.standIn.state.protectBranch('acme/handbook', 'main', { requiredApprovingReviewCount: 1 });
    const refused = await failure(
      h.octokit.repos.createOrUpdateFileContents({
        owner: h.owner,
        repo: h.repo,
        path: 'NEW.md',
        message: 'm',
        content: b64('x'),
      }),
    );
    expect(refused.status).toBe(409);
    expect(refused.response?.data).toMatchObject({ message: 'Changes must be made through a pull request.' });
    expect(h.standIn.state.readFile('acme/handbook', 'NEW.md')).toBeUndefined();
  });
});

describe('branches and refs', () => {
  it('reads a branch and its protection, 404 when not protected', async () => {
    const branch = await h.octokit.repos.getBranch({ owner: h.owner, repo: h.repo, branch: 'main' });
    expect(branch.data.commit.sha).toBe(h.standIn.state.branch('acme/handbook', 'main')?.sha);
    expect(branch.data.protected).toBe(false);

    const unprotected = await failure(
      h.octokit.repos.getBranchProtection({ owner: h.owner, repo: h.repo, branch: 'main' }),
    );
    expect(unprotected.status).toBe(404);
    expect(unprotected.response?.data).toMatchObject({ message: 'Branch not protected' });

    h.standIn.state.protectBranch('acme/handbook', 'main', {
      requiredApprovingReviewCount: 2,
      requireCodeOwnerReviews: true,
    });
    const protection = await h.octokit.repos.getBranchProtection({
      owner: h.owner,
      repo: h.repo,
      branch: 'main',
    });
    expect(protection.data.required_pull_request_reviews).toMatchObject({
      require_code_owner_reviews: true,
      required_approving_review_count: 2,
    });
    expect(h.standIn.violations).toEqual([]);
  });

  it('creates a ref from a commit and answers 422 when it exists', async () => {
    const main = await h.octokit.git.getRef({ owner: h.owner, repo: h.repo, ref: 'heads/main' });
    const sha = main.data.object.sha;
    const created = await h.octokit.git.createRef({
      owner: h.owner,
      repo: h.repo,
      ref: 'refs/heads/rolekit/codeowners',
      sha,
    });
    expect(created.status).toBe(201);
    expect(created.data.ref).toBe('refs/heads/rolekit/codeowners');
    expect(h.standIn.state.branch('acme/handbook', 'rolekit/codeowners')?.sha).toBe(sha);

    // Slashes in the ref travel as %2F and must still resolve.
    const read = await h.octokit.git.getRef({
      owner: h.owner,
      repo: h.repo,
      ref: 'heads/rolekit/codeowners',
    });
    expect(read.data.object.sha).toBe(sha);

    const again = await failure(
      h.octokit.git.createRef({ owner: h.owner, repo: h.repo, ref: 'refs/heads/rolekit/codeowners', sha }),
    );
    expect(again.status).toBe(422);
    expect(again.response?.data).toMatchObject({ message: 'Reference already exists' });
    expect(h.standIn.violations).toEqual([]);
  });

  it('updates a ref only by fast-forward unless forced', async () => {
    const state = h.standIn.state;
    const start = state.branch('acme/handbook', 'main')?.sha as string;
    state.addBranch('acme/handbook', 'topic');
    const ahead = state.putFile('acme/handbook', 'a.md', 'a', { branch: 'topic' }).commit.sha;
    const forward = await h.octokit.git.updateRef({
      owner: h.owner,
      repo: h.repo,
      ref: 'heads/main',
      sha: ahead,
    });
    expect(forward.data.object.sha).toBe(ahead);

    const back = await failure(
      h.octokit.git.updateRef({ owner: h.owner, repo: h.repo, ref: 'heads/main', sha: start }),
    );
    expect(back.status).toBe(422);
    expect(back.response?.data).toMatchObject({ message: 'Update is not a fast forward' });

    await h.octokit.git.updateRef({
      owner: h.owner,
      repo: h.repo,
      ref: 'heads/main',
      sha: start,
      force: true,
    });
    expect(state.branch('acme/handbook', 'main')?.sha).toBe(start);
    expect(h.standIn.violations).toEqual([]);
  });
});

describe('pull requests', () => {
  async function branchWithChange(name: string): Promise<void> {
    h.standIn.state.addBranch('acme/handbook', name);
    h.standIn.state.putFile('acme/handbook', `${name}.md`, name, { branch: name });
  }

  it('opens pull requests and lists them by head and state', async () => {
    await branchWithChange('sync-a');
    await branchWithChange('sync-b');
    const a = await h.octokit.pulls.create({
      owner: h.owner,
      repo: h.repo,
      head: 'sync-a',
      base: 'main',
      title: 'A',
    });
    const b = await h.octokit.pulls.create({
      owner: h.owner,
      repo: h.repo,
      head: 'acme:sync-b',
      base: 'main',
      title: 'B',
      body: 'Sync CODEOWNERS',
    });
    expect(a.status).toBe(201);
    expect(a.data.head.ref).toBe('sync-a');
    expect(a.data.head.sha).toBe(h.standIn.state.branch('acme/handbook', 'sync-a')?.sha);
    expect(b.data.body).toBe('Sync CODEOWNERS');
    expect(b.data.user?.login).toBe('rolekit-bot');

    const byHead = await h.octokit.pulls.list({ owner: h.owner, repo: h.repo, head: 'acme:sync-b' });
    expect(byHead.data.map((p) => p.number)).toEqual([b.data.number]);

    // Like GitHub, a head without the owner prefix filters nothing.
    const bare = await h.octokit.pulls.list({ owner: h.owner, repo: h.repo, head: 'sync-b' });
    expect(bare.data.map((p) => p.title).sort()).toEqual(['A', 'B']);

    await h.octokit.pulls.update({
      owner: h.owner,
      repo: h.repo,
      pull_number: a.data.number,
      state: 'closed',
    });
    const open = await h.octokit.pulls.list({ owner: h.owner, repo: h.repo });
    expect(open.data.map((p) => p.title)).toEqual(['B']);
    const closed = await h.octokit.pulls.list({ owner: h.owner, repo: h.repo, state: 'closed' });
    expect(closed.data.map((p) => [p.title, p.state])).toEqual([['A', 'closed']]);
    expect(h.standIn.violations).toEqual([]);
  });

  it('rejects a duplicate pull request and one without commits', async () => {
    await branchWithChange('sync');
    await h.octokit.pulls.create({ owner: h.owner, repo: h.repo, head: 'sync', base: 'main', title: 'Sync' });
    const duplicate = await failure(
      h.octokit.pulls.create({ owner: h.owner, repo: h.repo, head: 'sync', base: 'main', title: 'Sync' }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.response?.data).toMatchObject({
      errors: [{ message: 'A pull request already exists for acme:sync.' }],
    });

    h.standIn.state.addBranch('acme/handbook', 'empty');
    const empty = await failure(
      h.octokit.pulls.create({ owner: h.owner, repo: h.repo, head: 'empty', base: 'main', title: 'Nothing' }),
    );
    expect(empty.status).toBe(422);
    expect(empty.response?.data).toMatchObject({
      errors: [{ message: 'No commits between main and empty' }],
    });
    expect(h.standIn.violations).toEqual([]);
  });
});

describe('issues', () => {
  it('creates, filters and updates issues', async () => {
    const state = h.standIn.state;
    state.addIssue('acme/handbook', { title: 'Old', labels: ['onboarding'], user: 'alice', state: 'closed' });
    state.addIssue('acme/handbook', { title: 'Other', labels: ['bug'], user: 'bob' });
    const created = await h.octokit.issues.create({
      owner: h.owner,
      repo: h.repo,
      title: 'Onboard dana',
      body: 'Checklist',
      labels: ['onboarding', 'rolekit'],
      assignees: ['alice'],
    });
    expect(created.status).toBe(201);
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([
      'onboarding',
      'rolekit',
    ]);
    expect(created.data.assignees?.map((a) => a.login)).toEqual(['alice']);

    const open = await h.octokit.issues.listForRepo({ owner: h.owner, repo: h.repo, labels: 'onboarding' });
    expect(open.data.map((i) => i.title)).toEqual(['Onboard dana']);
    const all = await h.octokit.issues.listForRepo({
      owner: h.owner,
      repo: h.repo,
      labels: 'onboarding',
      state: 'all',
    });
    expect(all.data.map((i) => i.title)).toEqual(['Onboard dana', 'Old']);
    const mine = await h.octokit.issues.listForRepo({ owner: h.owner, repo: h.repo, creator: 'rolekit-bot' });
    expect(mine.data.map((i) => i.title)).toEqual(['Onboard dana']);
    const both = await h.octokit.issues.listForRepo({
      owner: h.owner,
      repo: h.repo,
      labels: 'onboarding,rolekit',
    });
    expect(both.data.map((i) => i.number)).toEqual([created.data.number]);

    const updated = await h.octokit.issues.update({
      owner: h.owner,
      repo: h.repo,
      issue_number: created.data.number,
      state: 'closed',
      labels: ['done'],
    });
    expect(updated.data.state).toBe('closed');
    expect(updated.data.state_reason).toBe('completed');
    expect(state.issues('acme/handbook').find((i) => i.number === created.data.number)).toMatchObject({
      state: 'closed',
      labels: ['done'],
      body: 'Checklist',
    });
    const fetched = await h.octokit.issues.get({
      owner: h.owner,
      repo: h.repo,
      issue_number: created.data.number,
    });
    expect(fetched.data.closed_at).not.toBeNull();
    expect(h.standIn.violations).toEqual([]);
  });

  it('lists pull requests among issues, as GitHub does', async () => {
    h.standIn.state.addBranch('acme/handbook', 'x');
    const pull = h.standIn.state.addPull('acme/handbook', { head: 'x', title: 'A pull request' });
    pull.labels = ['rolekit'];
    const pulls = await h.octokit.pulls.list({ owner: h.owner, repo: h.repo });
    expect(pulls.data[0]?.labels.map((l) => [l.name, l.description])).toEqual([['rolekit', '']]);
    h.standIn.state.addIssue('acme/handbook', { title: 'An issue' });
    const { data } = await h.octokit.issues.listForRepo({ owner: h.owner, repo: h.repo });
    expect(data.map((i) => [i.title, i.pull_request !== undefined])).toEqual([
      ['An issue', false],
      ['A pull request', true],
    ]);
    expect(data[1]?.labels).toEqual([expect.objectContaining({ name: 'rolekit', description: null })]);
    expect(h.standIn.violations).toEqual([]);
  });

  it('pages lists with per_page and a Link header that Octokit can follow', async () => {
    for (let i = 1; i <= 5; i++) h.standIn.state.addIssue('acme/handbook', { title: `Issue ${i}` });
    const first = await h.octokit.issues.listForRepo({
      owner: h.owner,
      repo: h.repo,
      per_page: 2,
      direction: 'asc',
    });
    expect(first.data.map((i) => i.title)).toEqual(['Issue 1', 'Issue 2']);
    const base = `${h.standIn.url}/repos/acme/handbook/issues?per_page=2&direction=asc`;
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);
    const all = await h.octokit.paginate(h.octokit.issues.listForRepo, {
      owner: h.owner,
      repo: h.repo,
      per_page: 2,
      direction: 'asc',
    });
    expect(all.map((i) => i.title)).toEqual(['Issue 1', 'Issue 2', 'Issue 3', 'Issue 4', 'Issue 5']);
    expect(h.standIn.requests.filter((r) => r.operationId === 'issues/list-for-repo')).toHaveLength(4);
    expect(h.standIn.violations).toEqual([]);
  });

  it('rejects an unknown assignee', async () => {
    const rejected = await failure(
      h.octokit.issues.create({ owner: h.owner, repo: h.repo, title: 't', assignees: ['nobody'] }),
    );
    expect(rejected.status).toBe(422);
    expect(rejected.response?.data).toMatchObject({ errors: [{ field: 'assignees', value: 'nobody' }] });
  });
});

describe('teams, collaborators and CODEOWNERS', () => {
  it('reads a team and its permission on a repository', async () => {
    const team = await h.octokit.teams.getByName({ org: 'acme', team_slug: 'eng' });
    expect(team.data).toMatchObject({ slug: 'eng', name: 'Engineering', members_count: 2 });
    const check = await h.octokit.teams.checkPermissionsForRepoInOrg({
      org: 'acme',
      team_slug: 'eng',
      owner: h.owner,
      repo: h.repo,
    });
    expect(check.status).toBe(204);
    const detailed = await h.octokit.teams.checkPermissionsForRepoInOrg({
      org: 'acme',
      team_slug: 'eng',
      owner: h.owner,
      repo: h.repo,
      headers: { accept: 'application/vnd.github.v3.repository+json' },
    });
    expect(detailed.status).toBe(200);
    expect((detailed.data as { permissions?: Record<string, boolean> }).permissions).toMatchObject({
      push: true,
      admin: false,
    });
    h.standIn.state.addTeam('acme', 'ops');
    const none = await failure(
      h.octokit.teams.checkPermissionsForRepoInOrg({
        org: 'acme',
        team_slug: 'ops',
        owner: h.owner,
        repo: h.repo,
      }),
    );
    expect(none.status).toBe(404);
    expect(h.standIn.violations).toEqual([]);
  });

  it('computes a collaborator permission from teams and direct grants', async () => {
    const read = async (username: string) =>
      (await h.octokit.repos.getCollaboratorPermissionLevel({ owner: h.owner, repo: h.repo, username })).data;
    expect(await read('alice')).toMatchObject({ permission: 'write', role_name: 'write' });
    expect(await read('carol')).toMatchObject({ permission: 'read', role_name: 'triage' });
    h.standIn.state.addUser('dave');
    expect(await read('dave')).toMatchObject({ permission: 'none' });
    const ghost = await failure(read('ghost'));
    expect(ghost.status).toBe(404);
    expect(h.standIn.violations).toEqual([]);
  });

  it('reports CODEOWNERS lines whose owners are unknown', async () => {
    h.standIn.state.addUser('erin', { email: 'erin@acme.test' });
    h.standIn.state.addCollaborator('acme/handbook', 'erin', 'push');
    h.standIn.state.putFile(
      'acme/handbook',
      '.github/CODEOWNERS',
      ['# owners', '* @acme/eng', '/docs/ @alice @acme/ghosts', '*.md erin@acme.test @nobody', ''].join('\n'),
    );
    const { data } = await h.octokit.repos.codeownersErrors({ owner: h.owner, repo: h.repo });
    expect(data.errors).toEqual([
      {
        line: 3,
        column: 15,
        kind: 'Unknown owner',
        source: '/docs/ @alice @acme/ghosts',
        suggestion: 'make sure @acme/ghosts exists and has write access to the repository',
        message:
          'Unknown owner on line 3: make sure @acme/ghosts exists and has write access to the repository\n\n' +
          '  /docs/ @alice @acme/ghosts\n' +
          '                ^',
        path: '.github/CODEOWNERS',
      },
      expect.objectContaining({
        line: 4,
        column: 21,
        kind: 'Unknown owner',
        source: '*.md erin@acme.test @nobody',
      }),
    ]);
    expect(h.standIn.violations).toEqual([]);
  });
});

describe('conditional requests, rate limits and authentication', () => {
  it('answers 304 to a matching If-None-Match without counting it', async () => {
    const first = await h.octokit.repos.get({ owner: h.owner, repo: h.repo });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/);
    const used = Number(first.headers['x-ratelimit-used']);

    const second = await failure(
      h.octokit.repos.get({ owner: h.owner, repo: h.repo, headers: { 'if-none-match': etag } }),
    );
    expect(second.status).toBe(304);
    const last = h.standIn.requests.at(-1);
    expect(last).toMatchObject({ status: 304, conditional: true, notModified: true, write: false });

    const third = await h.octokit.repos.get({ owner: h.owner, repo: h.repo });
    expect(Number(third.headers['x-ratelimit-used'])).toBe(used + 1);

    // A change makes the old ETag stale.
    h.standIn.state.putFile('acme/handbook', 'README.md', 'changed\n');
    const readme = await h.octokit.repos.getContent({ owner: h.owner, repo: h.repo, path: 'README.md' });
    const changed = await h.octokit.repos.getContent({
      owner: h.owner,
      repo: h.repo,
      path: 'README.md',
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe(readme.headers.etag);
    expect(h.standIn.violations).toEqual([]);
  });

  it('sends rate-limit headers on every response and records writes', async () => {
    await h.octokit.repos.get({ owner: h.owner, repo: h.repo });
    await h.octokit.issues.create({ owner: h.owner, repo: h.repo, title: 't' });
    await failure(h.octokit.repos.get({ owner: h.owner, repo: 'missing' }));
    const { data } = await h.octokit.rateLimit.get();
    expect(data.resources.core).toMatchObject({ limit: 5000, used: 3, remaining: 4997 });
    expect(h.standIn.requests.map((r) => [r.method, r.operationId, r.status, r.write])).toEqual([
      ['GET', 'repos/get', 200, false],
      ['POST', 'issues/create', 201, true],
      ['GET', 'repos/get', 404, false],
      ['GET', 'rate-limit/get', 200, false],
    ]);
    expect(h.standIn.requests[1]?.body).toEqual({ title: 't' });
  });

  it('answers 403 once the primary rate limit is used up', async () => {
    const limited = await startHarness({ rateLimit: 2 });
    try {
      await limited.octokit.repos.get({ owner: 'acme', repo: 'handbook' });
      const second = await limited.octokit.repos.get({ owner: 'acme', repo: 'handbook' });
      expect(second.headers['x-ratelimit-remaining']).toBe('0');
      const third = await failure(limited.octokit.repos.get({ owner: 'acme', repo: 'handbook' }));
      expect(third.status).toBe(403);
      expect(third.response?.headers['x-ratelimit-remaining']).toBe('0');
    } finally {
      await limited.standIn.close();
    }
  });

  it('requires a configured token, as token or Bearer', async () => {
    const wrong = await failure(
      octokitFor(h.standIn, 'ghp_wrong').repos.get({ owner: h.owner, repo: h.repo }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.response?.data).toMatchObject({ message: 'Bad credentials' });
    const bearer = await fetch(`${h.standIn.url}/repos/acme/handbook`, {
      headers: { authorization: `Bearer ${h.standIn.token}` },
    });
    expect(bearer.status).toBe(200);
    const anonymous = await fetch(`${h.standIn.url}/repos/acme/handbook`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-ratelimit-limit')).toBe('5000');
  });
});

describe('validation against the description', () => {
  // Octokit's typed routes refuse bad requests at compile time; a plain string route lets the
  // tests send what a buggy caller could.
  const untyped = (route: string, params: Record<string, unknown>) => h.octokit.request(route, params);

  it('records an unknown route as a violation and answers 404', async () => {
    const unknown = await failure(
      h.octokit.request('GET /repos/{owner}/{repo}/frobnicate', { owner: h.owner, repo: h.repo }),
    );
    expect(unknown.status).toBe(404);
    const wrongMethod = await failure(
      h.octokit.request('DELETE /repos/{owner}/{repo}', { owner: h.owner, repo: h.repo }),
    );
    expect(wrongMethod.status).toBe(404);
    expect(h.standIn.violations).toEqual([
      expect.objectContaining({
        kind: 'unknown-route',
        method: 'GET',
        path: '/repos/acme/handbook/frobnicate',
      }),
      expect.objectContaining({
        kind: 'unknown-route',
        method: 'DELETE',
        path: '/repos/acme/handbook',
        details: ['the path is documented only for: GET /repos/{owner}/{repo}'],
      }),
    ]);
  });

  it('records a body missing a required field and answers 422 like GitHub', async () => {
    const missing = await failure(
      untyped('POST /repos/{owner}/{repo}/issues', { owner: h.owner, repo: h.repo, body: 'no title' }),
    );
    expect(missing.status).toBe(422);
    expect(missing.response?.data).toMatchObject({
      message: 'Invalid request.\n\n"title" wasn\'t supplied.',
    });
    expect(h.standIn.violations).toEqual([
      {
        kind: 'request',
        method: 'POST',
        path: '/repos/acme/handbook/issues',
        operationId: 'issues/create',
        status: 422,
        message: "issues/create request does not match GitHub's description",
        details: ['"title" wasn\'t supplied.'],
      },
    ]);
    expect(h.standIn.state.issues('acme/handbook')).toEqual([]);
  });

  it('records its own answers that drift from the description', async () => {
    const issue = h.standIn.state.addIssue('acme/handbook', { title: 'Drift' });
    issue.createdAt = 'last Tuesday'; // GitHub documents created_at as date-time
    await h.octokit.issues.get({ owner: h.owner, repo: h.repo, issue_number: issue.number });
    expect(h.standIn.violations).toEqual([
      expect.objectContaining({
        kind: 'response',
        operationId: 'issues/get',
        status: 200,
        details: ['For \'response/created_at\', must match format "date-time".'],
      }),
    ]);
  });

  it('records invalid query and body types', async () => {
    await failure(
      untyped('GET /repos/{owner}/{repo}/issues', { owner: h.owner, repo: h.repo, state: 'sideways' }),
    );
    await failure(
      untyped('POST /repos/{owner}/{repo}/git/refs', {
        owner: h.owner,
        repo: h.repo,
        ref: 'refs/heads/x',
        sha: 42,
      }),
    );
    expect(h.standIn.violations.map((v) => [v.operationId, v.status, v.details])).toEqual([
      ['issues/list-for-repo', 422, ["For 'query/state', must be equal to one of the allowed values."]],
      ['git/create-ref', 422, ["For 'body/sha', must be string."]],
    ]);
  });
});
