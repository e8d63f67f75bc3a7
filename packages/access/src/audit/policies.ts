/**
 * Two-person and separation-of-duties rules checked against what people hold live: a role is held
 * live by whoever is in its GitHub team or is an actor of its Jira project role (directly or
 * through a group), whatever people.yaml says. Pure.
 */
import type { Model } from '@rolekit/model';
import { accountableForActivities, accountableForRole, type Finding } from './findings.js';

/** `liveRoles`: identity (person id, else `github:login` / `jira:id`) -> role -> the path it is held through. */
export function policyFindings(
  model: Model,
  liveRoles: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Finding[] {
  const out: Finding[] = [];
  for (const policy of model.policies) {
    if (policy.type === 'two-person') {
      for (const activityId of policy.activities) {
        const activity = model.activity(activityId);
        if (!activity) continue;
        const doers = activity.assignments.filter((a) => a.letter === 'R').map((a) => a.role);
        const approvers = activity.assignments.filter((a) => a.letter === 'A').map((a) => a.role);
        for (const [identity, roles] of [...liveRoles].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const doer = doers.find((r) => roles.has(r));
          const approver = approvers.find((r) => roles.has(r));
          if (!doer || !approver || doer === approver) continue;
          out.push({
            kind: 'policy-broken',
            severity: 'high',
            ...(model.person(identity) ? { person: identity } : {}),
            account: identity,
            service: 'model',
            what: `can both do (${doer}) and approve (${approver}) "${activity.title}" alone`,
            path: `${doer} through ${roles.get(doer)}; ${approver} through ${roles.get(approver)}`,
            policy: policy.id,
            accountable: accountableForActivities(model, [activityId]),
          });
        }
      }
    } else if (policy.type === 'separation-of-duties' && policy.conflictsWith.length > 0) {
      for (const [identity, roles] of [...liveRoles].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const restricted = policy.roles.find((r) => roles.has(r));
        const conflicting = policy.conflictsWith.find((r) => roles.has(r));
        if (!restricted || !conflicting) continue;
        out.push({
          kind: 'policy-broken',
          severity: 'high',
          ...(model.person(identity) ? { person: identity } : {}),
          account: identity,
          service: 'model',
          what: `holds ${restricted} and ${conflicting}, which the policy keeps apart`,
          path: `${restricted} through ${roles.get(restricted)}; ${conflicting} through ${roles.get(conflicting)}`,
          policy: policy.id,
          accountable:
            policy.activities.length > 0
              ? accountableForActivities(model, policy.activities)
              : accountableForRole(model, model.role(restricted)),
        });
      }
    }
  }

  return out;
}
