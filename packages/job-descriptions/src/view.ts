import type { Employment, Letter, Model, NamedRef, Role, RoleAssignment, Seniority } from '@rolekit/model';
import type { JobDescriptionFormat } from './options.js';

// The view model: one plain object per role, built once and given to the Markdown and HTML
// templates and to the PDF builder alike. Every field is always present (null or [] when the model
// has nothing), because the templates are compiled in strict mode. docs/job-descriptions.md
// documents every field; keep the two in step.

/** A link to another role's job description. */
export interface RoleLinkView {
  id: string;
  title: string;
  /** Null when the role has no seniority. */
  seniority: string | null;
}

export interface PartnerView extends RoleLinkView {
  /** What the two roles work together on, as the model says it. */
  for: string | null;
}

export interface ResponsibilityGroupView {
  /** Null for the items a role lists without a heading. */
  title: string | null;
  items: string[];
}

export interface KpiView {
  name: string;
  target: string | null;
  description: string | null;
}

export interface RefView {
  name: string;
  url: string | null;
  note: string | null;
}

/** One activity of the RACI model in which the role holds a given letter. */
export interface ActivityView {
  id: string;
  title: string;
  description: string | null;
  /** The activity group's title, e.g. "Release management". */
  group: string;
  groupId: string;
  /** The note on the assignment, e.g. "when requested". */
  note: string | null;
}

export interface OwnedPathView {
  repository: string;
  pattern: string;
  /** GitLab section, when the rule names one. */
  section: string | null;
  note: string | null;
}

export interface GitHubAccessView {
  /** The organisation's login from organisation.yaml; null when the model names none. */
  org: string | null;
  team: string;
  /** `@org/team`, or the team slug alone when there is no organisation. */
  handle: string;
  /** The team's page on github.com; null without an organisation. */
  url: string | null;
}

export interface JiraGrantView {
  scheme: string;
  /** Projects using the scheme. */
  projects: Array<{ key: string; name: string; production: boolean }>;
  /**
   * What the role may do, readably: the titles of the bundles the grant names (their ids when
   * untitled) and single permission keys in words (RESOLVE_ISSUES: "Resolve issues"), as written.
   */
  requested: string[];
  /** The expanded permission keys, e.g. BROWSE_PROJECTS, in the order first requested. */
  permissions: string[];
}

export interface JiraAccessView {
  /** The Jira site from jira.yaml; null without one. */
  site: string | null;
  /** Who holds the role in Jira: a project role or a group; null when the role names neither. */
  holder: { kind: 'project role' | 'group'; name: string } | null;
  grants: JiraGrantView[];
}

export interface AddressView {
  street: string | null;
  locality: string | null;
  region: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface SalaryView {
  currency: string;
  value: number | null;
  min: number | null;
  max: number | null;
  /** HOUR, DAY, WEEK, MONTH or YEAR. */
  unit: string;
  /** In words: "EUR 60,000–75,000 a year". */
  text: string;
}

export interface EmploymentView {
  /** schema.org employmentType, e.g. FULL_TIME; null when not given. */
  type: string | null;
  /** "Full time", "Contractor", …; null when not given. */
  typeLabel: string | null;
  /** Where the work is, in words: the model's `location`, else the address on one line. */
  location: string | null;
  address: AddressView | null;
  remote: boolean;
  /** For a remote role, the countries applicants may live in (ISO codes). */
  remoteCountries: string[];
  /** YYYY-MM-DD: the model's datePosted, else the output date. */
  datePosted: string;
  validThrough: string | null;
  salary: SalaryView | null;
}

export interface RoleView {
  id: string;
  title: string;
  family: { id: string; title: string; description: string | null };
  seniority: { id: Seniority; label: string } | null;
  summary: string;
  mission: string | null;
  aliases: string[];
  organisation: { name: string; website: string | null };
  /** The output date, YYYY-MM-DD (the model's date or SOURCE_DATE_EPOCH). */
  date: string;
  /** The documents' language, for <html lang>. */
  lang: string;
  /** This role's files in the other formats being written (null for a format not written). */
  files: { md: string | null; html: string | null; pdf: string | null };
  responsibilities: ResponsibilityGroupView[];
  decisionRights: string[];
  accountabilities: string[];
  deliverables: string[];
  kpis: KpiView[];
  partners: PartnerView[];
  processes: RefView[];
  standards: RefView[];
  templates: RefView[];
  antiGoals: string[];
  qualifications: { required: string[]; preferred: string[] };
  reportsTo: RoleLinkView | null;
  directReports: RoleLinkView[];
  /** Derived from the activities' RACI assignments, in model order. */
  accountableFor: ActivityView[];
  responsibleFor: ActivityView[];
  consultedOn: ActivityView[];
  informedOf: ActivityView[];
  /** S (RASCI: Support; RACI-VS: Signatory) and V (RACI-VS: Verifier). */
  supports: ActivityView[];
  verifies: ActivityView[];
  /** How many activities the role takes part in (the six lists above together); 0 hides the section. */
  activityCount: number;
  /** Code the role owns, from codeowners.yaml, by repository in model order. */
  ownedPaths: OwnedPathView[];
  /** What the role is given in tools; null when neither GitHub nor Jira names the role. */
  access: { github: GitHubAccessView | null; jira: JiraAccessView | null } | null;
  employment: EmploymentView | null;
  links: Array<{ title: string; url: string }>;
  sources: Array<{ document: string; section: string | null; note: string | null }>;
  /** schema.org JobPosting for <script type="application/ld+json">. */
  jobPosting: Record<string, unknown>;
}

export interface IndexView {
  organisation: { name: string; website: string | null; description: string | null };
  date: string;
  lang: string;
  roleCount: number;
  /** Families in organisation.yaml order; only those with roles. */
  families: Array<{
    id: string;
    title: string;
    description: string | null;
    /** By seniority (associate first, roles without one last), then title. */
    roles: Array<RoleLinkView & { summary: string; files: RoleView['files'] }>;
  }>;
}

export const SENIORITY_LABELS: Record<Seniority, string> = {
  associate: 'Associate',
  engineer: 'Engineer',
  senior: 'Senior',
  lead: 'Lead',
  principal: 'Principal',
  manager: 'Manager',
  head: 'Head',
  chief: 'Chief',
  executive: 'Executive',
};

const SENIORITY_ORDER = Object.keys(SENIORITY_LABELS) as Seniority[];

const EMPLOYMENT_LABELS: Record<string, string> = {
  FULL_TIME: 'Full time',
  PART_TIME: 'Part time',
  CONTRACTOR: 'Contractor',
  TEMPORARY: 'Temporary',
  INTERN: 'Intern',
};

export interface ViewOptions {
  /** Output date. */
  date: Date;
  lang: string;
  formats: ReadonlySet<JobDescriptionFormat>;
}

// The last date isoDate wrote, by its time value: every role of a run has the same date.
let lastDate = { time: Number.NaN, iso: '' };

/** YYYY-MM-DD in UTC: the same date wherever the generator runs. */
export function isoDate(date: Date): string {
  const time = date.getTime();
  if (time !== lastDate.time) lastDate = { time, iso: date.toISOString().slice(0, 10) };
  return lastDate.iso;
}

function filesOf(id: string, formats: ReadonlySet<JobDescriptionFormat>): RoleView['files'] {
  return {
    md: formats.has('md') ? `${id}.md` : null,
    html: formats.has('html') ? `${id}.html` : null,
    pdf: formats.has('pdf') ? `${id}.pdf` : null,
  };
}

function roleLink(role: Role): RoleLinkView {
  return {
    id: role.id,
    title: role.title,
    seniority: role.seniority ? SENIORITY_LABELS[role.seniority] : null,
  };
}

function ref(r: NamedRef): RefView {
  return { name: r.name, url: r.url ?? null, note: r.note ?? null };
}

function activityView(a: RoleAssignment): ActivityView {
  return {
    id: a.activity.id,
    title: a.activity.title,
    description: a.activity.description ?? null,
    group: a.group.title,
    groupId: a.group.id,
    note: a.note ?? null,
  };
}

function byLetter(assignments: readonly RoleAssignment[], letter: Letter): ActivityView[] {
  return assignments.filter((a) => a.letter === letter).map(activityView);
}

function githubAccess(model: Model, role: Role): GitHubAccessView | null {
  if (!role.github) return null;
  const org = model.organisation.github?.org ?? null;
  const team = role.github.team;
  return {
    org,
    team,
    handle: org ? `@${org}/${team}` : team,
    url: org ? `https://github.com/orgs/${org}/teams/${team}` : null,
  };
}

type JiraModel = NonNullable<Model['jira']>;

// Built once per model, not a scan for every role: the bundles by id.
const bundlesById = new WeakMap<JiraModel['bundles'], Map<string, JiraModel['bundles'][number]>>();

/** A requested entry readably: the bundle's title (its id when untitled), else the permission key in words. */
function readable(jira: JiraModel | undefined, entry: string): string {
  if (jira) {
    let byId = bundlesById.get(jira.bundles);
    if (!byId) {
      byId = new Map();
      // The first bundle with an id wins, as Array.find would have it.
      for (const b of jira.bundles) if (!byId.has(b.id)) byId.set(b.id, b);
      bundlesById.set(jira.bundles, byId);
    }
    const bundle = byId.get(entry);
    if (bundle) return bundle.title ?? bundle.id;
  }
  const words = entry.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function jiraAccess(model: Model, role: Role): JiraAccessView | null {
  const grants = model.jiraGrantsOf(role.id);
  const holder = role.jira?.projectRole
    ? { kind: 'project role' as const, name: role.jira.projectRole }
    : role.jira?.group
      ? { kind: 'group' as const, name: role.jira.group }
      : null;
  if (grants.length === 0 && holder === null) return null;
  return {
    site: model.jira?.site ?? null,
    holder,
    grants: grants.map((g) => ({
      scheme: g.scheme.name,
      projects: g.projects.map((p) => ({ key: p.key, name: p.name, production: p.production })),
      requested: g.requested.map((entry) => readable(model.jira, entry)),
      permissions: [...g.permissions],
    })),
  };
}

function accessOf(model: Model, role: Role): RoleView['access'] {
  const github = githubAccess(model, role);
  const jira = jiraAccess(model, role);
  return github || jira ? { github, jira } : null;
}

const UNIT_WORDS: Record<string, string> = {
  HOUR: 'an hour',
  DAY: 'a day',
  WEEK: 'a week',
  MONTH: 'a month',
  YEAR: 'a year',
};

/** 65000 -> "65,000": by hand, so the text never depends on the machine's locale data. */
function grouped(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const digits = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${digits}.${fraction}` : digits;
}

function salaryText(s: NonNullable<Employment['salary']>): string {
  const amount =
    s.value !== undefined
      ? grouped(s.value)
      : s.min !== undefined && s.max !== undefined
        ? `${grouped(s.min)}–${grouped(s.max)}`
        : s.min !== undefined
          ? `from ${grouped(s.min)}`
          : `up to ${grouped(s.max ?? 0)}`;
  return `${s.currency} ${amount} ${UNIT_WORDS[s.unit] ?? s.unit.toLowerCase()}`;
}

/**
 * The role's employment, its own fields over the organisation's defaults (organisation.yaml
 * `employment`); null when neither says anything.
 */
function employmentView(model: Model, role: Role, date: string): EmploymentView | null {
  const defaults = model.organisation.employment ?? {};
  const e: Employment = { ...defaults, ...(role.employment ?? {}) };
  if (Object.keys(e).length === 0) return null;
  const a = e.address;
  const address: AddressView | null = a
    ? {
        street: a.street ?? null,
        locality: a.locality ?? null,
        region: a.region ?? null,
        postalCode: a.postalCode ?? null,
        country: a.country,
      }
    : null;
  const addressLine = address
    ? [address.street, address.locality, address.region, address.postalCode, address.country]
        .filter((p) => p !== null)
        .join(', ')
    : null;
  const s = e.salary;
  return {
    type: e.type ?? null,
    typeLabel: e.type ? (EMPLOYMENT_LABELS[e.type] ?? e.type) : null,
    location: e.location ?? addressLine,
    address,
    remote: e.remote ?? false,
    remoteCountries: [...(e.remoteCountries ?? [])],
    datePosted: e.datePosted ?? date,
    validThrough: e.validThrough ?? null,
    salary: s
      ? {
          currency: s.currency,
          value: s.value ?? null,
          min: s.min ?? null,
          max: s.max ?? null,
          unit: s.unit,
          text: salaryText(s),
        }
      : null,
  };
}

/**
 * What Google requires of a JobPosting that this one lacks (by property name); empty when complete.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
export function missingForGoogle(posting: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (const key of ['title', 'description', 'datePosted', 'hiringOrganization'])
    if (!posting[key]) missing.push(key);
  const remote = posting['jobLocationType'] === 'TELECOMMUTE';
  if (!posting['jobLocation'] && !remote) missing.push('jobLocation');
  if (remote && !posting['applicantLocationRequirements']) missing.push('applicantLocationRequirements');
  return missing;
}

/** schema.org JobPosting (https://schema.org/JobPosting), as Google reads it; only what the model says. */
function jobPosting(model: Model, view: Omit<RoleView, 'jobPosting'>): Record<string, unknown> {
  const org = model.organisation;
  const employment = view.employment;
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: view.title,
    description: [view.summary, view.mission].filter((s) => s !== null).join('\n\n'),
    datePosted: employment?.datePosted ?? view.date,
    ...(employment?.validThrough ? { validThrough: employment.validThrough } : {}),
    hiringOrganization: {
      '@type': 'Organization',
      name: org.name,
      ...(org.website ? { sameAs: org.website, url: org.website } : {}),
    },
    identifier: { '@type': 'PropertyValue', name: org.name, value: view.id },
    occupationalCategory: view.family.title,
  };
  if (view.aliases.length > 0) posting['alternateName'] = [...view.aliases];
  if (employment?.type) posting['employmentType'] = employment.type;
  const address = employment?.address;
  if (address)
    posting['jobLocation'] = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(address.street ? { streetAddress: address.street } : {}),
        ...(address.locality ? { addressLocality: address.locality } : {}),
        ...(address.region ? { addressRegion: address.region } : {}),
        ...(address.postalCode ? { postalCode: address.postalCode } : {}),
        addressCountry: address.country,
      },
    };
  if (employment?.remote) {
    posting['jobLocationType'] = 'TELECOMMUTE';
    if (employment.remoteCountries.length > 0)
      posting['applicantLocationRequirements'] = employment.remoteCountries.map((name) => ({
        '@type': 'Country',
        name,
      }));
  }
  const salary = employment?.salary;
  if (salary)
    posting['baseSalary'] = {
      '@type': 'MonetaryAmount',
      currency: salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(salary.value !== null ? { value: salary.value } : {}),
        ...(salary.min !== null ? { minValue: salary.min } : {}),
        ...(salary.max !== null ? { maxValue: salary.max } : {}),
        unitText: salary.unit,
      },
    };
  const responsibilities = view.responsibilities.flatMap((g) => g.items);
  if (responsibilities.length > 0) posting['responsibilities'] = responsibilities.join('\n');
  if (view.qualifications.required.length > 0)
    posting['qualifications'] = view.qualifications.required.join('\n');
  if (view.qualifications.preferred.length > 0) posting['skills'] = view.qualifications.preferred.join('\n');
  return posting;
}

/**
 * Everything a job description shows for one role, as a plain object. Pure: the same model, role
 * and options give an equal object.
 */
export function buildRoleView(model: Model, role: Role, options: ViewOptions): RoleView {
  const assignments = model.assignmentsOf(role.id);
  const reportsTo = role.reportsTo ? model.role(role.reportsTo) : undefined;
  const date = isoDate(options.date);
  // jobPosting is worked out from the rest, and filled in last (not by copying some 45 fields).
  const view: RoleView = {
    id: role.id,
    title: role.title,
    family: {
      id: role.family.id,
      title: role.family.title,
      description: role.family.description ?? null,
    },
    seniority: role.seniority ? { id: role.seniority, label: SENIORITY_LABELS[role.seniority] } : null,
    summary: role.summary,
    mission: role.mission ?? null,
    aliases: [...role.aliases],
    organisation: { name: model.organisation.name, website: model.organisation.website ?? null },
    date,
    lang: options.lang,
    files: filesOf(role.id, options.formats),
    responsibilities: role.responsibilities.map((g) => ({ title: g.title ?? null, items: [...g.items] })),
    decisionRights: [...role.decisionRights],
    accountabilities: [...role.accountabilities],
    deliverables: [...role.deliverables],
    kpis: role.kpis.map((k) => ({
      name: k.name,
      target: k.target ?? null,
      description: k.description ?? null,
    })),
    partners: role.partners.flatMap((p) => {
      const partner = model.role(p.role);
      if (!partner) return [];
      const link = roleLink(partner);
      return [{ id: link.id, title: link.title, seniority: link.seniority, for: p.for ?? null }];
    }),
    processes: role.processes.map(ref),
    standards: role.standards.map(ref),
    templates: role.templates.map(ref),
    antiGoals: [...role.antiGoals],
    qualifications: {
      required: [...role.qualifications.required],
      preferred: [...role.qualifications.preferred],
    },
    reportsTo: reportsTo ? roleLink(reportsTo) : null,
    directReports: model.reportsOf(role.id).map(roleLink),
    accountableFor: byLetter(assignments, 'A'),
    responsibleFor: byLetter(assignments, 'R'),
    consultedOn: byLetter(assignments, 'C'),
    informedOf: byLetter(assignments, 'I'),
    supports: byLetter(assignments, 'S'),
    verifies: byLetter(assignments, 'V'),
    activityCount: new Set(assignments.map((a) => a.activity.id)).size,
    ownedPaths: model.ownedPathsOf(role.id).map((o) => ({
      repository: o.repository,
      pattern: o.pattern,
      section: o.rule.section ?? null,
      note: o.rule.note ?? null,
    })),
    access: accessOf(model, role),
    employment: employmentView(model, role, date),
    links: role.links.map((l) => ({ title: l.title, url: l.url })),
    sources: role.sources.map((s) => ({
      document: s.document,
      section: s.section ?? null,
      note: s.note ?? null,
    })),
    jobPosting: {},
  };
  view.jobPosting = jobPosting(model, view);
  return view;
}

function seniorityRank(role: Role): number {
  return role.seniority ? SENIORITY_ORDER.indexOf(role.seniority) : SENIORITY_ORDER.length;
}

/** The index of all roles, grouped by family in organisation.yaml order. */
export function buildIndexView(model: Model, options: ViewOptions): IndexView {
  const families = model.organisation.families.flatMap((family) => {
    const roles = model.roles
      .filter((r) => r.family.id === family.id)
      .sort(
        (a, b) =>
          seniorityRank(a) - seniorityRank(b) ||
          (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) ||
          (a.id < b.id ? -1 : 1),
      );
    if (roles.length === 0) return [];
    return [
      {
        id: family.id,
        title: family.title,
        description: family.description ?? null,
        roles: roles.map((r) => ({
          ...roleLink(r),
          summary: r.summary,
          files: filesOf(r.id, options.formats),
        })),
      },
    ];
  });
  return {
    organisation: {
      name: model.organisation.name,
      website: model.organisation.website ?? null,
      description: model.organisation.description ?? null,
    },
    date: isoDate(options.date),
    lang: options.lang,
    roleCount: model.roles.length,
    families,
  };
}
