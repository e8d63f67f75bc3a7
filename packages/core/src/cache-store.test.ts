import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheFolder, digestOf, entryName, installedVersions } from './cache-store.js';
import { diskMemo } from './memo.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (s: string) => new TextEncoder().encode(s);
const fresh = () => mkdtempSync(join(tmpdir(), 'rolekit-cache-store-'));

describe('a damaged rendering cache entry', () => {
  it.each([
    ['cut off', (bytes: Buffer) => bytes.subarray(0, bytes.length - 3)],
    [
      'with a flipped byte',
      (bytes: Buffer) => {
        bytes[bytes.length - 1]! ^= 1;
        return bytes;
      },
    ],
    ['some other file', () => Buffer.from('%PDF-1.3 not from rolekit')],
    ['empty', () => Buffer.alloc(0)],
  ])('is a miss when %s: rendered again, right bytes, and repaired', async (_name, damage) => {
    const dir = fresh();
    const first = await diskMemo(dir, 'v1');
    await first.memo({ role: 'qa' }, async () => encode('the real PDF'));
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name!), damage(readFileSync(join(dir, name!))));
    const second = await diskMemo(dir, 'v1');
    let renders = 0;
    const bytes = await second.memo({ role: 'qa' }, async () => {
      renders++;
      return encode('the real PDF');
    });
    expect([text(bytes), renders, second.hits, second.misses]).toEqual(['the real PDF', 1, 0, 1]);
    const third = await diskMemo(dir, 'v1');
    expect(text(await third.memo({ role: 'qa' }, async () => encode('never')))).toBe('the real PDF');
    expect(third.hits).toBe(1);
  });

  it('is never read through a link, even one named like an entry', async () => {
    const dir = fresh();
    const secret = join(dir, 'secret');
    mkdirSync(secret);
    const memoDir = join(dir, 'memo');
    mkdirSync(memoDir);
    // A well-formed entry elsewhere, linked in under the name the key gives.
    const elsewhere = CacheFolder.open(secret);
    const name = entryName('s', JSON.stringify('k'));
    elsewhere.write(name, encode('planted'));
    symlinkSync(join(secret, name), join(memoDir, name));
    const memo = await diskMemo(memoDir, 's');
    expect(text(await memo.memo('k', async () => encode('rendered')))).toBe('rendered');
    expect(memo.misses).toBe(1);
    expect(readFileSync(join(secret, name)).toString('utf8')).toContain('planted');
  });
});

describe('pruning', () => {
  it('removes what the run did not use, but not what a process alongside used or wrote', async () => {
    const dir = fresh();
    const seed = await diskMemo(dir, 's');
    for (const role of ['qa', 'dev', 'ops']) await seed.memo({ role }, async () => encode(role));
    // Entries from an earlier run: last used a minute ago.
    const old = new Date(Date.now() - 60_000);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), old, old);
    writeFileSync(join(dir, 'notes.md'), 'not a cache entry');

    const mine = await diskMemo(dir, 's');
    const alongside = await diskMemo(dir, 's');
    await mine.memo({ role: 'qa' }, async () => encode('never'));
    await alongside.memo({ role: 'dev' }, async () => encode('never')); // a hit, marked as used now
    await alongside.memo({ role: 'sec' }, async () => encode('sec')); // written now
    expect(await mine.prune()).toBe(1); // ops only
    const left = await diskMemo(dir, 's');
    for (const role of ['qa', 'dev', 'sec'])
      expect(text(await left.memo({ role }, async () => encode('missed')))).toBe(role);
    expect(left.hits).toBe(3);
    expect(readdirSync(dir)).toContain('notes.md');
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('removes temporary files an interrupted write left, once they are old', async () => {
    const dir = fresh();
    const name = `${'a'.repeat(64)}.4242.0badcafe.tmp`;
    writeFileSync(join(dir, name), 'half');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, name), old, old);
    const memo = await diskMemo(dir, 's');
    expect(await memo.prune()).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('digestOf', () => {
  it('is the sha256 of the bytes, also for bytes read from an entry', async () => {
    const dir = fresh();
    const folder = CacheFolder.open(dir);
    folder.write('x', encode('hello'));
    const read = folder.read('x')!;
    const expected = createHash('sha256').update('hello').digest('hex');
    expect(digestOf(read)).toBe(expected);
    expect(digestOf(encode('hello'))).toBe(expected);
  });
});

describe('installedVersions', () => {
  it('reads each version from package.json, following dependencies, and says when one is missing', () => {
    const dir = fresh();
    const pkg = (at: string, name: string, version: string) => {
      mkdirSync(join(at, 'node_modules', name), { recursive: true });
      writeFileSync(join(at, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
      return join(at, 'node_modules', name);
    };
    const kit = join(dir, 'kit');
    mkdirSync(kit);
    const a = pkg(kit, 'lib-a', '1.2.3');
    pkg(a, 'lib-b', '4.5.6'); // only lib-a sees lib-b
    expect(installedVersions(kit, ['lib-a', 'lib-b', 'lib-c'])).toEqual({
      'lib-a': '1.2.3',
      'lib-b': '4.5.6',
      'lib-c': 'missing',
    });
  });
});
