import { type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubTeamWriter, readTeams } from './github-live.js';
import { applyTeams, desiredTeams, planTeams, type TeamsPlan } from './github-teams.js';
import { DEFAULT_REMOVAL_CAP, parseRemovalCap, type RemovalCap } from './members.js';
import { accessFixture, clientFor, seedGitHub } from './test-support.js';

let gh: GitHubStandIn;
beforeEach(async () => {
  gh = await startGitHubStandIn({ validateResponses: true });
  seedGitHub(gh);
});
afterEach(async () => {
  await gh.close();
});

const model = accessFixture();
const defaults = { prune: false, cap: DEFAULT_REMOVAL_CAP, createTeams: false, invite: false };

async function plan(options: Partial<typeof defaults> & { cap?: RemovalCap } = {}): Promise<TeamsPlan> {
  const client = clientFor(gh);
  const desired = desiredTeams(model);
  return planTeams(desired, await readTeams(client, 'fixture', desired.teams), { ...defaults, ...options });
}

async function apply(options: Partial<typeof defaults> = {}) {
  const client = clientFor(gh);
  const desired = desiredTeams(model);
  const live = await readTeams(client, 'fixture', desired.teams);
  const p = planTeams(desired, live, { ...defaults, ...options });
  const before = client.rolekit.stats.writes;
  const outcomes = await applyTeams(p, githubTeamWriter(client, live), (e) => client.rolekit.describe(e));
  return { plan: p, outcomes, writes: client.rolekit.stats.writes - before };
}

const members = (slug: string) => {
  const team = gh.state.team('fixture', slug);
  return team
    ? [...team.members].map((m) => `${m}${team.maintainers.has(m) ? ' (maintainer)' : ''}`).sort()
    : undefined;
};

describe('team membership from the model', () => {
  it('wants the holders as members and the lead as maintainer, and names people with no login', () => {
    const { teams, noAccount } = desiredTeams(model);
    expect(
      teams.map((t) => [t.slug, t.parent, [...t.members.values()].map((m) => `${m.name}:${m.role}`)]),
    ).toEqual([
      ['developers', 'engineering', ['carol-gh:member', 'dave-gh:member', 'bob-gh:maintainer']],
      ['leads', undefined, ['bob-gh:member']],
      ['ops', undefined, ['alice-gh:member']],
    ]);
    expect(noAccount).toEqual([{ person: 'erin', role: 'developer' }]);
  });

  it('plans exactly the changes, keeps strangers without --prune, and leaves a missing team alone', async () => {
    const p = await plan();
    const developers = p.teams.find((t) => t.slug === 'developers')!;
    expect(developers.diff.add.map((m) => `${m.name}:${m.role}`)).toEqual([
      'bob-gh:maintainer',
      'dave-gh:member',
    ]);
    expect(developers.diff.kept.map((m) => m.name)).toEqual(['mallory-gh']);
    expect(developers.diff.remove).toEqual([]);
    expect(p.teams.find((t) => t.slug === 'leads')?.blocked).toBe(
      'the team does not exist (--create-teams creates it)',
    );
    expect(p.teams.find((t) => t.slug === 'ops')?.diff).toEqual({
      add: [],
      update: [],
      remove: [],
      kept: [],
    });
    // A plan reads and never writes.
    expect(gh.requests.filter((r) => r.write)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('applies the plan, creates teams only when asked, and a second apply writes nothing', async () => {
    const first = await apply({ createTeams: true, prune: true, cap: { count: 5 } });
    expect(first.outcomes.map((o) => [o.slug, o.status, o.done])).toEqual([
      [
        'developers',
        'changed',
        ['added bob-gh as maintainer', 'added dave-gh as member', 'removed mallory-gh'],
      ],
      ['leads', 'changed', ['created team leads', 'added bob-gh as member']],
      ['ops', 'in-step', []],
    ]);
    expect(members('developers')).toEqual(['bob-gh (maintainer)', 'carol-gh', 'dave-gh']);
    expect(members('leads')).toEqual(['bob-gh']);
    const second = await apply({ createTeams: true, prune: true, cap: { count: 5 } });
    expect(second.outcomes.every((o) => o.status === 'in-step')).toBe(true);
    expect(second.writes).toBe(0);
    expect(gh.violations).toEqual([]);
  });

  it('refuses every removal when there are more than the cap allows', async () => {
    gh.state.addTeamMember('fixture', 'ops', 'mallory-gh');
    gh.state.addTeamMember('fixture', 'ops', 'finn-gh');
    const p = await plan({ prune: true, cap: parseRemovalCap('2')! });
    expect(p.removals).toEqual({ planned: 3, limit: 2, blocked: true });
    const { outcomes } = await apply({ prune: true, cap: parseRemovalCap('2')! });
    expect(outcomes.find((o) => o.slug === 'developers')?.done).toEqual([
      'added bob-gh as maintainer',
      'added dave-gh as member',
    ]);
    expect(members('ops')).toEqual(['alice-gh', 'finn-gh', 'mallory-gh']);
    expect(members('developers')).toEqual(['bob-gh (maintainer)', 'carol-gh', 'dave-gh', 'mallory-gh']);
  });

  it('invites people outside the organisation only with --invite, and does not invite them twice', async () => {
    gh.state.orgMembers.get('fixture')?.delete('dave-gh');
    const without = await plan();
    expect(without.teams.find((t) => t.slug === 'developers')?.skipped).toEqual([
      { login: 'dave-gh', reason: 'not an organisation member (--invite sends an invitation)' },
    ]);
    const first = await apply({ invite: true });
    expect(first.outcomes.find((o) => o.slug === 'developers')?.done).toContain(
      'added dave-gh as member (invited to the organisation)',
    );
    expect([...(gh.state.invitations.get('fixture')?.keys() ?? [])]).toEqual(['dave-gh']);
    const second = await apply({ invite: true });
    expect(second.writes).toBe(0);
  });

  it('waits out a secondary rate limit and a 502 after the work, and still writes each change once', async () => {
    gh.faults.secondaryRateLimit({ method: 'PUT', path: /\/memberships\/bob-gh$/ });
    gh.faults.add({ method: 'PUT', path: /\/memberships\/dave-gh$/, status: 502, afterHandling: true });
    const { outcomes } = await apply();
    expect(outcomes.find((o) => o.slug === 'developers')).toMatchObject({
      status: 'changed',
      done: ['added bob-gh as maintainer', 'added dave-gh as member'],
    });
    expect(members('developers')).toEqual(['bob-gh (maintainer)', 'carol-gh', 'dave-gh', 'mallory-gh']);
    expect((await apply()).writes).toBe(0);
  });

  it('puts a team back as it was when a write fails midway, and says so', async () => {
    // The second membership write of the run fails for good (more 500s than retries).
    gh.faults.add({ method: 'PUT', path: /\/memberships\/dave-gh$/, status: 500, times: 5 });
    const { outcomes } = await apply({ prune: true, cap: { count: 5 } });
    const developers = outcomes.find((o) => o.slug === 'developers')!;
    expect(developers.status).toBe('rolled-back');
    expect(developers.done).toEqual([]);
    expect(developers.error).toMatch(/^could not add dave-gh as member: /);
    expect(members('developers')).toEqual(['carol-gh', 'mallory-gh']);
    expect(outcomes.find((o) => o.slug === 'ops')?.status).toBe('in-step');
  });

  it('reports a team left partly changed when undoing fails too', async () => {
    gh.faults.add({ method: 'PUT', path: /\/memberships\/dave-gh$/, status: 500, times: 5 });
    gh.faults.add({ method: 'DELETE', path: /\/memberships\/bob-gh$/, status: 500, times: 5 });
    const { outcomes } = await apply();
    const developers = outcomes.find((o) => o.slug === 'developers')!;
    expect(developers.status).toBe('partial');
    expect(developers.done).toEqual(['added bob-gh as maintainer']);
    expect(members('developers')).toEqual(['bob-gh (maintainer)', 'carol-gh', 'mallory-gh']);
  });
});
