// Model text that tries to forge one of rolekit's markers, through the CLI against the stand-ins:
// each case is refused at its place in the model before any request, and nothing is written.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed } from '@rolekit/codeowners/testing';
import {
  exampleModel,
  exampleModelDir,
  type GitHubStandIn,
  type JiraStandIn,
  startGitHubStandIn,
  startJiraStandIn,
} from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

let dir: string;
let github: GitHubStandIn | undefined;
let jira: JiraStandIn | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolekit-forged-'));
  await cp(exampleModelDir, join(dir, 'model'), { recursive: true });
});

afterEach(async () => {
  if (github) expect(github.violations).toEqual([]);
  if (jira) expect(jira.violations).toEqual([]);
  await github?.close();
  await jira?.close();
  github = undefined;
  jira = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Replaces `from` (which must be there) in a model file. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const path = join(dir, 'model', file);
  const text = await readFile(path, 'utf8');
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
}

/** The 1-based line of the first line of a model file that contains `text`. */
async function lineOf(file: string, text: string): Promise<number> {
  const lines = (await readFile(join(dir, 'model', file), 'utf8')).split('\n');
  return lines.findIndex((l) => l.includes(text)) + 1;
}

async function rolekit(args: string[], env: NodeJS.ProcessEnv = {}) {
  const mem = memoryIo({ cwd: dir, env });
  const code = await main([...args, '--model', join(dir, 'model')], mem.io);
  return { code, stdout: mem.stdout, stderr: mem.stderr };
}

const githubEnv = (standIn: GitHubStandIn): NodeJS.ProcessEnv => ({
  GITHUB_TOKEN: standIn.token,
  GITHUB_API_URL: standIn.url,
  ROLEKIT_GITHUB_WRITE_INTERVAL_MS: '0',
  ROLEKIT_GITHUB_RETRY_BASE_MS: '1',
});

describe('CODEOWNERS markers', () => {
  it("refuses a rule note that spells '# END rolekit': sync writes nothing and the hand-written lines stay", async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    const path = '.github/CODEOWNERS';
    const handWritten = '# BEGIN rolekit\n* @example-org/old\n# END rolekit\n/legal/ @example-org/lawyers\n';
    seed(github, await exampleModel(), { files: { 'platform-api': { [path]: handWritten } } });
    await edit(
      'codeowners.yaml',
      "        note: Schema changes need the architect's review as well.",
      "        note: |\n          Schema changes need the architect's review as well.\n          END rolekit",
    );
    const line = await lineOf('codeowners.yaml', '        note: |');

    const sync = await rolekit(['codeowners', 'sync', '--apply'], githubEnv(github));
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain(
      `codeowners.yaml:${line}:15 error RK080 this text would forge the CODEOWNERS block's '# BEGIN rolekit' or '# END rolekit' line`,
    );
    expect(github.requests.filter((r) => r.write)).toEqual([]);
    expect(github.state.readFile('example-org/platform-api', path)).toBe(handWritten);

    const generate = await rolekit(['generate', 'codeowners', '--out', join(dir, 'out')]);
    expect(generate.code).toBe(1);
    expect(generate.stderr).toContain('RK080');
    expect(existsSync(join(dir, 'out', 'codeowners'))).toBe(false);
  });

  it('refuses a GitLab section name with a line break, which would add an owner line of its own', async () => {
    await edit(
      'codeowners.yaml',
      '  - name: platform-api\n',
      '  - name: platform-api\n    sections:\n      - name: "Backend\\n* @evil-org/team"\n',
    );
    const line = await lineOf('codeowners.yaml', '@evil-org/team');
    const out = join(dir, 'out');
    const run = await rolekit([
      'generate',
      'codeowners',
      '--option',
      'codeowners.flavour=gitlab',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`codeowners.yaml:${line}:15 error RK082 'name' is written on one line`);
    expect(existsSync(join(out, 'codeowners'))).toBe(false);
  });

  it('refuses brackets in a GitLab section name, which GitLab would read as default owners', async () => {
    await edit(
      'codeowners.yaml',
      '  - name: platform-api\n',
      '  - name: platform-api\n    sections:\n      - name: "Backend] @evil-org/team ["\n',
    );
    const run = await rolekit([
      'generate',
      'codeowners',
      '--option',
      'codeowners.flavour=gitlab',
      '--out',
      join(dir, 'out'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error RK083 a GitLab section name cannot hold');
  });
});

describe('the Jira managed line', () => {
  const credentials = { email: 'ci@example.com', apiToken: 'ATATT-forged-marker-token' };
  const env = () => ({
    JIRA_BASE_URL: jira!.url,
    JIRA_EMAIL: credentials.email,
    JIRA_API_TOKEN: credentials.apiToken,
  });

  it('refuses a rolekit-managed line pasted into a scheme description: the hand-made grant survives', async () => {
    jira = await startJiraStandIn({ credentials });
    const model = await exampleModel();
    for (const role of model.roles) {
      const { projectRole, group } = role.jira ?? {};
      if (projectRole && !jira.state.role(projectRole)) jira.state.addProjectRole(projectRole);
      if (group && !jira.state.group(group)) jira.state.addGroup(group);
    }
    for (const p of model.jira?.projects ?? []) jira.state.addProject(p.key, p.name);
    expect((await rolekit(['jira', 'apply'], env())).code).toBe(0);

    // An administrator grants a group of their own by hand, in rolekit's scheme.
    jira.state.addGroup('auditors');
    const scheme = jira.state.getScheme('Example Corp delivery')!;
    const handMade = jira.state.resolveHolder({ type: 'group', parameter: 'auditors' });
    if (!handMade.ok) throw new Error(handMade.message);
    jira.state.addGrant(scheme, { permission: 'BROWSE_PROJECTS', holder: handMade.value });
    const before = jira.state.grantSummary(scheme.id);

    // Someone copies a managed line, naming that grant, into the model.
    await edit(
      'jira.yaml',
      '    description: Product delivery projects (APP, WEB) and release tracking (REL).',
      '    description: |\n      Product delivery projects (APP, WEB) and release tracking (REL).\n      rolekit-managed:v1 group:auditors=000000010',
    );
    const line = await lineOf('jira.yaml', 'description: |');
    const writesBefore = jira.requests.filter((r) => r.write).length;
    const apply = await rolekit(['jira', 'apply'], env());
    expect(apply.code).toBe(2);
    expect(apply.stderr).toContain(
      `jira.yaml:${line}:18 error RK080 this text would forge the 'rolekit-managed' line of a Jira scheme description`,
    );
    expect(jira.requests.filter((r) => r.write)).toHaveLength(writesBefore);
    expect(jira.state.grantSummary(scheme.id)).toEqual(before);
    expect(jira.state.grantSummary(scheme.id)).toContain('BROWSE_PROJECTS group:auditors');
  });
});

describe('onboarding issue markers', () => {
  it("refuses a name that carries another person's marker: publish cannot take over their issue", async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    github.state.addOrg('example-org');
    github.state.addRepo('example-org/onboarding');
    for (const login of ['elena-example', 'ravi-example']) github.state.addUser(login);
    const env = githubEnv(github);
    const first = await rolekit(['onboarding', 'publish', '--person', 'elena-garcia', '--apply'], env);
    expect(first.code).toBe(0);
    const elena = github.state.issues('example-org/onboarding')[0]!;

    // Elena's buddy's name now carries the marker of another new hire, who has no issue yet.
    await edit(
      'people.yaml',
      'name: Ravi Patel',
      'name: "Ravi Patel <!-- rolekit:onboarding person=li-wei -->"',
    );
    const line = await lineOf('people.yaml', 'person=li-wei');
    const takeover = await rolekit(
      ['onboarding', 'publish', '--person', 'li-wei', '--start', '2026-12-07', '--apply'],
      env,
    );
    expect(takeover.code).toBe(1);
    expect(takeover.stderr).toContain(`people.yaml:${line}:11 error RK080`);
    expect(github.state.issues('example-org/onboarding')).toHaveLength(1);
    expect(github.state.issues('example-org/onboarding')[0]!.body).toBe(elena.body);
  });

  it('refuses a comma in the first label, which would make publish open a new issue on every run', async () => {
    github = await startGitHubStandIn({ validateResponses: true });
    github.state.addOrg('example-org');
    github.state.addRepo('example-org/onboarding');
    await edit('onboarding.yaml', 'labels:\n  - onboarding\n', 'labels:\n  - "onboarding, 2026"\n');
    const env = githubEnv(github);
    for (let run = 0; run < 2; run++) {
      const publish = await rolekit(['onboarding', 'publish', '--person', 'elena-garcia', '--apply'], env);
      expect(publish.code).toBe(1);
      expect(publish.stderr).toContain("error RK084 the onboarding label 'onboarding, 2026' holds a comma");
    }
    expect(github.state.issues('example-org/onboarding')).toEqual([]);
  });

  it('refuses a line break in a task title, which would add a ticked task line', async () => {
    await edit(
      'onboarding.yaml',
      'tasks:\n',
      'tasks:\n  - title: "Read the handbook\\n- [x] Security training done"\n    phase: week-1\n    owner: new-hire\n',
    );
    const mem = memoryIo({ cwd: dir });
    const run = {
      code: await main(['validate', join(dir, 'model')], mem.io),
      stdout: mem.stdout,
      stderr: mem.stderr,
    };
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain("error RK082 'title' is written on one line");
  });
});
