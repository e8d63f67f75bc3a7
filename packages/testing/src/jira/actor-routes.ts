// Project role actors, group members and the user list: what project-role sync writes and the
// access audit reads. Sections named are from the Jira Cloud REST API v3 reference.
import { API, intParam, JiraApiError, type On, page, projectOr404 } from './routes.js';
import type { JiraProject, JiraProjectRole, JiraState, JiraUser } from './state.js';

function userJson(user: JiraUser, base: string) {
  return {
    self: `${base}${API}/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: user.accountType ?? 'atlassian',
    displayName: user.displayName,
    active: user.active ?? true,
  };
}

function roleOr404(state: JiraState, id: string): JiraProjectRole {
  const role = state.role(Number(id));
  if (!role) throw new JiraApiError(404, [`No project role with id ${id}.`]);
  return role;
}

function projectRoleJson(
  state: JiraState,
  project: JiraProject,
  role: JiraProjectRole,
  base: string,
  excludeInactive: boolean,
) {
  const actors = state.actorsOf(project, role);
  let actorId = role.id * 100;
  const users = [...actors.users]
    .map((id) => state.users.get(id))
    .filter((u): u is JiraUser => u !== undefined && (!excludeInactive || u.active !== false))
    .map((u) => ({
      id: ++actorId,
      displayName: u.displayName,
      type: 'atlassian-user-role-actor',
      actorUser: { accountId: u.accountId },
    }));
  const groups = [...actors.groups]
    .map((id) => state.groupById(id))
    .filter((g) => g !== undefined)
    .map((g) => ({
      id: ++actorId,
      displayName: g.name,
      type: 'atlassian-group-role-actor',
      name: g.name,
      actorGroup: { name: g.name, displayName: g.name, groupId: g.groupId },
    }));
  return {
    self: `${base}${API}/project/${project.id}/role/${role.id}`,
    name: role.name,
    id: role.id,
    description: role.description,
    actors: [...users, ...groups],
    scope: { type: 'PROJECT', project: { id: project.id } },
  };
}

function bool(query: URLSearchParams, name: string): boolean {
  return query.get(name) === 'true';
}

export function buildActorRoutes(state: JiraState, on: On): void {
  // --- Project roles > Get project roles for project ----------------------------------------------
  on('GET', '/project/{projectIdOrKey}/role', ({ params, base }) => {
    const project = projectOr404(state, params['projectIdOrKey']!);
    const out: Record<string, string> = {};
    for (const role of state.roles) out[role.name] = `${base}${API}/project/${project.id}/role/${role.id}`;
    return { status: 200, body: out };
  });

  // --- Project roles > Get project role for project -----------------------------------------------
  on(
    'GET',
    '/project/{projectIdOrKey}/role/{id}',
    ({ params, query, base }) => {
      const project = projectOr404(state, params['projectIdOrKey']!);
      const role = roleOr404(state, params['id']!);
      return {
        status: 200,
        body: projectRoleJson(state, project, role, base, bool(query, 'excludeInactiveUsers')),
      };
    },
    { integerParams: ['id'] },
  );

  // --- Project role actors > Add actors to project role -------------------------------------------
  on(
    'POST',
    '/project/{projectIdOrKey}/role/{id}',
    ({ params, body, base }) => {
      const project = projectOr404(state, params['projectIdOrKey']!);
      const role = roleOr404(state, params['id']!);
      const input = body as { user?: string[]; group?: string[]; groupId?: string[] };
      const actors = state.actorsOf(project, role);
      // Everything is checked before anything is added: Jira adds all or none.
      const users = input.user ?? [];
      for (const id of users) {
        if (!state.users.has(id))
          throw new JiraApiError(404, [`User with account id '${id}' does not exist.`]);
        if (actors.users.has(id)) {
          throw new JiraApiError(400, [`'${id}' is already a member of the project role.`]);
        }
      }
      const groups = [
        ...(input.group ?? []).map((name) => {
          const g = state.group(name);
          if (!g) throw new JiraApiError(404, [`Group '${name}' does not exist.`]);
          return g;
        }),
        ...(input.groupId ?? []).map((id) => {
          const g = state.groupById(id);
          if (!g) throw new JiraApiError(404, [`Group with id '${id}' does not exist.`]);
          return g;
        }),
      ];
      for (const g of groups) {
        if (actors.groups.has(g.groupId)) {
          throw new JiraApiError(400, [`'${g.name}' is already a member of the project role.`]);
        }
      }
      for (const id of users) actors.users.add(id);
      for (const g of groups) actors.groups.add(g.groupId);
      return { status: 200, body: projectRoleJson(state, project, role, base, false) };
    },
    { integerParams: ['id'], body: 'actorsMap' },
  );

  // --- Project role actors > Delete actors from project role --------------------------------------
  on(
    'DELETE',
    '/project/{projectIdOrKey}/role/{id}',
    ({ params, query }) => {
      const project = projectOr404(state, params['projectIdOrKey']!);
      const role = roleOr404(state, params['id']!);
      const actors = state.actorsOf(project, role);
      const user = query.get('user');
      const groupName = query.get('group');
      const groupId = query.get('groupId');
      const given = [user, groupName, groupId].filter((v) => v !== null);
      if (given.length !== 1) {
        throw new JiraApiError(
          400,
          ['Exactly one of user, group or groupId must be given.'],
          'invalid-query',
        );
      }
      if (user !== null) {
        if (!actors.users.delete(user))
          throw new JiraApiError(404, [`'${user}' is not an actor of the role.`]);
      } else {
        const group = groupId !== null ? state.groupById(groupId) : state.group(groupName!);
        if (!group || !actors.groups.delete(group.groupId)) {
          throw new JiraApiError(404, [`'${groupId ?? groupName}' is not an actor of the role.`]);
        }
      }
      return { status: 204 };
    },
    { integerParams: ['id'] },
  );

  // --- Groups > Get users from group --------------------------------------------------------------
  on('GET', '/group/member', ({ query, base, url }) => {
    const groupId = query.get('groupId');
    const groupName = query.get('groupname');
    if (groupId === null && groupName === null) {
      throw new JiraApiError(400, ['Either groupname or groupId must be given.'], 'invalid-query');
    }
    const group = groupId !== null ? state.groupById(groupId) : state.group(groupName!);
    if (!group) throw new JiraApiError(404, [`Group '${groupId ?? groupName}' does not exist.`]);
    const includeInactive = bool(query, 'includeInactiveUsers');
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = Math.min(intParam(query, 'maxResults', 50), 50);
    const members = state
      .membersOfGroup(group.groupId)
      .map((id) => state.users.get(id))
      .filter((u): u is JiraUser => u !== undefined && (includeInactive || u.active !== false))
      .sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
    return { status: 200, body: page(url, base, startAt, maxResults, members, (u) => userJson(u, base)) };
  });

  // --- Users > Get all users ----------------------------------------------------------------------
  on('GET', '/users/search', ({ query, base }) => {
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = Math.min(intParam(query, 'maxResults', 50), 1000);
    const all = [...state.users.values()].sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
    return { status: 200, body: all.slice(startAt, startAt + maxResults).map((u) => userJson(u, base)) };
  });
}
