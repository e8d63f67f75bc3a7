import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ACCESS_FIXTURE, seedGitHub, seedJira } from '@rolekit/access/testing';
import { type GitHubStandIn, type JiraStandIn, startGitHubStandIn, startJiraStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

let dir: string;
let gh: GitHubStandIn;
let jira: JiraStandIn;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolekit-access-cli-'));
  for (const [path, text] of Object.entries(ACCESS_FIXTURE)) {
    await mkdir(dirname(join(dir, 'model', path)), { recursive: true });
    await writeFile(join(dir, 'model', path), text);
  }
  gh = await startGitHubStandIn({ validateResponses: true });
  seedGitHub(gh);
  jira = await startJiraStandIn();
  seedJira(jira);
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  expect(jira.violations).toEqual([]);
  await gh.close();
  await jira.close();
  await rm(dir, { recursive: true, force: true });
});

async function rolekit(args: string[]) {
  const mem = memoryIo({
    cwd: dir,
    env: {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      ROLEKIT_GITHUB_WRITE_INTERVAL_MS: '0',
      ROLEKIT_GITHUB_RETRY_BASE_MS: '1',
      JIRA_BASE_URL: jira.url,
      JIRA_EMAIL: jira.credentials.email,
      JIRA_API_TOKEN: jira.credentials.apiToken,
    },
  });
  const code = await main(args, mem.io);
  expect(`${mem.stdout}${mem.stderr}`).not.toContain(gh.token);
  expect(`${mem.stdout}${mem.stderr}`).not.toContain(jira.credentials.apiToken);
  return { code, stdout: mem.stdout, stderr: mem.stderr };
}

describe('rolekit github teams', () => {
  it('prints the plan and changes nothing without --apply, then applies, then is in step', async () => {
    const dry = await rolekit(['github', 'teams']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toBe(
      [
        'team fixture/developers (developer):',
        '  + bob-gh (maintainer)',
        '  + dave-gh',
        '  = mallory-gh kept: not in the model (--prune removes)',
        'team fixture/leads (lead): not changed: the team does not exist (--create-teams creates it)',
        'team fixture/ops (ops): in step',
        'no GitHub login: erin (developer)',
        '3 teams, 2 changes to make',
        '',
      ].join('\n'),
    );
    expect(gh.requests.filter((r) => r.write)).toEqual([]);
    const applied = await rolekit([
      'github',
      'teams',
      '--apply',
      '--create-teams',
      '--prune',
      '--max-removals',
      '1',
    ]);
    expect(applied.stdout).toContain(
      'team fixture/developers: changed as the model says\n  added bob-gh as maintainer\n  added dave-gh as member\n  removed mallory-gh\n',
    );
    expect(applied.stdout).toContain('3 teams: 1 in step, 2 changed as the model says');
    expect(applied.code).toBe(0);
    const again = await rolekit(['github', 'teams']);
    expect([again.code, again.stdout.trim().split('\n').pop()]).toEqual([0, '3 teams, 0 changes to make']);
  });

  it('rejects a removal cap it cannot read', async () => {
    const bad = await rolekit(['github', 'teams', '--max-removals', 'lots']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining(
        "--max-removals takes a count (3), a fraction (0.1) or a percentage (10%), not 'lots'",
      ),
    ]);
  });
});

describe('rolekit jira actors', () => {
  it('prints the plan, applies it with a backup, and a second apply is in step', async () => {
    const dry = await rolekit(['jira', 'actors']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain(
      'APP project role Developers (developer):\n  + user acc-dave\n  = group contractors kept: not in the model (--prune removes)\n  = user acc-mallory kept',
    );
    const applied = await rolekit(['jira', 'actors', '--apply', '--backup-dir', 'backups']);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toMatch(/^backups in backups\/\d{4}-/m);
    expect(jira.state.actorSummary('OPS', 'Operators')).toEqual(['user:acc-alice']);
    const again = await rolekit(['jira', 'actors', '--apply']);
    expect(again.stdout).toContain('4 project roles: 4 in step');
  });
});

describe('rolekit audit', () => {
  it('prints the findings, writes the review in three formats, exits 1 on drift, and never writes to a service', async () => {
    gh.state.addRepo('fixture/app');
    gh.state.addCollaborator('fixture/app', 'eve-gh', 'admin');
    const run = await rolekit([
      'audit',
      '--out',
      'review',
      '--date',
      '2026-12-07',
      '--etag-cache',
      'etags.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^# Access review: Fixture Co\n\n- Date: 2026-12-07\n/);
    expect(run.stdout).toContain(
      '| high | access the model does not give | eve-gh | admin on app | outside collaborator |',
    );
    expect(run.stderr).toMatch(
      /read-only, nothing was changed; GitHub \d+ requests \(0 not modified\); Jira \d+ requests/,
    );
    const json = JSON.parse(await readFile(join(dir, 'review', 'access-review.json'), 'utf8'));
    expect(json.drift).toBe(true);
    expect((await readFile(join(dir, 'review', 'access-review.pdf'))).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
    expect(await readFile(join(dir, 'review', 'access-review.md'), 'utf8')).toBe(run.stdout);
    // A second run re-reads everything conditionally: no more requests, all answered 304.
    const first = Number(/GitHub (\d+) requests/.exec(run.stderr)?.[1]);
    const again = await rolekit(['audit', '--date', '2026-12-07', '--etag-cache', 'etags.json', '--no-jira']);
    const [, requests, notModified] = /GitHub (\d+) requests \((\d+) not modified\)/.exec(again.stderr) ?? [];
    expect(Number(requests)).toBeLessThanOrEqual(first);
    expect(Number(notModified)).toBe(Number(requests));
    expect(gh.requests.filter((r) => r.write)).toEqual([]);
    expect(jira.requests.filter((r) => r.write)).toEqual([]);
  });

  it('says there is nothing to audit without credentials', async () => {
    const mem = memoryIo({ cwd: dir, env: {} });
    expect(await main(['audit'], mem.io)).toBe(2);
    expect(mem.stderr).toContain('error: nothing to audit: set GITHUB_TOKEN');
  });
});

describe('when a service cannot be reached', () => {
  it('exits 3 and names what to check, for teams, actors and the audit', async () => {
    const env = {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: 'http://127.0.0.1:9',
      ROLEKIT_GITHUB_RETRY_BASE_MS: '1',
      JIRA_BASE_URL: 'http://127.0.0.1:9',
      JIRA_EMAIL: jira.credentials.email,
      JIRA_API_TOKEN: jira.credentials.apiToken,
      ROLEKIT_JIRA_RETRY_BASE_MS: '1',
    };
    for (const args of [
      ['github', 'teams'],
      ['jira', 'actors'],
      ['audit', '--no-jira'],
      ['audit', '--no-github'],
    ]) {
      const mem = memoryIo({ cwd: dir, env });
      const code = await main(args, mem.io);
      expect([args.join(' '), code]).toEqual([args.join(' '), 3]);
      expect(mem.stderr).toMatch(/hint: check (GITHUB_API_URL|JIRA_BASE_URL) and the network/);
      expect(mem.stderr).not.toContain(jira.credentials.apiToken);
    }
  }, 60_000);
});
