import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, type Harness, startHarness } from './test-helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.standIn.close();
});

const logins = (users: Array<{ login: string }>) => users.map((u) => u.login);

describe('teams and their members', () => {
  it('lists teams with their parent, and members by role', async () => {
    const { state } = h.standIn;
    state.addTeam('acme', 'qa', { name: 'QA', parent: 'eng', members: ['dora'], maintainers: ['erin'] });
    const teams = await h.octokit.paginate(h.octokit.teams.list, { org: 'acme', per_page: 1 });
    expect(teams.map((t) => [t.slug, t.parent?.slug ?? null])).toEqual([
      ['eng', null],
      ['qa', 'eng'],
    ]);
    const all = await h.octokit.teams.listMembersInOrg({ org: 'acme', team_slug: 'qa' });
    expect(logins(all.data)).toEqual(['dora', 'erin']);
    const maintainers = await h.octokit.teams.listMembersInOrg({
      org: 'acme',
      team_slug: 'qa',
      role: 'maintainer',
    });
    expect(logins(maintainers.data)).toEqual(['erin']);
    expect(h.standIn.violations).toEqual([]);
  });

  it('adds an organisation member at once and invites anyone else', async () => {
    const { state } = h.standIn;
    state.addOrgMember('acme', 'dora');
    state.addUser('zed');
    const added = await h.octokit.teams.addOrUpdateMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'eng',
      username: 'dora',
      role: 'maintainer',
    });
    expect([added.data.role, added.data.state]).toEqual(['maintainer', 'active']);
    const invited = await h.octokit.teams.addOrUpdateMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'eng',
      username: 'zed',
    });
    expect([invited.data.role, invited.data.state]).toEqual(['member', 'pending']);
    const members = await h.octokit.teams.listMembersInOrg({ org: 'acme', team_slug: 'eng' });
    expect(logins(members.data)).toEqual(['alice', 'bob', 'dora']);
    const invitations = await h.octokit.orgs.listPendingInvitations({ org: 'acme' });
    expect(invitations.data.map((i) => [i.login, i.team_count])).toEqual([['zed', 1]]);
    state.acceptInvitation('acme', 'zed');
    const after = await h.octokit.teams.getMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'eng',
      username: 'zed',
    });
    expect(after.data.state).toBe('active');
    await h.octokit.teams.removeMembershipForUserInOrg({ org: 'acme', team_slug: 'eng', username: 'alice' });
    expect(
      (
        await failure(
          h.octokit.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'eng', username: 'alice' }),
        )
      ).status,
    ).toBe(404);
    expect(h.standIn.violations).toEqual([]);
  });

  it('creates a team under a parent, and refuses a second one of the same name', async () => {
    const { state } = h.standIn;
    const eng = state.team('acme', 'eng');
    const { data } = await h.octokit.teams.create({
      org: 'acme',
      name: 'QA Leads',
      parent_team_id: eng?.id,
      privacy: 'closed',
    });
    expect([data.slug, data.parent?.slug]).toEqual(['qa-leads', 'eng']);
    const again = await failure(h.octokit.teams.create({ org: 'acme', name: 'QA Leads' }));
    expect(again.status).toBe(422);
    expect(h.standIn.violations).toEqual([]);
  });

  it('rejects a membership body GitHub would reject', async () => {
    const bad = await failure(
      h.octokit.request('PUT /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org: 'acme',
        team_slug: 'eng',
        username: 'alice',
        role: 'owner',
      } as never),
    );
    expect(bad.status).toBe(422);
    expect(h.standIn.violations.map((v) => v.kind)).toEqual(['request']);
  });
});

describe('organisation members, repositories and collaborators', () => {
  it('lists direct collaborators, outside collaborators and everyone with access', async () => {
    const { state } = h.standIn;
    state.addOrgMember('acme', 'olga', 'admin');
    state.addCollaborator('acme/handbook', 'mallory', 'admin');
    const direct = await h.octokit.repos.listCollaborators({
      owner: 'acme',
      repo: 'handbook',
      affiliation: 'direct',
    });
    expect(direct.data.map((c) => [c.login, c.role_name])).toEqual([
      ['carol', 'triage'],
      ['mallory', 'admin'],
    ]);
    const all = await h.octokit.repos.listCollaborators({ owner: 'acme', repo: 'handbook' });
    expect(all.data.map((c) => [c.login, c.role_name])).toEqual([
      ['alice', 'write'],
      ['bob', 'write'],
      ['carol', 'triage'],
      ['mallory', 'admin'],
      ['olga', 'admin'],
    ]);
    const outside = await h.octokit.orgs.listOutsideCollaborators({ org: 'acme' });
    expect(logins(outside.data)).toEqual(['carol', 'mallory']);
    const members = await h.octokit.orgs.listMembers({ org: 'acme' });
    expect(logins(members.data)).toEqual(['alice', 'bob', 'olga']);
    const admins = await h.octokit.orgs.listMembers({ org: 'acme', role: 'admin' });
    expect(logins(admins.data)).toEqual(['olga']);
    const repos = await h.octokit.repos.listForOrg({ org: 'acme' });
    expect(repos.data.map((r) => r.full_name)).toEqual(['acme/handbook']);
    const teamRepos = await h.octokit.teams.listReposInOrg({ org: 'acme', team_slug: 'eng' });
    expect(teamRepos.data.map((r) => [r.full_name, r.role_name])).toEqual([['acme/handbook', 'write']]);
    expect(h.standIn.violations).toEqual([]);
  });

  it('answers a second read of a member list 304 when nothing changed', async () => {
    const first = await h.octokit.teams.listMembersInOrg({ org: 'acme', team_slug: 'eng' });
    const etag = first.headers.etag as string;
    const second = await failure(
      h.octokit.teams.listMembersInOrg({ org: 'acme', team_slug: 'eng', headers: { 'if-none-match': etag } }),
    );
    expect(second.status).toBe(304);
    h.standIn.state.addTeamMember('acme', 'eng', 'dora');
    const third = await h.octokit.teams.listMembersInOrg({
      org: 'acme',
      team_slug: 'eng',
      headers: { 'if-none-match': etag },
    });
    expect(logins(third.data)).toEqual(['alice', 'bob', 'dora']);
  });
});
