// Generators from outside the repository: named in organisation.yaml, loaded from a file in the
// model folder or an installed package, run through the same contract, writer and --check.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const base = join(repo, 'packages/model/test/base');
const example = join(repo, 'examples/generator-roles-page');

let dir: string;
let model: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolekit-plugin-'));
  model = join(dir, 'model');
  await cp(base, model, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function naming(entries: string): Promise<void> {
  const organisation = await readFile(join(model, 'organisation.yaml'), 'utf8');
  await writeFile(join(model, 'organisation.yaml'), `${organisation}generators:\n${entries}`);
}

async function rolekit(args: string[]) {
  const run = memoryIo({ cwd: dir });
  const code = await main(args, run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

const generate = (...more: string[]) =>
  rolekit(['generate', '--model', 'model', '--out', 'out', '--no-cache', ...more]);

describe('a generator from a file in the model folder', () => {
  beforeEach(async () => {
    await mkdir(join(model, 'generators'));
    await cp(join(example, 'index.mjs'), join(model, 'generators/roles-page.mjs'));
    await naming('  - path: ./generators/roles-page.mjs\n');
  });

  it('runs after the built-in ones, is checked by --check and gives the same bytes twice', async () => {
    const first = await generate();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'roles-page: 1 file in out/roles-page (1 written, 0 unchanged, 0 removed)',
    );
    const page = await readFile(join(dir, 'out/roles-page/roles.md'), 'utf8');
    expect(page).toMatch(/^# Roles at Corpus Org\n\n## Engineering\n\n- \*\*Developer\*\*: /);
    expect(page).toContain('_Generated from the role model of 2026-11-01._');

    const check = await generate('--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('roles-page: up to date (1 file)');
    const again = await generate('roles-page');
    expect(again.stdout).toBe('roles-page: 1 file in out/roles-page (0 written, 1 unchanged, 0 removed)\n');
    expect(await readFile(join(dir, 'out/roles-page/roles.md'), 'utf8')).toBe(page);

    await writeFile(join(dir, 'out/roles-page/roles.md'), 'edited\n');
    const drift = await generate('--check', 'roles-page');
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('differs  out/roles-page/roles.md');
  });

  it('takes the options it declares, and reports others as RK100 before anything is written', async () => {
    const titled = await generate('roles-page', '--option', 'roles-page.title=Who does what');
    expect(titled.code).toBe(0);
    expect(await readFile(join(dir, 'out/roles-page/roles.md'), 'utf8')).toMatch(/^# Who does what\n/);

    const wrong = await generate(
      'roles-page',
      '--option',
      'roles-page.peple=false',
      '--option',
      'roles-page.people=maybe',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("error RK100 unknown option 'roles-page.peple'; did you mean 'people'?");
    expect(wrong.stderr).toContain("error RK100 option 'roles-page.people' is 'maybe', not true or false");
    expect(wrong.stderr).toContain('nothing was written');
  });

  it('is named in the did-you-mean of a misspelt generator', async () => {
    const run = await generate('roles-pag');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown generator 'roles-pag'; did you mean 'roles-page'?");
  });
});

describe('a generator from an installed package', () => {
  it('is resolved from the model folder', async () => {
    await cp(example, join(dir, 'node_modules/rolekit-generator-roles-page'), { recursive: true });
    await naming('  - package: rolekit-generator-roles-page\n');
    const run = await generate('roles-page', '--option', 'roles-page.people=false');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, 'out/roles-page/roles.md'), 'utf8')).toContain('# Roles at Corpus Org');
  });
});

describe('a generator that cannot be loaded', () => {
  const line = (n: number) => `model/organisation.yaml:${n}:5 error`;
  // organisation.yaml of the base model has 11 lines; `generators:` is line 12.

  it('names the entry in organisation.yaml: not installed, no file, not a generator, a name taken', async () => {
    await writeFile(join(model, 'not-a-generator.mjs'), "export const generator = { name: 'Bad Name' };\n");
    await writeFile(join(model, 'throws.mjs'), "throw new Error('no database here');\n");
    await writeFile(
      join(model, 'raci.mjs'),
      (await readFile(join(example, 'index.mjs'), 'utf8')).replace("name: 'roles-page'", "name: 'raci'"),
    );
    await naming(
      [
        '  - package: rolekit-generator-missing',
        '  - path: ./nowhere.mjs',
        '  - path: ./not-a-generator.mjs',
        '  - path: ./throws.mjs',
        '  - path: ./raci.mjs',
        '',
      ].join('\n'),
    );
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${line(13)} RK180 generator package 'rolekit-generator-missing' is not installed`,
    );
    expect(run.stderr).toContain(`${line(14)} RK180 no generator file './nowhere.mjs' in the model folder`);
    expect(run.stderr).toContain(
      `${line(15)} RK180 generator './not-a-generator.mjs' is not a rolekit generator: \`name\` must be lowercase letters`,
    );
    expect(run.stderr).toContain(
      `${line(16)} RK180 generator './throws.mjs' could not be loaded: no database here`,
    );
    expect(run.stderr).toContain(
      `${line(17)} RK180 generator './raci.mjs' is named 'raci', like a generator`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain('nothing was written');
  });

  it('refuses a file outside the model folder, by .. or through a link', async () => {
    await writeFile(join(dir, 'outside.mjs'), await readFile(join(example, 'index.mjs')));
    await symlink(join(dir, 'outside.mjs'), join(model, 'linked.mjs'));
    await naming('  - path: ./../outside.mjs\n  - path: ./linked.mjs\n');
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${line(13)} RK181 generator './../outside.mjs' is outside the model folder`,
    );
    expect(run.stderr).toContain(
      `${line(14)} RK181 generator './linked.mjs' is a link that leads out of the model folder`,
    );
  });

  it('checks the entries against the schema: one of package or path, a path starting with ./', async () => {
    await naming('  - path: generators/x.mjs\n  - { package: a, path: ./b.mjs }\n');
    const run = await rolekit(['validate', '--model', 'model']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/organisation\.yaml:13:\d+ error RK010 /);
    expect(run.stderr).toMatch(/organisation\.yaml:14:\d+ error RK010 .*exactly one of: package, path/);
  });
});
