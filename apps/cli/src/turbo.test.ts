// turbo restores out/ from its cache only if the generate task names every input it reads and its
// output folder; these pin that, and that `pnpm generate` is one process for every generator.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtIn } from './generators.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(root + path, 'utf8'));

describe('turbo generate task', () => {
  it('is one task, the CLI running every generator in one process, with its inputs and out/', () => {
    const task = json('apps/cli/turbo.json').tasks.generate;
    expect(task.outputs).toEqual(['$TURBO_ROOT$/out/**']);
    expect(task.inputs).toEqual(
      expect.arrayContaining(['src/**', '$TURBO_ROOT$/model/**', '$TURBO_ROOT$/templates/**']),
    );
    // Every generator's templates are under the one templates input.
    for (const { declaration } of builtIn)
      if (declaration.templates) expect(existsSync(`${root}templates/${declaration.templates}`)).toBe(true);
    // The built CLI (no TypeScript loader to start), every generator at once (the model loaded
    // once), with a larger young generation for the PDF generators (pdfmake makes garbage fast).
    expect(json('apps/cli/package.json').scripts.generate).toBe(
      'node --max-semi-space-size=64 dist/main.js generate --model ../../model --out ../../out --cache ../../.rolekit/cache',
    );
    // No generator package has a task of its own: it would run a second process loading the model.
    for (const dir of readdirSync(`${root}packages`)) {
      expect(json(`packages/${dir}/package.json`).scripts?.generate, dir).toBeUndefined();
      expect(existsSync(`${root}packages/${dir}/turbo.json`), dir).toBe(false);
    }
  });

  it('exports the build by default (what npm users run) and the source under rolekit-source', () => {
    const dirs = ['apps/cli', ...readdirSync(`${root}packages`).map((d) => `packages/${d}`)];
    const checked = dirs.flatMap((dir) => {
      const exports = (json(`${dir}/package.json`).exports ?? {}) as Record<string, unknown>;
      return Object.entries(exports).map(([path, target]) => {
        const name = `${dir} ${path}`;
        if (typeof target === 'string') {
          expect(target, name).not.toMatch(/^\.\/src\//);
          return name;
        }
        const {
          types,
          'rolekit-source': source,
          'rolekit-bench': bench,
          default: built,
        } = target as Record<string, string>;
        // A bench harness entry is never built: `pnpm bench` runs the builds of everything else
        // and takes it from its source under the rolekit-bench condition.
        const conditions =
          path === './bench'
            ? ['types', 'rolekit-source', 'rolekit-bench', 'default']
            : ['types', 'rolekit-source', 'default'];
        expect(Object.keys(target as object), name).toEqual(conditions);
        if (path === './bench') expect(bench, name).toBe(source);
        expect(types, name).toBe(source);
        expect(built, name).toBe(source!.replace('./src/', './dist/').replace(/\.ts$/, '.js'));
        return name;
      });
    });
    expect(checked).toContain('packages/render .');
  });

  it('runs generate after the CLI is built, through turbo', () => {
    const tasks = json('turbo.json').tasks;
    expect(tasks.generate.dependsOn).toEqual(['^transit', 'rolekit#build']);
    expect(tasks['@rolekit/templates#transit'].inputs).toEqual(['package.json', 'index.js', 'index.d.ts']);
    expect(json('package.json').scripts.generate).toBe('turbo run generate');
  });
});
