// Turns schema-valid YAML values into the model's one shape per concept. No checks of meaning
// here (those live in checks.ts); unknown references are carried as written and reported there.
import type { SourceLocation } from './diagnostics.js';
import type {
  ActivitiesFile,
  CodeownersFile,
  JiraFile,
  OnboardingFile,
  OrganisationFile,
  PeopleFile,
  PoliciesFile,
  RoleFile,
} from './schemas/files.js';
import type {
  Activity,
  ActivityGroup,
  Assignment,
  DocumentsConfig,
  Employment,
  Family,
  GeneratorSource,
  GitLabSection,
  JiraBundle,
  JiraConfig,
  JiraScheme,
  Kpi,
  LayoutSection,
  Letter,
  Link,
  NamedRef,
  OnboardingConfig,
  OnboardingTask,
  Organisation,
  OwnershipRule,
  Partner,
  Person,
  Policy,
  PostalAddress,
  RaciVariant,
  Repository,
  ResponsibilityGroup,
  Role,
  Salary,
  Source,
} from './types.js';
import { isLazyLocation, type YamlFile } from './yaml-file.js';

// Each file's value passed its schema, so it has the type its schema gives it (schemas/files.ts).
type Path = Array<string | number>;

// Built with plain assignments, in the order the model's types list the fields (generators see that
// order in Object.keys and JSON): a spread of a computed-key object per optional field was a fifth
// of loading a large model, cold. Lists are shared with the parsed value, not copied: nothing
// mutates either, and the model freezes both.

const EMPTY: readonly never[] = Object.freeze([]);

/** An optional list as written, or the one shared empty list. */
const list = <T>(v: readonly T[] | undefined): T[] => (v ?? EMPTY) as T[];

/** An object being built: optional fields are set only when present, so absent ones have no key. */
type Building<T> = { -readonly [K in keyof T]: T[K] };

export const LETTERS_BY_VARIANT: Record<RaciVariant, readonly Letter[]> = {
  RACI: ['R', 'A', 'C', 'I'],
  RASCI: ['R', 'A', 'S', 'C', 'I'],
  'RACI-VS': ['R', 'A', 'C', 'I', 'V', 'S'],
};

/** What each letter stands for; S is Support in RASCI and Signatory in RACI-VS (see letterName). */
export const LETTER_NAMES: Readonly<Record<Letter, string>> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
  S: 'Support',
  V: 'Verifier',
};

export function letterName(letter: Letter, variant: RaciVariant = 'RACI'): string {
  return variant === 'RACI-VS' && letter === 'S' ? 'Signatory' : LETTER_NAMES[letter];
}

function sources(v: RoleFile['sources']): Source[] {
  return list(v).map((s) => {
    const out: Building<Source> = { document: s.document };
    if (s.section !== undefined) out.section = s.section;
    if (s.note !== undefined) out.note = s.note;
    return out;
  });
}

function links(v: RoleFile['links']): Link[] {
  return list(v).map((l) => ({ title: l.title, url: l.url }));
}

function namedRefs(v: RoleFile['processes']): NamedRef[] {
  return list(v).map((item) => {
    if (typeof item === 'string') return { name: item };
    const out: Building<NamedRef> = { name: item.name };
    if (item.url !== undefined) out.url = item.url;
    if (item.note !== undefined) out.note = item.note;
    return out;
  });
}

export function onboardingTasks(file: YamlFile, base: Path, v: OnboardingFile['tasks']): OnboardingTask[] {
  return list(v).map((t, i) => {
    const out = { at: file.lazyLocate([...base, i]) } as Building<OnboardingTask>;
    if (t.id !== undefined) out.id = t.id;
    out.title = t.title;
    out.phase = t.phase;
    out.owner = t.owner ?? 'new-hire';
    if (t.description !== undefined) out.description = t.description;
    out.links = links(t.links);
    return out;
  });
}

export function normaliseOrganisation(file: YamlFile): Organisation {
  const o = file.value as OrganisationFile;
  const variant = o.raci?.variant ?? 'RACI';
  const out = { at: file.lazyLocate([]), name: o.name } as Building<Organisation>;
  if (o.description !== undefined) out.description = o.description;
  out.date = o.date;
  if (o.website !== undefined) out.website = o.website;
  out.families = list(o.families).map((f) => {
    const family: Building<Family> = { id: f.id, title: f.title };
    if (f.description !== undefined) family.description = f.description;
    return family;
  });
  out.raci = { variant, letters: LETTERS_BY_VARIANT[variant] };
  if (o.github) out.github = { org: o.github.org };
  const employment = employmentOf(o.employment);
  if (employment) out.employment = employment;
  const documents = documentsOf(o.documents);
  if (documents) out.documents = documents;
  out.generators = list(o.generators).map((g, i) => {
    const generator = { at: file.lazyLocate(['generators', i]) } as Building<GeneratorSource>;
    if (g.package !== undefined) generator.package = g.package;
    if (g.path !== undefined) generator.path = g.path;
    return generator;
  });
  return out;
}

/** Employment fields as written, or undefined. */
function employmentOf(e: OrganisationFile['employment']): Employment | undefined {
  if (!e) return undefined;
  const { address, salary } = e;
  const out: Building<Employment> = {};
  if (e.type !== undefined) out.type = e.type;
  if (e.location !== undefined) out.location = e.location;
  if (address) {
    const postal = {} as Building<PostalAddress>;
    if (address.street !== undefined) postal.street = address.street;
    if (address.locality !== undefined) postal.locality = address.locality;
    if (address.region !== undefined) postal.region = address.region;
    if (address.postalCode !== undefined) postal.postalCode = address.postalCode;
    postal.country = address.country;
    out.address = postal;
  }
  if (e.remote !== undefined) out.remote = e.remote;
  if (e.remoteCountries) out.remoteCountries = e.remoteCountries;
  if (e.datePosted !== undefined) out.datePosted = e.datePosted;
  if (e.validThrough !== undefined) out.validThrough = e.validThrough;
  if (salary) {
    const pay = { currency: salary.currency } as Building<Salary>;
    if (salary.value !== undefined) pay.value = salary.value;
    if (salary.min !== undefined) pay.min = salary.min;
    if (salary.max !== undefined) pay.max = salary.max;
    pay.unit = salary.unit;
    out.salary = pay;
  }
  return out;
}

type JobDescriptionsFile = NonNullable<NonNullable<OrganisationFile['documents']>['jobDescriptions']>;

function layoutSections(v: JobDescriptionsFile['internal']): LayoutSection[] | undefined {
  return v?.map((item) => {
    if (typeof item === 'string') return { section: item };
    const out: Building<LayoutSection> = { section: item.section };
    if (item.title !== undefined) out.title = item.title;
    return out;
  });
}

function documentsOf(d: OrganisationFile['documents']): DocumentsConfig | undefined {
  if (!d) return undefined;
  const jd = d.jobDescriptions;
  const out: Building<DocumentsConfig> = {};
  if (d.paperSize !== undefined) out.paperSize = d.paperSize;
  if (d.brandColour !== undefined) out.brandColour = d.brandColour;
  if (d.logo !== undefined) out.logo = d.logo;
  if (d.notes !== undefined) out.notes = d.notes;
  if (jd) {
    const layout: Building<NonNullable<DocumentsConfig['jobDescriptions']>> = {};
    const candidate = layoutSections(jd.candidate);
    if (candidate) layout.candidate = candidate;
    const internal = layoutSections(jd.internal);
    if (internal) layout.internal = internal;
    if (jd.titles) layout.titles = { ...jd.titles };
    out.jobDescriptions = layout;
  }
  return out;
}

function titleCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function normaliseRole(file: YamlFile, families: ReadonlyMap<string, Family>): Role {
  const r = file.value as RoleFile;
  const responsibilities: ResponsibilityGroup[] = [];
  let loose: string[] | undefined;
  for (const item of list(r.responsibilities)) {
    if (typeof item === 'string') {
      // Consecutive plain items form one untitled group, so the author's order survives.
      if (!loose) {
        loose = [];
        responsibilities.push({ items: loose });
      }
      loose.push(item);
    } else {
      loose = undefined;
      responsibilities.push({ title: item.group, items: item.items });
    }
  }
  const out = {
    at: file.lazyLocate([]),
    id: r.id,
    title: r.title,
    family: families.get(r.family) ?? { id: r.family, title: titleCase(r.family) },
  } as Building<Role>;
  if (r.seniority !== undefined) out.seniority = r.seniority;
  out.aliases = list(r.aliases);
  out.summary = r.summary;
  if (r.mission !== undefined) out.mission = r.mission;
  if (r.reportsTo !== undefined) out.reportsTo = r.reportsTo;
  out.partners = list(r.partners).map((p) => {
    const partner: Building<Partner> = { role: p.role };
    if (p.for !== undefined) partner.for = p.for;
    return partner;
  });
  out.responsibilities = responsibilities;
  out.decisionRights = list(r.decisionRights);
  out.accountabilities = list(r.accountabilities);
  out.deliverables = list(r.deliverables);
  out.kpis = list(r.kpis).map((k) => {
    if (typeof k === 'string') return { name: k };
    const kpi: Building<Kpi> = { name: k.name };
    if (k.target !== undefined) kpi.target = k.target;
    if (k.description !== undefined) kpi.description = k.description;
    return kpi;
  });
  out.processes = namedRefs(r.processes);
  out.standards = namedRefs(r.standards);
  out.templates = namedRefs(r.templates);
  out.antiGoals = list(r.antiGoals);
  out.qualifications = {
    required: list(r.qualifications?.required),
    preferred: list(r.qualifications?.preferred),
  };
  const employment = employmentOf(r.employment);
  if (employment) out.employment = employment;
  const { github, jira } = r;
  if (github) {
    const team = { team: github.team } as Building<NonNullable<Role['github']>>;
    if (github.parent !== undefined) team.parent = github.parent;
    team.maintainers = list(github.maintainers);
    out.github = team;
  }
  if (jira) {
    const access: Building<NonNullable<Role['jira']>> = {};
    if (jira.projectRole !== undefined) access.projectRole = jira.projectRole;
    if (jira.group !== undefined) access.group = jira.group;
    out.jira = access;
  }
  out.onboardingTasks = onboardingTasks(file, ['onboarding', 'tasks'], r.onboarding?.tasks);
  out.sources = sources(r.sources);
  out.links = links(r.links);
  return out;
}

export function normalisePeople(file: YamlFile): Person[] {
  // One position object per person (see LazyLocation.item).
  const list = file.lazyLocate(['people']);
  const at = (i: number) => (isLazyLocation(list) ? list.item(i) : file.lazyLocate(['people', i]));
  return (file.value as PeopleFile).people.map((p, i) => {
    const out = { at: at(i), id: p.id, name: p.name } as Building<Person>;
    if (p.email !== undefined) out.email = p.email;
    if (p.github !== undefined) out.github = p.github;
    if (p.jiraAccountId !== undefined) out.jiraAccountId = p.jiraAccountId;
    out.roles = p.roles;
    if (p.manager !== undefined) out.manager = p.manager;
    if (p.buddy !== undefined) out.buddy = p.buddy;
    if (p.startDate !== undefined) out.startDate = p.startDate;
    return out;
  });
}

export function normaliseActivities(file: YamlFile): ActivityGroup[] {
  return (file.value as ActivitiesFile).groups.map((g, gi) => {
    const activities: Activity[] = g.activities.map((a, ai) => {
      const out = {
        at: file.lazyLocate(['groups', gi, 'activities', ai]),
        id: a.id,
        title: a.title,
      } as Building<Activity>;
      if (a.description !== undefined) out.description = a.description;
      out.group = g.id;
      out.assignments = Object.entries(a.raci).map(([role, value]) => {
        if (typeof value === 'string') return { role, letter: value };
        const assignment: Building<Assignment> = { role, letter: value.letter };
        if (value.note !== undefined) assignment.note = value.note;
        return assignment;
      });
      out.others = a.others ?? {};
      return out;
    });
    const out = { at: file.lazyLocate(['groups', gi]), id: g.id, title: g.title } as Building<ActivityGroup>;
    if (g.kind !== undefined) out.kind = g.kind;
    if (g.description !== undefined) out.description = g.description;
    out.sources = sources(g.sources);
    out.activities = activities;
    return out;
  });
}

export function normaliseRepositories(file: YamlFile): Repository[] {
  return (file.value as CodeownersFile).repositories.map((r, ri) => {
    const out = { at: file.lazyLocate(['repositories', ri]), name: r.name } as Building<Repository>;
    if (r.description !== undefined) out.description = r.description;
    out.sections = list(r.sections).map((s) => {
      const section: Building<GitLabSection> = { name: s.name, optional: s.optional === true };
      if (s.approvals !== undefined) section.approvals = s.approvals;
      return section;
    });
    out.rules = r.rules.map((rule, i) => {
      const owned = {
        at: file.lazyLocate(['repositories', ri, 'rules', i]),
        pattern: rule.pattern,
        owners: rule.owners,
      } as Building<OwnershipRule>;
      if (rule.section !== undefined) owned.section = rule.section;
      if (rule.note !== undefined) owned.note = rule.note;
      return owned;
    });
    return out;
  });
}

/**
 * Expands bundle ids into permission keys. Unknown ids and cycles are left for checks.ts to report;
 * here they expand to nothing so that normalising never fails.
 */
export function expandPermissions(
  requested: readonly string[],
  bundles: ReadonlyMap<string, readonly string[]>,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string, stack: ReadonlySet<string>) => {
    const members = bundles.get(name);
    if (members) {
      if (stack.has(name)) return;
      const next = new Set(stack).add(name);
      for (const m of members) visit(m, next);
    } else if (/^[A-Z]/.test(name) && !seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  };
  for (const r of requested) visit(r, new Set());
  return out;
}

export function normaliseJira(file: YamlFile): JiraConfig {
  const j = file.value as JiraFile;
  const rawBundles = Object.entries(j.bundles ?? {});
  const bundleMembers = new Map(rawBundles.map(([id, b]) => [id, b.permissions]));
  const bundles: JiraBundle[] = rawBundles.map(([id, b]) => {
    const out: Building<JiraBundle> = { id } as Building<JiraBundle>;
    if (b.title !== undefined) out.title = b.title;
    out.permissions = expandPermissions(b.permissions, bundleMembers);
    return out;
  });
  return {
    at: file.lazyLocate([]),
    site: j.site.replace(/\/+$/, ''),
    bundles,
    projects: list(j.projects).map((p, i) => ({
      at: file.lazyLocate(['projects', i]),
      key: p.key,
      name: p.name,
      scheme: p.scheme,
      production: p.production === true,
    })),
    schemes: list(j.schemes).map((s, si) => {
      const out = { at: file.lazyLocate(['schemes', si]), id: s.id, name: s.name } as Building<JiraScheme>;
      if (s.description !== undefined) out.description = s.description;
      out.grants = s.grants.map((g, gi) => ({
        at: file.lazyLocate(['schemes', si, 'grants', gi]),
        role: g.role,
        requested: g.permissions,
        permissions: expandPermissions(g.permissions, bundleMembers),
      }));
      return out;
    }),
  };
}

export function normalisePolicies(file: YamlFile): Policy[] {
  return (file.value as PoliciesFile).policies.map((p, i): Policy => {
    const base = {
      at: file.lazyLocate(['policies', i]),
      id: p.id,
      statement: p.statement,
      sources: sources(p.sources),
    };
    switch (p.type) {
      case 'separation-of-duties':
        return {
          ...base,
          type: 'separation-of-duties',
          roles: list(p.roles),
          conflictsWith: list(p.conflictsWith),
          activities: list(p.activities),
          letters: p.letters ?? ['R', 'A'],
          jiraPermissions: list(p.jiraPermissions),
        };
      case 'two-person':
        return { ...base, type: 'two-person', activities: list(p.activities) };
      default:
        return { ...base, type: 'approval', activities: list(p.activities), approvers: list(p.approvers) };
    }
  });
}

export function normaliseOnboarding(file: YamlFile | undefined): OnboardingConfig {
  if (!file) return { labels: [], tasks: [] };
  const o = file.value as OnboardingFile;
  const out = {} as Building<OnboardingConfig>;
  if (o.repository !== undefined) out.repository = o.repository;
  if (o.accessOwner !== undefined) out.accessOwner = o.accessOwner;
  out.labels = list(o.labels);
  out.tasks = onboardingTasks(file, ['tasks'], o.tasks);
  return out;
}

export type { SourceLocation };
