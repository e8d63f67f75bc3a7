/**
 * Handlers for team membership, organisation members and invitations, and repository
 * collaborators: what team sync writes and what the access audit reads. Same contract as
 * handlers.ts (validated parameters in, plain data out, GitHubStateError for GitHub's errors).
 */
import type { Handler, HandlerContext } from './handlers.js';
import { paginate } from './paginate.js';
import {
  type AccountRecord,
  GitHubState,
  GitHubStateError,
  type RepoPermission,
  type TeamRecord,
} from './state.js';

const str = (value: unknown): string => String(value);
const notFound = (message = 'Not Found') => new GitHubStateError(404, message);

function orgOf(ctx: HandlerContext): AccountRecord {
  const org = ctx.state.account(str(ctx.params['org']));
  if (org?.type !== 'Organization') throw notFound();
  return org;
}

function teamOf(ctx: HandlerContext): TeamRecord {
  const team = ctx.state.team(orgOf(ctx).login, str(ctx.params['team_slug']));
  if (!team) throw notFound();
  return team;
}

/** GitHub's slug: lower case, runs of anything but letters and digits become one hyphen. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const accessHandlers: Record<string, Handler> = {
  'teams/list': (ctx) => {
    const org = orgOf(ctx);
    const page = paginate(ctx.state.teamsOf(org.login), ctx);
    return { status: 200, body: page.items.map((t) => ctx.payloads.teamListed(t)), headers: page.headers };
  },

  'teams/create': (ctx) => {
    const org = orgOf(ctx);
    const body = ctx.body ?? {};
    const name = str(body['name']);
    const slug = slugOf(name);
    if (slug === '' || ctx.state.team(org.login, slug)) {
      throw new GitHubStateError(422, 'Validation Failed', [
        { resource: 'Team', code: 'custom', field: 'name', message: 'Name must be unique for this org' },
      ]);
    }
    let parent: TeamRecord | undefined;
    if (body['parent_team_id'] !== undefined && body['parent_team_id'] !== null) {
      parent = ctx.state.teamById(Number(body['parent_team_id']));
      if (!parent || parent.org !== org.login) {
        throw new GitHubStateError(422, 'Validation Failed', [
          { resource: 'Team', code: 'invalid', field: 'parent_team_id' },
        ]);
      }
    }
    const maintainers = Array.isArray(body['maintainers']) ? body['maintainers'].map(str) : [];
    for (const login of maintainers) {
      if (!ctx.state.orgRole(org.login, login)) {
        throw new GitHubStateError(422, 'Validation Failed', [
          { resource: 'Team', code: 'invalid', field: 'maintainers', value: login },
        ]);
      }
    }
    const team = ctx.state.addTeam(org.login, slug, {
      name,
      ...(typeof body['description'] === 'string' ? { description: body['description'] } : {}),
      privacy: body['privacy'] === 'secret' ? 'secret' : 'closed',
      ...(parent ? { parent: parent.slug } : {}),
    });
    for (const login of maintainers) ctx.state.setTeamMembership(team, login, 'maintainer', ctx.viewer);
    return { status: 201, body: ctx.payloads.team(team) };
  },

  'teams/list-members-in-org': (ctx) => {
    const team = teamOf(ctx);
    const role = str(ctx.query['role'] ?? 'all');
    const logins = [...team.members]
      .filter((login) => role === 'all' || ctx.state.teamRole(team, login) === role)
      .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const page = paginate(logins, ctx);
    return {
      status: 200,
      body: page.items.map((login) => ctx.payloads.userByLogin(login)),
      headers: page.headers,
    };
  },

  'teams/get-membership-for-user-in-org': (ctx) => {
    const team = teamOf(ctx);
    const login = str(ctx.params['username']);
    const role = ctx.state.teamRole(team, login);
    if (role) return { status: 200, body: ctx.payloads.teamMembership(team, login, role, 'active') };
    const pending = [...team.pending.entries()].find(([m]) => m.toLowerCase() === login.toLowerCase());
    if (pending)
      return { status: 200, body: ctx.payloads.teamMembership(team, login, pending[1], 'pending') };
    throw notFound();
  },

  'teams/add-or-update-membership-for-user-in-org': (ctx) => {
    const team = teamOf(ctx);
    const login = str(ctx.params['username']);
    const account = ctx.state.account(login);
    if (!account) throw notFound();
    if (account.type === 'Organization') {
      throw new GitHubStateError(422, 'Unprocessable Entity: an organization cannot be added to a team');
    }
    const role = ctx.body?.['role'] === 'maintainer' ? 'maintainer' : 'member';
    const state = ctx.state.setTeamMembership(team, account.login, role, ctx.viewer);
    return { status: 200, body: ctx.payloads.teamMembership(team, account.login, role, state) };
  },

  'teams/remove-membership-for-user-in-org': (ctx) => {
    const team = teamOf(ctx);
    ctx.state.removeTeamMembership(team, str(ctx.params['username']));
    return { status: 204 };
  },

  'teams/list-repos-in-org': (ctx) => {
    const team = teamOf(ctx);
    const repos = [...team.repos.entries()]
      .map(([name, permission]) => ({ repo: ctx.state.findRepo(name), permission }))
      .filter((r): r is { repo: NonNullable<typeof r.repo>; permission: RepoPermission } => !!r.repo)
      .sort((a, b) => a.repo.fullName.toLowerCase().localeCompare(b.repo.fullName.toLowerCase()));
    const page = paginate(repos, ctx);
    return {
      status: 200,
      body: page.items.map((r) => ctx.payloads.minimalRepository(r.repo, r.permission)),
      headers: page.headers,
    };
  },

  'users/get-by-username': (ctx) => {
    const account = ctx.state.account(str(ctx.params['username']));
    if (!account) throw notFound();
    return { status: 200, body: ctx.payloads.publicUser(account) };
  },

  'orgs/list-members': (ctx) => {
    const org = orgOf(ctx);
    const role = str(ctx.query['role'] ?? 'all');
    const members = ctx.state.membersOf(org.login).filter((m) => role === 'all' || m.role === role);
    const page = paginate(members, ctx);
    return {
      status: 200,
      body: page.items.map((m) => ctx.payloads.user(m.account)),
      headers: page.headers,
    };
  },

  'orgs/list-outside-collaborators': (ctx) => {
    const org = orgOf(ctx);
    const outside = new Map<string, AccountRecord>();
    for (const repo of ctx.state.repos.values()) {
      if (repo.owner !== org.login) continue;
      for (const login of repo.collaborators.keys()) {
        const account = ctx.state.account(login);
        if (account && !ctx.state.orgRole(org.login, login)) outside.set(login, account);
      }
    }
    const sorted = [...outside.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, a]) => a);
    const page = paginate(sorted, ctx);
    return { status: 200, body: page.items.map((a) => ctx.payloads.user(a)), headers: page.headers };
  },

  'orgs/list-pending-invitations': (ctx) => {
    const org = orgOf(ctx);
    const pending = [...(ctx.state.invitations.get(org.login.toLowerCase())?.values() ?? [])];
    const page = paginate(pending, ctx);
    return {
      status: 200,
      body: page.items.map((i) => ctx.payloads.invitation(org.login, i)),
      headers: page.headers,
    };
  },

  'repos/list-for-org': (ctx) => {
    const org = orgOf(ctx);
    const repos = [...ctx.state.repos.values()]
      .filter((r) => r.owner === org.login)
      .sort((a, b) => a.fullName.toLowerCase().localeCompare(b.fullName.toLowerCase()));
    const page = paginate(repos, ctx);
    return {
      status: 200,
      body: page.items.map((r) =>
        ctx.payloads.minimalRepository(r, ctx.state.permissionOf(r.fullName, ctx.viewer)),
      ),
      headers: page.headers,
    };
  },

  'repos/list-collaborators': (ctx) => {
    const repo = ctx.state.findRepo(`${str(ctx.params['owner'])}/${str(ctx.params['repo'])}`);
    if (!repo) throw notFound();
    const affiliation = str(ctx.query['affiliation'] ?? 'all');
    const logins = new Set<string>();
    for (const login of repo.collaborators.keys()) {
      if (affiliation !== 'outside' || !ctx.state.orgRole(repo.owner, login)) logins.add(login);
    }
    if (affiliation === 'all') {
      for (const team of ctx.state.teamsOf(repo.owner)) {
        if (team.repos.has(repo.fullName.toLowerCase()))
          for (const m of team.members) logins.add(m.toLowerCase());
      }
      for (const { account, role } of ctx.state.membersOf(repo.owner)) {
        if (role === 'admin') logins.add(account.login.toLowerCase());
      }
    }
    const wanted =
      ctx.query['permission'] === undefined ? undefined : (str(ctx.query['permission']) as RepoPermission);
    const rows = [...logins]
      .sort()
      .map((login) => {
        const account = ctx.state.account(login) as AccountRecord;
        // A direct listing shows the direct grant; the others, the highest through any path.
        const permission =
          affiliation === 'all'
            ? ctx.state.permissionOf(repo.fullName, login)
            : repo.collaborators.get(login);
        return { account, permission: permission as RepoPermission };
      })
      .filter((r) => r.permission !== undefined)
      .filter((r) => wanted === undefined || GitHubState.atLeast(r.permission, wanted));
    const page = paginate(rows, ctx);
    return {
      status: 200,
      body: page.items.map((r) => ctx.payloads.collaborator(r.account, r.permission)),
      headers: page.headers,
    };
  },
};
