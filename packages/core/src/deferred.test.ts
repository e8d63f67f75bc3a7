import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeferredMiss, isDeferred, materialiseAll } from './deferred.js';
import type { Artifact } from './generator.js';
import { diskMemo } from './memo.js';
import { checkArtifacts, writeArtifacts } from './writer.js';

const encode = (s: string) => new TextEncoder().encode(s);
const fresh = () => mkdtempSync(join(tmpdir(), 'rolekit-deferred-'));

/** What a generator does: one artifact per role, each a cached rendering passed on as it is. */
async function artifacts(cache: string, deferred: boolean, renders: string[] = []): Promise<Artifact[]> {
  const memo = await diskMemo(cache, 'salt');
  const out: Artifact[] = [];
  for (const role of ['qa', 'dev']) {
    const bytes = await memo.memo(
      { role },
      async () => {
        renders.push(role);
        return encode(`PDF of ${role}`);
      },
      { deferred },
    );
    out.push({ path: `${role}.pdf`, bytes, mediaType: 'application/pdf' });
  }
  await memo.prune();
  return out;
}

describe('deferred cached renderings', () => {
  it('are not read when the output already holds them, and are when it does not', async () => {
    const [cache, out] = [join(fresh(), 'cache'), fresh()];
    const renders: string[] = [];
    await writeArtifacts('demo', out, await artifacts(cache, true, renders));
    expect(renders).toEqual(['qa', 'dev']); // no index yet: rendered, real bytes
    const second = await artifacts(cache, true, renders);
    expect(second.map((a) => isDeferred(a.bytes))).toEqual([true, true]);
    // With the entries gone, an up-to-date output still needs nothing from them.
    for (const name of readdirSync(cache)) rmSync(join(cache, name));
    expect((await writeArtifacts('demo', out, second)).unchanged).toEqual(['qa.pdf', 'dev.pdf']);
    expect(renders).toEqual(['qa', 'dev']);

    // An output edited by hand: its entry is read (here, rendered again first) and written.
    const third = await artifacts(cache, false, renders);
    const fourth = await artifacts(cache, true, renders);
    writeFileSync(join(out, 'qa.pdf'), 'edited by hand');
    const report = await writeArtifacts('demo', out, fourth);
    expect(report.written).toEqual(['qa.pdf']);
    expect(readFileSync(join(out, 'qa.pdf'), 'utf8')).toBe('PDF of qa');
    expect((await checkArtifacts(out, third)).ok).toBe(true);
  });

  it('stop the write, with nothing written, when the entry was damaged meanwhile', async () => {
    const [cache, out] = [join(fresh(), 'cache'), fresh()];
    await writeArtifacts('demo', out, await artifacts(cache, false));
    const deferred = await artifacts(cache, true);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), 'garbage');
    writeFileSync(join(out, 'dev.pdf'), 'edited by hand');
    const old = new Date('2020-01-01');
    utimesSync(join(out, 'qa.pdf'), old, old);
    await expect(writeArtifacts('demo', out, deferred)).rejects.toBeInstanceOf(DeferredMiss);
    expect(readFileSync(join(out, 'dev.pdf'), 'utf8')).toBe('edited by hand');
    expect(() => materialiseAll(deferred)).toThrow(DeferredMiss);
    // Without deferral (what the CLI does next) the damaged entries are misses: right bytes.
    await writeArtifacts('demo', out, await artifacts(cache, false));
    expect(readFileSync(join(out, 'dev.pdf'), 'utf8')).toBe('PDF of dev');
  });
});
