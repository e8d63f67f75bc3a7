import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textArtifact } from './generator.js';
import { checkArtifacts, MANIFEST, safeRelative, TEMPORARY, writeArtifacts } from './writer.js';

const out = () => mkdtempSync(join(tmpdir(), 'rolekit-writer-'));
const md = (path: string, text: string) => textArtifact(path, text, 'text/markdown');

describe('safeRelative', () => {
  // The definition it is written to be fast for (segment by segment, without split()).
  const bySplit = (path: string) =>
    !(
      path === '' ||
      path.startsWith('/') ||
      path.includes('\\') ||
      path.includes('\0') ||
      path.split('/').some((s) => s === '' || s === '.' || s === '..' || s.endsWith(TEMPORARY)) ||
      ['.rolekit-manifest.json', '.rolekit-lock', '.rolekit-lock-owner'].includes(path)
    );
  it('accepts and refuses exactly what the split() definition does', () => {
    const pieces = [
      'a',
      '.',
      '..',
      '...',
      '.a',
      'a.',
      '',
      'a.md',
      TEMPORARY,
      `x${TEMPORARY}`,
      `${TEMPORARY}x`,
      'é',
      '\\',
      '\0',
    ];
    const paths = new Set<string>(['.rolekit-manifest.json', '/etc/passwd', 'a//b', 'a/./b', 'roles/x.md']);
    for (const a of pieces) {
      paths.add(a);
      for (const b of pieces) {
        paths.add(`${a}/${b}`);
        for (const c of pieces) paths.add(`${a}/${b}/${c}`);
      }
    }
    let accepted = 0;
    for (const path of paths) {
      expect([path, safeRelative(path)]).toEqual([path, bySplit(path)]);
      if (bySplit(path)) accepted++;
    }
    expect(accepted).toBeGreaterThan(100);
    expect(safeRelative('roles/.x.md')).toBe(true);
    expect(safeRelative(`roles/.x.md.1${TEMPORARY}`)).toBe(false);
  });
});

describe('writeArtifacts', () => {
  it('writes every artifact and a manifest of what it wrote', async () => {
    const dir = out();
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A'), md('roles/b.md', 'B')]);
    expect(report).toEqual({
      written: ['a.md', 'roles/b.md'],
      unchanged: [],
      removed: [],
      kept: [],
      leftovers: [],
    });
    expect(readFileSync(join(dir, 'roles/b.md'), 'utf8')).toBe('B');
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    expect(Object.keys(manifest.files)).toEqual(['a.md', 'roles/b.md']);
    expect(readdirSync(dir).filter((f) => f.includes('rolekit-tmp'))).toEqual([]);
  });

  it('does not touch files whose bytes are unchanged', async () => {
    const dir = out();
    await writeArtifacts('demo', dir, [md('a.md', 'A')]);
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'a.md'), old, old);
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A')]);
    expect(report.unchanged).toEqual(['a.md']);
    expect(statSync(join(dir, 'a.md')).mtime.toISOString()).toBe(old.toISOString());
  });

  it('removes files it wrote before and no longer produces, never files it did not write', async () => {
    const dir = out();
    await writeArtifacts('demo', dir, [md('a.md', 'A'), md('old.md', 'old')]);
    writeFileSync(join(dir, 'notes.md'), 'mine');
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A')]);
    expect(report.removed).toEqual(['old.md']);
    expect(existsSync(join(dir, 'old.md'))).toBe(false);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine');
  });

  it('keeps a stale file that was edited by hand, and says so', async () => {
    const dir = out();
    await writeArtifacts('demo', dir, [md('a.md', 'A'), md('old.md', 'old')]);
    writeFileSync(join(dir, 'old.md'), 'edited');
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A')]);
    expect(report.kept).toEqual(['old.md']);
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe('edited');
  });

  it('removes nothing on a partial run and keeps the other files in the manifest', async () => {
    const dir = out();
    await writeArtifacts('demo', dir, [md('a.md', 'A'), md('b.md', 'B')]);
    const report = await writeArtifacts('demo', dir, [md('a.md', 'A2')], { partial: true });
    expect(report).toMatchObject({ written: ['a.md'], removed: [] });
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    expect(Object.keys(manifest.files)).toEqual(['a.md', 'b.md']);
  });

  it.each([
    ['../escape.md'],
    ['/etc/passwd'],
    ['roles/../../x.md'],
    ['a\\b.md'],
    ['roles//b.md'],
    [MANIFEST],
  ])('refuses the unsafe path %s and writes nothing', async (path) => {
    const dir = out();
    await expect(writeArtifacts('demo', dir, [md('ok.md', 'fine'), md(path, 'bad')])).rejects.toThrow(
      /unsafe output path/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder where a file goes before writing anything', async () => {
    const dir = out();
    mkdirSync(join(dir, 'blocked.md'));
    mkdirSync(join(dir, 'blocked.md', 'x'));
    await expect(writeArtifacts('demo', dir, [md('a.md', 'A'), md('blocked.md', 'B')])).rejects.toThrow(
      /blocked\.md is a folder where rolekit writes a file: move it away\nnothing was written/,
    );
    expect(readdirSync(dir).sort()).toEqual(['blocked.md']);
  });
});
describe('checkArtifacts', () => {
  it('is ok right after a write and lists what is missing, differs or is stale afterwards', async () => {
    const dir = out();
    await writeArtifacts('demo', dir, [md('a.md', 'A'), md('b.md', 'B'), md('c.md', 'C')]);
    expect((await checkArtifacts(dir, [md('a.md', 'A'), md('b.md', 'B'), md('c.md', 'C')])).ok).toBe(true);
    writeFileSync(join(dir, 'a.md'), 'edited by hand');
    const report = await checkArtifacts(dir, [md('a.md', 'A'), md('b.md', 'B'), md('d.md', 'D')]);
    expect(report).toEqual({
      ok: false,
      missing: ['d.md'],
      differs: ['a.md'],
      stale: ['c.md'],
      leftovers: [],
    });
  });
});

describe('artifacts that merge into the file on disk', () => {
  // A generated block between markers; whatever people wrote around it stays.
  const block = (text: string) => ({
    ...md('CODEOWNERS', `[gen]\n${text}\n[/gen]\n`),
    merge: (existing: Uint8Array) => {
      const old = Buffer.from(existing).toString('utf8');
      return Buffer.from(old.replace(/\[gen\]\n[\s\S]*?\[\/gen\]\n/, `[gen]\n${text}\n[/gen]\n`), 'utf8');
    },
  });

  it('writes the bytes for a new file and merges into an existing one, for write and --check alike', async () => {
    const dir = out();
    await writeArtifacts('demo', dir, [block('one')]);
    expect(readFileSync(join(dir, 'CODEOWNERS'), 'utf8')).toBe('[gen]\none\n[/gen]\n');
    writeFileSync(join(dir, 'CODEOWNERS'), 'mine\n[gen]\none\n[/gen]\nalso mine\n');
    expect((await checkArtifacts(dir, [block('one')])).ok).toBe(true);
    expect((await checkArtifacts(dir, [block('two')])).differs).toEqual(['CODEOWNERS']);
    const report = await writeArtifacts('demo', dir, [block('two')]);
    expect(report.written).toEqual(['CODEOWNERS']);
    expect(readFileSync(join(dir, 'CODEOWNERS'), 'utf8')).toBe('mine\n[gen]\ntwo\n[/gen]\nalso mine\n');
    expect((await writeArtifacts('demo', dir, [block('two')])).unchanged).toEqual(['CODEOWNERS']);
    expect((await checkArtifacts(dir, [block('two')])).ok).toBe(true);
  });
});

describe('trusting the manifest', () => {
  const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

  it('repairs an output edited by hand after the manifest, and --check sees every edit', async () => {
    const dir = out();
    const artifacts = [md('a.md', 'AAAA'), md('b.md', 'BBBB'), md('c.md', 'CCCC')];
    await writeArtifacts('demo', dir, artifacts);
    // Edited by hand: same size, later time (any editor), or a copy that kept an old time.
    writeFileSync(join(dir, 'a.md'), 'aaaa');
    utimesSync(join(dir, 'a.md'), later(5), later(5));
    writeFileSync(join(dir, 'b.md'), 'bbbb');
    utimesSync(join(dir, 'b.md'), new Date('2020-01-01'), new Date('2020-01-01'));
    const check = await checkArtifacts(dir, artifacts);
    expect(check.differs).toEqual(['a.md', 'b.md']);

    const report = await writeArtifacts('demo', dir, artifacts);
    expect(report.written).toEqual(['a.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('AAAA');
    // b.md looks untouched (its size, older than the manifest): generate takes the manifest's word,
    // --check does not, and --force reads every file.
    expect(report.unchanged).toEqual(['b.md', 'c.md']);
    expect((await checkArtifacts(dir, artifacts)).differs).toEqual(['b.md']);
    expect((await writeArtifacts('demo', dir, artifacts, { force: true })).written).toEqual(['b.md']);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('BBBB');
    expect((await checkArtifacts(dir, artifacts)).ok).toBe(true);
  });

  it('reads a file whose size differs, or that a hand-edited manifest vouches for', async () => {
    const dir = out();
    const artifacts = [md('a.md', 'AAAA'), md('b.md', 'BBBB')];
    await writeArtifacts('demo', dir, artifacts);
    writeFileSync(join(dir, 'a.md'), 'A');
    utimesSync(join(dir, 'a.md'), new Date('2020-01-01'), new Date('2020-01-01'));
    // A manifest edited to vouch for b.md's new bytes is newer than the file, but names a hash
    // the artifact does not have: b.md is read.
    writeFileSync(join(dir, 'b.md'), 'bbbb');
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    manifest.files['b.md'] = 'f'.repeat(64);
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
    utimesSync(join(dir, MANIFEST), later(10), later(10));
    const report = await writeArtifacts('demo', dir, artifacts);
    expect(report.written).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('AAAA');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('BBBB');
  });
});
