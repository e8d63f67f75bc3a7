import type { GitHubStandIn } from '@rolekit/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncCodeowners } from './apply.js';
import { FIXTURE, fixtureModel } from './fixture.js';
import { clientFor, type SeedOptions, startSeeded, writesOf } from './fixture-github.js';
import { mergeManagedSection } from './markers.js';
import { exitCode, SYNC_BRANCH, syncTargets } from './plan.js';

let standIn: GitHubStandIn | undefined;

afterEach(async () => {
  if (!standIn) return;
  expect(standIn.violations).toEqual([]);
  await standIn.close();
  standIn = undefined;
});

async function setup(options: SeedOptions = {}, model = fixtureModel()) {
  standIn = await startSeeded(model, options);
  return { standIn, model, targets: syncTargets(model).targets };
}

const HAND = '# Written by people\n/legacy/   @acme/leads\t# trailing\n\n';
const statuses = (reports: Array<{ repository: string; status: string }>) =>
  Object.fromEntries(reports.map((r) => [r.repository, r.status]));

describe('dry run and check', () => {
  it('shows a diff per repository and writes nothing', async () => {
    const { standIn, targets } = await setup({ files: { site: { '.github/CODEOWNERS': HAND } } });
    const reports = await syncCodeowners(clientFor(standIn), targets, { mode: 'dry-run' });
    expect(statuses(reports)).toEqual({ api: 'drift', site: 'drift' });
    expect(writesOf(standIn)).toEqual([]);
    expect(reports[0]?.diff).toMatch(/^={67}\n--- \/dev\/null\n\+\+\+ b\/acme\/api\/\.github\/CODEOWNERS\n/);
    expect(reports[1]?.diff).toContain(`--- a/acme/site/.github/CODEOWNERS`);
    expect(reports[1]?.diff).toContain('+# BEGIN rolekit\n');
    expect(exitCode(reports, 'dry-run')).toBe(0);
    expect(exitCode(reports, 'check')).toBe(1);
  });

  it('check reads the default branch only', async () => {
    const { standIn, targets } = await setup();
    const reports = await syncCodeowners(clientFor(standIn), targets, { mode: 'check' });
    expect(statuses(reports)).toEqual({ api: 'drift', site: 'drift' });
    expect(
      standIn.requests.every(
        (r) => (!r.write && r.path.includes('/contents/')) || r.operationId === 'repos/get',
      ),
    ).toBe(true);
  });
});

describe('apply through pull requests', () => {
  it('opens one pull request per drifted repository; a second run writes nothing', async () => {
    const { standIn, targets } = await setup({ files: { site: { '.github/CODEOWNERS': HAND } } });
    const first = await syncCodeowners(clientFor(standIn), targets, { mode: 'pull-request' });
    expect(statuses(first)).toEqual({ api: 'pull-request-opened', site: 'pull-request-opened' });
    expect(first.flatMap((r) => r.errors)).toEqual([]);
    expect(writesOf(standIn).sort()).toEqual([
      'POST /repos/acme/api/git/refs',
      'POST /repos/acme/api/pulls',
      'POST /repos/acme/site/git/refs',
      'POST /repos/acme/site/pulls',
      'PUT /repos/acme/api/contents/.github/CODEOWNERS',
      'PUT /repos/acme/site/contents/.github/CODEOWNERS',
    ]);
    const { state } = standIn;
    for (const [i, repo] of ['api', 'site'].entries()) {
      const pulls = state.pulls(`acme/${repo}`);
      expect(pulls.map((p) => [p.head, p.base, p.state])).toEqual([[SYNC_BRANCH, 'main', 'open']]);
      expect(first[i]?.pullRequest?.number).toBe(pulls[0]?.number);
      expect(state.readFile(`acme/${repo}`, '.github/CODEOWNERS', SYNC_BRANCH)).toBe(
        mergeManagedSection(repo === 'site' ? HAND : undefined, targets[i]!.section),
      );
    }
    // The default branches are untouched until someone merges.
    expect(state.readFile('acme/site', '.github/CODEOWNERS')).toBe(HAND);
    expect(state.readFile('acme/api', '.github/CODEOWNERS')).toBeUndefined();

    const before = standIn.requests.length;
    const second = await syncCodeowners(clientFor(standIn), targets, { mode: 'pull-request' });
    expect(statuses(second)).toEqual({ api: 'pull-request-pending', site: 'pull-request-pending' });
    expect(standIn.requests.slice(before).filter((r) => r.write)).toEqual([]);
    expect(state.pulls('acme/api')).toHaveLength(1);
    expect(exitCode(second, 'apply')).toBe(0);
  });

  it('is in step after the pull request is merged: one read per repository, no writes', async () => {
    const { standIn, targets } = await setup();
    await syncCodeowners(clientFor(standIn), targets, { mode: 'pull-request' });
    for (const repo of ['api', 'site']) {
      const merged = standIn.state.readFile(`acme/${repo}`, '.github/CODEOWNERS', SYNC_BRANCH) as string;
      standIn.state.putFile(`acme/${repo}`, '.github/CODEOWNERS', merged, { message: 'Merge pull request' });
    }
    const before = standIn.requests.length;
    const gh = clientFor(standIn);
    const reports = await syncCodeowners(gh, targets, { mode: 'pull-request' });
    expect(statuses(reports)).toEqual({ api: 'in-step', site: 'in-step' });
    expect(standIn.requests.slice(before).map((r) => r.operationId)).toEqual([
      'repos/get-content',
      'repos/get-content',
    ]);
    expect(exitCode(await syncCodeowners(gh, targets, { mode: 'check' }), 'check')).toBe(0);
    // Within one run, repeated reads are conditional and answered 304.
    expect(standIn.requests.slice(-2).map((r) => r.notModified)).toEqual([true, true]);
  });

  it('keeps every byte outside the markers, wherever the file lives', async () => {
    const before = '# People own these\n/legacy/ @acme/leads   \r\n\n';
    const after = '\n# Exceptions come after the block and win\n/src/vendored/ @acme/backend\n';
    const stale = '# BEGIN rolekit\n* @acme/someone-else\n# END rolekit\n';
    const { standIn, targets } = await setup({ files: { api: { CODEOWNERS: before + stale + after } } });
    await syncCodeowners(clientFor(standIn), targets, { mode: 'pull-request' });
    const written = standIn.state.readFile('acme/api', 'CODEOWNERS', SYNC_BRANCH);
    expect(written).toBe(before + targets[0]!.section + after);
    expect(standIn.state.file('acme/api', '.github/CODEOWNERS', SYNC_BRANCH)).toBeUndefined();
  });

  it('updates its own pull request when the model changes and never opens a second', async () => {
    const { standIn, targets } = await setup();
    await syncCodeowners(clientFor(standIn), targets, { mode: 'pull-request' });
    const changed = fixtureModel({
      'codeowners.yaml': FIXTURE['codeowners.yaml']!.replace(
        '      - pattern: /docs/\n        owners: [writer]\n  - name: site',
        '      - pattern: /docs/\n        owners: [writer]\n      - pattern: /migrations/\n        owners: [backend]\n  - name: site',
      ),
    });
    const next = syncTargets(changed).targets;
    const reports = await syncCodeowners(clientFor(standIn), next, { mode: 'pull-request' });
    expect(statuses(reports)).toEqual({ api: 'pull-request-updated', site: 'pull-request-pending' });
    expect(standIn.state.pulls('acme/api').filter((p) => p.state === 'open')).toHaveLength(1);
    expect(standIn.state.readFile('acme/api', '.github/CODEOWNERS', SYNC_BRANCH)).toContain(
      '/migrations/ @acme/backend\n',
    );
    // A commit on top of the pull request's branch; the branch was not reset under it.
    expect(
      standIn.state
        .history('acme/api', SYNC_BRANCH)
        .map((c) => c.message)
        .slice(0, 3),
    ).toEqual([
      'Sync CODEOWNERS with the role model',
      'Sync CODEOWNERS with the role model',
      'Initial commit',
    ]);
  });

  it('restarts a leftover branch without a pull request from the default branch', async () => {
    const { standIn, targets } = await setup();
    standIn.state.addBranch('acme/api', SYNC_BRANCH);
    standIn.state.putFile('acme/api', 'junk.txt', 'old\n', { branch: SYNC_BRANCH });
    const reports = await syncCodeowners(clientFor(standIn), targets.slice(0, 1), { mode: 'pull-request' });
    expect(statuses(reports)).toEqual({ api: 'pull-request-opened' });
    expect(standIn.state.file('acme/api', 'junk.txt', SYNC_BRANCH)).toBeUndefined();
    expect(standIn.state.history('acme/api', SYNC_BRANCH)).toHaveLength(2);
  });
});

describe('direct commits', () => {
  it('commits to the default branch, retrying a concurrent edit (409) against the new sha', async () => {
    const { standIn, targets } = await setup({ files: { api: { '.github/CODEOWNERS': HAND } } });
    const fault = standIn.faults.add({
      method: 'PUT',
      path: '/repos/acme/api/contents/.github%2FCODEOWNERS',
      delayMs: 300,
    });
    const running = syncCodeowners(clientFor(standIn), targets.slice(0, 1), { mode: 'direct' });
    await vi.waitFor(() => expect(fault.hits).toBe(1));
    // Someone edits the file on the default branch while rolekit's first write is on its way.
    const edited = `${HAND}/hotfix/ @acme/leads\n`;
    standIn.state.putFile('acme/api', '.github/CODEOWNERS', edited, { message: 'hand edit' });
    const [report] = await running;

    expect(report?.status).toBe('updated');
    expect(report?.warnings).toContain(
      '.github/CODEOWNERS changed on main while rolekit wrote it; merged into the new version',
    );
    const puts = standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.status)).toEqual([409, 200]);
    const shas = puts.map((r) => (r.body as { sha?: string }).sha);
    expect(shas[1]).not.toBe(shas[0]);
    expect(standIn.state.readFile('acme/api', '.github/CODEOWNERS')).toBe(
      mergeManagedSection(edited, targets[0]!.section),
    );
    expect(standIn.state.pulls('acme/api')).toEqual([]);
  });

  it('refuses a protected default branch and writes nothing', async () => {
    const { standIn, targets } = await setup();
    standIn.state.protectBranch('acme/api', 'main', { requiredApprovingReviewCount: 1 });
    const reports = await syncCodeowners(clientFor(standIn), targets, { mode: 'direct' });
    expect(statuses(reports)).toEqual({ api: 'failed', site: 'updated' });
    expect(reports[0]?.errors).toEqual([
      'main requires pull request reviews; run without --direct to open a pull request',
    ]);
    expect(writesOf(standIn)).toEqual(['PUT /repos/acme/site/contents/.github/CODEOWNERS']);
    expect(exitCode(reports, 'apply')).toBe(1);
  });
});

describe('owners', () => {
  it('fails a repository whose team does not exist, before writing anything', async () => {
    const { standIn, targets } = await setup({ missingTeams: ['security'] });
    const reports = await syncCodeowners(clientFor(standIn), targets, { mode: 'pull-request' });
    expect(statuses(reports)).toEqual({ api: 'failed', site: 'pull-request-opened' });
    expect(reports[0]?.errors).toEqual(["@acme/security does not exist (no team 'security' in acme)"]);
    expect(writesOf(standIn).filter((w) => w.includes('/acme/api/'))).toEqual([]);
  });

  it('reports a team or person without write access', async () => {
    const { standIn, targets } = await setup();
    standIn.state.grantTeam('acme', 'leads', 'acme/api', 'pull');
    standIn.state.addCollaborator('acme/api', 'ann-gh', 'triage');
    const reports = await syncCodeowners(clientFor(standIn), targets.slice(0, 1), { mode: 'dry-run' });
    expect(reports[0]?.errors).toEqual([
      '@acme/leads has no write access to the repository (the team can only read it); GitHub ignores such owners',
      '@ann-gh has no write access to the repository (ann-gh can read); GitHub ignores such owners',
    ]);
    expect(exitCode(reports, 'dry-run')).toBe(1);
  });

  it('with --allow-missing-owners writes anyway and reports what GitHub rejects as warnings', async () => {
    const { standIn, targets } = await setup({ missingTeams: ['security'] });
    const reports = await syncCodeowners(clientFor(standIn), targets.slice(0, 1), {
      mode: 'pull-request',
      allowMissingOwners: true,
    });
    expect(reports[0]?.status).toBe('pull-request-opened');
    expect(reports[0]?.errors).toEqual([]);
    expect(reports[0]?.warnings).toEqual([
      "@acme/security does not exist (no team 'security' in acme)",
      'GitHub: .github/CODEOWNERS line 8: Unknown owner (make sure @acme/security exists and has write access to the repository): /src/auth/ @acme/backend @acme/security',
    ]);
    expect(exitCode(reports, 'apply')).toBe(0);
  });
});

describe('failures stay with their repository', () => {
  const five = fixtureModel({
    'codeowners.yaml': `${FIXTURE['codeowners.yaml']}  - { name: gone, rules: [{ pattern: "*", owners: [lead] }] }
  - { name: flaky, rules: [{ pattern: "*", owners: [lead] }] }
  - { name: limited, rules: [{ pattern: "*", owners: [lead] }] }
`,
  });

  it('404, a long rate limit and a persistent 500 fail three repositories; the others are synced', async () => {
    const { standIn, targets } = await setup({ missing: ['gone'] }, five);
    standIn.faults.add({ path: /^\/repos\/acme\/flaky(\/|$)/, status: 500, times: Infinity });
    standIn.faults.rateLimit(
      { path: /^\/repos\/acme\/limited(\/|$)/, times: Infinity },
      { resetInSeconds: 3600 },
    );
    const reports = await syncCodeowners(clientFor(standIn), targets, {
      mode: 'pull-request',
      concurrency: 2,
    });
    expect(statuses(reports)).toEqual({
      api: 'pull-request-opened',
      site: 'pull-request-opened',
      gone: 'failed',
      flaky: 'failed',
      limited: 'failed',
    });
    expect(reports.slice(2).map((r) => r.errors)).toEqual([
      ['acme/gone was not found, or the token cannot see it'],
      ['GET /repos/acme/flaky/contents/.github/CODEOWNERS: 500 Server Error'],
      ['GET /repos/acme/limited/contents/.github/CODEOWNERS: 403 API rate limit exceeded for user ID 1.'],
    ]);
    expect(writesOf(standIn).filter((w) => /acme\/(gone|flaky|limited)/.test(w))).toEqual([]);
    expect(exitCode(reports, 'apply')).toBe(1);
  });
});
