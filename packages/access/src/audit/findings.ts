/**
 * The access audit's comparison: the live state against the model, as findings that say who has
 * (or lacks) what, through which path, and who is accountable for it. Pure.
 */
import type { Model, Role } from '@rolekit/model';
import { desiredTeams } from '../github-teams.js';
import { desiredActors } from '../jira-actors.js';
import type { LiveGitHub, LiveJira } from './live.js';
import { policyFindings } from './policies.js';

export type FindingKind =
  | 'privilege-drift'
  | 'missing-access'
  | 'account-in-no-role'
  | 'no-account'
  | 'policy-broken';

export interface Accountable {
  role: string;
  people: string[];
}

export interface Finding {
  kind: FindingKind;
  severity: 'high' | 'medium' | 'low';
  /** The model person, when the account is known to the model. */
  person?: string;
  /** The account: a GitHub login or a Jira account id (or the person, for no-account). */
  account: string;
  service: 'github' | 'jira' | 'model';
  /** What access: "member of team developers", "admin on platform-api". */
  what: string;
  /** How it is held: "team developers", "direct collaborator", "project role Leads in OPS", "group contractors". */
  path: string;
  role?: string;
  policy?: string;
  accountable: Accountable[];
}

export interface AuditReport {
  date: string;
  organisation: string;
  scope: {
    github?: string;
    jira?: string;
    teams: number;
    repositories: number;
    projects: number;
    projectRoles: number;
    people: number;
  };
  findings: Finding[];
}

export function holders(model: Model, roleId: string): Accountable {
  return { role: roleId, people: model.peopleInRole(roleId).map((p) => p.id) };
}

/** Who answers for a role's access: the holders of its maintainer roles, else of the role it reports to. */
export function accountableForRole(model: Model, role: Role | undefined): Accountable[] {
  if (!role) return [];
  const leads = role.github?.maintainers.length
    ? role.github.maintainers
    : role.reportsTo
      ? [role.reportsTo]
      : [];
  return leads.map((id) => holders(model, id));
}

/** The Accountable of the activities, from the RACI. */
export function accountableForActivities(model: Model, activities: readonly string[]): Accountable[] {
  const roles = new Set<string>();
  for (const id of activities)
    for (const a of model.activity(id)?.assignments ?? []) if (a.letter === 'A') roles.add(a.role);
  return [...roles].map((id) => holders(model, id));
}

/** Roles the model gives ADMINISTER_PROJECTS in a project: its administrators answer for its grants. */
function projectAdmins(model: Model, project: string): Accountable[] {
  const out: Accountable[] = [];
  for (const role of model.roles) {
    const admin = model
      .jiraGrantsOf(role.id)
      .some(
        (g) => g.projects.some((p) => p.key === project) && g.permissions.includes('ADMINISTER_PROJECTS'),
      );
    if (admin) out.push(holders(model, role.id));
  }
  return out;
}

/** Roles that own paths in a repository (codeowners.yaml) answer for who else can write there. */
function repositoryOwners(model: Model, repo: string): Accountable[] {
  const roles = new Set<string>();
  for (const r of model.repositories) {
    if (r.name !== repo) continue;
    for (const rule of r.rules) for (const owner of rule.owners) if (model.role(owner)) roles.add(owner);
  }
  return [...roles].map((id) => holders(model, id));
}

const RANK = { pull: 1, triage: 2, push: 3, maintain: 4, admin: 5 } as const;

export function audit(
  model: Model,
  github: LiveGitHub | undefined,
  jira: LiveJira | undefined,
  date: string,
): AuditReport {
  const findings: Finding[] = [];
  const byLogin = new Map(model.people.filter((p) => p.github).map((p) => [p.github!.toLowerCase(), p]));
  const byAccount = new Map(model.people.filter((p) => p.jiraAccountId).map((p) => [p.jiraAccountId!, p]));
  const inRole = (p: { roles: readonly string[] } | undefined) => p !== undefined && p.roles.length > 0;
  const personOfLogin = (login: string) => byLogin.get(login.toLowerCase());
  /** Live role holdings per identity (person id, else `github:login` / `jira:id`), with the path. */
  const liveRoles = new Map<string, Map<string, string>>();
  const holdLive = (identity: string, role: string, path: string) => {
    let roles = liveRoles.get(identity);
    if (!roles) {
      roles = new Map();
      liveRoles.set(identity, roles);
    }
    if (!roles.has(role)) roles.set(role, path);
  };

  // ---- GitHub ----
  if (github) {
    const desired = desiredTeams(model);
    for (const want of desired.teams) {
      const team = github.teams.get(want.slug);
      const roleOf = model.role(want.roles[0] ?? '');
      const accountable = accountableForRole(model, roleOf);
      const grants = team ? [...team.repos.entries()] : [];
      const topGrant = grants.reduce<string | undefined>(
        (best, [, p]) => (!best || RANK[p] > RANK[best as keyof typeof RANK] ? p : best),
        undefined,
      );
      const access =
        grants.length > 0
          ? ` (${grants.length} ${grants.length === 1 ? 'repository' : 'repositories'}, up to ${topGrant})`
          : '';
      for (const [key, member] of team?.members ?? []) {
        const person = personOfLogin(member.login);
        for (const role of want.roles) holdLive(person?.id ?? `github:${key}`, role, `team ${want.slug}`);
        const wanted = want.members.get(key);
        if (!wanted) {
          findings.push({
            kind: 'privilege-drift',
            severity: topGrant === 'admin' || topGrant === 'maintain' ? 'high' : 'medium',
            ...(person ? { person: person.id } : {}),
            account: member.login,
            service: 'github',
            what: `member of team ${want.slug}${access}`,
            path: `team ${want.slug}`,
            role: want.roles[0]!,
            accountable,
          });
        } else if (member.maintainer && wanted.role !== 'maintainer') {
          findings.push({
            kind: 'privilege-drift',
            severity: 'low',
            ...(person ? { person: person.id } : {}),
            account: member.login,
            service: 'github',
            what: `maintainer of team ${want.slug}, the model makes them a member`,
            path: `team ${want.slug}`,
            role: want.roles[0]!,
            accountable,
          });
        }
      }
      for (const [key, wanted] of want.members) {
        const present = team?.members.get(key);
        const person = personOfLogin(wanted.name);
        if (!github.members.has(key)) continue; // reported once as no-account below
        if (!present || (wanted.role === 'maintainer' && !present.maintainer)) {
          findings.push({
            kind: 'missing-access',
            severity: 'low',
            ...(person ? { person: person.id } : {}),
            account: wanted.name,
            service: 'github',
            what: `${wanted.role} of team ${want.slug}${team ? '' : ' (the team does not exist)'}`,
            path: `team ${want.slug}`,
            role: want.roles[0]!,
            accountable,
          });
        }
      }
    }
    for (const c of github.collaborators) {
      const person = personOfLogin(c.login);
      const outside = !github.members.has(c.login.toLowerCase());
      findings.push({
        kind: 'privilege-drift',
        severity: RANK[c.permission] >= RANK.maintain ? 'high' : 'medium',
        ...(person ? { person: person.id } : {}),
        account: c.login,
        service: 'github',
        what: `${c.permission} on ${c.repo}`,
        path: outside ? 'outside collaborator' : 'direct collaborator',
        accountable: repositoryOwners(model, c.repo),
      });
    }
    const accounts = new Map<string, string>();
    for (const m of github.members.values()) accounts.set(m.login.toLowerCase(), m.login);
    for (const c of github.collaborators) accounts.set(c.login.toLowerCase(), c.login);
    for (const [key, login] of [...accounts].sort()) {
      const person = personOfLogin(login);
      if (inRole(person)) continue;
      const member = github.members.get(key);
      findings.push({
        kind: 'account-in-no-role',
        severity: member?.admin ? 'high' : 'medium',
        ...(person ? { person: person.id } : {}),
        account: login,
        service: 'github',
        what: member?.admin ? 'organisation owner' : member ? 'organisation member' : 'outside collaborator',
        path: member ? `organisation ${github.org}` : 'outside collaborator',
        accountable: person?.manager ? [{ role: 'manager', people: [person.manager] }] : [],
      });
    }
    for (const p of model.people) {
      if (!inRole(p)) continue;
      const roles = p.roles.filter((r) => model.role(r)?.github);
      if (roles.length === 0) continue;
      if (!p.github || !github.members.has(p.github.toLowerCase())) {
        findings.push({
          kind: 'no-account',
          severity: 'low',
          person: p.id,
          account: p.github ?? p.id,
          service: 'github',
          what: p.github ? `${p.github} is not a member of ${github.org}` : 'no GitHub login in people.yaml',
          path: `roles ${roles.join(', ')}`,
          role: roles[0]!,
          accountable: p.manager
            ? [{ role: 'manager', people: [p.manager] }]
            : accountableForRole(model, model.role(roles[0]!)),
        });
      }
    }
  }

  // ---- Jira ----
  if (jira) {
    const desired = desiredActors(model);
    const wantedPairs = new Map(desired.pairs.map((p) => [`${p.project}\u0000${p.projectRole}`, p]));
    const rolesByProjectRole = new Map<string, string[]>();
    for (const r of model.roles)
      if (r.jira?.projectRole)
        rolesByProjectRole.set(r.jira.projectRole, [
          ...(rolesByProjectRole.get(r.jira.projectRole) ?? []),
          r.id,
        ]);
    const identityOf = (accountId: string) => byAccount.get(accountId)?.id ?? `jira:${accountId}`;
    for (const [pairKey, actors] of [...jira.actors].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [project, projectRole] = pairKey.split('\u0000') as [string, string];
      const want = wantedPairs.get(pairKey);
      const roles = rolesByProjectRole.get(projectRole) ?? [];
      // The role's lead, else the project's administrators in the model.
      const byRole = roles.length > 0 ? accountableForRole(model, model.role(roles[0]!)) : [];
      const accountable = byRole.length > 0 ? byRole : projectAdmins(model, project);
      const path = `project role ${projectRole} in ${project}`;
      for (const accountId of [...actors.users].sort()) {
        for (const role of roles) holdLive(identityOf(accountId), role, path);
        if (want?.members.has(`user:${accountId}`)) continue;
        const person = byAccount.get(accountId);
        findings.push({
          kind: 'privilege-drift',
          severity: 'medium',
          ...(person ? { person: person.id } : {}),
          account: accountId,
          service: 'jira',
          what: `actor of ${projectRole} in ${project}`,
          path,
          ...(roles[0] ? { role: roles[0] } : {}),
          accountable,
        });
      }
      for (const group of [...actors.groups].sort()) {
        const members = jira.groups.get(group);
        for (const accountId of members ?? [])
          for (const role of roles) holdLive(identityOf(accountId), role, `group ${group} in ${path}`);
        findings.push({
          kind: 'privilege-drift',
          severity: 'medium',
          account: group,
          service: 'jira',
          what: `group ${group} is an actor of ${projectRole} in ${project} (${members ? `${members.size} members: ${[...members].sort().join(', ')}` : 'members not readable'})`,
          path: `group ${group} in ${path}`,
          ...(roles[0] ? { role: roles[0] } : {}),
          accountable,
        });
      }
    }
    for (const want of desired.pairs) {
      const actors = jira.actors.get(`${want.project}\u0000${want.projectRole}`);
      for (const member of want.members.values()) {
        if (actors?.users.has(member.name) || !jira.users.has(member.name)) continue;
        const person = byAccount.get(member.name);
        findings.push({
          kind: 'missing-access',
          severity: 'low',
          ...(person ? { person: person.id } : {}),
          account: member.name,
          service: 'jira',
          what: `actor of ${want.projectRole} in ${want.project}`,
          path: `project role ${want.projectRole} in ${want.project}`,
          role: want.roles[0]!,
          accountable: accountableForRole(model, model.role(want.roles[0]!)),
        });
      }
    }
    // Grants the model does not give, scheme by scheme (once per scheme).
    const seenSchemes = new Set<string>();
    for (const [project, live] of jira.grants) {
      if (seenSchemes.has(live.scheme)) continue;
      seenSchemes.add(live.scheme);
      const given = new Set<string>();
      for (const role of model.roles) {
        const holder = role.jira?.projectRole
          ? `projectRole:${role.jira.projectRole}`
          : role.jira?.group
            ? `group:${role.jira.group}`
            : undefined;
        if (!holder) continue;
        for (const g of model.jiraGrantsOf(role.id))
          if (g.projects.some((p) => p.key === project))
            for (const k of g.permissions) given.add(`${k} ${holder}`);
      }
      for (const g of live.grants) {
        if (given.has(`${g.permission} ${g.holder}`)) continue;
        findings.push({
          kind: 'privilege-drift',
          severity: g.permission === 'ADMINISTER_PROJECTS' || g.holder === 'anyone' ? 'high' : 'medium',
          account: g.holder,
          service: 'jira',
          what: `${g.permission} in scheme ${live.scheme}`,
          path: `permission scheme ${live.scheme}`,
          accountable: projectAdmins(model, project),
        });
      }
    }
    for (const [accountId, user] of [...jira.users].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!user.active || user.accountType !== 'atlassian') continue;
      const person = byAccount.get(accountId);
      if (inRole(person)) continue;
      findings.push({
        kind: 'account-in-no-role',
        severity: 'medium',
        ...(person ? { person: person.id } : {}),
        account: accountId,
        service: 'jira',
        what: `active Jira account (${user.displayName})`,
        path: `site ${jira.site}`,
        accountable: [],
      });
    }
    for (const p of model.people) {
      if (!inRole(p) || !p.roles.some((r) => model.role(r)?.jira)) continue;
      const user = p.jiraAccountId ? jira.users.get(p.jiraAccountId) : undefined;
      if (user?.active) continue;
      findings.push({
        kind: 'no-account',
        severity: 'low',
        person: p.id,
        account: p.jiraAccountId ?? p.id,
        service: 'jira',
        what: !p.jiraAccountId
          ? 'no Jira account id in people.yaml'
          : user
            ? 'the Jira account is deactivated'
            : 'no such Jira account',
        path: `roles ${p.roles.join(', ')}`,
        accountable: p.manager ? [{ role: 'manager', people: [p.manager] }] : [],
      });
    }
  }

  findings.push(...policyFindings(model, liveRoles));

  return {
    date,
    organisation: model.organisation.name,
    scope: {
      ...(github ? { github: github.org } : {}),
      ...(jira ? { jira: jira.site } : {}),
      teams: github?.teams.size ?? 0,
      repositories: github?.repositories.length ?? 0,
      projects: jira?.grants.size ?? 0,
      projectRoles: jira ? new Set([...jira.actors.keys()].map((k) => k.split('\u0000')[1])).size : 0,
      people: model.people.length,
    },
    findings,
  };
}
