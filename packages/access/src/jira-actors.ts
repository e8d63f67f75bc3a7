/**
 * Jira project-role actors that follow the model: in each project, the actors of a project role
 * are the account ids of the people holding the roles mapped to it (`jira.projectRole`) that the
 * project's permission scheme grants something. desiredActors and planActors are pure; readActors
 * and applyActors talk to Jira through the shared client (retries, redaction).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JiraApi } from '@rolekit/jira';
import type { Model } from '@rolekit/model';
import type { NoAccount } from './github-teams.js';
import {
  diffMembers,
  type Member,
  type MemberDiff,
  type RemovalCap,
  removalLimit,
  unreachableOf,
} from './members.js';

export type Actor = Member<'actor'> & { type: 'user' | 'group' };

export interface DesiredActors {
  project: string;
  projectRole: string;
  roles: string[];
  members: Map<string, Actor>;
}

const userActor = (accountId: string): Actor => ({
  key: `user:${accountId}`,
  name: accountId,
  role: 'actor',
  type: 'user',
});

export function desiredActors(model: Model): { pairs: DesiredActors[]; noAccount: NoAccount[] } {
  const pairs = new Map<string, DesiredActors>();
  const noAccount = new Map<string, NoAccount>();
  for (const role of model.roles) {
    const projectRole = role.jira?.projectRole;
    if (!projectRole) continue;
    for (const grant of model.jiraGrantsOf(role.id)) {
      for (const project of grant.projects) {
        const id = `${project.key}\u0000${projectRole}`;
        let pair = pairs.get(id);
        if (!pair) {
          pair = { project: project.key, projectRole, roles: [], members: new Map() };
          pairs.set(id, pair);
        }
        if (!pair.roles.includes(role.id)) pair.roles.push(role.id);
        for (const person of model.peopleInRole(role.id)) {
          if (person.jiraAccountId) {
            const actor = userActor(person.jiraAccountId);
            pair.members.set(actor.key, actor);
          } else noAccount.set(`${person.id} ${role.id}`, { person: person.id, role: role.id });
        }
      }
    }
  }
  const order = (a: DesiredActors, b: DesiredActors) =>
    a.project === b.project ? (a.projectRole < b.projectRole ? -1 : 1) : a.project < b.project ? -1 : 1;
  return { pairs: [...pairs.values()].sort(order), noAccount: [...noAccount.values()] };
}

/** Project key -> the project role names the model maps there, for reading only those. */
export function expectedRoles(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of desiredActors(model).pairs)
    out.set(pair.project, [...(out.get(pair.project) ?? []), pair.projectRole]);
  return out;
}

export interface LiveActors {
  /** Project role name -> id, for the site. */
  roleIds: Map<string, number>;
  /** `PROJECT\0Role name` -> actors, for the pairs read; absent when the project is missing. */
  actors: Map<string, Map<string, Actor>>;
}

export interface ActorsPlanEntry {
  project: string;
  projectRole: string;
  roles: string[];
  roleId?: number;
  blocked?: string;
  diff: MemberDiff<Actor>;
}

export interface ActorsPlan {
  pairs: ActorsPlanEntry[];
  removals: { planned: number; limit: number; blocked: boolean };
  noAccount: NoAccount[];
}

export function planActors(
  desired: { pairs: DesiredActors[]; noAccount: NoAccount[] },
  live: LiveActors,
  options: { prune: boolean; cap: RemovalCap },
): ActorsPlan {
  let membersRead = 0;
  const pairs = desired.pairs.map((want): ActorsPlanEntry => {
    const roleId = live.roleIds.get(want.projectRole);
    const have = live.actors.get(`${want.project}\u0000${want.projectRole}`);
    const base = { project: want.project, projectRole: want.projectRole, roles: want.roles };
    if (roleId === undefined) {
      return {
        ...base,
        blocked: `project role '${want.projectRole}' does not exist on the site`,
        diff: diffMembers(new Map<string, Actor>(), new Map<string, Actor>(), false),
      };
    }
    if (!have)
      return {
        ...base,
        roleId,
        blocked: `project ${want.project} does not exist on the site`,
        diff: diffMembers(new Map<string, Actor>(), new Map<string, Actor>(), false),
      };
    membersRead += have.size;
    return { ...base, roleId, diff: diffMembers(have, want.members, options.prune) };
  });
  const planned = pairs.reduce((n, p) => n + p.diff.remove.length, 0);
  const limit = removalLimit(options.cap, membersRead);
  return { pairs, removals: { planned, limit, blocked: planned > limit }, noAccount: desired.noAccount };
}

interface RawActor {
  type?: string;
  actorUser?: { accountId?: string };
  actorGroup?: { name?: string; groupId?: string };
}

function toActors(raw: readonly RawActor[] | undefined): Map<string, Actor> {
  const out = new Map<string, Actor>();
  for (const a of raw ?? []) {
    if (a.actorUser?.accountId) {
      const actor = userActor(a.actorUser.accountId);
      out.set(actor.key, actor);
    } else if (a.actorGroup?.groupId) {
      const key = `group:${a.actorGroup.groupId}`;
      out.set(key, { key, name: a.actorGroup.name ?? a.actorGroup.groupId, role: 'actor', type: 'group' });
    }
  }
  return out;
}

const API = '/rest/api/3';

/** The actors of one project role in one project; undefined when the project does not exist. */
export async function readRoleActors(
  api: JiraApi,
  project: string,
  roleId: number,
): Promise<Map<string, Actor> | undefined> {
  try {
    const role = await api.send('GET', `${API}/project/${project}/role/${roleId}`, () =>
      api.client.projectRoles.getProjectRole({ projectIdOrKey: encodeURIComponent(project), id: roleId }),
    );
    return toActors(role.actors as RawActor[] | undefined);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

export async function readActors(api: JiraApi, pairs: readonly DesiredActors[]): Promise<LiveActors> {
  const roleIds = new Map((await api.listProjectRoles()).map((r) => [r.name, r.id]));
  const actors = new Map<string, Map<string, Actor>>();
  for (const pair of pairs) {
    const id = roleIds.get(pair.projectRole);
    if (id === undefined) continue;
    const read = await readRoleActors(api, pair.project, id);
    if (read) actors.set(`${pair.project}\u0000${pair.projectRole}`, read);
  }
  return { roleIds, actors };
}

export type ActorsStatus = 'in-step' | 'changed' | 'blocked' | 'rolled-back' | 'partial';

export interface ActorsOutcome {
  project: string;
  projectRole: string;
  status: ActorsStatus;
  done: string[];
  error?: string;
  /** The actors as they were, saved before the first write. */
  backup?: string;
  /** Jira could not be reached: the project roles after this one were not tried. */
  unreachable?: boolean;
}

async function addActors(
  api: JiraApi,
  project: string,
  roleId: number,
  actors: readonly Actor[],
): Promise<void> {
  const user = actors.filter((a) => a.type === 'user').map((a) => a.name);
  const groupId = actors.filter((a) => a.type === 'group').map((a) => a.key.slice('group:'.length));
  if (user.length + groupId.length === 0) return;
  await api.send('POST', `${API}/project/${project}/role/${roleId}`, () =>
    api.client.projectRoleActors.addActorUsers({
      projectIdOrKey: encodeURIComponent(project),
      id: roleId,
      ...(user.length > 0 ? { user } : {}),
      ...(groupId.length > 0 ? { groupId } : {}),
    }),
  );
}

async function removeActor(api: JiraApi, project: string, roleId: number, actor: Actor): Promise<void> {
  try {
    await api.send('DELETE', `${API}/project/${project}/role/${roleId}`, () =>
      api.client.projectRoleActors.deleteActor({
        projectIdOrKey: encodeURIComponent(project),
        id: roleId,
        ...(actor.type === 'user' ? { user: actor.name } : { groupId: actor.key.slice('group:'.length) }),
      }),
    );
  } catch (error) {
    // Gone already: a retry after a lost answer, or someone else removed it.
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

/** Makes a pair's actors exactly `target`, reading first; used to put a pair back after a failure. */
async function restore(
  api: JiraApi,
  project: string,
  roleId: number,
  target: Map<string, Actor>,
): Promise<void> {
  const now = (await readRoleActors(api, project, roleId)) ?? new Map<string, Actor>();
  const diff = diffMembers(now, target, true);
  await addActors(api, project, roleId, diff.add);
  for (const actor of diff.remove) await removeActor(api, project, roleId, actor);
}

export interface ApplyActorsOptions {
  /** Root of the backups; each run gets its own folder named after the time. */
  backupDir: string;
  now?: () => Date;
  describe: (error: unknown) => string;
}

/**
 * Pair by pair: a backup of the actors first, then one request adding every missing actor, then
 * one request per removal. When a write fails, the pair is read again: a write Jira did despite
 * the error counts as done; otherwise the pair is put back as the backup has it.
 */
export async function applyActors(
  api: JiraApi,
  plan: ActorsPlan,
  live: LiveActors,
  options: ApplyActorsOptions,
): Promise<{ outcomes: ActorsOutcome[]; backupDir?: string }> {
  const outcomes: ActorsOutcome[] = [];
  let folder: string | undefined;
  const stamp = (options.now ?? (() => new Date()))()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  let unreachable = false;
  for (const pair of plan.pairs) {
    const base = { project: pair.project, projectRole: pair.projectRole };
    if (unreachable) {
      outcomes.push({ ...base, status: 'blocked', done: [], error: 'not tried: Jira could not be reached' });
      continue;
    }
    if (pair.blocked || pair.roleId === undefined) {
      outcomes.push({
        ...base,
        status: 'blocked',
        done: [],
        ...(pair.blocked ? { error: pair.blocked } : {}),
      });
      continue;
    }
    const removals = plan.removals.blocked ? [] : pair.diff.remove;
    if (pair.diff.add.length === 0 && removals.length === 0) {
      outcomes.push({ ...base, status: 'in-step', done: [] });
      continue;
    }
    const before = live.actors.get(`${pair.project}\u0000${pair.projectRole}`) ?? new Map<string, Actor>();
    folder ??= join(options.backupDir, stamp);
    const backup = join(folder, `${pair.project}-${pair.roleId}.json`);
    try {
      await mkdir(folder, { recursive: true });
      const saved = {
        project: pair.project,
        projectRole: pair.projectRole,
        roleId: pair.roleId,
        actors: [...before.values()],
      };
      await writeFile(backup, `${JSON.stringify(saved, null, 2)}\n`);
    } catch (error) {
      outcomes.push({
        ...base,
        status: 'blocked',
        done: [],
        error: `no backup could be written, so nothing was changed: ${options.describe(error)}`,
      });
      continue;
    }
    const roleId = pair.roleId;
    const done: string[] = [];
    let error: string | undefined;
    const attempt = async (
      what: string,
      run: () => Promise<void>,
      holds: (now: Map<string, Actor>) => boolean,
    ) => {
      try {
        await run();
      } catch (failure) {
        const now = await readRoleActors(api, pair.project, roleId).catch(() => undefined);
        if (!now || !holds(now)) {
          if (unreachableOf(failure) !== undefined) unreachable = true;
          throw new Error(`could not ${what}: ${options.describe(failure)}`);
        }
      }
    };
    try {
      if (pair.diff.add.length > 0) {
        const names = pair.diff.add.map((a) => `${a.type} ${a.name}`).join(', ');
        await attempt(
          `add ${names}`,
          () => addActors(api, pair.project, roleId, pair.diff.add),
          (now) => pair.diff.add.every((a) => now.has(a.key)),
        );
        done.push(`added ${names}`);
      }
      for (const actor of removals) {
        await attempt(
          `remove ${actor.type} ${actor.name}`,
          () => removeActor(api, pair.project, roleId, actor),
          (now) => !now.has(actor.key),
        );
        done.push(`removed ${actor.type} ${actor.name}`);
      }
      outcomes.push({ ...base, status: 'changed', done, backup });
    } catch (failure) {
      error = (failure as Error).message;
      try {
        await restore(api, pair.project, roleId, before);
        outcomes.push({
          ...base,
          status: 'rolled-back',
          done: [],
          error,
          backup,
          ...(unreachable ? { unreachable } : {}),
        });
      } catch (undo) {
        outcomes.push({
          ...base,
          status: 'partial',
          done,
          error: `${error}; putting it back failed too: ${options.describe(undo)}; restore from the backup`,
          backup,
          ...(unreachable ? { unreachable } : {}),
        });
      }
    }
  }
  return { outcomes, ...(folder ? { backupDir: folder } : {}) };
}
