import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskMemo, stableStringify } from './memo.js';

describe('stableStringify', () => {
  it('ignores key order and undefined fields', () => {
    expect(stableStringify({ b: 1, a: [2, { d: undefined, c: 3 }] })).toBe(
      stableStringify({ a: [2, { c: 3 }], b: 1 }),
    );
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: 2 }));
  });

  it('writes exactly the JSON it always has, so existing cache entries keep their keys', () => {
    const value = {
      b: 1,
      a: [2, { d: undefined, c: 3, f: () => 1 }, undefined, null],
      t: new Date(0),
      u: new Uint8Array([1, 2, 3]),
      s: 'quote " here',
      n: null,
      e: {},
      z: [],
      '': { 'k"': true },
    };
    expect(stableStringify(value)).toBe(
      '{"":{"k\\"":true},"a":[2,{"c":3},null,null],"b":1,"e":{},"n":null,"s":"quote \\" here","t":"1970-01-01T00:00:00.000Z","u":"AQID","z":[]}',
    );
    expect(stableStringify({ skipped: undefined, kept: 1 })).toBe('{"kept":1}');
    expect(stableStringify({ first: undefined })).toBe('{}');
  });
});

describe('diskMemo', () => {
  it('renders once per key and salt, serves the same bytes after, and prunes unused entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolekit-memo-'));
    let renders = 0;
    const render = (text: string) => async () => {
      renders++;
      return new TextEncoder().encode(text);
    };
    const first = await diskMemo(dir, 'v1');
    expect(new TextDecoder().decode(await first.memo({ role: 'qa' }, render('qa')))).toBe('qa');
    await first.memo({ role: 'dev' }, render('dev'));
    // prune() keeps what was used since a memo was opened, to the millisecond: let one pass.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await diskMemo(dir, 'v1');
    expect(new TextDecoder().decode(await second.memo({ role: 'qa' }, render('never')))).toBe('qa');
    expect([second.hits, second.misses, renders]).toEqual([1, 0, 2]);
    expect(await second.prune()).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
    const otherSalt = await diskMemo(dir, 'v2');
    await otherSalt.memo({ role: 'qa' }, render('qa again'));
    expect(renders).toBe(3);
  });
});

describe('a cache folder planted as a link', () => {
  it('is refused, and prune() never removes what the memo did not write', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const base = mkdtempSync(join(tmpdir(), 'rolekit-memo-link-'));
    const precious = join(base, 'documents');
    mkdirSync(precious);
    writeFileSync(join(precious, 'thesis.md'), 'years of work');
    mkdirSync(join(base, '.rolekit', 'cache'), { recursive: true });
    symlinkSync(precious, join(base, '.rolekit', 'cache', 'job-descriptions'));
    await expect(
      diskMemo(join(base, '.rolekit', 'cache', 'job-descriptions'), 's', { root: base }),
    ).rejects.toThrow(/job-descriptions is a symbolic link/);
    // Even where a link is allowed (a folder the user named), prune() touches only cache entries.
    const memo = await diskMemo(precious, 's');
    await memo.memo('k', async () => new Uint8Array([1]));
    await memo.prune();
    expect(readdirSync(precious).filter((n) => !/^[0-9a-f]{64}$/.test(n))).toEqual(['thesis.md']);
  });
});
