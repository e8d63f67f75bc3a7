import { describe, expect, it } from 'vitest';
import { fixtureModel } from './fixture.js';
import { mergeManagedSection } from './markers.js';
import {
  assess,
  type OwnerCheck,
  pullRequestText,
  type RemoteFile,
  SYNC_BRANCH,
  syncTargets,
} from './plan.js';
import type { RemoteRepository } from './read.js';
import { describePlan, type PlanOptions, planRepository, type RepositoryPlan } from './sync-plan.js';

const { targets } = syncTargets(fixtureModel());
const api = targets[0]!;
const file = (text: string, sha = 'sha-main', path = '.github/CODEOWNERS'): RemoteFile => ({
  path,
  text,
  sha,
});
const ok = (owners = api.owners): OwnerCheck[] => owners.map((owner) => ({ owner, status: 'ok' }));
const asPull: PlanOptions = { mode: 'plan', as: 'pull-request' };
const direct: PlanOptions = { mode: 'plan', as: 'direct' };
const handWritten = '* @old-team\n';
const desired = mergeManagedSection(handWritten, api.section);
const text = pullRequestText(api, '.github/CODEOWNERS');

/** The plan for the default branch's file `current` and what else GitHub holds. */
const planFor = (current: RemoteFile | undefined, remote: Partial<RemoteRepository>, options = asPull) =>
  planRepository(
    api,
    assess(api, current),
    { codeowners: current, defaultBranch: 'main', ...remote },
    options,
  );

const steps = (plan: RepositoryPlan) => (plan.kind === 'change' ? plan.steps.map((s) => s.kind) : plan.kind);

describe('the plan of one repository', () => {
  it('changes nothing in a repository in step, and reads nothing else to say so', () => {
    const plan = planRepository(api, assess(api, file(desired)), { codeowners: file(desired) }, asPull);
    expect(plan).toEqual({ kind: 'in-step', path: '.github/CODEOWNERS', warnings: [] });
    expect(describePlan(plan)).toEqual(['nothing to change']);
  });

  it('check: says the file differs, with the diff, and plans no write', () => {
    const plan = planRepository(
      api,
      assess(api, file(handWritten)),
      { codeowners: file(handWritten) },
      {
        ...asPull,
        mode: 'check',
      },
    );
    expect(plan.kind).toBe('drift');
    expect(plan.kind === 'drift' && plan.diff).toContain('+# BEGIN rolekit');
    expect(plan.warnings).toEqual([
      ".github/CODEOWNERS line 1: '*' is written by hand before the rolekit block, whose '*' overrides it",
    ]);
  });

  it('a first pull request: creates the branch at main, writes the file, opens the pull request', () => {
    const plan = planFor(file(handWritten), {
      owners: ok(),
      syncBranch: { file: undefined, head: undefined, pull: undefined, baseHead: 'c0ffee' },
    });
    if (plan.kind !== 'change') throw new Error(plan.kind);
    expect(plan.status).toBe('pull-request-opened');
    expect(plan.steps).toEqual([
      { kind: 'create-branch', branch: SYNC_BRANCH, from: 'main', sha: 'c0ffee' },
      {
        kind: 'write-file',
        branch: SYNC_BRANCH,
        path: '.github/CODEOWNERS',
        text: desired,
        replacing: file(handWritten),
        into: 'replaced',
      },
      { kind: 'open-pull-request', head: SYNC_BRANCH, base: 'main', ...text },
    ]);
    expect(describePlan(plan)).toEqual([
      'create branch rolekit/codeowners from main',
      'update .github/CODEOWNERS on rolekit/codeowners',
      'open a pull request from rolekit/codeowners into main: Sync CODEOWNERS with the role model',
    ]);
  });

  it('a leftover branch without a pull request: restarted at main only when it is elsewhere', () => {
    const leftover = (head: string) =>
      planFor(undefined, {
        owners: ok(),
        syncBranch: { file: file('stale\n', 'sha-branch'), head, pull: undefined, baseHead: 'c0ffee' },
      });
    expect(steps(leftover('beef'))).toEqual(['reset-branch', 'write-file', 'open-pull-request']);
    expect(steps(leftover('c0ffee'))).toEqual(['write-file', 'open-pull-request']);
    const plan = leftover('beef');
    // No file on main: the file is created, replacing nothing there.
    expect(plan.kind === 'change' && plan.steps[1]).toMatchObject({
      replacing: undefined,
      text: api.section,
    });
    expect(describePlan(plan)[1]).toBe('create .github/CODEOWNERS on rolekit/codeowners');
  });

  it('an open pull request whose file is out of date: a commit on top of its branch, merged into main’s file', () => {
    const pull = { number: 7, url: 'https://github.test/acme/api/pull/7', ...text, base: 'main' };
    const onBranch = file('old block\n', 'sha-branch');
    const plan = planFor(file(handWritten), {
      owners: ok(),
      syncBranch: { file: onBranch, head: 'beef', pull },
    });
    if (plan.kind !== 'change') throw new Error(plan.kind);
    expect(plan.status).toBe('pull-request-updated');
    expect(plan.pullRequest).toEqual({ number: 7, url: pull.url });
    expect(plan.steps).toEqual([
      {
        kind: 'write-file',
        branch: SYNC_BRANCH,
        path: '.github/CODEOWNERS',
        text: desired,
        replacing: onBranch,
        into: { text: handWritten },
      },
    ]);
  });

  it('a pull request that already proposes the file: nothing to write, unless its text was edited', () => {
    const pull = { number: 7, url: 'u', ...text, base: 'main' };
    const pending = planFor(file(handWritten), {
      syncBranch: { file: file(desired, 'sha-branch'), head: 'unread', pull },
    });
    expect(pending).toMatchObject({ kind: 'change', status: 'pull-request-pending', steps: [] });
    expect(describePlan(pending)).toEqual([
      'nothing to write: pull request #7 already proposes .github/CODEOWNERS',
    ]);
    // Someone rewrote the description with markup and moved the base: put back.
    const edited = planFor(file(handWritten), {
      syncBranch: {
        file: file(desired, 'sha-branch'),
        head: 'unread',
        pull: { ...pull, body: '<script>alert(1)</script>\n# BEGIN rolekit', base: 'develop' },
      },
    });
    expect(edited).toMatchObject({ kind: 'change', status: 'pull-request-updated' });
    expect(edited.kind === 'change' && edited.steps).toEqual([
      { kind: 'update-pull-request', number: 7, url: 'u', base: 'main', ...text },
    ]);
  });

  it('--direct: one commit to the default branch, or a refusal naming what protects it', () => {
    const open = planFor(
      file(handWritten),
      { owners: ok(), protection: { protected: false, rules: undefined } },
      direct,
    );
    expect(open).toMatchObject({ kind: 'change', status: 'updated' });
    expect(open.kind === 'change' && open.steps).toEqual([
      {
        kind: 'write-file',
        branch: 'main',
        path: '.github/CODEOWNERS',
        text: desired,
        replacing: file(handWritten),
        into: 'replaced',
      },
    ]);
    const reviewed = planFor(
      file(handWritten),
      {
        protection: {
          protected: true,
          rules: { required_pull_request_reviews: {}, lock_branch: { enabled: true } },
        },
      },
      direct,
    );
    expect(reviewed).toMatchObject({
      kind: 'refused',
      errors: ['main requires pull request reviews, is locked; run without --direct to open a pull request'],
    });
    expect(describePlan(reviewed)).toEqual([
      'refused: main requires pull request reviews, is locked; run without --direct to open a pull request',
    ]);
    const unreadable = planFor(
      file(handWritten),
      { protection: { protected: true, rules: 'unreadable' } },
      direct,
    );
    expect(unreadable.kind === 'refused' && unreadable.errors[0]).toContain('cannot read its rules');
  });

  it('refuses when an owner does not exist, or with --allow-missing-owners warns and writes', () => {
    const owners: OwnerCheck[] = [
      ...ok(api.owners.slice(1)),
      { owner: '@acme/leads', status: 'unknown', detail: "no team 'leads' in acme" },
    ];
    const remote = {
      owners,
      syncBranch: { file: undefined, head: undefined, pull: undefined, baseHead: 'c0ffee' },
    };
    expect(planFor(file(handWritten), remote)).toMatchObject({
      kind: 'refused',
      errors: ["@acme/leads does not exist (no team 'leads' in acme)"],
    });
    const anyway = planFor(file(handWritten), remote, { ...asPull, allowMissingOwners: true });
    expect(steps(anyway)).toEqual(['create-branch', 'write-file', 'open-pull-request']);
    expect(anyway.warnings).toContain("@acme/leads does not exist (no team 'leads' in acme)");
  });

  it('refuses a file whose markers were forged or broken, and writes nothing', () => {
    const forged = `${api.section}# BEGIN rolekit\n* @attacker\n# END rolekit\n`;
    const plan = planFor(file(forged), { owners: ok() });
    expect(plan.kind).toBe('refused');
    expect(plan.kind === 'refused' && plan.errors[0]).toMatch(/^\.github\/CODEOWNERS /);
    expect(describePlan(plan)[0]).toMatch(/^refused: \.github\/CODEOWNERS /);
  });

  it('keeps hostile hand-written lines byte for byte in the file it writes', () => {
    const hostile =
      '# ::error::forged CI line\r\n/ملف/ @ali 🚀\r\n/x\u001b[2J @esc\n/<b>html</b> @y\n/rtl\u202e/ @z\n';
    const plan = planFor(file(hostile), {
      owners: ok(),
      syncBranch: { file: undefined, head: undefined, pull: undefined, baseHead: 'c0ffee' },
    });
    if (plan.kind !== 'change') throw new Error(plan.kind);
    const write = plan.steps.find((s) => s.kind === 'write-file');
    expect(write && 'text' in write && write.text.startsWith(hostile)).toBe(true);
    expect(write && 'text' in write && write.text.slice(hostile.length)).toBe(
      mergeManagedSection(hostile, api.section).slice(hostile.length),
    );
  });
});
