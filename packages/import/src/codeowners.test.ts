import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCodeowners } from './codeowners.js';
import { parseCodeowners } from './codeowners-file.js';
import { mergeFragments } from './folder.js';
import { emptyKnown } from './fragment.js';
import { compareOwners, generatedCodeowners, pathsToProve } from './prove.js';
import { shapedCodeowners } from './testing/codeowners-files.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function roundTrip(text: string, paths: string[], repository = 'monorepo') {
  const { parsed, problems } = parseCodeowners(text, 'CODEOWNERS');
  expect(problems).toEqual([]);
  const imported = importCodeowners([{ repository, parsed }], emptyKnown());
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-import-'));
  dirs.push(dir);
  const merged = await mergeFragments(dir, join(dir, 'out'), [imported.fragment], { date: '2026-12-01' });
  expect(merged.conflicts).toEqual([]);
  expect(merged.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const skeleton = imported.fragment.outputs[0]?.text as string;
  const generated = generatedCodeowners(
    merged.model!,
    parsed.gitlab ? 'gitlab' : 'github',
    repository,
    skeleton,
  );
  const proven = pathsToProve(parsed, paths);
  return { imported, merged, generated, differences: compareOwners(parsed, generated, proven), proven };
}

describe('CODEOWNERS round trip', () => {
  it.each([1, 2, 3, 4])('owns every path as before (GitHub-shaped file, seed %i)', async (seed) => {
    const { text, paths } = shapedCodeowners(seed, { rules: 300, crlf: seed === 3 });
    const { differences, imported, proven, generated } = await roundTrip(text, paths);
    expect(differences).toEqual([]);
    expect(proven.length).toBeGreaterThan(paths.length);
    // Every rule is accounted for: in the model, kept by hand (emails, other organisations, and
    // what must stay after them) or dropped (it never decides an owner).
    const rules = text.split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#')).length;
    const inModel = imported.fragment.repositories[0]!.rules.length;
    expect(inModel + imported.kept.length + imported.dropped.length).toBe(rules);
    expect(imported.kept.length).toBeGreaterThan(0);
    expect(imported.dropped.length).toBeGreaterThan(0);
    expect(inModel).toBeGreaterThan(20);
    expect(generated).toContain('# BEGIN rolekit');
  });

  it('stays exact when an early catch-all line must be kept by hand, keeping what follows it by hand too', async () => {
    const { text, paths } = shapedCodeowners(1, { rules: 300, exceptions: 'anywhere' });
    const { differences, imported } = await roundTrip(text, paths);
    expect(differences).toEqual([]);
    expect(imported.kept.filter((k) => k.reason.startsWith('it must stay')).length).toBeGreaterThan(50);
  });

  it.each([5, 6])('owns every path as before in every GitLab section (seed %i)', async (seed) => {
    const { text, paths } = shapedCodeowners(seed, { rules: 300, gitlab: true });
    const { differences, imported } = await roundTrip(text, paths);
    expect(differences).toEqual([]);
    expect(imported.gitlab).toBe(true);
    expect(imported.fragment.repositories[0]!.sections?.length).toBeGreaterThan(1);
  });

  it('turns teams into roles holding them and lone users into people with a proposed role', async () => {
    const text = [
      '# Top of file',
      '',
      '# Everything',
      '* @acme/core',
      '/docs/ @alice @acme/docs-team # docs people',
      '/ops/ ops@example.com',
      '/ops/runbooks/ @acme/core',
      '',
    ].join('\n');
    const { imported, merged, differences, generated } = await roundTrip(text, [
      'ops/runbooks/a.md',
      'docs/x.md',
    ]);
    expect(differences).toEqual([]);
    expect(imported.fragment.roles.map((r) => [r.id, r.github?.team])).toEqual([
      ['core', 'core'],
      ['owner-alice', undefined],
      ['docs-team', 'docs-team'],
    ]);
    expect(imported.fragment.people).toEqual([
      { id: 'alice', name: 'alice', github: 'alice', roles: ['owner-alice'] },
    ]);
    expect(imported.fragment.repositories[0]!.rules).toEqual([
      { pattern: '*', owners: ['core'], note: 'Everything' },
      { pattern: '/docs/', owners: ['owner-alice', 'docs-team'], note: 'docs people' },
    ]);
    // The email line stays by hand, and so does the later rule it would otherwise be moved past.
    expect(imported.kept.map((k) => [k.line, k.reason])).toEqual([
      [6, expect.stringContaining('email owner ops@example.com')],
      [7, 'it must stay after line 6, which is kept by hand'],
    ]);
    expect(generated.split('\n').slice(0, 3)).toEqual(['# Top of file', '', '# BEGIN rolekit']);
    expect(generated).toContain('# END rolekit\n/ops/ ops@example.com\n/ops/runbooks/ @acme/core\n');
    expect(merged.changes.find((c) => c.path === 'roles/core.yaml')).toMatchObject({ action: 'created' });
  });
});
