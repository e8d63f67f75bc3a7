// `generate --shard I/N` on N machines, then `merge-shards`: the merged folder must be byte for byte
// (manifests included) what one machine makes, and a merge of shards that do not belong together
// must be refused before anything is written.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardOf } from '@rolekit/core';
import { folderHashes, syntheticOrganisation } from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function run(cwd: string, args: string[], expected = 0) {
  const io = memoryIo({ cwd });
  const code = await main(args, io.io);
  if (code !== expected) throw new Error(`rolekit ${args.join(' ')} exited ${code}:\n${io.stderr}`);
  return io;
}

/** A folder with the example model, or a synthetic one with an RTL, emoji and markup-laden role. */
function workspace(kind: 'example' | 'synthetic'): string {
  const dir = mkdtempSync(join(tmpdir(), `rolekit-shard-${kind}-`));
  dirs.push(dir);
  if (kind === 'example') {
    cpSync(join(repo, 'model'), join(dir, 'model'), {
      recursive: true,
      filter: (src) => !src.includes('node_modules'),
    });
    return dir;
  }
  for (const [file, text] of syntheticOrganisation({ roles: 9, people: 501, repos: 4, activities: 12 })) {
    mkdirSync(dirname(join(dir, 'model', file)), { recursive: true });
    const hostile =
      file === 'roles/role-0001.yaml' ? text.replace(/^title: .*$/m, 'title: "مهندس <b>QA</b> 🚀"') : text;
    writeFileSync(join(dir, 'model', file), hostile);
  }
  return dir;
}

describe.each(['example', 'synthetic'] as const)('generate --shard, then merge-shards (%s model)', (kind) => {
  let dir: string;
  let single: Record<string, string>;

  beforeAll(async () => {
    dir = workspace(kind);
    await run(dir, ['generate', '--out', 'single', '--no-cache']);
    single = folderHashes(join(dir, 'single'));
  }, 300_000);

  it.each([1, 2, 3, 4])(
    'N=%i: the merged shards are the single run, byte for byte',
    async (count) => {
      // The example renders each N afresh only for N=3; the others share a cache (a cached PDF is the
      // PDF a fresh render makes, as generate.e2e.test.ts shows), to keep the suite quick.
      const cache = kind === 'synthetic' || count === 3 ? ['--no-cache'] : ['--cache', 'cache'];
      const shards = Array.from({ length: count }, (_, i) => `n${count}/shard-${i + 1}`);
      for (const [i, shard] of shards.entries())
        await run(dir, ['generate', '--shard', `${i + 1}/${count}`, '--out', shard, ...cache]);

      // The shards split the work: no file made twice, and (N > 1) more than one shard renders PDFs.
      const made = shards.map((s) =>
        Object.keys(folderHashes(join(dir, s))).filter((p) => !p.endsWith('.rolekit-manifest.json')),
      );
      const all = made.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual(
        Object.keys(single)
          .filter((p) => !p.endsWith('.rolekit-manifest.json'))
          .sort(),
      );
      if (count > 1) expect(made.filter((m) => m.some((p) => p.endsWith('.pdf'))).length).toBeGreaterThan(1);

      const merged = await run(dir, ['merge-shards', ...[...shards].reverse(), '--out', `n${count}/merged`]);
      expect(merged.stdout).toContain(`files from ${count} shard`);
      expect(folderHashes(join(dir, `n${count}/merged`))).toEqual(single);
      // A second merge into the same folder changes nothing.
      const again = await run(dir, ['merge-shards', ...shards, '--out', `n${count}/merged`]);
      expect(again.stdout).toMatch(
        /job-descriptions: \d+ files from \d shards? in n\d\/merged\/job-descriptions \(0 written/,
      );
    },
    300_000,
  );
});

describe('sharding', () => {
  it('assigns a unit by its hash alone: the same shard on every run, spread over all of them', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) counts[shardOf('job-descriptions', `role-${i}`, 4) - 1]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(70);
    expect(shardOf('job-descriptions', 'qa-engineer', 4)).toBe(shardOf('job-descriptions', 'qa-engineer', 4));
    expect(shardOf('raci', undefined, 4)).toBe(1);
  });

  it.each([
    ['0/3', 'the shard must be 1 to 3'],
    ['4/3', 'the shard must be 1 to 3'],
    ['1/0', 'the number of shards must be 1 to 256'],
    ['2', 'write I/N'],
    ['1/3/', 'write I/N'],
  ])('refuses --shard %s', async (shard, message) => {
    const dir = workspace('synthetic');
    const io = await run(dir, ['generate', 'codeowners', '--shard', shard], 2);
    expect(io.stderr).toContain(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses --shard with --role', async () => {
    const dir = workspace('synthetic');
    const io = await run(dir, ['generate', '--shard', '1/2', '--role', 'role-0001'], 2);
    expect(io.stderr).toContain('--shard and --role do not go together');
  });

  describe('merge-shards refuses shards that do not belong together, and writes nothing', () => {
    let dir: string;
    const generate = (shard: string, out: string, model = 'model') =>
      run(dir, [
        'generate',
        'codeowners',
        'raci',
        '--shard',
        shard,
        '--out',
        out,
        '--model',
        model,
        '--no-cache',
      ]);
    const refused = async (folders: string[], message: string | RegExp) => {
      const io = await run(dir, ['merge-shards', ...folders, '--out', 'merged'], 1);
      expect(io.stderr).toMatch(message);
      expect(existsSync(join(dir, 'merged'))).toBe(false);
      return io;
    };

    beforeAll(async () => {
      dir = workspace('synthetic');
      await generate('1/3', 's1');
      await generate('2/3', 's2');
      await generate('3/3', 's3');
      // The same organisation with one role's title changed: another model.
      cpSync(join(dir, 'model'), join(dir, 'other'), { recursive: true });
      const role = join(dir, 'other/roles/role-0002.yaml');
      writeFileSync(role, readFileSync(role, 'utf8').replace(/^title: .*$/m, 'title: Another title'));
      await generate('2/3', 'other-2', 'other');
      await generate('1/2', 'half-1');
      await run(dir, ['generate', 'codeowners', 'raci', '--out', 'plain', '--no-cache']);
    }, 300_000);

    it('a missing shard', () =>
      refused(['s1', 's3'], /^error: codeowners: shard 2\/3 missing \(found 1\/3 in s1, 3\/3 in s3\)/));
    it('a shard given twice', () =>
      refused(['s1', 's2', 's2', 's3'], 'codeowners: shard 2/3 is given twice (s2 and s2)'));
    it('a shard of another model', () =>
      refused(
        ['s1', 'other-2', 's3'],
        /codeowners: the shards were generated from different models.*2\/3 in other-2: inputs [0-9a-f]{12}/,
      ));
    it('shards split different ways', () =>
      refused(['half-1', 's2', 's3'], 'the shards were split different ways'));
    it('a run without --shard', () => refused(['plain'], "is not a shard's manifest"));
    it('a damaged file', async () => {
      cpSync(join(dir, 's2'), join(dir, 'damaged'), { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'damaged/raci/.rolekit-manifest.json'), 'utf8'));
      const file = Object.keys(manifest.files)[0]!;
      writeFileSync(join(dir, 'damaged/raci', file), 'not a pdf');
      await refused(['s1', 'damaged', 's3'], `damaged/raci/${file} differs from what its shard wrote`);
    });
    it('a link in a shard folder', async () => {
      mkdirSync(join(dir, 'linked'));
      cpSync(join(dir, 's2/raci'), join(dir, 'linked/raci'), { recursive: true });
      symlinkSync(join(dir, 's2/codeowners'), join(dir, 'linked/codeowners'));
      await refused(['s1', 'linked', 's3'], 'linked/codeowners is a symbolic link');
    });

    it('merges the right three, in any order', async () => {
      await run(dir, ['merge-shards', 's3', 's1', 's2', '--out', 'merged']);
      await run(dir, ['generate', 'codeowners', 'raci', '--out', 'whole', '--no-cache']);
      expect(folderHashes(join(dir, 'merged'))).toEqual(folderHashes(join(dir, 'whole')));
    });

    it('keeps what people wrote around the CODEOWNERS block in the output folder, as generate does', async () => {
      const whole = () => run(dir, ['generate', 'codeowners', 'raci', '--out', 'by-generate', '--no-cache']);
      await whole();
      const manifest = JSON.parse(
        readFileSync(join(dir, 'by-generate/codeowners/.rolekit-manifest.json'), 'utf8'),
      );
      const [edited, foreign] = Object.keys(manifest.files).sort() as [string, string];
      // One file edited by hand around rolekit's block; another replaced by a file rolekit never wrote.
      const editedPath = join(dir, 'by-generate/codeowners', edited);
      const block = readFileSync(editedPath, 'utf8');
      writeFileSync(editedPath, `# ours, before\n/docs/ @acme/docs\n\n${block}/extra/ @acme/extra\n`);
      const manifestPath = join(dir, 'by-generate/codeowners/.rolekit-manifest.json');
      delete manifest.files[foreign];
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      writeFileSync(join(dir, 'by-generate/codeowners', foreign), '# ours alone\n* @acme/everyone\n');
      cpSync(join(dir, 'by-generate'), join(dir, 'by-merge'), { recursive: true });

      await whole();
      const merge = await run(dir, ['merge-shards', 's1', 's2', 's3', '--out', 'by-merge']);
      expect(merge.stderr).toBe('');
      expect(folderHashes(join(dir, 'by-merge'))).toEqual(folderHashes(join(dir, 'by-generate')));
      expect(readFileSync(join(dir, 'by-merge/codeowners', edited), 'utf8')).toBe(
        `# ours, before\n/docs/ @acme/docs\n\n${block}/extra/ @acme/extra\n`,
      );
      expect(readFileSync(join(dir, 'by-merge/codeowners', foreign), 'utf8')).toMatch(
        /^# ours alone\n\* @acme\/everyone\n\n# BEGIN rolekit\n[\s\S]*# END rolekit\n$/,
      );
    });
  });

  it('--check --shard: each shard checks its share of a whole folder, and together they check it all', async () => {
    const dir = workspace('synthetic');
    await run(dir, ['generate', 'job-descriptions', '--option', 'job-descriptions.formats=md', '--no-cache']);
    const check = (i: number, expected: number) =>
      run(
        dir,
        [
          'generate',
          'job-descriptions',
          '--option',
          'job-descriptions.formats=md',
          '--check',
          '--shard',
          `${i}/2`,
        ],
        expected,
      );
    for (const i of [1, 2]) expect((await check(i, 0)).stdout).toContain('up to date');
    // Edit one role's file and plant a stale one (in the manifest, no longer generated): only the
    // shard that owns each file reports it.
    const folder = join(dir, 'out/job-descriptions');
    writeFileSync(join(folder, 'role-0003.md'), 'edited\n');
    writeFileSync(join(folder, 'role-9999.md'), 'gone\n');
    const manifest = JSON.parse(readFileSync(join(folder, '.rolekit-manifest.json'), 'utf8'));
    manifest.files['role-9999.md'] = createHash('sha256').update('gone\n').digest('hex');
    writeFileSync(join(folder, '.rolekit-manifest.json'), JSON.stringify(manifest));
    const owns = (i: number, id: string) => shardOf('job-descriptions', id, 2) === i;
    const reports = [];
    for (const i of [1, 2]) {
      const out = (await check(i, owns(i, 'role-0003') || owns(i, 'role-9999') ? 1 : 0)).stdout;
      expect(out.includes('differs  out/job-descriptions/role-0003.md')).toBe(owns(i, 'role-0003'));
      expect(out.includes('stale    out/job-descriptions/role-9999.md')).toBe(owns(i, 'role-9999'));
      reports.push(out);
    }
    // Together they report what a check without --shard does.
    const whole = await run(
      dir,
      ['generate', 'job-descriptions', '--option', 'job-descriptions.formats=md', '--check'],
      1,
    );
    const lines = (text: string) => text.split('\n').filter((l) => /^(differs|stale|missing)/.test(l));
    expect(reports.flatMap(lines).sort()).toEqual(lines(whole.stdout).sort());
  });
});
