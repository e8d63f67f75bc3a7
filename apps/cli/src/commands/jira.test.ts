// `rolekit jira diff` and `rolekit jira apply` run in-process through main(), against the local Jira
// stand-in, with every line the CLI prints captured: exit codes, the readable diff, and that no form
// of the credentials ever gets out, debug output included.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleModel, exampleModelDir, type JiraStandIn, startJiraStandIn } from '@rolekit/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import { main } from '../main.js';

const credentials = { email: 'ci-admin@example.com', apiToken: 'ATATT3xFfGF0-very-secret-api-token' };
const basic = Buffer.from(`${credentials.email}:${credentials.apiToken}`).toString('base64');

let jira: JiraStandIn;
let cwd: string;
/** Everything printed in this file's tests, checked for credentials at the end. */
const printed: string[] = [];

async function seed(standIn: JiraStandIn): Promise<void> {
  const model = await exampleModel();
  for (const role of model.roles) {
    const { projectRole, group } = role.jira ?? {};
    if (projectRole && !standIn.state.role(projectRole)) standIn.state.addProjectRole(projectRole);
    if (group && !standIn.state.group(group)) standIn.state.addGroup(group);
  }
  for (const p of model.jira?.projects ?? []) standIn.state.addProject(p.key, p.name);
}

beforeEach(async () => {
  jira = await startJiraStandIn({ credentials });
  await seed(jira);
  cwd = await mkdtemp(join(tmpdir(), 'rolekit-cli-jira-'));
});

afterEach(async () => {
  expect(jira.violations).toEqual([]);
  await jira.close();
  await rm(cwd, { recursive: true, force: true });
});

afterAll(() => {
  const all = printed.join('');
  expect(all.length).toBeGreaterThan(0);
  expect(all).not.toContain(credentials.apiToken);
  expect(all).not.toContain(basic);
});

function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    JIRA_BASE_URL: jira.url,
    JIRA_EMAIL: credentials.email,
    JIRA_API_TOKEN: credentials.apiToken,
    ROLEKIT_DEBUG: '1',
    ...extra,
  };
}

async function rolekit(args: string[], environment: NodeJS.ProcessEnv = env()) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: environment,
    cwd,
    isTTY: false,
  };
  const code = await main(args, io);
  printed.push(stdout, stderr);
  // No form of the credentials, in normal or debug output.
  for (const text of [stdout, stderr]) {
    expect(text).not.toContain(credentials.apiToken);
    expect(text).not.toContain(basic);
  }
  return { code, stdout, stderr };
}

const model = ['--model', exampleModelDir];
const writes = () => jira.requests.filter((r) => r.write).length;

describe('rolekit jira diff', () => {
  it('exits 1 with the changes pending and writes nothing, to Jira or to disk', async () => {
    const { code, stdout, stderr } = await rolekit(['jira', 'diff', ...model]);
    expect(code).toBe(1);
    expect(stdout).toContain(`Jira ${jira.url}, model `);
    expect(stdout).toMatch(/^scheme 'Example Corp delivery' \(delivery\): create with \d+ grants$/m);
    expect(stdout).toMatch(/^\+ BROWSE_PROJECTS {10,}projectRole:Software Engineers$/m);
    expect(stdout).toMatch(
      /^~ project OPS \(Operations\): Default Permission Scheme -> Example Corp operations \(production\)$/m,
    );
    expect(stdout).toMatch(
      /^3 schemes \(3 to create\): \d+ grants to add, 0 to remove, 5 projects to assign$/m,
    );
    // Debug output, one line per request, went to stderr.
    expect(stderr).toContain('jira: GET /rest/api/3/role -> ok');
    expect(writes()).toBe(0);
    expect(existsSync(join(cwd, '.rolekit'))).toBe(false);
  });

  it('exits 2 naming the variables that are missing', async () => {
    const { code, stderr } = await rolekit(['jira', 'diff', ...model], { JIRA_BASE_URL: jira.url });
    expect(code).toBe(2);
    expect(stderr).toContain('error: JIRA_EMAIL is not set');
    expect(stderr).toContain('error: JIRA_API_TOKEN is not set');
    expect(jira.requests).toEqual([]);
  });

  it('exits 2 with a clear message when Jira refuses the credentials', async () => {
    const wrong = 'ATATT3xFfGF0-wrong-token';
    const { code, stdout, stderr } = await rolekit(
      ['jira', 'diff', ...model],
      env({ JIRA_API_TOKEN: wrong }),
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      `error: reading ${jira.url} failed: GET /rest/api/3/permissionscheme?expand=permissions answered 401 Unauthorized: Client must be authenticated to access this resource.`,
    );
    expect(stderr).toContain(
      'hint: Jira did not accept the credentials: check JIRA_EMAIL and JIRA_API_TOKEN',
    );
    expect(stderr).toContain('nothing was compared');
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(Buffer.from(`${credentials.email}:${wrong}`).toString('base64'));
    }
  });

  it('exits 2 before any request when the model breaks a policy in Jira', async () => {
    const dir = join(cwd, 'model');
    await cp(exampleModelDir, dir, { recursive: true });
    const file = join(dir, 'roles', 'software-engineer.yaml');
    const text = await readFile(file, 'utf8');
    // Software engineers become the same Jira project role as the people who deploy to production.
    await writeFile(
      file,
      text.replace('projectRole: Software Engineers', 'projectRole: Operations Deployment'),
    );
    const { code, stderr } = await rolekit(['jira', 'diff', '--model', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /error RK056 policy 'no-developer-production-changes' is broken in Jira: role 'software-engineer' is Jira project role 'Operations Deployment', like 'ops-deployment', so it holds TRANSITION_ISSUES/,
    );
    expect(stderr).toContain('the model breaks its policies in Jira; nothing was compared');
    expect(jira.requests).toEqual([]);
  });
});

describe('rolekit jira apply', () => {
  it('applies, then diff exits 0, and a second apply makes no write request', async () => {
    const first = await rolekit(['jira', 'apply', ...model]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^scheme 'Example Corp delivery' \(delivery, id \d+\): created with \d+ grants; assigned to APP, WEB, REL$/m,
    );
    expect(first.stdout).toMatch(
      /^done: 3 created, 0 updated, 5 projects assigned; backups in \.rolekit\/jira-backups\/[\dT-]+Z; 16 requests \(8 read, 8 write\)$/m,
    );
    expect(writes()).toBe(8);

    const diff = await rolekit(['jira', 'diff', ...model]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('in step: 3 schemes, nothing to change');

    const before = writes();
    const again = await rolekit(['jira', 'apply', ...model]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to apply; 8 requests (8 read, 0 write)');
    expect(writes()).toBe(before);
  });

  it('keeps grants made by hand, and removes them with --prune', async () => {
    await rolekit(['jira', 'apply', ...model]);
    const scheme = jira.state.getScheme('Example Corp support desk')!;
    const holder = jira.state.resolveHolder({ type: 'projectLead' });
    if (!holder.ok) throw new Error(holder.message);
    jira.state.addGrant(scheme, { permission: 'DELETE_ISSUES', holder: holder.value });

    const diff = await rolekit(['jira', 'diff', ...model]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(
      /^ {2}DELETE_ISSUES +projectLead {3}\(kept: not in the model, not added by rolekit; --prune removes it\)$/m,
    );

    const pruneDiff = await rolekit(['jira', 'diff', '--prune', ...model]);
    expect(pruneDiff.code).toBe(1);
    const pruned = await rolekit(['jira', 'apply', '--prune', '--backup-dir', 'backups', ...model]);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/support, id \d+\): 0 added, 1 removed$/m);
    expect(jira.state.grantSummary(scheme.id)).not.toContain('DELETE_ISSUES projectLead');
    expect(existsSync(join(cwd, 'backups'))).toBe(true);
  });

  it('exits 1 and says where it stopped when Jira keeps failing in the middle', async () => {
    await rolekit(['jira', 'apply', ...model]);
    const operations = jira.state.getScheme('Example Corp operations (production)')!;
    // Someone deletes one of rolekit's grants by hand; putting it back will fail.
    operations.grants.splice(0, 1);
    const support = jira.state.getScheme('Example Corp support desk')!;
    support.grants.splice(0, 1);
    const before = jira.state.grantSummary(operations.id);
    jira.faults.add({
      method: 'POST',
      path: `/permissionscheme/${operations.id}/permission`,
      status: 500,
      headers: { 'Retry-After': '0' },
      times: Number.POSITIVE_INFINITY,
    });
    const { code, stdout, stderr } = await rolekit(['jira', 'apply', ...model]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^scheme 'Example Corp delivery' \(delivery, id \d+\): in step$/m);
    expect(stdout).toMatch(
      /^scheme 'Example Corp operations \(production\)' \(operations, id \d+\): NOT changed, left as it was: POST .* answered 500 Internal Server Error after 5 attempts/m,
    );
    expect(stdout).toMatch(/^scheme 'Example Corp support desk' \(support\): not started$/m);
    expect(stderr).toMatch(
      /apply stopped at scheme 'Example Corp operations \(production\)'.*backups in \.rolekit\/jira-backups\//,
    );
    expect(jira.state.grantSummary(operations.id)).toEqual(before);
    expect(stderr).toContain('jira: retrying in 0 ms (attempt 2 of 5)');
    // The scheme was saved before it was touched.
    const folder = /backups in (\.rolekit\/jira-backups\/[^;]+);/.exec(stderr)![1]!;
    const saved = JSON.parse(await readFile(join(cwd, folder, 'operations.json'), 'utf8'));
    expect(saved).toMatchObject({ id: operations.id, name: operations.name });
    expect(saved.permissions).toHaveLength(before.length);
  });
});
