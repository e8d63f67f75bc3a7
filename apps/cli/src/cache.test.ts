import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskMemo, installedVersions, loadTemplates } from '@rolekit/core';
import { defaultTemplatesDir } from '@rolekit/templates';
import { syntheticOrganisation } from '@rolekit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERING_LIBRARIES, renderingSalt } from './cache.js';
import { main } from './main.js';
import { memoryIo } from './testing.js';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-rendering-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A render kit's node_modules with the four rendering libraries at the given versions. */
function libraries(versions: Record<string, string>): string {
  const kit = join(fresh(), 'kit');
  for (const [name, version] of Object.entries(versions)) {
    mkdirSync(join(kit, 'node_modules', name), { recursive: true });
    writeFileSync(join(kit, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  return kit;
}

describe('the rendering cache key', () => {
  const installed = { pdfmake: '0.3.9', pdfkit: '0.18.0', fontkit: '2.0.4', handlebars: '4.7.10' };

  it.each(RENDERING_LIBRARIES)('changes when %s is upgraded, so no stale PDF is served', async (name) => {
    const templates = await loadTemplates([defaultTemplatesDir]);
    const before = await renderingSalt('job-descriptions', templates, { libraries: libraries(installed) });
    const upgraded = { ...installed, [name]: `${installed[name]}-patched` };
    const after = await renderingSalt('job-descriptions', templates, { libraries: libraries(upgraded) });
    expect(after).not.toBe(before);
    const cache = fresh();
    const old = await diskMemo(cache, before);
    await old.memo({ role: 'qa' }, async () => new TextEncoder().encode('PDF by the old version'));
    const now = await diskMemo(cache, after);
    const bytes = await now.memo({ role: 'qa' }, async () => new TextEncoder().encode('PDF by the new one'));
    expect([new TextDecoder().decode(bytes), now.hits, now.misses]).toEqual(['PDF by the new one', 0, 1]);
  });

  it('reads the versions actually installed for the render kit', () => {
    const render = dirname(fileURLToPath(import.meta.resolve('@rolekit/render')));
    const pdfmake = createRequire(`${render}/`).resolve('pdfmake/package.json');
    const versions = installedVersions(render, RENDERING_LIBRARIES);
    expect(versions['pdfmake']).toBe(JSON.parse(readFileSync(pdfmake, 'utf8')).version);
    for (const name of RENDERING_LIBRARIES) expect(versions[name]).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('rolekit generate and its rendering cache', () => {
  it('keeps only what the latest full run used, and a partial run or a check removes nothing', async () => {
    const dir = fresh();
    for (const [file, text] of syntheticOrganisation({ roles: 6, people: 20, repos: 2, activities: 6 })) {
      mkdirSync(dirname(join(dir, 'model', file)), { recursive: true });
      writeFileSync(join(dir, 'model', file), text);
    }
    const generate = async (...args: string[]) => {
      const run = memoryIo({ cwd: dir });
      const code = await main(
        ['generate', 'job-descriptions', '--option', 'job-descriptions.formats=md,html', ...args],
        run.io,
      );
      return { code, stderr: run.stderr };
    };
    const entries = () => readdirSync(join(dir, '.rolekit/cache/job-descriptions')).sort();
    expect((await generate()).code).toBe(0);
    const first = entries();
    expect(first).toHaveLength(6 * 2 * 2); // roles x audiences x formats
    const role = join(dir, 'model/roles/role-0002.yaml');
    writeFileSync(role, readFileSync(role, 'utf8').replace(/^summary: /m, 'summary: Edited. '));

    // A check and a run for one role use some entries only: nothing goes.
    expect((await generate('--role', 'role-0003')).code).toBe(0);
    expect((await generate('--check')).code).toBe(1); // role-0002's files differ
    expect(entries().filter((e) => first.includes(e))).toEqual(first);

    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await generate()).code).toBe(0);
    const second = entries();
    expect(second).toHaveLength(first.length);
    // The edited role's four entries were replaced, every other one kept.
    expect(first.filter((e) => !second.includes(e))).toHaveLength(4);
  });
});

describe('rolekit generate after its cache was damaged', () => {
  it('renders what it needs again and writes the right bytes', async () => {
    const dir = fresh();
    for (const [file, text] of syntheticOrganisation({ roles: 4, people: 10, repos: 2, activities: 4 })) {
      mkdirSync(dirname(join(dir, 'model', file)), { recursive: true });
      writeFileSync(join(dir, 'model', file), text);
    }
    const generate = async (...args: string[]) => {
      const run = memoryIo({ cwd: dir });
      const code = await main(
        ['generate', 'job-descriptions', '--option', 'job-descriptions.formats=md,html', ...args],
        run.io,
      );
      return { code, stdout: run.stdout, stderr: run.stderr };
    };
    expect((await generate()).code).toBe(0);
    const file = join(dir, 'out/job-descriptions/role-0001.md');
    const right = readFileSync(file, 'utf8');
    const entries = join(dir, '.rolekit/cache/job-descriptions');
    for (const name of readdirSync(entries)) {
      const bytes = readFileSync(join(entries, name));
      writeFileSync(join(entries, name), bytes.subarray(0, bytes.length - 1)); // cut off
    }
    writeFileSync(file, 'edited by hand');
    const again = await generate();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/job-descriptions: \d+ files in out\/job-descriptions \(1 written,/);
    expect(readFileSync(file, 'utf8')).toBe(right);
    expect((await generate('--check')).code).toBe(0);
  });
});
