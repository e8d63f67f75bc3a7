import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

let standIn: GitHubStandIn;
let cwd: string;
beforeAll(async () => {
  standIn = await startGitHubStandIn({ validateResponses: true });
  const s = standIn.state;
  s.addRepo('acme/platform-api');
  s.putFile(
    'acme/platform-api',
    '.github/CODEOWNERS',
    '* @acme/engineering\n/docs/ @acme/docs-writers ops@example.com\n/src/ @acme/backend @dana\n',
  );
  // Alice's profile has a name and a public email; bob's has neither, so his login stays his name.
  s.addUser('alice', { name: 'Alice Ærø', email: 'alice@example.com' });
  s.addUser('bob');
  // An RTL name is kept as given; an email the model would reject is left out and said.
  s.addUser('carol', { name: '  كارول 🚀 ', email: 'carol at example' });
  s.addTeam('acme', 'engineering', {
    name: 'Engineering',
    members: ['alice', 'bob'],
    maintainers: ['alice'],
  });
  s.addTeam('acme', 'backend', {
    name: 'Backend',
    description: 'Builds the API.',
    parent: 'engineering',
    members: ['bob', 'carol'],
  });
  s.grantTeam('acme', 'backend', 'acme/platform-api', 'push');
  cwd = await mkdtemp(join(tmpdir(), 'rolekit-import-github-'));
});
afterAll(async () => {
  await standIn.close();
  await rm(cwd, { recursive: true, force: true });
});

const env = () => ({
  GITHUB_TOKEN: standIn.token,
  GITHUB_API_URL: standIn.url,
  ROLEKIT_GITHUB_RETRY_BASE_MS: '1',
});

async function rolekit(args: string[]) {
  const run = memoryIo({ cwd, env: env() });
  const code = await main(args, run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe('rolekit import github and import codeowners --repo', () => {
  it('teams become roles, members people, maintainers a role of their own; then CODEOWNERS from the repository', async () => {
    const org = await rolekit(['import', 'github', '--org', 'acme', '--date', '2026-12-01']);
    expect(org.stderr).toBe('');
    expect(org.code).toBe(0);
    expect(org.stdout).toContain('created model/roles/backend.yaml\n');
    expect(org.stdout).toContain('created model/roles/engineering-maintainer.yaml\n');
    expect(org.stdout).toContain(
      'team backend: its parent team engineering (the model has no team hierarchy',
    );
    expect(org.stdout).toContain(
      'team backend: write on platform-api (the model has no repository permissions)',
    );
    expect(org.stdout).not.toContain(standIn.token);
    expect(await readFile(join(cwd, 'model/roles/backend.yaml'), 'utf8')).toContain(
      'summary: Builds the API. A sub-team of Engineering.\ngithub:\n  team: backend\n',
    );
    const people = await readFile(join(cwd, 'model/people.yaml'), 'utf8');
    expect(people).toContain(
      '  - id: alice\n    name: Alice Ærø\n    email: alice@example.com\n    github: alice\n    roles:\n      - engineering\n      - engineering-maintainer\n',
    );
    expect(people).toContain('  - id: carol\n    name: كارول 🚀\n    github: carol\n');
    expect(org.stdout).toContain('person carol: the GitHub email is not an address the model accepts');
    expect(people).not.toContain('carol at example');
    expect(people).toContain(
      '  - id: bob\n    name: bob\n    github: bob\n    roles:\n      - backend\n      - engineering\n',
    );

    // The repository's CODEOWNERS, through the same client: the teams' roles are the ones just made.
    const co = await rolekit(['import', 'codeowners', '--repo', 'acme/platform-api']);
    expect(co.stderr).toBe('');
    expect(co.code).toBe(0);
    expect(co.stdout).toContain('created model/roles/owner-dana.yaml\n');
    expect(co.stdout).not.toContain('created model/roles/backend.yaml');
    expect(co.stdout).toMatch(/platform-api: owners of \d+ paths checked, all as before/);
    expect(co.stdout).toContain(
      'acme/platform-api:.github/CODEOWNERS:2: kept by hand outside the managed block',
    );
    expect((await rolekit(['validate', '--model', 'model'])).code).toBe(0);
  });

  it('adds a role where its holder already is (people/*.yaml, an HR export), never a second entry', async () => {
    expect(
      (await rolekit(['import', 'github', '--org', 'acme', '--model', 'split', '--date', '2026-12-01'])).code,
    ).toBe(0);
    // The organisation moves people out of people.yaml: alice to a team file, bob to the HR export,
    // each now missing one role the teams give them.
    await mkdir(join(cwd, 'split/people'));
    await writeFile(
      join(cwd, 'split/people/engineering.yaml'),
      'people:\n  - id: alice\n    name: Alice Ærø\n    github: alice\n    roles: [engineering]\n',
    );
    await writeFile(join(cwd, 'split/people.csv'), 'id,name,github,roles\nbob,Bob,bob,engineering\n');
    await writeFile(
      join(cwd, 'split/people.yaml'),
      'people:\n  - id: carol\n    name: كارول 🚀\n    github: carol\n    roles: [backend]\n',
    );

    const again = await rolekit([
      'import',
      'github',
      '--org',
      'acme',
      '--model',
      'split',
      '--date',
      '2026-12-01',
    ]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(await readFile(join(cwd, 'split/people/engineering.yaml'), 'utf8')).toContain(
      'roles: [ engineering, engineering-maintainer ]',
    );
    const people = await readFile(join(cwd, 'split/people.yaml'), 'utf8');
    expect(people).not.toContain('alice');
    expect(people).not.toContain('bob');
    expect(await readFile(join(cwd, 'split/people.csv'), 'utf8')).toBe(
      'id,name,github,roles\nbob,Bob,bob,engineering\n',
    );
    expect(again.stdout).toContain(
      'people.csv: bob is kept in an HR export, which rolekit does not rewrite: add backend to their roles there',
    );
    expect(again.stdout).toContain('people/engineering.yaml: alice holds engineering-maintainer');
    // A second import of the same organisation makes no role twice.
    expect(again.stdout).not.toMatch(/created model\/roles\//);
    expect((await rolekit(['validate', '--model', 'split'])).code).toBe(0);
  });

  it('says what is missing without a token, and writes nothing', async () => {
    const run = memoryIo({ cwd, env: {} });
    expect(await main(['import', 'github', '--org', 'acme', '--model', 'other'], run.io)).toBe(1);
    expect(run.stderr).toContain('GITHUB_TOKEN is not set');
  });
});
