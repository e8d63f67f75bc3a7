// Memo keys and content keys are hashed from native JSON.stringify (see core's memo.ts), which
// writes a Map or a Set as `{}`: two different views holding one would share a key, and a stale
// rendering would be served. Every generator runs here with a cache, and every value any of them
// makes a key of must be plain data. If a generator stopped keying its renderings (no keys seen),
// the count below says so too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentKey, observeKeys, plainKeyProblem } from '@rolekit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { generatorNames } from './generators.js';
import { main } from './main.js';
import { memoryIo } from './testing.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

let dir: string | undefined;
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('the keys every generator caches its renderings by', () => {
  it('are plain data, which JSON writes unambiguously', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rolekit-memo-keys-'));
    const problems = new Set<string>();
    const generatorsSeen = new Set<string>();
    let keys = 0;
    observeKeys((key) => {
      keys++;
      const problem = plainKeyProblem(key);
      if (problem !== undefined) problems.add(`${JSON.stringify(key).slice(0, 80)}: ${problem}`);
      const generator = (key as { generator?: unknown } | null)?.generator;
      if (typeof generator === 'string') generatorsSeen.add(generator);
    });
    try {
      const run = memoryIo({ cwd: repo });
      const code = await main(
        [
          'generate',
          '--model',
          join(repo, 'packages/model/test/base'),
          '--out',
          join(dir, 'out'),
          '--cache',
          join(dir, 'cache'),
        ],
        run.io,
      );
      expect(run.stderr).toBe('');
      expect(code).toBe(0);
    } finally {
      observeKeys(undefined);
    }
    expect([...problems]).toEqual([]);
    expect(keys).toBeGreaterThan(50);
    // The generators that cache renderings all keyed some (codeowners renders nothing costly).
    expect([...generatorsSeen].sort()).toEqual(generatorNames.filter((n) => n !== 'codeowners').sort());
  }, 120_000);

  it('catch what JSON would flatten', () => {
    expect(plainKeyProblem({ a: [1, { b: new Map() }] })).toBe('.a[1].b is a Map');
    expect(plainKeyProblem({ s: new Set([1]) })).toBe('.s is a Set');
    expect(plainKeyProblem({ u: new Uint8Array(2) })).toBe('.u is a Uint8Array');
    expect(plainKeyProblem({ n: Number.NaN })).toBe('.n is NaN');
    expect(plainKeyProblem({ y: Symbol('y') })).toBe('.y is a symbol');
    // Code, skipped as stableStringify skipped it: the generator's sources salt the cache.
    expect(plainKeyProblem({ f: () => 1 })).toBeUndefined();
    expect(plainKeyProblem({ d: new Date(0), x: [null, 'a', 1, true], u: undefined })).toBeUndefined();
    // Different plain data, different keys; the same data in the same order, the same key.
    expect(contentKey({ a: [1, 2] })).not.toBe(contentKey({ a: [2, 1] }));
    expect(contentKey({ a: 1, b: 'x' })).toBe(contentKey({ a: 1, b: 'x' }));
  });
});
