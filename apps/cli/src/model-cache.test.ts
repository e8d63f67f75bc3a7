import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadModel, type SourceLocation } from '@rolekit/model';
import { syntheticOrganisation } from '@rolekit/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { modelCachePath, modelCacheSalt, openModelCache } from './model-cache.js';
import { memoryIo } from './testing.js';

const cli = fileURLToPath(new URL('./main.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// A small synthetic organisation: valid, with warnings that point into activities.yaml.
const files = syntheticOrganisation({ roles: 30, people: 300, repos: 10, activities: 30 });

let dir: string;
let modelDir: string;
let cacheFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rolekit-model-cache-'));
  dirs.push(dir);
  modelDir = join(dir, 'model');
  for (const [file, text] of files) {
    mkdirSync(dirname(join(modelDir, file)), { recursive: true });
    writeFileSync(join(modelDir, file), text);
  }
  cacheFile = modelCachePath(join(dir, 'cache'));
});

/** Loads the model through the cache file, as `rolekit generate` does, and saves it. */
async function load(salt = 'salt') {
  const cache = openModelCache(cacheFile, salt);
  const result = await loadModel(modelDir, { parsed: cache });
  cache.save();
  return { result, hits: cache.hits };
}

/** Every entity with every position worked out, and every diagnostic, as text. */
const snapshot = (result: Awaited<ReturnType<typeof loadModel>>) =>
  // `this[key]`: the position itself, which JSON alone leaves out (LazyLocation.toJSON).
  JSON.stringify(
    [result.ok && result.value, result.diagnostics],
    function (this: Record<string, SourceLocation>, key, value) {
      return key === 'at'
        ? `${this[key]!.file}:${this[key]!.line}:${this[key]!.column} ${this[key]!.pointer}`
        : value;
    },
  );

describe('the model cache', () => {
  it('gives a second load every file, an equal model and the same diagnostics', async () => {
    const first = await load();
    expect(first.hits).toBe(0);
    expect(first.result.diagnostics.some((d) => d.severity === 'warning' && d.line)).toBe(true);
    const second = await load();
    expect(second.hits).toBe(files.size);
    expect(snapshot(second.result)).toBe(snapshot(first.result));
  });

  it('parses an edited file again, and keeps only the current files', async () => {
    await load();
    const role = join(modelDir, 'roles/role-0007.yaml');
    writeFileSync(role, readFileSync(role, 'utf8').replace(/^summary: /m, 'summary: Edited. '));
    const edited = await load();
    expect(edited.hits).toBe(files.size - 1);
    expect(edited.result.ok && edited.result.value.role('role-0007')?.summary).toMatch(/^Edited\. /);
    const again = await load();
    expect(again.hits).toBe(files.size);
    // The old role-0007 is gone: the file holds one model's files, however often they change.
    expect(snapshot(again.result)).toBe(snapshot(edited.result));
  });

  it('ignores a file made with other code (another salt)', async () => {
    await load('one');
    expect((await load('two')).hits).toBe(0);
  });

  it.each([
    [
      'a flipped byte',
      (bytes: Buffer) => {
        bytes[bytes.length - 10]! ^= 1;
        return bytes;
      },
    ],
    ['a cut-off end', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['some other file', () => Buffer.from('not a rolekit cache\n')],
    ['an empty file', () => Buffer.alloc(0)],
  ])('ignores %s and writes a good file in its place', async (_name, corrupt) => {
    const fresh = await load();
    writeFileSync(cacheFile, corrupt(readFileSync(cacheFile)));
    const corrupted = await load();
    expect(corrupted.hits).toBe(0);
    expect(snapshot(corrupted.result)).toBe(snapshot(fresh.result));
    expect((await load()).hits).toBe(files.size);
  });

  it('does not rewrite the file when nothing changed', async () => {
    await load();
    const before = statSync(cacheFile);
    await load();
    expect(statSync(cacheFile).mtimeMs).toBe(before.mtimeMs);
  });

  it('lets rolekit generate print the same warnings and write the same files from it', async () => {
    const run = async (out: string) => {
      const result = memoryIo({ cwd: dir });
      const code = await main(['generate', 'codeowners', '--out', out, '--cache', 'cache'], result.io);
      return { code, stderr: result.stderr };
    };
    const first = await run('one');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('warning RK026');
    expect(readdirSync(dirname(cacheFile))).toEqual(['parsed-files']);
    const second = await run('two');
    expect(second).toEqual(first);
    const rerun = openModelCache(cacheFile, await modelCacheSalt());
    await loadModel(modelDir, { parsed: rerun });
    expect(rerun.hits).toBe(files.size);
  });

  it('stays whole when several processes write it at once', async () => {
    const generate = (out: string) =>
      promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          cli,
          'generate',
          'codeowners',
          ...['--model', modelDir, '--out', out, '--cache', join(dir, 'cache')],
        ],
        { cwd: root, env: { ...process.env, INIT_CWD: root } },
      );
    await Promise.all(['a', 'b', 'c', 'd'].map((out) => generate(join(dir, out))));
    expect(readdirSync(dirname(cacheFile))).toEqual(['parsed-files']);
    const cache = openModelCache(cacheFile, await modelCacheSalt());
    await loadModel(modelDir, { parsed: cache });
    expect(cache.hits).toBe(files.size);
  }, 60_000);
});

describe('a model cache folder planted as a link', () => {
  it('is neither read nor written through', async () => {
    const { symlinkSync } = await import('node:fs');
    const precious = join(dir, 'precious');
    mkdirSync(precious);
    writeFileSync(join(precious, 'notes.md'), 'years of work');
    mkdirSync(join(dir, '.rolekit', 'cache'), { recursive: true });
    symlinkSync(precious, join(dir, '.rolekit', 'cache', 'model'));
    const path = modelCachePath(join(dir, '.rolekit', 'cache'));
    const salt = await modelCacheSalt();
    // A cache file waiting behind the link would be read without the check.
    const seeded = openModelCache(join(precious, 'parsed-files'), salt);
    seeded.set('k', { planted: true });
    seeded.save();
    const planted = readFileSync(join(precious, 'parsed-files'));

    const cache = openModelCache(path, salt, { root: dir });
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', { parsed: true });
    cache.save();
    expect(readdirSync(precious).sort()).toEqual(['notes.md', 'parsed-files']);
    expect(readFileSync(join(precious, 'parsed-files')).equals(planted)).toBe(true);

    // Without a planted link the same calls do write the cache.
    rmSync(join(dir, '.rolekit', 'cache', 'model'));
    const plain = openModelCache(path, salt, { root: dir });
    plain.set('k', { parsed: true });
    plain.save();
    expect(statSync(path).isFile()).toBe(true);
  });
});
