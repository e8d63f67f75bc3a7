import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-import-cli-'));
  dirs.push(dir);
  await mkdir(join(dir, 'platform-api/.github'), { recursive: true });
  await writeFile(
    join(dir, 'platform-api/.github/CODEOWNERS'),
    [
      '# Owners',
      '',
      '* @acme/core',
      '/docs/ @alice docs@example.com',
      '/src/ @acme/backend # the API',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'raci.csv'),
    'Activity,Core,Backend,Release Manager\nShip,A,R,C\nFix a bug,I,X,A\n',
  );
  return dir;
}

const run = async (cwd: string, ...argv: string[]) => {
  const io = memoryIo({ cwd });
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

describe('rolekit import', () => {
  it('imports CODEOWNERS, then a RACI sheet into the same folder: one valid model', async () => {
    const dir = await workspace();
    const first = await run(
      dir,
      'import',
      'codeowners',
      'platform-api/.github/CODEOWNERS',
      '--date',
      '2026-12-01',
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'created model/codeowners.yaml\ncreated model/organisation.yaml\ncreated model/roles/backend.yaml\ncreated model/roles/core.yaml\n',
    );
    expect(first.stdout).toContain('created out/codeowners/platform-api/CODEOWNERS\n');
    expect(first.stdout).toMatch(/platform-api: owners of \d+ paths checked, all as before/);
    expect(first.stdout).toContain(
      'not carried over (1):\n  platform-api/.github/CODEOWNERS:4: kept by hand outside the managed block: /docs/ @alice docs@example.com',
    );
    expect(await readFile(join(dir, 'out/codeowners/platform-api/CODEOWNERS'), 'utf8')).toBe(
      '# Owners\n\n# BEGIN rolekit\n# END rolekit\n/docs/ @alice docs@example.com\n',
    );

    const second = await run(dir, 'import', 'raci', 'raci.csv', '--x-means', 'R');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('created model/activities.yaml\n');
    // The sheet's Core and Backend columns are the roles the CODEOWNERS import made for the teams.
    expect(second.stdout).toContain('  column Core -> core\n  column Backend -> backend\n');
    expect(second.stdout).toContain('created model/roles/release-manager.yaml\n');
    const activities = await readFile(join(dir, 'model/activities.yaml'), 'utf8');
    expect(activities).toContain(
      '      - id: fix-a-bug\n        title: Fix a bug\n        raci:\n          core: I\n          backend: R\n',
    );

    expect((await run(dir, 'validate', 'model')).code).toBe(0);
    const generated = await run(dir, 'generate', 'codeowners', '--no-cache');
    expect(generated.code).toBe(0);
    expect(await readFile(join(dir, 'out/codeowners/platform-api/CODEOWNERS'), 'utf8')).toContain(
      '* @acme/core\n# the API\n/src/ @acme/backend\n# END rolekit\n/docs/ @alice docs@example.com\n',
    );
  });

  it('refuses to replace what the folder has without --force, and replaces it with', async () => {
    const dir = await workspace();
    expect((await run(dir, 'import', 'codeowners', 'platform-api/.github/CODEOWNERS')).code).toBe(0);
    const before = await readFile(join(dir, 'model/codeowners.yaml'), 'utf8');
    const again = await run(dir, 'import', 'codeowners', 'platform-api/.github/CODEOWNERS');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'error RK161 codeowners.yaml already has repository platform-api: pass --force to replace it',
    );
    expect(again.stderr).toContain('nothing was written');
    expect(await readFile(join(dir, 'model/codeowners.yaml'), 'utf8')).toBe(before);
    const forced = await run(dir, 'import', 'codeowners', 'platform-api/.github/CODEOWNERS', '--force');
    expect(forced.code).toBe(0);
  });

  it('refuses a CODEOWNERS file of 3 MB or more at once, as GitHub ignores it, and writes nothing', async () => {
    const dir = await workspace();
    const line = '/a-long-enough-path-to-fill-the-file/ @acme/core\n';
    await writeFile(
      join(dir, 'platform-api/.github/CODEOWNERS'),
      line.repeat(Math.ceil(3_000_000 / line.length)),
    );
    const started = Date.now();
    const run1 = await run(
      dir,
      'import',
      'codeowners',
      'platform-api/.github/CODEOWNERS',
      '--date',
      '2026-12-01',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run1.code).toBe(1);
    expect(run1.stderr).toMatch(
      /platform-api\/\.github\/CODEOWNERS:1(:1)? error RK160 3,0\d\d,\d{3} bytes: GitHub ignores a CODEOWNERS file of 3 MB or more\n/,
    );
    expect(run1.stderr).toContain('1 problem in the input; nothing was written');
    expect(existsSync(join(dir, 'model'))).toBe(false);
  });

  it('names file:line:column of a malformed CODEOWNERS line and writes nothing', async () => {
    const dir = await workspace();
    await writeFile(
      join(dir, 'CODEOWNERS'),
      '* @acme/core\n/src/ @acme/backend not-an-owner\n!/vendor/ @acme/core\n',
    );
    const result = await run(dir, 'import', 'codeowners', 'CODEOWNERS', '--repository', 'api');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CODEOWNERS:2:21 error RK160 'not-an-owner' is not a CODEOWNERS owner");
    expect(result.stderr).toContain("CODEOWNERS:3:1 error RK160 pattern '!/vendor/' uses ! negation");
    expect(result.stderr).toContain('2 problems in the input; nothing was written');
    expect(existsSync(join(dir, 'model'))).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a symbolic link in the output folder and writes nothing', async () => {
    const dir = await workspace();
    const elsewhere = await mkdtemp(join(tmpdir(), 'rolekit-elsewhere-'));
    dirs.push(elsewhere);
    await mkdir(join(dir, 'out'));
    await symlink(elsewhere, join(dir, 'out/codeowners'));
    const result = await run(dir, 'import', 'codeowners', 'platform-api/.github/CODEOWNERS');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'codeowners is a symbolic link: rolekit import writes only real files and folders; nothing was written',
    );
    expect(existsSync(join(dir, 'model'))).toBe(false);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('keeps hostile text as text (HTML, RTL, emoji, quotes, line breaks) and refuses forged markers', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'hostile.csv'), 'Activity,<b>Ops</b>,مدير 🚀\n"Deploy: ""yes"", now",A,R\n');
    const result = await run(dir, 'import', 'raci', 'hostile.csv');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await run(dir, 'validate', 'model')).code).toBe(0);
    expect(await readFile(join(dir, 'model/activities.yaml'), 'utf8')).toContain(
      `title: 'Deploy: "yes", now'\n        raci:\n          b-ops-b: A\n          role-3: R\n`,
    );
    expect(await readFile(join(dir, 'model/roles/b-ops-b.yaml'), 'utf8')).toContain('title: <b>Ops</b>\n');
    expect(await readFile(join(dir, 'model/roles/role-3.yaml'), 'utf8')).toContain('title: مدير 🚀\n');

    await writeFile(join(dir, 'forged.csv'), 'Activity,Ops,Dev\n# END rolekit,A,R\n');
    const before = await readFile(join(dir, 'model/activities.yaml'), 'utf8');
    const forged = await run(dir, 'import', 'raci', 'forged.csv');
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain(
      "error RK080 this text would forge the CODEOWNERS block's '# BEGIN rolekit' or '# END rolekit' line",
    );
    expect(forged.stderr).toContain('the import would leave an invalid model (above); nothing was written');
    expect(await readFile(join(dir, 'model/activities.yaml'), 'utf8')).toBe(before);
  });

  it('names file:line:column of a bad RACI cell and writes nothing', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'bad.csv'), 'Activity,Ops,Dev\nDeploy,A,A\n');
    const result = await run(dir, 'import', 'raci', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "bad.csv:2:3 error RK160 a second A for 'Deploy' (the first is in column 2)",
    );
    expect(existsSync(join(dir, 'model'))).toBe(false);
  });
});
