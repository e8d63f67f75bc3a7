import type { Share } from '@rolekit/core';
import {
  type Audience,
  buildDocument,
  buildRoleView,
  type JobDescriptionDocument,
  layoutOf,
  type ResolvedLayout,
  type RoleView,
  viewFor,
} from '@rolekit/job-descriptions';
import type { Model, Person, Role } from '@rolekit/model';
import {
  type ChecklistView,
  resolveOptions as onboardingOptions,
  parseIsoDate,
  personChecklist,
  roleChecklist,
} from '@rolekit/onboarding';
import type { ResolvedOptions, SiteMode } from './options.js';

// The plain objects the site's templates receive, built from the job-description view and the
// model's lookups (never recomputed here). Every field is always present (null or []), because the
// templates are compiled in strict mode. Links are relative, so the site works from file:// and
// from any folder of any host; `root` is the way back to out/site/ from a page.

export interface Link {
  label: string;
  href: string;
}

export interface PageView {
  lang: string;
  /** <title>. */
  title: string;
  /** '' for pages at the top of the site, '../' for roles/ and people/. */
  root: string;
  internal: boolean;
  current: 'home' | 'family' | 'role' | 'raci' | 'raci-family' | 'org-chart' | 'person';
  organisation: { name: string; website: string | null };
  brand: { colour: string; tint: string };
  footer: string;
}

export interface RoleRef {
  id: string;
  title: string;
}

export interface HolderView {
  id: string;
  name: string;
  /** The person's other roles (hats), in people.yaml order. */
  otherRoles: RoleRef[];
}

/** What the site knows of one role, built once and used by its page, the API, search and the home page. */
export interface SiteRole {
  role: Role;
  /** The job description's view, full (internal); the public site only ever reads `seen`. */
  view: RoleView;
  /** The view for the site's audience (candidate fields only in public mode). */
  seen: RoleView;
  document: JobDescriptionDocument;
  holders: HolderView[];
}

export const audienceOf = (mode: SiteMode): Audience => (mode === 'public' ? 'candidate' : 'internal');

function roleRef(role: { id: string; title: string }): RoleRef {
  return { id: role.id, title: role.title };
}

export function siteRoles(model: Model, options: ResolvedOptions, date: Date): SiteRole[] {
  return model.roles.map((role) => siteRole(model, role, options, date));
}

/** What the site knows of one role. */
export function siteRole(model: Model, role: Role, options: ResolvedOptions, date: Date): SiteRole {
  const layout = layoutOf(model);
  const audience = audienceOf(options.mode);
  const view = buildRoleView(model, role, { date, lang: options.lang, formats: ALL_FORMATS });
  return {
    role,
    view,
    seen: viewFor(view, audience),
    document: buildDocument(view, layout, audience),
    holders:
      options.mode === 'internal'
        ? model.peopleInRole(role.id).map((p) => ({
            id: p.id,
            name: p.name,
            otherRoles: p.roles
              .filter((r) => r !== role.id)
              .flatMap((r) => {
                const other = model.role(r);
                return other ? [roleRef(other)] : [];
              }),
          }))
        : [],
  };
}

const ALL_FORMATS = new Set(['md', 'html', 'pdf'] as const);

export function pageView(
  model: Model,
  layout: ResolvedLayout,
  options: ResolvedOptions,
  date: string,
  fields: Pick<PageView, 'title' | 'root' | 'current'>,
): PageView {
  const name = model.organisation.name;
  return {
    lang: options.lang,
    ...fields,
    internal: options.mode === 'internal',
    organisation: { name, website: model.organisation.website ?? null },
    brand: { colour: layout.brand.colour, tint: layout.brand.tint },
    footer:
      options.mode === 'internal'
        ? `${name} role directory, ${date}. Internal: not for publication. Generated from the role model; edit the model, not these pages.`
        : `${name}, ${date}`,
  };
}

/** Files other generators write for a role, relative to out/site/roles/ (their default options). */
export function roleDownloads(id: string, mode: SiteMode, root: string): Link[] {
  const up = `${root}../`;
  const links: Link[] = [
    { label: 'Job description (PDF)', href: `${up}job-descriptions/${id}.pdf` },
    { label: 'Job description (web page)', href: `${up}job-descriptions/${id}.html` },
  ];
  if (mode === 'internal')
    links.push(
      { label: 'Internal job description (PDF)', href: `${up}job-descriptions/internal/${id}.pdf` },
      { label: 'RACI sheet (PDF)', href: `${up}raci/roles/${id}.pdf` },
      { label: 'Onboarding checklist (PDF)', href: `${up}onboarding/roles/${id}.pdf` },
      { label: 'Onboarding checklist (Markdown)', href: `${up}onboarding/roles/${id}.md` },
    );
  return links;
}

/** Organisation-wide files of the other generators, relative to out/site/. */
export function organisationDownloads(mode: SiteMode): Link[] {
  const links: Link[] = [
    { label: 'Every job description (web page)', href: '../job-descriptions/index.html' },
  ];
  if (mode === 'internal')
    links.push(
      { label: 'Every internal job description (web page)', href: '../job-descriptions/internal/index.html' },
      { label: 'RACI matrix (PDF)', href: '../raci/raci.pdf' },
      { label: 'RACI matrix (CSV)', href: '../raci/raci.csv' },
      { label: 'RACI matrix (Markdown)', href: '../raci/raci.md' },
      { label: 'Onboarding checklists (index, Markdown)', href: '../onboarding/index.md' },
    );
  return links;
}

export interface HomeFamily {
  id: string;
  title: string;
  description: string | null;
  /** Links relative to the family's page, families/<family>.html. */
  roles: Array<RoleRef & { seniority: string | null; summary: string; downloads: Link[] }>;
}

/**
 * Families in organisation.yaml order (only those with roles), roles by title then id: each
 * family's page lists its roles and their files; the home page lists the families.
 */
export function homeFamilies(model: Model, roles: readonly SiteRole[], mode: SiteMode): HomeFamily[] {
  return familiesOf(model, roles.map(homeEntry), mode);
}

/** What the home and family pages show of a role. */
export interface HomeEntry {
  id: string;
  title: string;
  family: string;
  seniority: string | null;
  summary: string;
}

export function homeEntry(r: SiteRole): HomeEntry {
  return {
    id: r.role.id,
    title: r.role.title,
    family: r.role.family.id,
    seniority: r.view.seniority?.label ?? null,
    summary: r.role.summary,
  };
}

/** homeFamilies from each role's entry (an incremental run keeps them, not the roles' views). */
export function familiesOf(model: Model, entries: readonly HomeEntry[], mode: SiteMode): HomeFamily[] {
  const byFamily = new Map<string, HomeEntry[]>();
  for (const r of entries) {
    const list = byFamily.get(r.family);
    if (list) list.push(r);
    else byFamily.set(r.family, [r]);
  }
  return model.organisation.families.flatMap((family) => {
    const members = (byFamily.get(family.id) ?? []).sort(
      (a, b) => compare(a.title, b.title) || compare(a.id, b.id),
    );
    if (members.length === 0) return [];
    return [
      {
        id: family.id,
        title: family.title,
        description: family.description ?? null,
        roles: members.map((r) => ({
          id: r.id,
          title: r.title,
          seniority: r.seniority,
          summary: r.summary,
          // families/ is as deep as roles/.
          downloads: roleDownloads(r.id, mode, '../'),
        })),
      },
    ];
  });
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface PersonPage {
  id: string;
  name: string;
  email: string | null;
  github: string | null;
  startDate: string | null;
  manager: { id: string; name: string } | null;
  buddy: { id: string; name: string } | null;
  roles: Array<RoleRef & { family: string }>;
  /** The dated checklist for a person with a start date, else null: their roles' checklists. */
  dated: PersonChecklist | null;
}

/** What person-access.html.hbs renders: one role's GitHub team and Jira grants, as the job description's view has them. */
export interface PersonAccess extends RoleRef {
  access: RoleView['access'];
}

/** What person-checklist.html.hbs renders: one onboarding checklist with its files. */
export interface PersonChecklist {
  title: string;
  links: Link[];
  checklist: ChecklistView;
}

/**
 * What every person page shares: onboarding's options, and each role's parts of its holders'
 * pages (its access and its checklist), built once per role: 20,000 people hold 2,000 roles, and
 * building the checklist per person was most of the person pages' time.
 */
export interface PeopleContext {
  onboarding: ReturnType<typeof onboardingOptions>['value'];
  roleAccess(role: SiteRole): PersonAccess;
  roleChecklist(role: Role): PersonChecklist;
}

/**
 * Onboarding's options and each role's parts of its holders' pages, as values shared between
 * units (core's units.ts): each built once a run, and a dependency of every person page that
 * shows it. `roleOf` gives a role's site view through the share it is given.
 */
export function peopleParts(share: Share, roleOf: (share: Share, id: string) => SiteRole): PeopleContext {
  const options: Parameters<Share>[1] = (m) => onboardingOptions({}, m).value;
  return {
    onboarding: share('onboarding-options', options) as PeopleContext['onboarding'],
    roleAccess(site) {
      return share(`access:${site.role.id}`, (_m, inner) => {
        const own = roleOf(inner, site.role.id);
        return { ...roleRef(own.role), access: own.view.access };
      });
    },
    roleChecklist(role) {
      return share(`checklist:${role.id}`, (m, inner) => {
        const own = m.role(role.id)!;
        return {
          title: own.title,
          links: [
            { label: 'Checklist (PDF)', href: `../../onboarding/roles/${own.id}.pdf` },
            { label: 'Checklist (Markdown)', href: `../../onboarding/roles/${own.id}.md` },
          ],
          checklist: roleChecklist(
            m,
            own,
            inner('onboarding-options', options) as PeopleContext['onboarding'],
          ),
        };
      });
    },
  };
}

/** A person's own facts; their roles' parts come from PeopleContext (see generate.ts). */
export function personPage(
  model: Model,
  person: Person,
  held: readonly SiteRole[],
  shared: PeopleContext,
): PersonPage {
  const personRef = (id: string | undefined) => {
    const p = id === undefined ? undefined : model.person(id);
    return p ? { id: p.id, name: p.name } : null;
  };
  // A start date onboarding cannot read gets no dated checklist there either: the roles' instead.
  const dated = person.startDate !== undefined && parseIsoDate(person.startDate) !== undefined;
  return {
    id: person.id,
    name: person.name,
    email: person.email ?? null,
    github: person.github ?? null,
    startDate: person.startDate ?? null,
    manager: personRef(person.manager),
    buddy: personRef(person.buddy),
    roles: held.map((r) => ({ id: r.role.id, title: r.role.title, family: r.role.family.title })),
    dated: dated
      ? {
          title: `From ${person.startDate}`,
          links: [
            { label: 'Checklist (PDF)', href: `../../onboarding/people/${person.id}.pdf` },
            { label: 'Checklist (Markdown)', href: `../../onboarding/people/${person.id}.md` },
          ],
          checklist: personChecklist(model, person, person.startDate as string, shared.onboarding),
        }
      : null,
  };
}
