// Policy checks only the Jira generator can make. The model loader already checks grants role by
// role (RK053: a restricted role holding a forbidden permission in a production scheme). What it
// cannot see is that Jira grants go to holders, not roles: two roles that name the same project
// role or group are one and the same to Jira, so one of them receives everything the other is
// granted. These checks find the policies that breaks.
import type { GeneratorContext } from '@rolekit/core';
import { at, type Diagnostic, type Model, type Role } from '@rolekit/model';
import { type JiraOptions, optionProblems } from './options.js';
import { type Holder, holderLabel, holderOf, sameHolder } from './view.js';

const holderWords = (h: Holder) => `${h.type === 'group' ? 'Jira group' : 'Jira project role'} '${h.name}'`;

function list(items: readonly string[], max = 4): string {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** The generator's validate: its options, then the policies as Jira would enforce them. */
export function validate(ctx: GeneratorContext<JiraOptions>): void {
  for (const problem of optionProblems(ctx.options)) ctx.report(problem);
  for (const problem of jiraPolicyProblems(ctx.model)) ctx.report(problem);
}

/** Policy problems that only show once roles become Jira holders; `rolekit jira diff/apply` check them too. */
export function jiraPolicyProblems(model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ctx = { report: (d: Diagnostic) => out.push(d) };
  const jira = model.jira;
  if (!jira) return out;
  const holder = (id: string) => holderOf(model.role(id));
  const bundles = new Map(jira.bundles.map((b) => [b.id, b.permissions]));
  const productionSchemes = jira.schemes
    .map((scheme) => ({
      scheme,
      projects: jira.projects.filter((p) => p.production && p.scheme === scheme.id).map((p) => p.key),
    }))
    .filter((s) => s.projects.length > 0);

  for (const policy of model.policies) {
    if (policy.type === 'separation-of-duties' && policy.jiraPermissions.length > 0) {
      // RK056: a restricted role shares its holder with a role granted a forbidden permission.
      const forbidden = new Set(policy.jiraPermissions.flatMap((p) => bundles.get(p) ?? [p]));
      for (const restricted of policy.roles) {
        const h = holder(restricted);
        if (!h) continue;
        for (const { scheme, projects } of productionSchemes) {
          for (const grant of scheme.grants) {
            if (grant.role === restricted || !sameHolder(holder(grant.role), h)) continue;
            const held = grant.permissions.filter((p) => forbidden.has(p));
            for (const permission of held) {
              ctx.report({
                code: 'RK056',
                severity: 'error',
                message:
                  `policy '${policy.id}' is broken in Jira: role '${restricted}' is ${holderWords(h)}, like ` +
                  `'${grant.role}', so it holds ${permission} in scheme '${scheme.id}', which production ` +
                  `project ${list(projects)} uses (${policy.statement})`,
                hint: `give '${restricted}' a Jira holder of its own in roles/${restricted}.yaml, or remove ${permission} from '${grant.role}' in '${scheme.id}'`,
                ...at(grant.at),
              });
            }
          }
        }
      }
    } else if (policy.type === 'two-person') {
      // RK055: the doer (R) and the approver (A) of a two-person activity are one holder in Jira.
      for (const activityId of policy.activities) {
        const activity = model.activity(activityId);
        const approver = activity?.assignments.find((a) => a.letter === 'A')?.role;
        if (!activity || !approver) continue;
        const h = holder(approver);
        if (!h) continue;
        const doers = activity.assignments
          .filter((a) => a.letter === 'R' && a.role !== approver && sameHolder(holder(a.role), h))
          .map((a) => a.role);
        for (const doer of doers) {
          for (const { scheme, projects } of productionSchemes) {
            const permissions = [
              ...new Set(
                scheme.grants.filter((g) => sameHolder(holder(g.role), h)).flatMap((g) => g.permissions),
              ),
            ].sort();
            if (permissions.length === 0) continue;
            ctx.report({
              code: 'RK055',
              severity: 'error',
              message:
                `policy '${policy.id}' is broken in Jira: role '${doer}' (Responsible for '${activityId}') and ` +
                `role '${approver}' (Accountable) are both ${holderWords(h)}, which holds ${list(permissions)} ` +
                `in scheme '${scheme.id}', which production project ${list(projects)} uses; Jira cannot tell ` +
                `the person who makes the change from the one who approves it (${policy.statement})`,
              hint: `give '${doer}' or '${approver}' a Jira project role or group of its own`,
              ...at(policy.at),
            });
          }
        }
      }
    }
  }
  warnSharedHolders(ctx, model);
  return out;
}

/**
 * RK045 (warning): roles sharing one holder inside a scheme with different grants. Jira gives the
 * holder the union, so the role with fewer grants receives more than the model says.
 */
function warnSharedHolders(ctx: { report(d: Diagnostic): void }, model: Model): void {
  for (const scheme of model.jira?.schemes ?? []) {
    const byHolder = new Map<string, Array<{ role: Role; permissions: readonly string[] }>>();
    for (const grant of scheme.grants) {
      const role = model.role(grant.role);
      const h = holderOf(role);
      if (!role || !h) continue;
      byHolder.set(holderLabel(h), [
        ...(byHolder.get(holderLabel(h)) ?? []),
        { role, permissions: grant.permissions },
      ]);
    }
    for (const [label, roles] of byHolder) {
      if (roles.length < 2) continue;
      const union = new Set(roles.flatMap((r) => r.permissions));
      for (const r of roles) {
        const extra = [...union].filter((p) => !r.permissions.includes(p));
        if (extra.length === 0) continue;
        const grant = scheme.grants.find((g) => g.role === r.role.id)!;
        ctx.report({
          code: 'RK045',
          severity: 'warning',
          message: `role '${r.role.id}' shares ${label} with ${roles
            .filter((o) => o !== r)
            .map((o) => `'${o.role.id}'`)
            .join(', ')} in scheme '${scheme.id}', so Jira also gives it ${list(extra)}`,
          hint: `give '${r.role.id}' a Jira holder of its own, or grant the roles the same permissions`,
          ...at(grant.at),
        });
      }
    }
  }
}
