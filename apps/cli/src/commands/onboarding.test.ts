import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

describe('rolekit onboarding --person', () => {
  it("writes a person's checklist as Markdown and PDF, from --start when the model has no start date", async () => {
    const out = mkdtempSync(join(tmpdir(), 'rolekit-onboarding-'));
    const run = memoryIo({ cwd: repo });
    expect(
      await main(['onboarding', '--person', 'li-wei', '--start', '2026-12-04', '--out', out], run.io),
    ).toBe(0);
    expect(run.stderr).toBe('');
    const md = readFileSync(join(out, 'onboarding/people/li-wei.md'), 'utf8');
    expect(md).toContain('## Week 1 · due Thu 10 Dec 2026');
    expect(existsSync(join(out, 'onboarding/people/li-wei.pdf'))).toBe(true);
    expect(run.stdout).toMatch(/\(2 written, 0 unchanged\)\n$/);
  });

  it('exits 2 for a bad date, an unknown person, or no start date at all', async () => {
    for (const [args, message] of [
      [['--person', 'li-wei', '--start', '2026-02-30'], "--start '2026-02-30' is not a date"],
      [['--person', 'li-wei', '--start', '1 Dec'], "--start '1 Dec' is not a date"],
      [['--person', 'elena-garca'], "unknown person 'elena-garca'; did you mean 'elena-garcia'?"],
      [['--person', 'li-wei'], 'li-wei has no startDate in people.yaml; pass --start YYYY-MM-DD'],
      [['--person', 'li-wei', '--apply'], "--apply goes with 'publish'"],
    ] as const) {
      const run = memoryIo({ cwd: repo });
      expect(await main(['onboarding', ...args], run.io), args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });
});

describe('rolekit onboarding publish', () => {
  let standIn: GitHubStandIn;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    standIn = await startGitHubStandIn({ validateResponses: true });
    standIn.state.addOrg('example-org');
    standIn.state.addRepo('example-org/onboarding');
    for (const login of ['elena-example', 'ravi-example']) standIn.state.addUser(login);
    env = {
      GITHUB_TOKEN: standIn.token,
      GITHUB_API_URL: standIn.url,
      ROLEKIT_GITHUB_WRITE_INTERVAL_MS: '0',
      ROLEKIT_GITHUB_RETRY_BASE_MS: '5',
    };
  });
  afterEach(async () => {
    expect(standIn.violations).toEqual([]);
    await standIn.close();
  });

  const publish = async (...extra: string[]) => {
    const run = memoryIo({ cwd: repo, env });
    const code = await main(['onboarding', 'publish', '--person', 'elena-garcia', ...extra], run.io);
    expect(run.stdout + run.stderr).not.toContain(standIn.token);
    return { code, ...run };
  };

  it('prints the issue in a dry run and writes nothing', async () => {
    const dry = await publish();
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'example-org/onboarding: onboarding issue for Elena Garcia (elena-garcia)\n',
    );
    expect(dry.stdout).toContain('title: Onboarding: Elena Garcia, QA Engineer, from Tue 1 Dec 2026\n');
    expect(dry.stdout).toContain(
      '<!-- rolekit:onboarding person=elena-garcia -->\n# Onboarding checklist: Elena Garcia',
    );
    expect(dry.stdout).toContain(
      'dry run: nothing was written; run with --apply to create it (1 request, 0 writes)',
    );
    expect(standIn.requests.filter((r) => r.write)).toEqual([]);
  });

  it('creates the issue once, then finds it up to date', async () => {
    const first = await publish('--apply');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created #1 \S+ \(2 requests, 1 write\)\n$/);
    const second = await publish('--apply');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('#1 is up to date (0 ticked tasks)');
    expect(second.stdout).toMatch(/nothing to write \(1 request, 0 writes\)\n$/);
    expect(standIn.state.issues('example-org/onboarding')).toHaveLength(1);
  });

  it('shows the changed lines when the start date moves', async () => {
    await publish('--apply');
    const moved = await publish('--start', '2026-12-04');
    expect(moved.stdout).toContain('update #1: the title and 14 lines of the body; 0 ticks kept');
    expect(moved.stdout).toContain('+ ## Week 1 · due Thu 10 Dec 2026');
  });

  it('never prints the token, not even when GitHub refuses it or when debugging', async () => {
    env = { ...env, GITHUB_TOKEN: 'ghp_thisisnottherighttoken', ROLEKIT_DEBUG: '1' };
    const run = memoryIo({ cwd: repo, env });
    expect(await main(['onboarding', 'publish', '--person', 'elena-garcia', '--apply'], run.io)).toBe(1);
    expect(run.stderr).toContain('error: example-org/onboarding: GET /repos/example-org/onboarding/issues');
    expect(run.stderr).toContain('401 Bad credentials');
    expect(run.stdout + run.stderr).not.toContain('ghp_thisisnottherighttoken');
  });

  it('asks for a token only when it must write', async () => {
    env = {};
    const dry = await publish();
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('GITHUB_TOKEN is not set, so GitHub was not asked whether the issue exists');
    const apply = await publish('--apply');
    expect(apply.code).toBe(2);
    expect(apply.stderr).toContain('GITHUB_TOKEN is not set');
  });
});
