import type { RoleView } from '@rolekit/job-descriptions';
import type { JobDescriptionSection, Model } from '@rolekit/model';
import type { SiteMode } from './options.js';
import type { SiteRole } from './view.js';

// The JSON API beside the pages, in the spirit of the Financial Times' engineering-progression
// site: api/roles.json lists every role, api/roles/<id>.json holds one. Public mode writes only
// what the candidate job description prints; internal mode the whole view, the people holding the
// role, and its place in the RACI, code ownership and access.

export const API_VERSION = 1;

/** The view's fields each job description section prints (what the public API may carry). */
const FIELDS_OF_SECTION: Record<JobDescriptionSection, ReadonlyArray<keyof RoleView>> = {
  overview: ['summary', 'mission'],
  employment: ['employment', 'reportsTo', 'aliases'],
  qualifications: ['qualifications'],
  responsibilities: ['responsibilities'],
  accountabilities: ['accountabilities'],
  decisionRights: ['decisionRights'],
  deliverables: ['deliverables'],
  kpis: ['kpis'],
  partners: ['partners'],
  directReports: ['directReports'],
  processes: ['processes'],
  standards: ['standards'],
  templates: ['templates'],
  antiGoals: ['antiGoals'],
  links: ['links'],
  activities: [
    'accountableFor',
    'responsibleFor',
    'consultedOn',
    'informedOf',
    'supports',
    'verifies',
    'activityCount',
  ],
  codeOwnership: ['ownedPaths'],
  access: ['access'],
  sources: ['sources'],
};

/** What a role's JSON holds: always its identity, then the fields of the sections its audience reads. */
export function roleJson(
  site: SiteRole,
  mode: SiteMode,
  sections: readonly JobDescriptionSection[],
): Record<string, unknown> {
  const view = site.seen;
  const out: Record<string, unknown> = {
    apiVersion: API_VERSION,
    id: view.id,
    title: view.title,
    family: view.family,
    seniority: view.seniority,
    page: `roles/${view.id}.html`,
  };
  const wanted = new Set<keyof RoleView>(['summary', 'reportsTo', 'directReports', 'partners']);
  for (const section of sections) for (const field of FIELDS_OF_SECTION[section]) wanted.add(field);
  if (mode === 'internal')
    for (const fields of Object.values(FIELDS_OF_SECTION)) for (const f of fields) wanted.add(f);
  // In the view's own order, so the bytes do not depend on the layout's order.
  for (const key of Object.keys(view) as Array<keyof RoleView>) if (wanted.has(key)) out[key] = view[key];
  if (mode === 'internal') out['holders'] = site.holders.map((h) => ({ id: h.id, name: h.name }));
  return out;
}

export function rolesJson(model: Model, roles: readonly SiteRole[], mode: SiteMode, date: string): unknown {
  return rolesJsonOf(model, roles.map(rolesJsonEntry), mode, date);
}

/** What api/roles.json lists of a role. */
export interface RolesJsonEntry {
  id: string;
  title: string;
  family: string;
  seniority: string | null;
  summary: string;
  reportsTo: string | null;
  page: string;
  data: string;
}

export function rolesJsonEntry({ seen }: SiteRole): RolesJsonEntry {
  return {
    id: seen.id,
    title: seen.title,
    family: seen.family.id,
    seniority: seen.seniority?.id ?? null,
    summary: seen.summary,
    reportsTo: seen.reportsTo?.id ?? null,
    page: `roles/${seen.id}.html`,
    data: `api/roles/${seen.id}.json`,
  };
}

/** rolesJson from each role's entry (an incremental run keeps them, not the roles' views). */
export function rolesJsonOf(
  model: Model,
  entries: readonly RolesJsonEntry[],
  mode: SiteMode,
  date: string,
): unknown {
  return {
    apiVersion: API_VERSION,
    organisation: { name: model.organisation.name, website: model.organisation.website ?? null },
    date,
    mode,
    families: model.organisation.families.map((f) => ({ id: f.id, title: f.title })),
    roles: entries,
  };
}
