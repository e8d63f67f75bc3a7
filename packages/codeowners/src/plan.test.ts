import { describe, expect, it } from 'vitest';
import { fixtureModel } from './fixture.js';
import { mergeManagedSection } from './markers.js';
import {
  assess,
  directWriteRefusal,
  exitCode,
  ownerVerdict,
  pullRequestText,
  type RepositoryReport,
  syncTargets,
} from './plan.js';

const { targets } = syncTargets(fixtureModel());
const api = targets[0]!;

describe('syncTargets', () => {
  it('lists every owner a block names, once', () => {
    expect(api.owners).toEqual(['@acme/leads', '@acme/backend', '@acme/security', '@ann-gh', '@Zoe-GH']);
  });

  it('looks only at the named repositories, problems included', () => {
    const all = syncTargets(fixtureModel());
    expect(all.diagnostics.map((d) => d.code)).toEqual(['RK121']);
    const some = syncTargets(fixtureModel(), ['api']);
    expect(some.targets.map((t) => t.repository)).toEqual(['api']);
    expect(some.diagnostics).toEqual([]);
  });
});

describe('assess', () => {
  const file = (text: string, path = '.github/CODEOWNERS') => ({ path, text, sha: 'abc' });

  it('is in step when merging changes nothing', () => {
    const text = mergeManagedSection('/x @y\n', api.section);
    expect(assess(api, file(text, 'docs/CODEOWNERS'))).toEqual({ kind: 'in-step', path: 'docs/CODEOWNERS' });
  });

  it('drifts with a diff and the merged file, at .github/CODEOWNERS for a repository without one', () => {
    const result = assess(api, undefined);
    if (result.kind !== 'drift') throw new Error(result.kind);
    expect(result.path).toBe('.github/CODEOWNERS');
    expect(result.desired).toBe(api.section);
    expect(result.diff).toContain('--- /dev/null\n+++ b/acme/api/.github/CODEOWNERS\n');
  });

  it('names hand-written rules before the block that the block overrides', () => {
    const result = assess(api, file('* @old\n/src/auth/login.ts @someone\n/vendor/ @x\n'));
    if (result.kind !== 'drift') throw new Error(result.kind);
    expect(result.overridden).toEqual([
      { line: 1, pattern: '*', by: '*' },
      { line: 2, pattern: '/src/auth/login.ts', by: '/src/auth/' },
      { line: 3, pattern: '/vendor/', by: '*' },
    ]);
  });

  it('is blocked by broken markers', () => {
    expect(assess(api, file('# BEGIN rolekit\n'))).toEqual({
      kind: 'blocked',
      path: '.github/CODEOWNERS',
      reason:
        ".github/CODEOWNERS line 1: '# BEGIN rolekit' without '# END rolekit'; leave one '# BEGIN rolekit' line and one '# END rolekit' line after it",
    });
  });

  it('is blocked by a file GitHub would ignore for its size', () => {
    const result = assess(api, file(`${'# padding\n'.repeat(300_000)}`));
    expect(result.kind).toBe('blocked');
    expect(result.kind === 'blocked' && result.reason).toMatch(/would be 3,\d{3},\d{3} bytes/);
  });
});

describe('verdicts', () => {
  it('fails on missing owners unless allowed, and never hides unchecked ones', () => {
    const checks = [
      { owner: '@acme/a', status: 'ok' as const },
      { owner: '@acme/b', status: 'unknown' as const, detail: "no team 'b' in acme" },
      { owner: '@c', status: 'no-write' as const, detail: 'c can read' },
      { owner: 'd@example.com', status: 'unchecked' as const },
    ];
    expect(ownerVerdict(checks, false)).toEqual({
      errors: [
        "@acme/b does not exist (no team 'b' in acme)",
        '@c has no write access to the repository (c can read); GitHub ignores such owners',
      ],
      warnings: ['d@example.com was not checked (GitHub has no API for it)'],
    });
    expect(ownerVerdict(checks, true).errors).toEqual([]);
    expect(ownerVerdict(checks, true).warnings).toHaveLength(3);
  });

  it('refuses a direct commit where protection asks for reviews, checks, restrictions or a lock', () => {
    expect(directWriteRefusal('main', false, undefined)).toBeUndefined();
    expect(directWriteRefusal('main', true, {})).toBeUndefined();
    expect(directWriteRefusal('main', true, 'unreadable')).toBe(
      'main is protected and the token cannot read its rules; run without --direct to open a pull request',
    );
    expect(
      directWriteRefusal('main', true, {
        required_pull_request_reviews: {},
        required_status_checks: {},
        lock_branch: { enabled: true },
      }),
    ).toBe(
      'main requires pull request reviews, requires status checks, is locked; run without --direct to open a pull request',
    );
  });

  it('writes a pull request text without dates', () => {
    expect(pullRequestText(api, 'CODEOWNERS').body).toContain(
      'in `CODEOWNERS` in step with the role model (`codeowners.yaml`)',
    );
  });

  it('exits 1 for failures and errors, and for drift in check only', () => {
    const report = (status: RepositoryReport['status'], errors: string[] = []): RepositoryReport => ({
      repository: 'r',
      status,
      errors,
      warnings: [],
    });
    expect(exitCode([report('in-step'), report('pull-request-opened')], 'apply')).toBe(0);
    expect(exitCode([report('drift')], 'dry-run')).toBe(0);
    expect(exitCode([report('drift')], 'check')).toBe(1);
    expect(exitCode([report('updated', ['GitHub: line 3: Unknown owner'])], 'apply')).toBe(1);
    expect(exitCode([report('failed')], 'apply')).toBe(1);
  });
});
