// The network edge through the CLI: a service that never answers, refuses the connection or has no
// such host is exit 3 with a message naming the request, the same for GitHub and Jira, and never
// "500" or exit 1 (which CI reads as drift). Writes that may have gone through are found, not repeated.
import { type AddressInfo, createServer } from 'node:net';
import { seed } from '@rolekit/codeowners/testing';
import {
  exampleModel,
  exampleModelDir,
  type GitHubStandIn,
  type JiraStandIn,
  startGitHubStandIn,
  startJiraStandIn,
} from '@rolekit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

let github: GitHubStandIn | undefined;
let jira: JiraStandIn | undefined;

afterEach(async () => {
  if (github) expect(github.violations).toEqual([]);
  if (jira) expect(jira.violations).toEqual([]);
  await github?.close();
  await jira?.close();
  github = undefined;
  jira = undefined;
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function rolekit(args: string[], env: NodeJS.ProcessEnv) {
  const mem = memoryIo({ env });
  const started = Date.now();
  const code = await main(args, mem.io);
  return { code, stdout: mem.stdout, stderr: mem.stderr, ms: Date.now() - started };
}

const model = ['--model', exampleModelDir];
const token = 'ghp_networkedgetesttoken0123456789';
const githubEnv = (url: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GITHUB_TOKEN: github?.token ?? token,
  GITHUB_API_URL: url,
  ROLEKIT_GITHUB_WRITE_INTERVAL_MS: '0',
  ROLEKIT_GITHUB_RETRY_BASE_MS: '1',
  ...extra,
});

describe('GitHub that does not answer', () => {
  it('codeowners sync gives up after the timeout of one request, names it, and exits 3', async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    seed(github, await exampleModel());
    github.faults.add({ hang: true, times: Number.POSITIVE_INFINITY });
    const run = await rolekit(
      ['codeowners', 'sync', '--apply', ...model],
      githubEnv(github.url, { ROLEKIT_GITHUB_TIMEOUT_MS: '400' }),
    );
    expect(run.code).toBe(3);
    const host = new URL(github.url).host;
    expect(run.stderr).toMatch(
      new RegExp(
        `error GitHub at ${host.replace(/\./g, '\\.')} did not answer GET /repos/example-org/[a-z-]+/contents/\\.github/CODEOWNERS within 400 ms`,
      ),
    );
    expect(run.stderr).toContain('not tried: GitHub could not be reached');
    expect(run.stderr).toContain(
      'GitHub could not be reached, so repositories after the failure were not tried',
    );
    expect(run.stdout + run.stderr).not.toMatch(/\b500\b/);
    // Four repositories at a time, one request each, then nothing more: well under the 5 x 4 x 30 s of old.
    expect(github.requests.length).toBeLessThanOrEqual(4);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stdout + run.stderr).not.toContain(github.token);
  });

  it('codeowners check against a refused connection is exit 3, not drift', async () => {
    const port = await closedPort();
    const run = await rolekit(['codeowners', 'check', ...model], githubEnv(`http://127.0.0.1:${port}`));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      `could not connect to GitHub at 127.0.0.1:${port} for GET /repos/example-org/`,
    );
    expect(run.stderr).toContain(': connection refused');
    expect(run.stdout + run.stderr).not.toMatch(/\b500\b/);
    expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('onboarding publish against a host that does not resolve is exit 3', async () => {
    const run = await rolekit(
      ['onboarding', 'publish', '--person', 'elena-garcia', '--apply', ...model],
      githubEnv('https://rolekit-no-such-host.invalid', { ROLEKIT_GITHUB_RETRY_BASE_MS: '0' }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      "error: example-org/onboarding: could not find GitHub's host rolekit-no-such-host.invalid for GET /repos/example-org/onboarding/issues",
    );
    expect(run.stderr).toContain('hint: check GITHUB_API_URL and the network');
  });
});

describe('Jira that does not answer', () => {
  const credentials = { email: 'ci@example.com', apiToken: 'ATATT-network-edge-token' };
  const jiraEnv = (url: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    JIRA_BASE_URL: url,
    JIRA_EMAIL: credentials.email,
    JIRA_API_TOKEN: credentials.apiToken,
    ROLEKIT_JIRA_RETRY_BASE_MS: '1',
    ...extra,
  });

  it('jira diff gives up after the timeout of one request, names it, and exits 3', async () => {
    jira = await startJiraStandIn({ credentials });
    jira.faults.add({ hang: true, times: Number.POSITIVE_INFINITY });
    const run = await rolekit(
      ['jira', 'diff', ...model],
      jiraEnv(jira.url, { ROLEKIT_JIRA_TIMEOUT_MS: '400' }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      new RegExp(
        `Jira at ${new URL(jira.url).host.replace(/\./g, '\\.')} did not answer GET /rest/api/3/\\S+ within 400 ms`,
      ),
    );
    expect(run.stderr).toContain('nothing was compared');
    // Timeouts are not resent: one request (or the few jira diff sends side by side).
    expect(jira.requests.length).toBeLessThanOrEqual(3);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.stdout + run.stderr).not.toContain(credentials.apiToken);
  });

  it('jira diff against a refused connection is exit 3 with the same kind of message as GitHub', async () => {
    const port = await closedPort();
    const run = await rolekit(['jira', 'diff', ...model], jiraEnv(`http://127.0.0.1:${port}`));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      new RegExp(
        `could not connect to Jira at 127\\.0\\.0\\.1:${port} for GET /rest/api/3/\\S+: connection refused`,
      ),
    );
    expect(run.stderr).toContain('hint: check JIRA_BASE_URL and the network');
  });

  it('refuses a malformed timeout', async () => {
    const run = await rolekit(
      ['jira', 'diff', ...model],
      jiraEnv('http://127.0.0.1:1', { ROLEKIT_JIRA_TIMEOUT_MS: 'soon' }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ROLEKIT_JIRA_TIMEOUT_MS must be a number of milliseconds, not 'soon'");
  });
});

describe('a write that may have gone through', () => {
  it('onboarding publish: a 502 after GitHub created the issue leaves one issue, found by its marker', async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    github.state.addOrg('example-org');
    github.state.addRepo('example-org/onboarding');
    for (const login of ['elena-example', 'ravi-example']) github.state.addUser(login);
    github.faults.add({
      method: 'POST',
      path: '/repos/example-org/onboarding/issues',
      status: 502,
      afterHandling: true,
    });
    const run = await rolekit(
      ['onboarding', 'publish', '--person', 'elena-garcia', '--apply', ...model],
      githubEnv(github.url),
    );
    expect(run.code).toBe(0);
    const issues = github.state.issues('example-org/onboarding');
    expect(issues.map((i) => i.number)).toEqual([1]);
    expect(run.stdout).toMatch(/created #1 \S+/);
    expect(run.stderr).toContain(
      'POST /repos/example-org/onboarding/issues: 502 Bad Gateway; it had gone through, so it was not sent again',
    );
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

    // And the next run finds it up to date.
    const again = await rolekit(
      ['onboarding', 'publish', '--person', 'elena-garcia', '--apply', ...model],
      githubEnv(github.url),
    );
    expect(again.stdout).toContain('#1 is up to date');
    expect(github.state.issues('example-org/onboarding')).toHaveLength(1);
  });

  it('onboarding publish: a 502 before anything was created sends the issue again, once', async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    github.state.addOrg('example-org');
    github.state.addRepo('example-org/onboarding');
    for (const login of ['elena-example', 'ravi-example']) github.state.addUser(login);
    github.faults.add({ method: 'POST', path: '/repos/example-org/onboarding/issues', status: 502 });
    const run = await rolekit(
      ['onboarding', 'publish', '--person', 'elena-garcia', '--apply', ...model],
      githubEnv(github.url),
    );
    expect(run.code).toBe(0);
    expect(github.state.issues('example-org/onboarding')).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502, 201]);
  });

  it('codeowners sync: 502s after GitHub made the branch and opened the pull request leave one of each', async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    seed(github, await exampleModel());
    github.faults.add({ method: 'POST', path: /\/git\/refs$/, status: 502, afterHandling: true, times: 5 });
    github.faults.add({ method: 'POST', path: /\/pulls$/, status: 502, afterHandling: true, times: 5 });
    const run = await rolekit(['codeowners', 'sync', '--apply', ...model], githubEnv(github.url));
    expect(run.stderr).not.toContain('already exists');
    expect(run.code).toBe(0);
    for (const repo of ['platform-api', 'web-app', 'mobile-app', 'infrastructure', 'playbook']) {
      expect(github.state.pulls(`example-org/${repo}`), repo).toHaveLength(1);
    }
    expect(github.requests.filter((r) => r.method === 'POST' && /\/pulls$/.test(r.path))).toHaveLength(5);
    expect(github.requests.filter((r) => r.method === 'POST' && /\/git\/refs$/.test(r.path))).toHaveLength(5);
    expect(run.stdout).toContain('5 repositories: 5 pull requests opened');
  });

  it('onboarding publish: a create that timed out after GitHub did it is found, not sent again', async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    github.state.addOrg('example-org');
    github.state.addRepo('example-org/onboarding');
    for (const login of ['elena-example', 'ravi-example']) github.state.addUser(login);
    github.faults.add({
      method: 'POST',
      path: '/repos/example-org/onboarding/issues',
      hang: true,
      afterHandling: true,
    });
    const run = await rolekit(
      ['onboarding', 'publish', '--person', 'elena-garcia', '--apply', ...model],
      githubEnv(github.url, { ROLEKIT_GITHUB_TIMEOUT_MS: '400' }),
    );
    expect(run.code).toBe(0);
    expect(github.state.issues('example-org/onboarding')).toHaveLength(1);
    expect(run.stderr).toContain('did not answer POST /repos/example-org/onboarding/issues within 400 ms');
    expect(run.stderr).toContain('it had gone through, so it was not sent again');
  });

  it('jira apply: a scheme created before the answer timed out is found, not created twice', async () => {
    const credentials = { email: 'ci@example.com', apiToken: 'ATATT-network-edge-token' };
    jira = await startJiraStandIn({ credentials });
    const example = await exampleModel();
    for (const role of example.roles) {
      const { projectRole, group } = role.jira ?? {};
      if (projectRole && !jira.state.role(projectRole)) jira.state.addProjectRole(projectRole);
      if (group && !jira.state.group(group)) jira.state.addGroup(group);
    }
    for (const p of example.jira?.projects ?? []) jira.state.addProject(p.key, p.name);
    jira.faults.add({ method: 'POST', path: '/permissionscheme', hang: true, afterHandling: true });
    const run = await rolekit(['jira', 'apply', ...model], {
      JIRA_BASE_URL: jira.url,
      JIRA_EMAIL: credentials.email,
      JIRA_API_TOKEN: credentials.apiToken,
      ROLEKIT_JIRA_TIMEOUT_MS: '400',
      ROLEKIT_JIRA_RETRY_BASE_MS: '1',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const names = jira.state.schemes.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Example Corp')).sort()).toEqual(
      [...new Set(names.filter((n) => n.startsWith('Example Corp')))].sort(),
    );
    expect(
      jira.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/permissionscheme')),
    ).toHaveLength(names.filter((n) => n.startsWith('Example Corp')).length);
  });
});

describe('a password inside a service URL', () => {
  const password = 'hunter2-in-the-url';
  it('is never printed, well-formed or not, for GitHub or Jira', async () => {
    for (const url of [
      `https://admin:${password}@git example.com/api/v3`,
      `https://admin:${password}@git.example.com/api/v3`,
      `https://git.example.com/api/v3?access_token=${password}`,
    ]) {
      const run = await rolekit(['codeowners', 'check', ...model], {
        GITHUB_TOKEN: token,
        GITHUB_API_URL: url,
      });
      expect(run.code, url).toBe(2);
      expect(run.stderr, url).toMatch(/^error: GITHUB_API_URL /m);
      expect(run.stdout + run.stderr, url).not.toContain(password);
      const jiraRun = await rolekit(['jira', 'diff', ...model], {
        JIRA_BASE_URL: url.replace('/api/v3', ''),
        JIRA_EMAIL: 'ci@example.com',
        JIRA_API_TOKEN: 'ATATT-x',
      });
      expect(jiraRun.code, url).toBe(2);
      expect(jiraRun.stderr, url).toMatch(/JIRA_BASE_URL|Jira site/);
      expect(jiraRun.stdout + jiraRun.stderr, url).not.toContain(password);
    }
  });
});
