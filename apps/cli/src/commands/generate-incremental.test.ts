// After a one-role edit, `rolekit generate` (every generator in one process, as `pnpm generate`'s
// task runs it) must write the files whose bytes changed and take every other output at its
// manifest's word, without reading it back: that is what keeps an incremental run fast. Every
// output is replaced here by bytes of the same size, dated before the manifest; if the writer read
// them, it would find them wrong and rewrite them, and the counts below would say so.
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CacheFolder } from '@rolekit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const base = join(repo, 'packages/model/test/base');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolekit-incremental-'));
  await cp(base, join(dir, 'model'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function generate(...more: string[]) {
  const run = memoryIo({ cwd: dir });
  const code = await main(
    ['generate', '--model', 'model', '--out', 'out', '--cache', 'cache', ...more],
    run.io,
  );
  return { code, stdout: run.stdout, stderr: run.stderr };
}

type Manifests = Record<string, Record<string, string>>;

async function manifests(): Promise<Manifests> {
  const out: Manifests = {};
  for (const generator of await readdir(join(dir, 'out')))
    out[generator] = JSON.parse(
      await readFile(join(dir, 'out', generator, '.rolekit-manifest.json'), 'utf8'),
    ).files;
  return out;
}

describe('generate after a one-role edit', () => {
  it('writes what changed and reads no other output back', async () => {
    const first = await generate();
    expect(first.code).toBe(0);
    const before = await manifests();
    expect(Object.keys(before).sort()).toEqual([
      'codeowners',
      'jira',
      'job-descriptions',
      'onboarding',
      'raci',
      'site',
    ]);

    // Same size, other bytes, dated before the manifest: believable, and wrong.
    const old = new Date('2020-01-01T00:00:00Z');
    for (const [generator, files] of Object.entries(before))
      for (const path of Object.keys(files)) {
        const file = join(dir, 'out', generator, path);
        await writeFile(file, Buffer.alloc((await stat(file)).size, 0x7e));
        await utimes(file, old, old);
      }

    const role = join(dir, 'model/roles/developer.yaml');
    await writeFile(
      role,
      (await readFile(role, 'utf8')).replace('summary: Writes the code.', 'summary: Ships the code.'),
    );
    const second = await generate();
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const after = await manifests();

    for (const [generator, files] of Object.entries(after)) {
      const changed = Object.keys(files).filter((path) => before[generator]?.[path] !== files[path]);
      const total = Object.keys(files).length;
      // Every changed file written, every other one unchanged without being looked at.
      expect(second.stdout).toContain(
        `${generator}: ${total} ${total === 1 ? 'file' : 'files'} in out/${generator} (${changed.length} written, ${total - changed.length} unchanged, 0 removed)`,
      );
      for (const path of Object.keys(files)) {
        const bytes = await readFile(join(dir, 'out', generator, path));
        expect(
          bytes.every((b) => b === 0x7e),
          `${generator}/${path}`,
        ).toBe(!changed.includes(path));
      }
    }
    // The developer's job descriptions (both audiences, every format) and the indexes that list
    // summaries: nothing else.
    expect(
      Object.keys(after['job-descriptions']!)
        .filter((p) => after['job-descriptions']![p] !== before['job-descriptions']![p])
        .sort(),
    ).toEqual([
      'developer.html',
      'developer.md',
      'developer.pdf',
      'index.html',
      'internal/developer.html',
      'internal/developer.md',
      'internal/developer.pdf',
      'internal/index.html',
    ]);

    // --check reads everything, so it is not fooled.
    const check = await generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('differs  out/raci/raci.pdf');
  }, 300_000);
});

describe('generate with units kept from the last run', () => {
  it('makes again a file removed or edited by hand, though nothing it reads changed', async () => {
    const own = await mkdtemp(join(tmpdir(), 'rolekit-units-'));
    try {
      await cp(base, join(own, 'model'), { recursive: true });
      const run = async () => {
        const io = memoryIo({ cwd: own });
        const code = await main(['generate', '--model', 'model', '--out', 'out', '--cache', 'cache'], io.io);
        return { code, stdout: io.stdout, stderr: io.stderr };
      };
      expect((await run()).code).toBe(0);
      // Each generator that builds in units kept them.
      for (const generator of ['job-descriptions', 'onboarding', 'site'])
        expect(
          JSON.parse(CacheFolder.open(join(own, 'cache')).read(`${generator}.units`)!.toString('utf8')).units,
        ).not.toEqual({});
      const md = join(own, 'out/job-descriptions/developer.md');
      const page = join(own, 'out/site/roles/developer.html');
      const good = { md: await readFile(md), page: await readFile(page) };
      await rm(md);
      await writeFile(page, 'edited by hand');
      const again = await run();
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('(1 written,');
      expect(await readFile(md)).toEqual(good.md);
      expect(await readFile(page)).toEqual(good.page);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  }, 300_000);
});
