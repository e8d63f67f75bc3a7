// Jira: known permission keys and bundles (without cycles), unique schemes, grants and projects,
// roles that can hold a grant, projects that name a scheme.
import type { SourceLocation } from '../diagnostics.js';
import { isJiraProjectPermission, JIRA_PROJECT_PERMISSIONS } from '../jira-permissions.js';
import { didYouMean } from '../suggest.js';
import type { CheckContext } from './context.js';

export function checkJira(ctx: CheckContext): void {
  const { draft, files, index, where, error, seenBefore, checkRole } = ctx;
  const jira = draft.jira;
  if (!jira) return;
  const bundleIds = new Set(jira.bundles.map((b) => b.id));
  // The bundles as written (the model's are expanded), to find one that includes itself.
  const rawBundles = new Map(
    Object.entries(
      ((files.get(jira.at.file)?.value as Record<string, unknown>)?.['bundles'] as Record<
        string,
        { permissions: string[] }
      >) ?? {},
    ),
  );
  const checkPermission = (name: string, loc: SourceLocation) => {
    if (/^[A-Z]/.test(name)) {
      if (!isJiraProjectPermission(name)) {
        error(
          'RK040',
          `unknown Jira permission '${name}'${didYouMean(name, JIRA_PROJECT_PERMISSIONS)}`,
          'use a built-in project permission key (see docs/diagnostics.md#RK040) or a bundle id',
          loc,
        );
      }
    } else if (!bundleIds.has(name)) {
      error(
        'RK041',
        `unknown bundle '${name}'${didYouMean(name, bundleIds)}`,
        'define it under bundles in jira.yaml, or use a permission key in capitals',
        loc,
      );
    }
  };
  for (const [id, bundle] of rawBundles) {
    bundle.permissions.forEach((p, i) => checkPermission(p, where(jira.at, 'bundles', id, 'permissions', i)));
    const cycle = findBundleCycle(id, rawBundles);
    if (cycle)
      error(
        'RK041',
        `bundle '${id}' includes itself: ${cycle.join(' -> ')}`,
        'remove one of the inclusions',
        where(jira.at, 'bundles', id),
      );
  }
  const schemeIds = new Set<string>();
  const schemeNames = new Set<string>();
  for (const scheme of jira.schemes) {
    const duplicateId = seenBefore(schemeIds, scheme.id, () => [
      `duplicate scheme id '${scheme.id}'`,
      'give each scheme its own id',
      where(scheme.at, 'id'),
    ]);
    if (!duplicateId) schemeIds.add(scheme.id);
    const duplicateName = seenBefore(schemeNames, scheme.name, () => [
      `duplicate scheme name '${scheme.name}'`,
      'Jira finds schemes by name: give each its own',
      where(scheme.at, 'name'),
    ]);
    if (!duplicateName) schemeNames.add(scheme.name);
    const granted = new Set<string>();
    for (const grant of scheme.grants) {
      const duplicate = seenBefore(granted, grant.role, () => [
        `role '${grant.role}' has two grants in scheme '${scheme.id}'`,
        'list all its permissions in one grant',
        where(grant.at, 'role'),
      ]);
      if (!duplicate) granted.add(grant.role);
      grant.requested.forEach((p, i) => checkPermission(p, where(grant.at, 'permissions', i)));
      if (
        checkRole(grant.role, where(grant.at, 'role'), `in scheme '${scheme.id}'`) &&
        !index.roles.get(grant.role)!.jira
      ) {
        error(
          'RK042',
          `role '${grant.role}' is granted Jira permissions but has no Jira holder`,
          `add jira: { projectRole: ... } or jira: { group: ... } to roles/${grant.role}.yaml`,
          where(grant.at, 'role'),
        );
      }
    }
  }
  const projectKeys = new Set<string>();
  for (const project of jira.projects) {
    const duplicate = seenBefore(projectKeys, project.key, () => [
      `duplicate Jira project '${project.key}'`,
      'list each project once',
      where(project.at, 'key'),
    ]);
    if (!duplicate) projectKeys.add(project.key);
    if (!schemeIds.has(project.scheme))
      error(
        'RK043',
        `project '${project.key}' uses unknown scheme '${project.scheme}'${didYouMean(project.scheme, schemeIds)}`,
        'use the id of a scheme in jira.yaml',
        where(project.at, 'scheme'),
      );
  }
}

function findBundleCycle(
  start: string,
  bundles: ReadonlyMap<string, { permissions: string[] }>,
): string[] | undefined {
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const member of bundles.get(id)?.permissions ?? []) {
      if (member === start) return [...path, member];
      if (bundles.has(member) && !path.includes(member)) {
        const found = walk(member, [...path, member]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(start, [start]);
}
