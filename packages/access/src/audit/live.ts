/**
 * Reads what the access audit compares with the model: the GitHub organisation (members and
 * owners, teams with their members, maintainers and repositories, direct collaborators of every
 * repository) and the Jira site (accounts, project-role actors in the model's projects, members of
 * the groups that appear, the schemes' grants). Read-only; every list is paginated and every
 * GitHub read is conditional through the client's ETag cache.
 */

import { mapLimit } from '@rolekit/core';
import type { GitHubClient } from '@rolekit/github';
import type { JiraApi } from '@rolekit/jira';

export type RepoPermission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';

export interface LiveGitHub {
  org: string;
  /** Lower-cased login -> member (owners have `admin`). */
  members: Map<string, { login: string; admin: boolean }>;
  teams: Map<
    string,
    {
      slug: string;
      members: Map<string, { login: string; maintainer: boolean }>;
      repos: Map<string, RepoPermission>;
    }
  >;
  repositories: string[];
  /** Direct collaborators with their direct permission. */
  collaborators: Array<{ repo: string; login: string; permission: RepoPermission }>;
}

export interface LiveJira {
  site: string;
  users: Map<string, { displayName: string; active: boolean; accountType: string }>;
  /** `PROJECT\0Role name` -> actors. */
  actors: Map<string, { users: Set<string>; groups: Set<string> }>;
  /** Group name -> members; undefined when the members could not be read. */
  groups: Map<string, Set<string> | undefined>;
  /** Project key -> its scheme's grants; absent when the project does not exist. */
  grants: Map<string, { scheme: string; grants: Array<{ permission: string; holder: string }> }>;
  /** Project role id -> name. */
  roleNames: Map<string, string>;
}

function permissionOf(
  p: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean } | undefined,
  roleName?: string,
): RepoPermission {
  if (roleName === 'admin' || p?.admin) return 'admin';
  if (roleName === 'maintain' || p?.maintain) return 'maintain';
  if (roleName === 'write' || p?.push) return 'push';
  if (roleName === 'triage' || p?.triage) return 'triage';
  return 'pull';
}

export async function readGitHub(gh: GitHubClient, org: string, concurrency = 4): Promise<LiveGitHub> {
  const [members, owners, teams, repos] = await Promise.all([
    gh.paginate(gh.rest.orgs.listMembers, { org, per_page: 100 }),
    gh.paginate(gh.rest.orgs.listMembers, { org, role: 'admin', per_page: 100 }),
    gh.paginate(gh.rest.teams.list, { org, per_page: 100 }),
    gh.paginate(gh.rest.repos.listForOrg, { org, per_page: 100 }),
  ]);
  const admins = new Set(owners.map((o) => o.login.toLowerCase()));
  const live: LiveGitHub = {
    org,
    members: new Map(
      members.map((m) => [
        m.login.toLowerCase(),
        { login: m.login, admin: admins.has(m.login.toLowerCase()) },
      ]),
    ),
    teams: new Map(),
    repositories: repos.map((r) => r.name).sort(),
    collaborators: [],
  };
  await mapLimit(teams, concurrency, async (t) => {
    const [all, maintainers, teamRepos] = await Promise.all([
      gh.paginate(gh.rest.teams.listMembersInOrg, { org, team_slug: t.slug, per_page: 100 }),
      gh.paginate(gh.rest.teams.listMembersInOrg, {
        org,
        team_slug: t.slug,
        role: 'maintainer',
        per_page: 100,
      }),
      gh.paginate(gh.rest.teams.listReposInOrg, { org, team_slug: t.slug, per_page: 100 }),
    ]);
    const leads = new Set(maintainers.map((m) => m.login.toLowerCase()));
    live.teams.set(t.slug.toLowerCase(), {
      slug: t.slug.toLowerCase(),
      members: new Map(
        all.map((m) => [
          m.login.toLowerCase(),
          { login: m.login, maintainer: leads.has(m.login.toLowerCase()) },
        ]),
      ),
      repos: new Map(teamRepos.map((r) => [r.name, permissionOf(r.permissions, r.role_name)])),
    });
  });
  const direct = await mapLimit(live.repositories, concurrency, (repo) =>
    gh.paginate(gh.rest.repos.listCollaborators, { owner: org, repo, affiliation: 'direct', per_page: 100 }),
  );
  live.repositories.forEach((repo, i) => {
    for (const c of direct[i] ?? [])
      live.collaborators.push({ repo, login: c.login, permission: permissionOf(c.permissions, c.role_name) });
  });
  return live;
}

const API = '/rest/api/3';

/**
 * `expected`: project key -> project role names the model maps there. A project role gives access
 * in a project only through the project's scheme, so the actors read are those of the roles the
 * scheme grants something to, and of the roles the model expects: not every role on the site.
 */
export async function readJira(
  api: JiraApi,
  projects: readonly string[],
  expected: ReadonlyMap<string, readonly string[]> = new Map(),
  concurrency = 4,
): Promise<LiveJira> {
  const live: LiveJira = {
    site: api.connection.baseUrl,
    users: new Map(),
    actors: new Map(),
    groups: new Map(),
    grants: new Map(),
    roleNames: new Map(),
  };
  for (let startAt = 0; ; ) {
    const page = await api.send('GET', `${API}/users/search?startAt=${startAt}`, () =>
      api.client.users.getAllUsers({ startAt, maxResults: 1000 }),
    );
    for (const u of page)
      if (u.accountId)
        live.users.set(u.accountId, {
          displayName: u.displayName ?? u.accountId,
          active: u.active !== false,
          accountType: u.accountType ?? 'atlassian',
        });
    if (page.length === 0) break;
    startAt += page.length;
  }
  const roles = await api.listProjectRoles();
  for (const r of roles) live.roleNames.set(String(r.id), r.name);
  const schemes = new Map<
    number,
    { scheme: string; grants: Array<{ permission: string; holder: string }> }
  >();
  const groupNames = new Set<string>();
  for (const project of projects) {
    const schemeId = await api.projectSchemeId(project);
    if (schemeId === undefined) continue;
    let grants = schemes.get(schemeId);
    if (!grants) {
      const scheme = await api.getScheme(schemeId);
      grants = {
        scheme: scheme.name,
        grants: scheme.permissions.map((g) => {
          const value =
            g.holder.type === 'projectRole'
              ? (live.roleNames.get(String(g.holder.value ?? g.holder.parameter)) ?? g.holder.value)
              : g.holder.type === 'group'
                ? (g.holder.parameter ?? g.holder.value)
                : g.holder.value;
          if (g.holder.type === 'group' && value) groupNames.add(value);
          return { permission: g.permission, holder: value ? `${g.holder.type}:${value}` : g.holder.type };
        }),
      };
      schemes.set(schemeId, grants);
    }
    live.grants.set(project, grants);
    const granted = new Set(
      grants.grants.filter((g) => g.holder.startsWith('projectRole:')).map((g) => g.holder.slice(12)),
    );
    const wanted = new Set(expected.get(project) ?? []);
    const toRead = roles.filter((r) => granted.has(r.name) || wanted.has(r.name));
    const read = await mapLimit(toRead, concurrency, (role) =>
      api.send('GET', `${API}/project/${project}/role/${role.id}`, () =>
        api.client.projectRoles.getProjectRole({ projectIdOrKey: encodeURIComponent(project), id: role.id }),
      ),
    );
    toRead.forEach((role, i) => {
      const actors = { users: new Set<string>(), groups: new Set<string>() };
      for (const a of (read[i]?.actors ?? []) as Array<{
        actorUser?: { accountId?: string };
        actorGroup?: { name?: string };
      }>) {
        if (a.actorUser?.accountId) actors.users.add(a.actorUser.accountId);
        else if (a.actorGroup?.name) {
          actors.groups.add(a.actorGroup.name);
          groupNames.add(a.actorGroup.name);
        }
      }
      if (actors.users.size + actors.groups.size > 0) live.actors.set(`${project}\u0000${role.name}`, actors);
    });
  }
  for (const name of [...groupNames].sort()) {
    try {
      const members = new Set<string>();
      for (let startAt = 0; ; ) {
        const page = await api.send(
          'GET',
          `${API}/group/member?groupname=${encodeURIComponent(name)}&startAt=${startAt}`,
          () => api.client.groups.getUsersFromGroup({ groupname: name, startAt, maxResults: 50 }),
        );
        for (const u of page.values ?? []) if (u.accountId) members.add(u.accountId);
        const count = page.values?.length ?? 0;
        if (page.isLast !== false || count === 0) break;
        startAt += count;
      }
      live.groups.set(name, members);
    } catch {
      // Reading group members needs more than project admin rights on some sites: reported as unreadable.
      live.groups.set(name, undefined);
    }
  }
  return live;
}
