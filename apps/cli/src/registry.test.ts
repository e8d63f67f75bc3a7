// Every generator is found from the registry (one line each) and has the shape written down in
// docs/CONTRIBUTING-generators.md; what its declaration says is true of the CLI and the docs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from './commands/generate.js';
import {
  builtIn,
  GENERATOR_MODULES,
  generatorNames,
  loadRegistry,
  optionSummary,
  type Registered,
} from './generators.js';
import { GENERATORS_DOC, renderGeneratorsDoc } from './generators-doc.js';
import { program } from './main.js';
import { memoryIo } from './testing.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packageDir = (r: Registered) => resolve('folder' in r.code ? r.code.folder : r.code.file, '..');

function filesBelow(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(`${dir}/${e.name}`, base) : [relative(base, `${dir}/${e.name}`)],
  );
}

/** The shape of a generator package (docs/CONTRIBUTING-generators.md); empty when it has it. */
export function shapeProblems(dir: string, name: string, docs = `${root}docs`): string[] {
  const problems: string[] = [];
  if (basename(dir) !== name) problems.push(`the package folder is ${basename(dir)}, not ${name}`);
  for (const file of ['declaration.ts', 'index.ts', 'generate.ts', 'view.ts', 'options.ts'])
    if (!existsSync(`${dir}/src/${file}`)) problems.push(`no src/${file}`);
  if (problems.length > 0) return problems;
  const declaration = readFileSync(`${dir}/src/declaration.ts`, 'utf8');
  if (!declaration.includes("load: () => import('./generate.js')"))
    problems.push("src/declaration.ts does not load its code with load: () => import('./generate.js')");
  // The declaration is read by every run: it may import the core and its own options only.
  for (const m of declaration.matchAll(/^import .* from '([^']+)';$/gm))
    if (!['@rolekit/core', './options.js'].includes(m[1]!))
      problems.push(`src/declaration.ts imports ${m[1]} (only @rolekit/core and ./options.js)`);
  const index = readFileSync(`${dir}/src/index.ts`, 'utf8');
  if (
    !/^export \{ declaration \}/m.test(index) ||
    !/^export (const \w+Generator = defineGenerator\(declaration, |\{ \w+Generator \} from)/m.test(index)
  )
    problems.push(
      'src/index.ts does not export its declaration and <name>Generator = defineGenerator(declaration, code)',
    );
  for (const file of filesBelow(`${dir}/src`)) {
    const fixtureLike = /fixture|support|^testing\//.test(file);
    if (fixtureLike && !/^fixture(-[a-z]+)?\.ts$/.test(file))
      problems.push(`src/${file}: test fixtures are src/fixture.ts (and fixture-<part>.ts)`);
  }
  if (!existsSync(`${docs}/${name}.md`)) problems.push(`no docs/${name}.md`);
  return problems;
}

describe('the generator registry', () => {
  it('finds every generator package from its one line', () => {
    expect(builtIn.map((r) => [r.declaration.name, relative(root, packageDir(r))])).toEqual([
      ['job-descriptions', 'packages/job-descriptions'],
      ['raci', 'packages/raci'],
      ['codeowners', 'packages/codeowners'],
      ['jira', 'packages/jira'],
      ['onboarding', 'packages/onboarding'],
      ['site', 'packages/site'],
    ]);
  });

  it.each(builtIn.map((r) => [r.declaration.name, r] as const))('%s has the one shape', (name, r) => {
    expect(shapeProblems(packageDir(r), name)).toEqual([]);
  });

  it('tells a package of another shape what it lacks', () => {
    const problems = shapeProblems(`${root}packages/core`, 'raci');
    expect(problems).toEqual([
      'the package folder is core, not raci',
      'no src/declaration.ts',
      'no src/generate.ts',
      'no src/view.ts',
    ]);
  });

  it('declares the commands the CLI has under its name, and no others', async () => {
    const cli = await program(memoryIo().io, { code: 0 });
    for (const { declaration } of builtIn) {
      const group = cli.commands.find((c) => c.name() === declaration.name);
      const actual = group ? group.commands.map((c) => c.name()).sort() : [];
      expect(actual, declaration.name).toEqual(declaration.commands.map((c) => c.name).sort());
    }
  });

  it('declares only diagnostic codes the catalogue explains', () => {
    const catalogue = readFileSync(`${root}docs/diagnostics.md`, 'utf8');
    for (const { declaration } of builtIn) {
      expect(declaration.checks.length, declaration.name).toBeGreaterThan(0);
      for (const check of declaration.checks)
        expect(catalogue, declaration.name).toContain(`| ${check.code} |`);
    }
  });

  it('keeps docs/generators.md in step with the declarations (pnpm --filter rolekit docs rewrites it)', () => {
    const doc = readFileSync(GENERATORS_DOC, 'utf8');
    expect(doc).toBe(renderGeneratorsDoc(builtIn));
    expect(doc).toMatch(/^\| `pageSize` +\| string +\| `A4`, `A3` +\| paper for raci.pdf/m);
    expect(doc).not.toContain('`roles`');
  });

  it('lists the declarations without loading any generator’s code (Handlebars and pdf-lib come with the code)', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const { builtIn, optionSummary, loadGenerators } = await import('./apps/cli/src/generators.ts');",
      'optionSummary(builtIn);',
      'const heavy = () => Object.keys(createRequire(import.meta.url).cache).filter((p) => /handlebars|pdf-lib/.test(p)).length;',
      'const before = heavy();',
      "await loadGenerators(['job-descriptions']);",
      'console.log(JSON.stringify([before, heavy() > 0]));',
    ].join('\n');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--conditions=rolekit-source', '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([0, true]);
  });

  it('takes a sixth generator from one package and one line', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'rolekit-throwaway-'));
    try {
      const pkg = join(tmp, 'packages/throwaway');
      const files: Record<string, string> = {
        'package.json': '{ "name": "@rolekit/throwaway", "type": "module" }\n',
        'src/options.ts': [
          'export interface ThrowawayOptions { shout: boolean; roles?: readonly string[] }',
          'export const defaultOptions: ThrowawayOptions = { shout: false };',
          "export const optionsSchema = { shout: { type: 'boolean', description: 'upper case' }, roles: { type: 'list', internal: true, description: 'by --role' } } as const;",
        ].join('\n'),
        'src/declaration.ts': [
          "import { defaultOptions, optionsSchema } from './options.js';",
          'export const declaration = {',
          "  name: 'throwaway', description: 'a list of role titles', templates: null,",
          '  options: optionsSchema, defaultOptions, checks: [], commands: [],',
          "  artifacts: [{ path: 'titles.txt', mediaType: 'text/plain', description: 'every title' }],",
          "  load: () => import('./generate.js'),",
          '};',
        ].join('\n'),
        'src/view.ts':
          'export const titles = (model: { roles: readonly { title: string }[] }) => model.roles.map((r) => r.title);',
        'src/generate.ts': [
          "import { titles } from './view.js';",
          'export function generate(ctx: { model: never; options: { shout: boolean } }) {',
          "  const text = titles(ctx.model).map((t) => t + '\\n').join('');",
          "  return [{ path: 'titles.txt', bytes: new TextEncoder().encode(ctx.options.shout ? text.toUpperCase() : text), mediaType: 'text/plain' }];",
          '}',
        ].join('\n'),
        'src/index.ts': [
          "import { declaration } from './declaration.js';",
          "import { generate } from './generate.js';",
          'const validate = undefined;',
          'const defineGenerator = (d: object, code: object) => ({ ...d, ...code });',
          'export const throwawayGenerator = defineGenerator(declaration, { validate, generate });',
          'export { declaration };',
        ].join('\n'),
      };
      for (const [path, text] of Object.entries(files)) {
        await mkdir(join(pkg, path, '..'), { recursive: true });
        await writeFile(join(pkg, path), text);
      }
      await mkdir(join(tmp, 'docs'));
      await writeFile(join(tmp, 'docs/throwaway.md'), '# throwaway\n');

      // The one line: the package's declaration, added to the registry.
      const registry = await loadRegistry([
        ...GENERATOR_MODULES,
        pathToFileURL(join(pkg, 'src/declaration.ts')).href,
      ]);
      expect(registry.map((r) => r.declaration.name)).toEqual([...generatorNames, 'throwaway']);
      expect(shapeProblems(pkg, 'throwaway', join(tmp, 'docs'))).toEqual([]);
      expect(optionSummary(registry)).toMatch(/; throwaway: shout$/);
      expect(renderGeneratorsDoc(registry)).toContain('## throwaway\n\na list of role titles.');

      const run = memoryIo({ cwd: tmp });
      const base = join(root, 'packages/model/test/base');
      const options = {
        model: base,
        out: 'out',
        check: false,
        cache: 'cache',
        option: ['throwaway.shout=true'],
      };
      expect(await generate(run.io, ['throwaway'], options, registry)).toBe(0);
      expect(run.stdout).toBe('throwaway: 1 file in out/throwaway (1 written, 0 unchanged, 0 removed)\n');
      expect(await readFile(join(tmp, 'out/throwaway/titles.txt'), 'utf8')).toBe(
        'DEVELOPER\nLEAD\nOPERATOR\nTESTER\n',
      );
      const check = memoryIo({ cwd: tmp });
      expect(await generate(check.io, ['throwaway'], { ...options, check: true }, registry)).toBe(0);
      expect(check.stdout).toBe('throwaway: up to date (1 file)\n');
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
