import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleModel, exampleModelDir, startJiraStandIn } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

async function rolekit(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const run = memoryIo({ cwd, env });
  const code = await main(args, run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe('rolekit import jira', () => {
  it('round trip: a site rolekit applied, imported into a new folder, is in step with that folder', async () => {
    const credentials = { email: 'ci@example.com', apiToken: 'ATATT3x-import-token' };
    const jira = await startJiraStandIn({ credentials });
    const cwd = await mkdtemp(join(tmpdir(), 'rolekit-import-jira-'));
    try {
      const model = await exampleModel();
      for (const role of model.roles) {
        const { projectRole, group } = role.jira ?? {};
        if (projectRole && !jira.state.role(projectRole)) jira.state.addProjectRole(projectRole);
        if (group && !jira.state.group(group)) jira.state.addGroup(group);
      }
      for (const p of model.jira?.projects ?? []) jira.state.addProject(p.key, p.name);
      // A scheme made by hand, with a grant the model cannot hold.
      const developers = jira.state.role('Developers') ?? jira.state.addProjectRole('Developers');
      const scheme = jira.state.addScheme({
        name: 'Legacy scheme',
        description: 'Made by hand',
        grants: [
          {
            permission: 'BROWSE_PROJECTS',
            holder: { type: 'projectRole', parameter: String(developers.id) },
          },
          { permission: 'CREATE_ISSUES', holder: { type: 'reporter' } },
        ],
      });
      jira.state.addProject('LEG', 'Legacy', { scheme: scheme.id });
      const env = {
        JIRA_BASE_URL: jira.url,
        JIRA_EMAIL: credentials.email,
        JIRA_API_TOKEN: credentials.apiToken,
      };
      expect((await rolekit(['jira', 'apply', '--model', exampleModelDir], env, cwd)).code).toBe(0);

      const imported = await rolekit(
        ['import', 'jira', '--model', 'imported', '--date', '2026-12-01'],
        env,
        cwd,
      );
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('created imported/jira.yaml\n');
      expect(imported.stdout).toContain(
        "scheme 'Legacy scheme': CREATE_ISSUES for reporter (the model grants project roles and groups only; it stays on the site)",
      );
      expect(imported.stdout).not.toContain(credentials.apiToken);
      const yaml = await readFile(join(cwd, 'imported/jira.yaml'), 'utf8');
      // The ids of the schemes rolekit made come back from their managed note.
      for (const s of model.jira?.schemes ?? [])
        expect(yaml).toContain(`  - id: ${s.id}\n    name: ${s.name}\n`);
      expect(yaml).toContain('  - key: LEG\n    name: Legacy\n    scheme: legacy-scheme\n');
      expect((await rolekit(['validate', '--model', 'imported'], env, cwd)).code).toBe(0);

      const diff = await rolekit(['jira', 'diff', '--model', 'imported'], env, cwd);
      expect(diff.stdout).toContain('Legacy scheme');
      // The schemes rolekit applied are in step; the hand-made one lacks only rolekit's managed-grants line.
      // The schemes rolekit applied are in step; the hand-made ones (the site's default and Legacy)
      // lack only rolekit's managed-grants line in their description: no grant, no project changes.
      for (const s of model.jira?.schemes ?? []) expect(diff.stdout).toContain(`(${s.id}, id `);
      expect(diff.stdout).toMatch(/\(delivery, id \d+\): in step\n/);
      expect(diff.stdout).toContain(
        '5 schemes (2 to change, 3 in step): 0 grants to add, 0 to remove, 0 projects to assign',
      );
      expect(diff.stdout).toContain("scheme 'Legacy scheme' (legacy-scheme, id 10000): description\n");
    } finally {
      await jira.close();
      await rm(cwd, { recursive: true, force: true });
    }
    expect(jira.violations).toEqual([]);
  });
});
