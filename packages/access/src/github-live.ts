/**
 * Reading a GitHub organisation's teams and writing memberships, through the shared client
 * (throttling, retries, conditional reads). Reads page by page with 100 a page.
 */

import { mapLimit } from '@rolekit/core';
import type { GitHubClient } from '@rolekit/github';
import type { DesiredTeam, LiveTeam, LiveTeams, TeamRole, TeamWriter } from './github-teams.js';

const statusOf = (error: unknown) => (error as { status?: unknown })?.status;

export async function readTeams(
  gh: GitHubClient,
  org: string,
  desired: readonly DesiredTeam[],
): Promise<LiveTeams> {
  const listed = await gh.paginate(gh.rest.teams.list, { org, per_page: 100 });
  const members = await gh.paginate(gh.rest.orgs.listMembers, { org, per_page: 100 });
  const orgMembers = new Set(members.map((m) => m.login.toLowerCase()));
  const teams = new Map<string, LiveTeam>();
  for (const t of listed) {
    teams.set(t.slug.toLowerCase(), {
      slug: t.slug.toLowerCase(),
      id: t.id,
      ...(t.parent?.slug ? { parent: t.parent.slug.toLowerCase() } : {}),
      members: new Map(),
    });
  }
  const wanted = desired.filter((d) => teams.has(d.slug));
  await mapLimit(wanted, 4, async (want) => {
    const team = teams.get(want.slug) as LiveTeam;
    const [all, maintainers] = await Promise.all([
      gh.paginate(gh.rest.teams.listMembersInOrg, { org, team_slug: team.slug, per_page: 100 }),
      gh.paginate(gh.rest.teams.listMembersInOrg, {
        org,
        team_slug: team.slug,
        role: 'maintainer',
        per_page: 100,
      }),
    ]);
    const leads = new Set(maintainers.map((m) => m.login.toLowerCase()));
    for (const m of all) {
      const key = m.login.toLowerCase();
      team.members.set(key, { key, name: m.login, role: leads.has(key) ? 'maintainer' : 'member' });
    }
    // Invitees do not show in member lists; ask for the ones the model wants, so a second run
    // does not invite them again.
    for (const [key, member] of want.members) {
      if (team.members.has(key) || orgMembers.has(key)) continue;
      try {
        const { data } = await gh.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: team.slug,
          username: member.name,
        });
        team.members.set(key, {
          key,
          name: member.name,
          role: data.role as TeamRole,
          pending: data.state === 'pending',
        });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
  });
  return { org, orgMembers, teams };
}

/** Writes through Octokit; each write is safe to send twice (a retry after a lost answer). */
export function githubTeamWriter(gh: GitHubClient, live: LiveTeams): TeamWriter {
  const org = live.org;
  const ids = new Map([...live.teams.values()].map((t) => [t.slug, t.id]));
  return {
    async createTeam(slug, parent) {
      const parentId = parent === undefined ? undefined : ids.get(parent);
      try {
        const { data } = await gh.rest.teams.create({
          org,
          name: slug,
          privacy: 'closed',
          ...(parentId === undefined ? {} : { parent_team_id: parentId }),
        });
        ids.set(slug, data.id);
      } catch (error) {
        // 422 after a lost answer: the first attempt created it.
        if (statusOf(error) !== 422) throw error;
        const { data } = await gh.rest.teams.getByName({ org, team_slug: slug });
        ids.set(slug, data.id);
      }
    },
    async setMembership(slug, login, role) {
      await gh.rest.teams.addOrUpdateMembershipForUserInOrg({ org, team_slug: slug, username: login, role });
    },
    async removeMembership(slug, login) {
      try {
        await gh.rest.teams.removeMembershipForUserInOrg({ org, team_slug: slug, username: login });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    },
  };
}
