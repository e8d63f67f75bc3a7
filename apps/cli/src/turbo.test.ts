// turbo restores a generator's out/ folder from cache only if its task names every input it reads
// and its output folder; these pin that for every generator the CLI knows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatorNames } from './generators.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(root + path, 'utf8'));
const TEMPLATE_FOLDERS: Record<string, string | undefined> = {
  'job-descriptions': 'job-description',
  raci: 'raci',
  onboarding: 'onboarding',
  site: 'site',
};

const PDF_GENERATORS = new Set(['job-descriptions', 'onboarding', 'raci']);

describe('turbo generate tasks', () => {
  it.each([...generatorNames])('%s declares its inputs and its output folder', (name) => {
    const task = json(`packages/${name}/turbo.json`).tasks.generate;
    expect(task.outputs).toEqual([`$TURBO_ROOT$/out/${name}/**`]);
    expect(task.inputs).toContain('src/**');
    expect(task.inputs).toContain('$TURBO_ROOT$/model/**');
    const folder = TEMPLATE_FOLDERS[name];
    const templateInputs = (task.inputs as string[]).filter((i) => i.includes('/templates/'));
    expect(templateInputs).toEqual(folder ? [`$TURBO_ROOT$/templates/${folder}/**`] : []);
    if (folder) expect(existsSync(`${root}templates/${folder}`)).toBe(true);
    // The built CLI (no TypeScript loader to start), the PDF generators with a larger young
    // generation (pdfmake makes garbage fast).
    const flags = PDF_GENERATORS.has(name) ? ' --max-semi-space-size=64' : '';
    expect(json(`packages/${name}/package.json`).scripts.generate).toBe(
      `node${flags} ../../apps/cli/dist/main.js generate ${name} --model ../../model --out ../../out --cache ../../.rolekit/cache`,
    );
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
