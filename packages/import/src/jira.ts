/**
 * A Jira site's permission schemes -> jira.yaml (schemes, their grants, the projects that use them)
 * and roles for the project roles and groups that hold the grants. A scheme rolekit applied before
 * keeps its id (from the managed note) and its own description (without the note and the
 * managed-grants line), so that `rolekit jira diff` finds the site in step. Pure.
 */
import { isJiraProjectPermission } from '@rolekit/model';
import {
  emptyFragment,
  type Fragment,
  IMPORTED_FAMILY,
  type JiraDraft,
  type Known,
  type RoleDraft,
  slugify,
  uniqueId,
} from './fragment.js';

export interface SiteScheme {
  id: number;
  name: string;
  description?: string;
  permissions: Array<{ permission: string; holder: { type: string; parameter?: string; value?: string } }>;
}

/** What the import reads from the site (the CLI fills it through @rolekit/jira's client). */
export interface JiraSite {
  /** The site's URL, when it is https (jira.yaml allows nothing else). */
  site?: string;
  schemes: SiteScheme[];
  roles: Array<{ id: number; name: string }>;
  projects: Array<{ key: string; name: string; schemeId?: number }>;
}

export interface JiraImport {
  fragment: Fragment;
  notCarried: string[];
}

const NOTE = /^Managed by rolekit from the role model \(scheme '([a-z0-9-]+)' in jira\.yaml\)/;
const MARKER = /^rolekit-managed:v1(\s|$)/;

/** The description without rolekit's note and managed-grants line, and the scheme id the note names. */
function ownDescription(description: string | undefined): { text?: string; id?: string } {
  if (!description) return {};
  const lines = description.replace(/\r\n?/g, '\n').split('\n');
  const id = lines.map((l) => NOTE.exec(l.trim())?.[1]).find(Boolean);
  const text = lines
    .filter((l) => !NOTE.test(l.trim()) && !MARKER.test(l.trim()))
    .join('\n')
    .trim();
  return { ...(text ? { text } : {}), ...(id ? { id } : {}) };
}

export function importJira(site: JiraSite, known: Known): JiraImport {
  const fragment = emptyFragment();
  const notCarried: string[] = [];
  const roleIds = new Set(known.roles.map((r) => r.id));
  const byHolder = new Map<string, string>();
  const created: RoleDraft[] = [];
  const merged: RoleDraft[] = [];

  const roleFor = (type: 'projectRole' | 'group', name: string): string => {
    const key = `${type}:${name}`;
    const cached = byHolder.get(key);
    if (cached) return cached;
    const holding = known.roles.find((r) => r.jira?.[type] === name);
    let id = holding?.id;
    if (!id) {
      // A role of the model with the holder's name and no Jira holder yet takes it.
      const titled = known.roles.find((r) => !r.jira && r.title.toLowerCase() === name.toLowerCase());
      if (titled) {
        id = titled.id;
        merged.push({
          id,
          title: titled.title,
          family: '',
          summary: '',
          jira: { [type]: name } as RoleDraft['jira'] & object,
        });
      } else {
        id = uniqueId(slugify(name), roleIds);
        created.push({
          id,
          title: name,
          family: IMPORTED_FAMILY.id,
          summary: `Holds the Jira ${type === 'projectRole' ? 'project role' : 'group'} ${name} (imported from Jira).`,
          jira: { [type]: name } as RoleDraft['jira'] & object,
        });
      }
    }
    byHolder.set(key, id);
    return id;
  };

  const schemeIds = new Set<string>();
  const idOf = new Map<number, string>();
  const jira: JiraDraft = { ...(site.site ? { site: site.site } : {}), projects: [], schemes: [] };
  for (const scheme of site.schemes) {
    const own = ownDescription(scheme.description);
    const id = uniqueId(own.id ?? slugify(scheme.name), schemeIds);
    idOf.set(scheme.id, id);
    const grants = new Map<string, string[]>();
    for (const { permission, holder } of scheme.permissions) {
      let role: string | undefined;
      if (holder.type === 'projectRole') {
        const name = site.roles.find((r) => String(r.id) === (holder.value ?? holder.parameter))?.name;
        if (name) role = roleFor('projectRole', name);
      } else if (holder.type === 'group' && holder.parameter) role = roleFor('group', holder.parameter);
      const label = `${holder.type}${holder.parameter ? `:${holder.parameter}` : ''}`;
      if (!role) {
        notCarried.push(
          `scheme '${scheme.name}': ${permission} for ${label} (the model grants project roles and groups only; it stays on the site)`,
        );
        continue;
      }
      if (!isJiraProjectPermission(permission)) {
        notCarried.push(
          `scheme '${scheme.name}': ${permission} for ${label} (not a built-in project permission; it stays on the site)`,
        );
        continue;
      }
      const list = grants.get(role) ?? [];
      if (!list.includes(permission)) list.push(permission);
      grants.set(role, list);
    }
    jira.schemes.push({
      id,
      name: scheme.name,
      ...(own.text ? { description: own.text } : {}),
      grants: [...grants.entries()].map(([role, permissions]) => ({ role, permissions: permissions.sort() })),
    });
  }
  for (const project of site.projects) {
    const scheme = project.schemeId === undefined ? undefined : idOf.get(project.schemeId);
    if (!scheme) {
      notCarried.push(`project ${project.key}: uses no scheme the import read`);
      continue;
    }
    if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(project.key)) {
      notCarried.push(`project ${project.key}: not a key jira.yaml accepts`);
      continue;
    }
    jira.projects.push({ key: project.key, name: project.name, scheme });
  }
  fragment.jira = jira;
  fragment.roles.push(...created, ...merged);
  if (created.length > 0) fragment.families.push(IMPORTED_FAMILY);
  return { fragment, notCarried };
}
