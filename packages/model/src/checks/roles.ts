// Roles: unique ids that match their file names, known families, references to other roles,
// reporting lines without cycles.
import { didYouMean } from '../suggest.js';
import { type CheckContext, roleIdOfFile } from './context.js';

export function checkRoles({
  draft,
  index,
  where,
  error,
  warning,
  seenBefore,
  checkRole,
}: CheckContext): void {
  for (const role of draft.roles) {
    const first = index.roles.get(role.id)!;
    if (first !== role) {
      error(
        'RK013',
        `duplicate role id '${role.id}' (first defined in ${first.at.file})`,
        'give each role its own id',
        where(role.at, 'id'),
      );
    }
    const expected = roleIdOfFile(role.at.file);
    if (expected !== role.id) {
      error(
        'RK014',
        `role id '${role.id}' does not match its file name '${role.at.file}'`,
        `rename the file to roles/${role.id}.yaml or set id: ${expected}`,
        where(role.at, 'id'),
      );
    }
  }

  // Families
  const families = new Set<string>();
  draft.organisation.families.forEach((f, i) => {
    const duplicate = seenBefore(families, f.id, () => [
      `duplicate family id '${f.id}'`,
      'give each family its own id',
      where(draft.organisation.at, 'families', i, 'id'),
    ]);
    if (!duplicate) families.add(f.id);
  });
  if (families.size > 0) {
    for (const role of draft.roles) {
      if (!families.has(role.family.id)) {
        error(
          'RK016',
          `unknown family '${role.family.id}'${didYouMean(role.family.id, families)}`,
          'use the id of a family listed in organisation.yaml, or add it there',
          where(role.at, 'family'),
        );
      }
    }
  }

  // Role references inside roles
  for (const role of draft.roles) {
    if (role.reportsTo !== undefined) {
      if (role.reportsTo === role.id)
        error(
          'RK017',
          `role '${role.id}' reports to itself`,
          'name the role it reports to, or remove reportsTo',
          where(role.at, 'reportsTo'),
        );
      else if (!index.roles.has(role.reportsTo))
        checkRole(role.reportsTo, where(role.at, 'reportsTo'), 'in reportsTo');
    }
    role.partners.forEach((p, i) => {
      if (!index.roles.has(p.role)) checkRole(p.role, where(role.at, 'partners', i, 'role'), 'in partners');
      if (p.role === role.id)
        warning(
          'RK018',
          `role '${role.id}' names itself as a partner`,
          'remove it from partners',
          where(role.at, 'partners', i, 'role'),
        );
    });
    role.github?.maintainers.forEach((m, i) => {
      if (!index.roles.has(m))
        checkRole(m, where(role.at, 'github', 'maintainers', i), 'in github.maintainers');
    });
    role.onboardingTasks.forEach((t, i) => {
      if (t.owner.startsWith('role:'))
        checkRole(t.owner.slice(5), where(role.at, 'onboarding', 'tasks', i, 'owner'), 'as task owner');
    });
  }

  // reportsTo cycles: follow the chain from every role; a chain that returns to its start is a cycle.
  const reported = new Set<string>();
  for (const role of draft.roles) {
    const chain: string[] = [role.id];
    let next = role.reportsTo;
    let above = next ? index.roles.get(next) : undefined;
    while (above && !chain.includes(next!)) {
      chain.push(next!);
      next = above.reportsTo;
      above = next ? index.roles.get(next) : undefined;
    }
    if (next === role.id && chain.length > 1 && !chain.some((id) => reported.has(id))) {
      chain.forEach((id) => reported.add(id));
      error(
        'RK017',
        `reporting line forms a cycle: ${[...chain, role.id].join(' -> ')}`,
        'one of these roles must report elsewhere (or to nobody)',
        where(role.at, 'reportsTo'),
      );
    }
  }
}
