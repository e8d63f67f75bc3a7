import type { Draft, DraftIndex } from './checks/index.js';
import type { Model, ModelFile, OwnedPath, Role, RoleAssignment, RoleJiraGrant } from './types.js';
import { isLazyLocation } from './yaml-file.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Builds the read-only model with its lookups, once, from a draft that passed every check, reusing
 * the index the checks read (ids are unique by now, so its first-of-each-id maps are the maps).
 */
export function buildModel(draft: Draft, files: readonly ModelFile[], index: DraftIndex): Model {
  const roles = [...draft.roles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { roles: rolesById, people: peopleById, activities: activitiesById, peopleByRole } = index;
  const activities = draft.activityGroups.flatMap((g) => g.activities);

  const assignments = new Map<string, RoleAssignment[]>();
  for (const group of draft.activityGroups) {
    for (const activity of group.activities) {
      for (const a of activity.assignments) {
        push(assignments, a.role, { activity, group, letter: a.letter, ...(a.note ? { note: a.note } : {}) });
      }
    }
  }

  const owned = new Map<string, OwnedPath[]>();
  for (const repo of draft.repositories) {
    for (const rule of repo.rules) {
      for (const owner of new Set(rule.owners))
        push(owned, owner, { repository: repo.name, pattern: rule.pattern, rule });
    }
  }

  const jiraGrants = new Map<string, RoleJiraGrant[]>();
  for (const scheme of draft.jira?.schemes ?? []) {
    const projects = (draft.jira?.projects ?? []).filter((p) => p.scheme === scheme.id);
    for (const grant of scheme.grants)
      push(jiraGrants, grant.role, {
        scheme,
        projects,
        requested: grant.requested,
        permissions: grant.permissions,
      });
  }

  const partneredBy = new Map<string, Role[]>();
  const reports = new Map<string, Role[]>();
  for (const role of roles) {
    for (const p of role.partners) push(partneredBy, p.role, role);
    if (role.reportsTo) push(reports, role.reportsTo, role);
  }

  const model: Model = {
    organisation: draft.organisation,
    roles,
    people: draft.people,
    activityGroups: draft.activityGroups,
    activities,
    repositories: draft.repositories,
    ...(draft.jira ? { jira: draft.jira } : {}),
    policies: draft.policies,
    onboarding: draft.onboarding,
    files,
    role: (id) => rolesById.get(id),
    person: (id) => peopleById.get(id),
    activity: (id) => activitiesById.get(id),
    peopleInRole: (id) => peopleByRole.get(id) ?? EMPTY,
    assignmentsOf: (id) => assignments.get(id) ?? EMPTY,
    ownedPathsOf: (id) => owned.get(id) ?? EMPTY,
    jiraGrantsOf: (id) => jiraGrants.get(id) ?? EMPTY,
    partneredBy: (id) => partneredBy.get(id) ?? EMPTY,
    reportsOf: (id) => reports.get(id) ?? EMPTY,
  };
  return deepFreeze(model);
}

/** Generators receive the model read-only; freezing makes an accidental mutation fail loudly in tests. */
export function deepFreeze<T>(value: T): T {
  // Frozen means visited (freezing comes first, so shared objects and cycles are walked once),
  // which spares a set of every object in the model.
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // A lazy source position is frozen as it is: reading its fields would parse its file.
  if (isLazyLocation(value)) return value;
  // Loops rather than Object.values, which built an array for each of the model's objects.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  }
  return value;
}
