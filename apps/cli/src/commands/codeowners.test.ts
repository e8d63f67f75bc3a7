import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNC_BRANCH } from '@rolekit/codeowners';
import { seed } from '@rolekit/codeowners/testing';
import { exampleModel, exampleModelDir, type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

let standIn: GitHubStandIn;
/** Everything every run printed, to check for the token at the end of each test. */
let printed: string[];

async function start(options: Parameters<typeof seed>[2] = {}) {
  standIn = await startGitHubStandIn({ validateResponses: true });
  seed(standIn, await exampleModel(), options);
}

beforeEach(() => {
  printed = [];
});

afterEach(async () => {
  if (!standIn) return;
  expect(standIn.violations).toEqual([]);
  expect(printed.join('\n')).not.toContain(standIn.token);
  await standIn.close();
  standIn = undefined as unknown as GitHubStandIn;
});

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_TOKEN: standIn.token,
    GITHUB_API_URL: standIn.url,
    ROLEKIT_GITHUB_WRITE_INTERVAL_MS: '0',
    ROLEKIT_GITHUB_RETRY_BASE_MS: '1',
    // Debug logging prints every request: the token must still not appear.
    ROLEKIT_DEBUG: '1',
    ...extra,
  };
}

async function rolekit(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; isTTY?: boolean; cwd?: string } = {},
) {
  const mem = memoryIo({
    env: options.env ?? env(),
    isTTY: options.isTTY ?? false,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  const code = await main(args, mem.io);
  printed.push(mem.stdout, mem.stderr);
  return { code, stdout: mem.stdout, stderr: mem.stderr };
}

const model = ['--model', exampleModelDir];
const writes = () => standIn.requests.filter((r) => r.write);
const REPOS = ['platform-api', 'web-app', 'mobile-app', 'infrastructure', 'playbook'];

describe('rolekit codeowners sync', () => {
  it('dry run prints a diff per repository and a summary, and writes nothing', async () => {
    await start();
    const { code, stdout } = await rolekit(['codeowners', 'sync', ...model]);
    expect(code).toBe(0);
    expect(writes()).toEqual([]);
    expect(stdout).toContain('+++ b/example-org/platform-api/.github/CODEOWNERS\n');
    expect(stdout).toContain('+* @example-org/tech-leads\n');
    expect(stdout).toMatch(/^repository +result +details$/m);
    expect(stdout).toMatch(/^platform-api +would change +\.github\/CODEOWNERS$/m);
    expect(stdout).toContain('5 repositories: 5 would change;');
    expect(stdout).toContain('dry run: nothing was written');
    // The plan of changes, as --apply would carry it out.
    expect(stdout).toContain(
      [
        'platform-api: create branch rolekit/codeowners from main',
        'platform-api: create .github/CODEOWNERS on rolekit/codeowners',
        'platform-api: open a pull request from rolekit/codeowners into main: Sync CODEOWNERS with the role model',
      ].join('\n'),
    );
  });

  it('--apply opens one pull request per repository; the next run writes nothing; check fails until merged', async () => {
    await start();
    const first = await rolekit(['codeowners', 'sync', '--apply', ...model]);
    expect(first.code).toBe(0);
    for (const repo of REPOS) expect(standIn.state.pulls(`example-org/${repo}`)).toHaveLength(1);
    expect(first.stdout).toMatch(
      /^platform-api +pull request opened +https:\/\/github\.com\/example-org\/platform-api\/pull\/1$/m,
    );
    expect(first.stdout).toContain('5 repositories: 5 pull requests opened;');

    const before = writes().length;
    const second = await rolekit(['codeowners', 'sync', '--apply', ...model]);
    expect(second.code).toBe(0);
    expect(writes()).toHaveLength(before);
    expect(second.stdout).toContain('5 repositories: 5 pull requests open already;');

    const check = await rolekit(['codeowners', 'check', ...model]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('CODEOWNERS differ from the model');

    for (const repo of REPOS) {
      const text = standIn.state.readFile(`example-org/${repo}`, '.github/CODEOWNERS', SYNC_BRANCH) as string;
      standIn.state.putFile(`example-org/${repo}`, '.github/CODEOWNERS', text);
    }
    const merged = await rolekit(['codeowners', 'check', ...model]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('5 repositories: 5 in step; 5 requests (0 write, 0 not modified)');
    expect(writes()).toHaveLength(before);
  });

  it('one failing repository (404, 500, rate limit) does not stop the others; exit 1', async () => {
    await start({ missing: ['mobile-app'] });
    standIn.faults.add({ path: /^\/repos\/example-org\/web-app(\/|$)/, status: 500, times: Infinity });
    standIn.faults.rateLimit(
      { path: /^\/repos\/example-org\/playbook(\/|$)/, times: Infinity },
      { resetInSeconds: 3600 },
    );
    const { code, stdout, stderr } = await rolekit([
      'codeowners',
      'sync',
      '--apply',
      '--concurrency',
      '2',
      ...model,
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^mobile-app +failed +example-org\/mobile-app was not found, or the token cannot see it$/m,
    );
    expect(stdout).toMatch(
      /^web-app +failed +GET \/repos\/example-org\/web-app\/contents\/\.github\/CODEOWNERS: 500 Server Error$/m,
    );
    expect(stdout).toMatch(/^playbook .*failed .*403 API rate limit exceeded/m);
    expect(stdout).toContain('5 repositories: 2 pull requests opened, 3 failed;');
    expect(stderr).toMatch(
      /warning: GitHub primary rate limit on GET .*; it lifts in \d+ s, later than rolekit waits/,
    );
    expect(standIn.state.pulls('example-org/platform-api')).toHaveLength(1);
    expect(standIn.state.pulls('example-org/infrastructure')).toHaveLength(1);
  });

  it('--direct is refused on a protected default branch', async () => {
    await start();
    standIn.state.protectBranch('example-org/platform-api', 'main', { requireCodeOwnerReviews: true });
    const { code, stderr } = await rolekit([
      'codeowners',
      'sync',
      '--apply',
      '--direct',
      '--repo',
      'platform-api',
      ...model,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('platform-api: error main requires pull request reviews; run without --direct');
    expect(writes()).toEqual([]);
  });

  it('reports an unknown team, and writes with --allow-missing-owners', async () => {
    await start({ missingTeams: ['devrel'] });
    const refused = await rolekit(['codeowners', 'sync', '--apply', '--repo', 'platform-api', ...model]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "platform-api: error @example-org/devrel does not exist (no team 'devrel' in example-org)",
    );
    expect(writes()).toEqual([]);
    const allowed = await rolekit([
      'codeowners',
      'sync',
      '--apply',
      '--allow-missing-owners',
      '--repo',
      'platform-api',
      ...model,
    ]);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('platform-api: warning @example-org/devrel does not exist');
    expect(standIn.state.pulls('example-org/platform-api')).toHaveLength(1);
  });

  it('shows progress on a terminal and keeps the summary on stdout', async () => {
    await start();
    const { code, stdout, stderr } = await rolekit(['codeowners', 'check', ...model], { isTTY: true });
    expect(code).toBe(1);
    // Which frames are drawn depends on the bar's frame rate and the machine's speed; that one is.
    expect(stderr).toMatch(/CODEOWNERS [█░]{40} [0-5]\/5 /);
    expect(stdout).toContain('5 repositories: 5 differ;');
  });

  it('keeps ETags on disk with --etag-cache, so a repeated check costs no rate limit', async () => {
    await start();
    const dir = await mkdtemp(join(tmpdir(), 'rolekit-cli-etags-'));
    try {
      for (const repo of REPOS) standIn.state.putFile(`example-org/${repo}`, '.github/CODEOWNERS', '* @x\n');
      await rolekit(['codeowners', 'check', '--etag-cache', ...model], { cwd: dir });
      const again = await rolekit(['codeowners', 'check', '--etag-cache', ...model], { cwd: dir });
      expect(again.stdout).toContain('5 requests (0 write, 5 not modified)');
      expect(await readFile(join(dir, '.rolekit', 'github-etags.json'), 'utf8')).not.toContain(standIn.token);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says what to do without a token, and rejects an unknown repository', async () => {
    await start();
    const missing = await rolekit(['codeowners', 'check', ...model], { env: {} });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: GITHUB_TOKEN is not set: /m);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const unknown = await rolekit(['codeowners', 'check', '--repo', 'web-ap', ...model]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: no repository 'web-ap' in the model; did you mean 'web-app'?");
  });
});

describe('rolekit codeowners explain', () => {
  it('explains a path', async () => {
    const { code, stdout } = await rolekit(
      ['codeowners', 'explain', 'platform-api', 'docs/api/openapi.yaml', ...model],
      {
        env: {},
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^docs\/api\/openapi\.yaml in platform-api: rule '\/docs\/api\/' \(codeowners\.yaml:\d+\) decides$/m,
    );
    expect(stdout).toContain("    '/docs/' (codeowners.yaml:");
  });

  it('reads GitLab sections with --flavour gitlab, and suggests a repository for a typo', async () => {
    const gitlab = await rolekit(
      ['codeowners', 'explain', 'web-app', 'CHANGELOG.md', '--flavour', 'gitlab', ...model],
      {
        env: {},
      },
    );
    expect(gitlab.stdout).toContain('in section [Release] (2 approvals)');
    const typo = await rolekit(['codeowners', 'explain', 'webapp', 'x', ...model], { env: {} });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean 'web-app'?");
  });
});
