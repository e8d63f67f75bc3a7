// Every generator, end to end through the CLI: the same model gives the same bytes in two
// separate places (as two clean clones on two machines would), and --check notices any drift.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatorNames } from '../generators.js';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A copy of the example model somewhere else, as a second clone would have it. */
function cloneModel(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-clone-'));
  cpSync(join(repo, 'model'), join(dir, 'model'), {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  });
  return dir;
}

describe('rolekit generate (all generators)', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    first = cloneModel();
    second = cloneModel();
    // The first clone fills its rendering cache (which --check then uses); the second renders
    // everything afresh, so equal bytes also mean a cached PDF is the PDF a fresh run makes.
    for (const [dir, cache] of [
      [first, []],
      [second, ['--no-cache']],
    ] as const) {
      const run = memoryIo({ cwd: dir });
      const code = await main(['generate', ...cache], run.io);
      if (code !== 0) throw new Error(`generate failed in ${dir}:\n${run.stderr}`);
    }
  }, 240_000);

  it('writes every generator’s folder', () => {
    const folders = readdirSync(join(first, 'out')).sort();
    expect(readdirSync(join(first, '.rolekit/cache')).length).toBeGreaterThan(0);
    expect(folders).toEqual([...generatorNames].sort());
    for (const folder of folders) {
      expect(Object.keys(hashes(join(first, 'out', folder))).length, folder).toBeGreaterThan(1);
    }
  });

  it('gives byte-identical output in two separate clones', () => {
    const a = hashes(join(first, 'out'));
    const b = hashes(join(second, 'out'));
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });

  it('never embeds where it ran: no absolute path of the clone in any output', () => {
    for (const file of Object.keys(hashes(join(first, 'out')))) {
      const text = readFileSync(join(first, 'out', file)).toString('latin1');
      expect(text.includes(first), file).toBe(false);
    }
  });

  it('--check passes right after generate, and fails after a hand edit or a model change', async () => {
    const ok = memoryIo({ cwd: first });
    expect(await main(['generate', '--check'], ok.io)).toBe(0);
    expect(ok.stdout).toContain('up to date');

    const jd = join(first, 'out/job-descriptions');
    const edited = readdirSync(jd).find((f) => f.endsWith('.md'))!;
    writeFileSync(join(jd, edited), 'edited by hand\n');
    const handEdit = memoryIo({ cwd: first });
    expect(await main(['generate', '--check'], handEdit.io)).toBe(1);
    expect(handEdit.stdout).toContain(`differs  out/job-descriptions/${edited}`);

    const org = join(second, 'model/organisation.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace(/^date: .*$/m, 'date: 2026-12-24'));
    const modelChange = memoryIo({ cwd: second });
    expect(await main(['generate', '--check'], modelChange.io)).toBe(1);
    expect(modelChange.stdout).toMatch(/differs {2}out\/raci\/raci\.pdf/);
  });

  it('writes nothing when the model is invalid', async () => {
    const dir = cloneModel();
    writeFileSync(join(dir, 'model/roles/broken.yaml'), 'id: broken\n');
    const run = memoryIo({ cwd: dir });
    expect(await main(['generate'], run.io)).toBe(1);
    expect(run.stderr).toContain('nothing was generated');
    expect(readdirSync(dir).filter((f) => f !== '.rolekit')).toEqual(['model']);
  });
});
