// turbo restores a generator's out/ folder from cache only if its task names every input it reads
// and its output folder; these pin that for every generator the CLI knows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtIn, type Registered } from './generators.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(root + path, 'utf8'));

/** The package folder (relative to the repository) whose declaration this is. */
const packageDir = (r: Registered) =>
  relative(root, resolve('folder' in r.code ? r.code.folder : r.code.file, '..')).replaceAll('\\', '/');

/** Generators with a PDF per role (or person): many PDFs, much garbage. */
const manyPdfs = (r: Registered) =>
  r.declaration.artifacts.some((a) => a.mediaType === 'application/pdf' && a.path.includes('<'));

describe('turbo generate tasks', () => {
  it.each(builtIn.map((r) => [r.declaration.name, r] as const))(
    '%s declares its inputs and its output folder',
    (name, registered) => {
      const dir = packageDir(registered);
      const task = json(`${dir}/turbo.json`).tasks.generate;
      expect(task.outputs).toEqual([`$TURBO_ROOT$/out/${name}/**`]);
      expect(task.inputs).toContain('src/**');
      expect(task.inputs).toContain('$TURBO_ROOT$/model/**');
      const folder = registered.declaration.templates;
      const templateInputs = (task.inputs as string[]).filter((i) => i.includes('/templates/'));
      expect(templateInputs).toEqual(folder ? [`$TURBO_ROOT$/templates/${folder}/**`] : []);
      if (folder) expect(existsSync(`${root}templates/${folder}`)).toBe(true);
      // The built CLI (no TypeScript loader to start), the PDF generators with a larger young
      // generation (pdfmake makes garbage fast).
      const flags = manyPdfs(registered) ? ' --max-semi-space-size=64' : '';
      expect(json(`${dir}/package.json`).scripts.generate).toBe(
        `node${flags} ../../apps/cli/dist/main.js generate ${name} --model ../../model --out ../../out --cache ../../.rolekit/cache`,
      );
    },
  );

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
        const { types, 'rolekit-source': source, default: built } = target as Record<string, string>;
        expect(Object.keys(target as object), name).toEqual(['types', 'rolekit-source', 'default']);
        expect(types, name).toBe(source);
        expect(built, name).toBe(source!.replace('./src/', './dist/').replace(/\.ts$/, '.js'));
        return name;
      });
    });
    expect(checked).toContain('packages/render .');
  });

  it('keeps the templates package out of every generator hash, so one template edit reruns one generator', () => {
    const tasks = json('turbo.json').tasks;
    expect(tasks.generate.dependsOn).toEqual(['^transit', 'rolekit#build']);
    expect(tasks['@rolekit/templates#transit'].inputs).toEqual(['package.json', 'index.js', 'index.d.ts']);
    expect(json('package.json').scripts.generate).toBe('turbo run generate');
  });
});
