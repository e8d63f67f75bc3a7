import type { RolesJsonEntry } from './api.js';
import type { SearchDocument } from './search.js';
import type { HomeEntry, SiteRole } from './view.js';

// What a role's unit (generate.ts) hands to the pages built from every role, and the check that
// facts read back from the cache have that shape.

/** What the search finds a role by; people's names only in internal mode. */
export function searchDocument(site: SiteRole, internal: boolean): SearchDocument {
  const v = site.seen;
  const refs = (items: ReadonlyArray<{ name: string }>) => items.map((r) => r.name);
  return {
    id: v.id,
    title: v.title,
    tags: [...v.aliases, v.family.title, v.seniority?.label ?? ''].join(' '),
    summary: v.summary,
    duties: [
      v.mission ?? '',
      ...v.responsibilities.flatMap((g) => [g.title ?? '', ...g.items]),
      ...v.decisionRights,
      ...v.accountabilities,
      ...v.deliverables,
      ...v.kpis.map((k) => k.name),
      ...v.qualifications.required,
      ...v.qualifications.preferred,
      ...(internal ? [...refs(v.processes), ...refs(v.standards), ...refs(v.templates)] : []),
    ]
      .filter((s) => s !== '')
      .join('\n'),
    people: internal ? site.holders.map((h) => h.name).join('\n') : '',
    family: v.family.title,
  };
}

/** What a role's unit tells the pages built from every role (home, families, search, roles.json). */
export interface RoleFacts {
  home: HomeEntry;
  api: RolesJsonEntry;
  search: SearchDocument;
}

/** Whether `value` holds exactly these fields, each a string (or null where `nullable` says). */
function strings(value: unknown, fields: readonly string[], nullable: readonly string[] = []): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  return (
    fields.every((f) => typeof o[f] === 'string' || (nullable.includes(f) && o[f] === null)) &&
    Object.keys(o).length === fields.length
  );
}

/** Role facts as the cache keeps them (a file anyone may have changed). */
export function isRoleFacts(value: unknown): value is RoleFacts {
  if (typeof value !== 'object' || value === null) return false;
  const { home, api, search } = value as Record<string, unknown>;
  return (
    strings(home, ['id', 'title', 'family', 'seniority', 'summary'], ['seniority']) &&
    strings(
      api,
      ['id', 'title', 'family', 'seniority', 'summary', 'reportsTo', 'page', 'data'],
      ['seniority', 'reportsTo'],
    ) &&
    strings(search, ['id', 'title', 'tags', 'summary', 'duties', 'people', 'family'])
  );
}
