// The conventions every command shares (src/conventions.ts): --model everywhere, --apply for every
// change to a service, and a did-you-mean for every name that is not in the model.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleModel, exampleModelDir, startJiraStandIn } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const base = join(repo, 'packages/model/test/base');

async function rolekit(args: string[], env: NodeJS.ProcessEnv = {}, cwd = repo) {
  const run = memoryIo({ cwd, env });
  const code = await main(args, run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe('--model', () => {
  it('validate takes it, as well as the positional directory', async () => {
    const flag = await rolekit(['validate', '--model', base]);
    const positional = await rolekit(['validate', base]);
    expect(flag.code).toBe(0);
    expect(flag.stdout.replace(/ in \d+ ms/, '')).toBe(positional.stdout.replace(/ in \d+ ms/, ''));
    expect(flag.stdout).toMatch(/^packages\/model\/test\/base: valid \(4 roles,/);
  });

  it('validate refuses two different directories', async () => {
    const both = await rolekit(['validate', 'model', '--model', base]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`error: give the model directory once: 'model' or --model '${base}'`);
  });
});

describe('validate', () => {
  it('reports a reference error in one file beside a shape error in another', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rolekit-all-at-once-'));
    try {
      await cp(base, dir, { recursive: true });
      await writeFile(join(dir, 'roles/tester.yaml'), 'id: tester\ntitle: Tester\nfamily: engineering\n');
      const activities = await readFile(join(dir, 'activities.yaml'), 'utf8');
      await writeFile(join(dir, 'activities.yaml'), activities.replace('tester: C', 'testr: C'));
      const run = await rolekit(['validate', '--model', '.'], {}, dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        "activities.yaml:11:18 error RK012 unknown role 'testr' in the RACI of 'write-code'; did you mean 'tester'?",
      );
      expect(run.stderr).toContain("roles/tester.yaml:1:1 error RK010 missing required field 'summary'");
      expect(run.stderr).toMatch(/invalid; 2 errors, 0 warnings\n$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('did you mean', () => {
  it.each([
    [
      ['generate', 'job-description'],
      "unknown generator 'job-description'; did you mean 'job-descriptions'?",
    ],
    [['generate', 'frobnicate'], "unknown generator 'frobnicate' (generators: job-descriptions, raci,"],
    [['generate', '--option', 'rac.compact=true'], "unknown generator 'rac'; did you mean 'raci'?"],
    [
      ['generate', 'raci', '--model', base, '--role', 'testr'],
      "unknown role 'testr'; did you mean 'tester'?",
    ],
    [['raci', 'explain', 'hotfx'], "unknown activity 'hotfx'; did you mean 'hotfix'?"],
    [['onboarding', 'publish', '--person', 'li-we'], "unknown person 'li-we'; did you mean 'li-wei'?"],
    [
      ['codeowners', 'explain', 'web-ap', 'a.ts'],
      "no repository 'web-ap' in the model; did you mean 'web-app'?",
    ],
    [
      ['codeowners', 'sync', '--repo', 'web-ap'],
      "no repository 'web-ap' in the model; did you mean 'web-app'?",
    ],
  ])('%j', async (args, message) => {
    const run = await rolekit(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${message}`);
  });
});

describe('onboarding publish', () => {
  it('has its own help, not its parent’s', async () => {
    const run = await rolekit(['onboarding', 'publish', '--help']);
    expect(run.stdout).toMatch(/^Usage: rolekit onboarding publish \[options\]\n/);
    expect(run.stdout).toContain('--apply');
    expect(run.stdout).not.toContain('--no-pdf');
  });

  it('takes options given before publish as well as after it', async () => {
    const before = await rolekit(['onboarding', '--person', 'elena-garcia', 'publish']);
    const after = await rolekit(['onboarding', 'publish', '--person', 'elena-garcia']);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('onboarding issue for Elena Garcia (elena-garcia)');
    expect(before.stdout).toBe(after.stdout);
    const out = await rolekit(['onboarding', '--out', 'x', 'publish', '--person', 'elena-garcia']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--out is for writing files; publish writes nothing to disk');
  });
});

describe('jira sync', () => {
  it('is a dry run without --apply and changes the site with it, like jira diff and jira apply', async () => {
    const credentials = { email: 'ci@example.com', apiToken: 'ATATT3x-conventions-token' };
    const jira = await startJiraStandIn({ credentials });
    const cwd = await mkdtemp(join(tmpdir(), 'rolekit-conventions-'));
    try {
      const model = await exampleModel();
      for (const role of model.roles) {
        const { projectRole, group } = role.jira ?? {};
        if (projectRole && !jira.state.role(projectRole)) jira.state.addProjectRole(projectRole);
        if (group && !jira.state.group(group)) jira.state.addGroup(group);
      }
      for (const p of model.jira?.projects ?? []) jira.state.addProject(p.key, p.name);
      const env = {
        JIRA_BASE_URL: jira.url,
        JIRA_EMAIL: credentials.email,
        JIRA_API_TOKEN: credentials.apiToken,
      };
      const args = ['--model', exampleModelDir];
      const writes = () => jira.requests.filter((r) => r.write).length;

      const dry = await rolekit(['jira', 'sync', ...args], env, cwd);
      const diff = await rolekit(['jira', 'diff', ...args], env, cwd);
      expect(dry.code).toBe(1);
      expect(dry.stdout).toContain(
        '3 schemes (3 to create): 685 grants to add, 0 to remove, 5 projects to assign',
      );
      expect(dry.stdout).toBe(diff.stdout);
      expect(writes()).toBe(0);

      const applied = await rolekit(['jira', 'sync', '--apply', ...args], env, cwd);
      expect(applied.code).toBe(0);
      expect(applied.stdout).toMatch(/^done: 3 created, 0 updated, 5 projects assigned/m);
      expect(writes()).toBe(8);
      const again = await rolekit(['jira', 'sync', ...args], env, cwd);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('in step: 3 schemes, nothing to change');
    } finally {
      await jira.close();
      await rm(cwd, { recursive: true, force: true });
    }
    expect(jira.violations).toEqual([]);
  });
});
