// The output folder is committed in model repositories, so a pull request can plant anything in
// it: links to elsewhere, files of its own, a forged manifest, temporary files. The writer must
// never read, write or delete outside it, nor overwrite a file it did not write.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textArtifact } from './generator.js';
import { planMerge } from './shards.js';
import { checkArtifacts, lockOutputs, MANIFEST, MAX_MANIFEST_BYTES, writeArtifacts } from './writer.js';

const md = (path: string, text: string) => textArtifact(path, text, 'text/markdown');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** An --out folder with a generator folder `demo` in it, and a folder outside both. */
function setup() {
  const base = mkdtempSync(join(tmpdir(), 'rolekit-hostile-'));
  const root = join(base, 'out');
  const elsewhere = join(base, 'elsewhere');
  mkdirSync(join(root, 'demo'), { recursive: true });
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'old.json'), 'precious');
  const opts = { root, shown: 'out' };
  return { root, dir: join(root, 'demo'), elsewhere, opts };
}

const manifest = (dir: string, files: Record<string, string>) =>
  writeFileSync(join(dir, MANIFEST), JSON.stringify({ generator: 'demo', files }));

describe('links planted in the output folder', () => {
  it('a folder link plus a manifest entry neither deletes nor writes outside --out', async () => {
    const { dir, elsewhere, opts } = setup();
    symlinkSync(elsewhere, join(dir, 'schemes'));
    // The manifest claims rolekit wrote schemes/old.json with exactly the bytes found through the link.
    manifest(dir, { 'schemes/old.json': sha('precious') });
    const attempt = writeArtifacts('demo', dir, [md('a.md', 'A'), md('schemes/new.json', '{}')], opts);
    await expect(attempt).rejects.toThrow(
      'out/demo/schemes is a symbolic link; rolekit never follows links in its output folder: remove it\nnothing was written',
    );
    expect(readdirSync(elsewhere)).toEqual(['old.json']);
    expect(readFileSync(join(elsewhere, 'old.json'), 'utf8')).toBe('precious');
    expect(existsSync(join(dir, 'a.md'))).toBe(false);
  });

  it('a stale manifest entry through a folder link is refused, not deleted', async () => {
    const { dir, elsewhere, opts } = setup();
    symlinkSync(elsewhere, join(dir, 'schemes'));
    manifest(dir, { 'schemes/old.json': sha('precious') });
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A')], opts)).rejects.toThrow(
      /out\/demo\/schemes is a symbolic link/,
    );
    expect(readFileSync(join(elsewhere, 'old.json'), 'utf8')).toBe('precious');
  });

  it('a link deeper down is found too', async () => {
    const { dir, elsewhere, opts } = setup();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    symlinkSync(elsewhere, join(dir, 'a', 'b', 'c'));
    await expect(writeArtifacts('demo', dir, [md('a/b/c/d/e.md', 'E')], opts)).rejects.toThrow(
      /out\/demo\/a\/b\/c is a symbolic link/,
    );
    expect(readdirSync(elsewhere)).toEqual(['old.json']);
  });

  it('the generator folder itself may not be a link', async () => {
    const { root, dir, elsewhere, opts } = setup();
    const linked = join(root, 'linked');
    symlinkSync(elsewhere, linked);
    await expect(writeArtifacts('demo', linked, [md('a.md', 'A')], opts)).rejects.toThrow(
      /out\/linked is a symbolic link/,
    );
    await expect(checkArtifacts(linked, [md('a.md', 'A')], opts)).rejects.toThrow(
      /out\/linked is a symbolic link/,
    );
    expect(readdirSync(elsewhere)).toEqual(['old.json']);
    expect(existsSync(dir)).toBe(true);
  });

  it('a file link where an output goes is an error naming it, for write and --check', async () => {
    const { dir, elsewhere, opts } = setup();
    symlinkSync(join(elsewhere, 'old.json'), join(dir, 'a.md'));
    symlinkSync(join(elsewhere, 'missing.json'), join(dir, 'dangling.md'));
    manifest(dir, { 'a.md': sha('precious'), 'dangling.md': sha('x') });
    await expect(checkArtifacts(dir, [md('a.md', 'A')], opts)).rejects.toThrow(
      /out\/demo\/a\.md is a symbolic link/,
    );
    const attempt = writeArtifacts('demo', dir, [md('a.md', 'A'), md('dangling.md', 'D')], opts);
    await expect(attempt).rejects.toThrow(
      /out\/demo\/a\.md is a symbolic link[^\n]*\nout\/demo\/dangling\.md is a symbolic link/,
    );
    expect(readFileSync(join(elsewhere, 'old.json'), 'utf8')).toBe('precious');
    expect(existsSync(join(elsewhere, 'missing.json'))).toBe(false);
    expect(lstatSync(join(dir, 'a.md')).isSymbolicLink()).toBe(true);
  });

  it('a linked manifest is not read', async () => {
    const { dir, elsewhere, opts } = setup();
    writeFileSync(join(elsewhere, 'm.json'), JSON.stringify({ generator: 'demo', files: {} }));
    symlinkSync(join(elsewhere, 'm.json'), join(dir, MANIFEST));
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A')], opts)).rejects.toThrow(
      /\.rolekit-manifest\.json is a symbolic link/,
    );
  });

  it('manifest entries that leave the folder are ignored, and dropped from the new manifest', async () => {
    const { dir, elsewhere, opts } = setup();
    manifest(dir, {
      '../../elsewhere/old.json': sha('precious'),
      [join(elsewhere, 'old.json')]: sha('precious'),
    });
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A')], { ...opts, partial: true });
    expect(report.removed).toEqual([]);
    expect(readFileSync(join(elsewhere, 'old.json'), 'utf8')).toBe('precious');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).files)).toEqual(['a.md']);
  });
});

describe('special files in the output folder', () => {
  it('a FIFO where an output goes is refused, not waited on', async () => {
    const { dir, opts } = setup();
    execFileSync('mkfifo', [join(dir, 'a.md')]);
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A')], opts)).rejects.toThrow(
      'out/demo/a.md is not a regular file: move it away',
    );
  });
});

describe("a manifest too large to be one of rolekit's", () => {
  // A sparse file: its size is what fstat says, with nothing on disk. Read whole, one of some GB
  // cost a run its memory (or ended in an internal error over 2 GiB).
  const planted = (dir: string) => {
    writeFileSync(join(dir, MANIFEST), '{');
    truncateSync(join(dir, MANIFEST), MAX_MANIFEST_BYTES + 1);
  };

  it('is refused unread, by write and --check, saying to delete it; then its files are foreign', async () => {
    const { dir, opts } = setup();
    await writeArtifacts('demo', dir, [md('a.md', 'A')], opts);
    planted(dir);
    const refusal = `out/demo/.rolekit-manifest.json is ${MAX_MANIFEST_BYTES + 1} bytes, more than a manifest of rolekit's can be (${MAX_MANIFEST_BYTES} bytes): it is damaged or was not written by rolekit. Delete it and run again: rolekit then takes the files in out/demo for someone else's and overwrites none of them until you move them away (or run with --force)`;
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A2'), md('b.md', 'B')], opts)).rejects.toThrow(
      `${refusal}\nnothing was written`,
    );
    await expect(checkArtifacts(dir, [md('a.md', 'A2')], opts)).rejects.toThrow(refusal);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('A');
    expect(existsSync(join(dir, 'b.md'))).toBe(false);
    // As the message says: without a manifest, a.md is someone else's file.
    rmSync(join(dir, MANIFEST));
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A2')], opts)).rejects.toThrow(
      'out/demo/a.md was not written by rolekit',
    );
  });

  it("in a shard's folder stops merge-shards before it reads anything else", () => {
    const { root } = setup();
    planted(join(root, 'demo'));
    expect(() => planMerge([{ root, shown: 'shard-1' }])).toThrow(
      /^shard-1\/demo\/\.rolekit-manifest\.json is \d+ bytes, more than a manifest of rolekit's can be \(\d+ bytes\): it is damaged or was not written by rolekit\. Generate that shard again$/,
    );
  });
});

describe('files rolekit did not write', () => {
  it('are never overwritten without --force, and the error says how to proceed', async () => {
    const { dir, opts } = setup();
    writeFileSync(join(dir, 'a.md'), 'my own notes');
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A'), md('b.md', 'B')], opts)).rejects.toThrow(
      'out/demo/a.md was not written by rolekit (it is not in out/demo/.rolekit-manifest.json) and would be overwritten: move it away, or run again with --force to replace it\nnothing was written',
    );
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('my own notes');
    expect(existsSync(join(dir, 'b.md'))).toBe(false);
    const forced = await writeArtifacts('demo', dir, [md('a.md', 'A'), md('b.md', 'B')], {
      ...opts,
      force: true,
    });
    expect(forced.written).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('A');
    // Now rolekit wrote it: the next run replaces it without --force.
    expect((await writeArtifacts('demo', dir, [md('a.md', 'A2')], opts)).written).toEqual(['a.md']);
  });

  it('a file that already holds exactly the output is taken over quietly', async () => {
    const { dir, opts } = setup();
    writeFileSync(join(dir, 'a.md'), 'A');
    expect((await writeArtifacts('demo', dir, [md('a.md', 'A')], opts)).unchanged).toEqual(['a.md']);
  });
});

describe('leftovers of a killed or failed run', () => {
  it('--check reports them and the next write removes them', async () => {
    const { dir, opts } = setup();
    await writeArtifacts('demo', dir, [md('a.md', 'A'), md('roles/b.md', 'B')], opts);
    writeFileSync(join(dir, '.a.md.4242.rolekit-tmp'), 'half');
    writeFileSync(join(dir, 'roles', '.b.md.4242.rolekit-tmp'), 'half');
    const check = await checkArtifacts(dir, [md('a.md', 'A'), md('roles/b.md', 'B')], opts);
    expect(check).toMatchObject({
      ok: false,
      leftovers: ['.a.md.4242.rolekit-tmp', 'roles/.b.md.4242.rolekit-tmp'],
    });
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A'), md('roles/b.md', 'B')], opts);
    expect(report.leftovers).toEqual(['.a.md.4242.rolekit-tmp', 'roles/.b.md.4242.rolekit-tmp']);
    expect(readdirSync(dir).sort()).toEqual(['.rolekit-manifest.json', 'a.md', 'roles']);
    expect(readdirSync(join(dir, 'roles'))).toEqual(['b.md']);
    expect((await checkArtifacts(dir, [md('a.md', 'A'), md('roles/b.md', 'B')], opts)).ok).toBe(true);
  });

  it('a very long file name still gets a temporary file the file system accepts', async () => {
    const { dir, opts } = setup();
    const name = `${'x'.repeat(240)}.md`;
    expect((await writeArtifacts('demo', dir, [md(name, 'long')], opts)).written).toEqual([name]);
    expect(readFileSync(join(dir, name), 'utf8')).toBe('long');
  });
});

describe('the lock on the output folder', () => {
  it('a second writer is refused while the first holds it, naming the first', async () => {
    const { root, dir, opts } = setup();
    const held = await lockOutputs(root, [dir], { shown: 'out' });
    try {
      await expect(writeArtifacts('demo', dir, [md('a.md', 'A')], opts)).rejects.toThrow(
        new RegExp(`out/demo is being written by another rolekit run \\(pid ${process.pid} on `),
      );
      expect(existsSync(join(dir, 'a.md'))).toBe(false);
    } finally {
      await held.release();
    }
    expect((await writeArtifacts('demo', dir, [md('a.md', 'A')], opts)).written).toEqual(['a.md']);
    expect(readdirSync(dir).sort()).toEqual(['.rolekit-manifest.json', 'a.md']);
  });
});
