// Reading the site: what the planner compares the model's schemes with.
import type { JiraApi } from './client.js';
import type { RemoteState } from './plan.js';
import type { DesiredScheme } from './view.js';

/**
 * Everything the planner needs, in 3 + p reads for p projects (plus one per 50 groups): every
 * scheme with its grants, the project roles, the model's groups, and each model project's scheme.
 */
export async function readSite(api: JiraApi, desired: readonly DesiredScheme[]): Promise<RemoteState> {
  const schemes = await api.listSchemes();
  const roles = await api.listProjectRoles();
  const groupNames = [
    ...new Set(
      desired
        .flatMap((s) => s.roles)
        .filter((r) => r.holder.type === 'group')
        .map((r) => r.holder.name),
    ),
  ].sort();
  const groups = await api.findGroups(groupNames);
  const projects = [];
  for (const key of [...new Set(desired.flatMap((s) => s.projects.map((p) => p.key)))]) {
    const schemeId = await api.projectSchemeId(key);
    projects.push(schemeId === undefined ? { key, exists: false } : { key, schemeId, exists: true });
  }
  return { schemes, roles, groups: groups.filter((g) => groupNames.includes(g.name)), projects };
}
