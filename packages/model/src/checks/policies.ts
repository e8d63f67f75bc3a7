// Policies: unique ids, known activities, and each policy kept: separation of duties (roles,
// letters, production Jira permissions), two people for R and A, the approver Accountable.
import { letterName } from '../normalise.js';
import { didYouMean } from '../suggest.js';
import type { ApprovalPolicy, Letter, SeparationOfDutiesPolicy, TwoPersonPolicy } from '../types.js';
import type { CheckContext } from './context.js';

export function checkPolicies(ctx: CheckContext): void {
  const { draft, incomplete, index, where, error, seenBefore } = ctx;
  const policyIds = new Set<string>();
  for (const policy of draft.policies) {
    const duplicate = seenBefore(policyIds, policy.id, () => [
      `duplicate policy id '${policy.id}'`,
      'give each policy its own id',
      where(policy.at, 'id'),
    ]);
    if (!duplicate) policyIds.add(policy.id);
    policy.activities.forEach((id, i) => {
      if (!index.activities.has(id) && !incomplete.activities)
        error(
          'RK060',
          `policy '${policy.id}' names unknown activity '${id}'${didYouMean(id, index.activities.keys())}`,
          'use the id of an activity in activities.yaml',
          where(policy.at, 'activities', i),
        );
    });
    if (policy.type === 'separation-of-duties') separationOfDuties(ctx, policy);
    else if (policy.type === 'two-person' && !incomplete.people) twoPerson(ctx, policy);
    else if (policy.type === 'approval') approval(ctx, policy);
  }
}

function separationOfDuties(ctx: CheckContext, policy: SeparationOfDutiesPolicy): void {
  const { draft, index, where, error, checkRole } = ctx;
  const variant = draft.organisation.raci.variant;
  policy.roles.forEach((r, i) => checkRole(r, where(policy.at, 'roles', i), `in policy '${policy.id}'`));
  policy.conflictsWith.forEach((r, i) =>
    checkRole(r, where(policy.at, 'conflictsWith', i), `in policy '${policy.id}'`),
  );
  const restricted = new Set(policy.roles);
  for (const id of policy.activities) {
    const activity = index.activities.get(id);
    for (const a of activity?.assignments ?? []) {
      if (restricted.has(a.role) && policy.letters.includes(a.letter)) {
        error(
          'RK051',
          `policy '${policy.id}' is broken: role '${a.role}' is ${letterName(a.letter, variant)} for '${id}' (${policy.statement})`,
          `remove ${a.letter} for '${a.role}' from '${id}', or change the policy`,
          where(activity!.at, 'raci', a.role),
        );
      }
    }
  }
  const conflicts = new Set(policy.conflictsWith);
  // The first restricted and the first conflicting role each person holds, without a list per
  // person: this runs for every person and every policy.
  for (const person of draft.people) {
    let held: string | undefined;
    let conflicting: number | undefined;
    const { roles } = person;
    for (let i = 0; i < roles.length; i++) {
      if (held === undefined && restricted.has(roles[i]!)) held = roles[i];
      if (conflicting === undefined && conflicts.has(roles[i]!)) conflicting = i;
    }
    if (held !== undefined && conflicting !== undefined) {
      error(
        'RK050',
        `policy '${policy.id}' is broken: '${person.id}' holds '${held}' and '${roles[conflicting]}' (${policy.statement})`,
        'one person may not hold both roles: give one of them to someone else',
        where(person.at, 'roles', conflicting),
      );
    }
  }
  const jira = draft.jira;
  if (jira && policy.jiraPermissions.length > 0) {
    const bundles = new Map(jira.bundles.map((b) => [b.id, b.permissions]));
    const forbidden = new Set(policy.jiraPermissions.flatMap((p) => bundles.get(p) ?? [p]));
    const productionSchemes = new Set(jira.projects.filter((p) => p.production).map((p) => p.scheme));
    for (const scheme of jira.schemes.filter((s) => productionSchemes.has(s.id))) {
      for (const grant of scheme.grants.filter((g) => restricted.has(g.role))) {
        for (const permission of grant.permissions.filter((p) => forbidden.has(p))) {
          error(
            'RK053',
            `policy '${policy.id}' is broken: role '${grant.role}' holds ${permission} in scheme '${scheme.id}', which a production project uses (${policy.statement})`,
            `remove ${permission} from '${grant.role}' in '${scheme.id}'`,
            where(grant.at, 'permissions'),
          );
        }
      }
    }
  }
}

function twoPerson(ctx: CheckContext, policy: TwoPersonPolicy): void {
  const { index, where, error } = ctx;
  for (const id of policy.activities) {
    const activity = index.activities.get(id);
    if (!activity) continue;
    const peopleWith = (letter: Letter) =>
      new Set(
        activity.assignments
          .filter((a) => a.letter === letter)
          .flatMap((a) => (index.peopleByRole.get(a.role) ?? []).map((p) => p.id)),
      );
    const responsible = peopleWith('R');
    const accountable = peopleWith('A');
    const distinct = new Set([...responsible, ...accountable]);
    const separate = [...responsible].some((r) => [...accountable].some((a) => a !== r));
    if (distinct.size < 2 || !separate) {
      error(
        'RK052',
        `policy '${policy.id}' is broken: '${id}' is done and approved by ${distinct.size === 0 ? 'nobody' : distinct.size === 1 ? `one person only (${[...distinct][0]})` : 'the same person'} (${policy.statement})`,
        'the roles holding R and A must be held by at least two different people',
        where(activity.at, 'raci'),
      );
    }
  }
}

function approval(ctx: CheckContext, policy: ApprovalPolicy): void {
  const { index, where, error, checkRole } = ctx;
  policy.approvers.forEach((r, i) =>
    checkRole(r, where(policy.at, 'approvers', i), `in policy '${policy.id}'`),
  );
  for (const id of policy.activities) {
    const activity = index.activities.get(id);
    const a = activity?.assignments.find((x) => x.letter === 'A');
    if (activity && a && !policy.approvers.includes(a.role)) {
      error(
        'RK054',
        `policy '${policy.id}' is broken: '${id}' is approved by '${a.role}', which is not an approver (${policy.statement})`,
        `make one of ${policy.approvers.join(', ')} Accountable for '${id}'`,
        where(activity.at, 'raci', a.role),
      );
    }
  }
}
