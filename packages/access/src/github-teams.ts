/**
 * GitHub team membership that follows the model: for every role with a team, the members are the
 * GitHub logins of the role's holders, and the holders of the roles it names in
 * `github.maintainers` are maintainers. desiredTeams and planTeams are pure; readTeams and
 * applyTeams are the only code here that talks to GitHub.
 */
import type { Model } from '@rolekit/model';
import {
  diffMembers,
  type Member,
  type MemberDiff,
  type RemovalCap,
  removalLimit,
  unreachableOf,
} from './members.js';

export type TeamRole = 'member' | 'maintainer';

export interface DesiredTeam {
  slug: string;
  /** The parent team's slug, for creation. */
  parent?: string;
  /** Roles that name this team, in model order. */
  roles: string[];
  /** Lower-cased login -> wanted membership. */
  members: Map<string, Member<TeamRole>>;
}

/** A person who holds a role but has no account on the service. */
export interface NoAccount {
  person: string;
  role: string;
}

export function desiredTeams(model: Model): { teams: DesiredTeam[]; noAccount: NoAccount[] } {
  const teams = new Map<string, DesiredTeam>();
  const noAccount: NoAccount[] = [];
  const want = (team: DesiredTeam, login: string, role: TeamRole) => {
    const key = login.toLowerCase();
    const present = team.members.get(key);
    if (!present || (present.role === 'member' && role === 'maintainer'))
      team.members.set(key, { key, name: login, role });
  };
  for (const role of model.roles) {
    if (!role.github) continue;
    const slug = role.github.team.toLowerCase();
    let team = teams.get(slug);
    if (!team) {
      team = { slug, roles: [], members: new Map() };
      teams.set(slug, team);
    }
    team.roles.push(role.id);
    if (role.github.parent && !team.parent) team.parent = role.github.parent.toLowerCase();
    for (const person of model.peopleInRole(role.id)) {
      if (person.github) want(team, person.github, 'member');
      else noAccount.push({ person: person.id, role: role.id });
    }
    for (const lead of role.github.maintainers) {
      for (const person of model.peopleInRole(lead))
        if (person.github) want(team, person.github, 'maintainer');
    }
  }
  return { teams: [...teams.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)), noAccount };
}

export interface LiveTeam {
  slug: string;
  id: number;
  parent?: string;
  /** Active members (maintainers included) and pending invitees, by lower-cased login. */
  members: Map<string, Member<TeamRole> & { pending?: boolean }>;
}

export interface LiveTeams {
  org: string;
  /** Lower-cased logins of the organisation's members. */
  orgMembers: Set<string>;
  teams: Map<string, LiveTeam>;
}

export interface TeamPlan {
  slug: string;
  roles: string[];
  /** Missing on GitHub and to be created (with --create-teams). */
  create?: { parent?: string };
  /** Why nothing will happen to this team (missing without --create-teams, missing parent). */
  blocked?: string;
  diff: MemberDiff<Member<TeamRole>>;
  /** Logins among `add` who are not organisation members: adding them sends an invitation. */
  invites: string[];
  /** Wanted logins left out, and why. */
  skipped: Array<{ login: string; reason: string }>;
}

export interface TeamsPlanOptions {
  prune: boolean;
  cap: RemovalCap;
  createTeams: boolean;
  invite: boolean;
}

export interface TeamsPlan {
  org: string;
  teams: TeamPlan[];
  removals: { planned: number; limit: number; blocked: boolean };
  noAccount: NoAccount[];
}

export function planTeams(
  desired: { teams: DesiredTeam[]; noAccount: NoAccount[] },
  live: LiveTeams,
  options: TeamsPlanOptions,
): TeamsPlan {
  const teams: TeamPlan[] = [];
  let membersRead = 0;
  for (const want of desired.teams) {
    const have = live.teams.get(want.slug);
    const plan: TeamPlan = {
      slug: want.slug,
      roles: want.roles,
      diff: diffMembers(new Map(), new Map(), false),
      invites: [],
      skipped: [],
    };
    const wanted = new Map(want.members);
    // Without --invite, people outside the organisation are not added (that would invite them).
    for (const [key, member] of want.members) {
      const present = have?.members.has(key);
      if (!present && !live.orgMembers.has(key) && !options.invite) {
        wanted.delete(key);
        plan.skipped.push({
          login: member.name,
          reason: 'not an organisation member (--invite sends an invitation)',
        });
      }
    }
    if (!have) {
      const parentMissing =
        want.parent && !live.teams.has(want.parent) && !desired.teams.some((t) => t.slug === want.parent);
      if (!options.createTeams) plan.blocked = 'the team does not exist (--create-teams creates it)';
      else if (parentMissing) plan.blocked = `its parent team '${want.parent}' does not exist`;
      else plan.create = want.parent ? { parent: want.parent } : {};
      plan.diff = diffMembers(new Map(), wanted, false);
    } else {
      membersRead += have.members.size;
      plan.diff = diffMembers(have.members, wanted, options.prune);
    }
    plan.invites = plan.diff.add.filter((m) => !live.orgMembers.has(m.key)).map((m) => m.name);
    teams.push(plan);
  }
  const planned = teams.reduce((n, t) => n + t.diff.remove.length, 0);
  const limit = removalLimit(options.cap, membersRead);
  return {
    org: live.org,
    teams,
    removals: { planned, limit, blocked: planned > limit },
    noAccount: desired.noAccount,
  };
}

/** Writes a plan needs; passed in so the planner and the order of writes are testable alone. */
export interface TeamWriter {
  createTeam(slug: string, parent: string | undefined): Promise<void>;
  setMembership(slug: string, login: string, role: TeamRole): Promise<void>;
  removeMembership(slug: string, login: string): Promise<void>;
}

export type TeamStatus = 'in-step' | 'changed' | 'blocked' | 'rolled-back' | 'partial';

export interface TeamOutcome {
  slug: string;
  status: TeamStatus;
  /** What was done and is still in effect. */
  done: string[];
  error?: string;
  /** GitHub could not be reached: the teams after this one were not tried. */
  unreachable?: boolean;
}

type Step = {
  /** Imperative, for errors: "add alice as member". */
  what: string;
  /** Past tense, for the summary. */
  did: string;
  run: () => Promise<void>;
  undo?: () => Promise<void>;
};

function steps(plan: TeamPlan, writer: TeamWriter, removalsAllowed: boolean): Step[] {
  const out: Step[] = [];
  const { slug, diff } = plan;
  if (plan.create) {
    const parent = plan.create.parent;
    out.push({
      what: `create team ${slug}`,
      did: `created team ${slug}${parent ? ` under ${parent}` : ''}`,
      run: () => writer.createTeam(slug, parent),
    });
  }
  for (const m of diff.add) {
    const invited = plan.invites.includes(m.name) ? ' (invited to the organisation)' : '';
    out.push({
      what: `add ${m.name} as ${m.role}`,
      did: `added ${m.name} as ${m.role}${invited}`,
      run: () => writer.setMembership(slug, m.name, m.role),
      undo: () => writer.removeMembership(slug, m.name),
    });
  }
  for (const m of diff.update) {
    out.push({
      what: `make ${m.name} ${m.role}`,
      did: `made ${m.name} ${m.role} (was ${m.from})`,
      run: () => writer.setMembership(slug, m.name, m.role),
      undo: () => writer.setMembership(slug, m.name, m.from),
    });
  }
  if (removalsAllowed) {
    for (const m of diff.remove) {
      out.push({
        what: `remove ${m.name}`,
        did: `removed ${m.name}`,
        run: () => writer.removeMembership(slug, m.name),
        undo: () => writer.setMembership(slug, m.name, m.role),
      });
    }
  }
  return out;
}

/**
 * Carries a plan out team by team. A team whose write fails is put back as it was (its earlier
 * writes undone, newest first); when undoing fails too, the outcome lists what stayed done. A team
 * created in this run stays (GitHub teams are not deleted by rolekit) and the outcome says so.
 * Teams are independent: one failure never stops the others.
 */
export async function applyTeams(
  plan: TeamsPlan,
  writer: TeamWriter,
  describe: (error: unknown) => string,
): Promise<TeamOutcome[]> {
  const outcomes: TeamOutcome[] = [];
  let unreachable = false;
  for (const team of plan.teams) {
    if (unreachable) {
      outcomes.push({
        slug: team.slug,
        status: 'blocked',
        done: [],
        error: 'not tried: GitHub could not be reached',
      });
      continue;
    }
    if (team.blocked) {
      outcomes.push({ slug: team.slug, status: 'blocked', done: [], error: team.blocked });
      continue;
    }
    const todo = steps(team, writer, !plan.removals.blocked);
    if (todo.length === 0) {
      outcomes.push({ slug: team.slug, status: 'in-step', done: [] });
      continue;
    }
    const done: Step[] = [];
    let error: string | undefined;
    for (const step of todo) {
      try {
        await step.run();
        done.push(step);
      } catch (failure) {
        error = `could not ${step.what}: ${describe(failure)}`;
        unreachable = unreachableOf(failure) !== undefined;
        break;
      }
    }
    if (error === undefined) {
      outcomes.push({ slug: team.slug, status: 'changed', done: done.map((s) => s.did) });
      continue;
    }
    const stillDone: string[] = [];
    let undone = true;
    for (const step of [...done].reverse()) {
      if (!step.undo) {
        stillDone.unshift(step.did);
        continue;
      }
      try {
        await step.undo();
      } catch (failure) {
        undone = false;
        stillDone.unshift(step.did);
        error += `; undoing "${step.did}" failed too: ${describe(failure)}`;
      }
    }
    outcomes.push({
      slug: team.slug,
      status: undone ? 'rolled-back' : 'partial',
      done: stillDone,
      error,
      ...(unreachable ? { unreachable } : {}),
    });
  }
  return outcomes;
}
