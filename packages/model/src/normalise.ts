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
  DocumentsConfig,
  Employment,
  Family,
  JiraBundle,
  JiraConfig,
  Kpi,
  LayoutSection,
  Letter,
  Link,
  NamedRef,
  OnboardingConfig,
  OnboardingTask,
  Organisation,
  Person,
  Policy,
  RaciVariant,
  Repository,
  ResponsibilityGroup,
  Role,
  Source,
} from './types.js';
import type { YamlFile } from './yaml-file.js';

// Each file's value passed its schema, so it has the type its schema gives it (schemas/files.ts).
type Path = Array<string | number>;

/** A fresh copy of an optional list: the model is frozen, the parsed file stays as it was. */
const list = <T>(v: readonly T[] | undefined): T[] => (v ? [...v] : []);

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

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
  return list(v).map((s) => ({
    document: s.document,
    ...optional('section', s.section),
    ...optional('note', s.note),
  }));
}

function links(v: RoleFile['links']): Link[] {
  return list(v).map((l) => ({ title: l.title, url: l.url }));
}

function namedRefs(v: RoleFile['processes']): NamedRef[] {
  return list(v).map((item) =>
    typeof item === 'string'
      ? { name: item }
      : { name: item.name, ...optional('url', item.url), ...optional('note', item.note) },
  );
}

export function onboardingTasks(file: YamlFile, base: Path, v: OnboardingFile['tasks']): OnboardingTask[] {
  return list(v).map((t, i) => ({
    at: file.lazyLocate([...base, i]),
    ...optional('id', t.id),
    title: t.title,
    phase: t.phase,
    owner: t.owner ?? 'new-hire',
    ...optional('description', t.description),
    links: links(t.links),
  }));
}

export function normaliseOrganisation(file: YamlFile): Organisation {
  const o = file.value as OrganisationFile;
  const variant = o.raci?.variant ?? 'RACI';
  return {
    at: file.lazyLocate([]),
    name: o.name,
    ...optional('description', o.description),
    date: o.date,
    ...optional('website', o.website),
    families: list(o.families).map((f) => ({
      id: f.id,
      title: f.title,
      ...optional('description', f.description),
    })),
    raci: { variant, letters: LETTERS_BY_VARIANT[variant] },
    ...optional('github', o.github ? { org: o.github.org } : undefined),
    ...optional('employment', employmentOf(o.employment)),
    ...optional('documents', documentsOf(o.documents)),
    generators: list(o.generators).map((g, i) => ({
      at: file.lazyLocate(['generators', i]),
      ...optional('package', g.package),
      ...optional('path', g.path),
    })),
  };
}

/** Employment fields as written, or undefined. */
function employmentOf(e: OrganisationFile['employment']): Employment | undefined {
  if (!e) return undefined;
  const { address, salary } = e;
  return {
    ...optional('type', e.type),
    ...optional('location', e.location),
    ...optional(
      'address',
      address
        ? {
            ...optional('street', address.street),
            ...optional('locality', address.locality),
            ...optional('region', address.region),
            ...optional('postalCode', address.postalCode),
            country: address.country,
          }
        : undefined,
    ),
    ...optional('remote', e.remote),
    ...optional('remoteCountries', e.remoteCountries ? [...e.remoteCountries] : undefined),
    ...optional('datePosted', e.datePosted),
    ...optional('validThrough', e.validThrough),
    ...optional(
      'salary',
      salary
        ? {
            currency: salary.currency,
            ...optional('value', salary.value),
            ...optional('min', salary.min),
            ...optional('max', salary.max),
            unit: salary.unit,
          }
        : undefined,
    ),
  };
}

type JobDescriptionsFile = NonNullable<NonNullable<OrganisationFile['documents']>['jobDescriptions']>;

function layoutSections(v: JobDescriptionsFile['internal']): LayoutSection[] | undefined {
  return v?.map((item) =>
    typeof item === 'string'
      ? { section: item }
      : { section: item.section, ...optional('title', item.title) },
  );
}

function documentsOf(d: OrganisationFile['documents']): DocumentsConfig | undefined {
  if (!d) return undefined;
  const jd = d.jobDescriptions;
  return {
    ...optional('paperSize', d.paperSize),
    ...optional('brandColour', d.brandColour),
    ...optional('logo', d.logo),
    ...optional('notes', d.notes),
    ...optional(
      'jobDescriptions',
      jd
        ? {
            ...optional('candidate', layoutSections(jd.candidate)),
            ...optional('internal', layoutSections(jd.internal)),
            ...optional('titles', jd.titles ? { ...jd.titles } : undefined),
          }
        : undefined,
    ),
  };
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
      responsibilities.push({ title: item.group, items: [...item.items] });
    }
  }
  const kpis: Kpi[] = list(r.kpis).map((k) =>
    typeof k === 'string'
      ? { name: k }
      : { name: k.name, ...optional('target', k.target), ...optional('description', k.description) },
  );
  const { github, jira } = r;
  return {
    at: file.lazyLocate([]),
    id: r.id,
    title: r.title,
    family: families.get(r.family) ?? { id: r.family, title: titleCase(r.family) },
    ...optional('seniority', r.seniority),
    aliases: list(r.aliases),
    summary: r.summary,
    ...optional('mission', r.mission),
    ...optional('reportsTo', r.reportsTo),
    partners: list(r.partners).map((p) => ({ role: p.role, ...optional('for', p.for) })),
    responsibilities,
    decisionRights: list(r.decisionRights),
    accountabilities: list(r.accountabilities),
    deliverables: list(r.deliverables),
    kpis,
    processes: namedRefs(r.processes),
    standards: namedRefs(r.standards),
    templates: namedRefs(r.templates),
    antiGoals: list(r.antiGoals),
    qualifications: {
      required: list(r.qualifications?.required),
      preferred: list(r.qualifications?.preferred),
    },
    ...optional('employment', employmentOf(r.employment)),
    ...optional(
      'github',
      github
        ? { team: github.team, ...optional('parent', github.parent), maintainers: list(github.maintainers) }
        : undefined,
    ),
    ...optional(
      'jira',
      jira ? { ...optional('projectRole', jira.projectRole), ...optional('group', jira.group) } : undefined,
    ),
    onboardingTasks: onboardingTasks(file, ['onboarding', 'tasks'], r.onboarding?.tasks),
    sources: sources(r.sources),
    links: links(r.links),
  };
}

export function normalisePeople(file: YamlFile): Person[] {
  return (file.value as PeopleFile).people.map((p, i) => ({
    at: file.lazyLocate(['people', i]),
    id: p.id,
    name: p.name,
    ...optional('email', p.email),
    ...optional('github', p.github),
    ...optional('jiraAccountId', p.jiraAccountId),
    roles: [...p.roles],
    ...optional('manager', p.manager),
    ...optional('buddy', p.buddy),
    ...optional('startDate', p.startDate),
  }));
}

export function normaliseActivities(file: YamlFile): ActivityGroup[] {
  return (file.value as ActivitiesFile).groups.map((g, gi) => {
    const activities: Activity[] = g.activities.map((a, ai) => ({
      at: file.lazyLocate(['groups', gi, 'activities', ai]),
      id: a.id,
      title: a.title,
      ...optional('description', a.description),
      group: g.id,
      assignments: Object.entries(a.raci).map(([role, value]) =>
        typeof value === 'string'
          ? { role, letter: value }
          : { role, letter: value.letter, ...optional('note', value.note) },
      ),
      others: Object.fromEntries(
        Object.entries(a.others ?? {}).map(([letter, names]) => [letter, [...names]]),
      ),
    }));
    return {
      at: file.lazyLocate(['groups', gi]),
      id: g.id,
      title: g.title,
      ...optional('kind', g.kind),
      ...optional('description', g.description),
      sources: sources(g.sources),
      activities,
    };
  });
}

export function normaliseRepositories(file: YamlFile): Repository[] {
  return (file.value as CodeownersFile).repositories.map((r, ri) => ({
    at: file.lazyLocate(['repositories', ri]),
    name: r.name,
    ...optional('description', r.description),
    sections: list(r.sections).map((s) => ({
      name: s.name,
      optional: s.optional === true,
      ...optional('approvals', s.approvals),
    })),
    rules: r.rules.map((rule, i) => ({
      at: file.lazyLocate(['repositories', ri, 'rules', i]),
      pattern: rule.pattern,
      owners: [...rule.owners],
      ...optional('section', rule.section),
      ...optional('note', rule.note),
    })),
  }));
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
  const bundles: JiraBundle[] = rawBundles.map(([id, b]) => ({
    id,
    ...optional('title', b.title),
    permissions: expandPermissions(b.permissions, bundleMembers),
  }));
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
    schemes: list(j.schemes).map((s, si) => ({
      at: file.lazyLocate(['schemes', si]),
      id: s.id,
      name: s.name,
      ...optional('description', s.description),
      grants: s.grants.map((g, gi) => ({
        at: file.lazyLocate(['schemes', si, 'grants', gi]),
        role: g.role,
        requested: [...g.permissions],
        permissions: expandPermissions(g.permissions, bundleMembers),
      })),
    })),
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
          letters: p.letters ? [...p.letters] : ['R', 'A'],
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
  return {
    ...optional('repository', o.repository),
    ...optional('accessOwner', o.accessOwner),
    labels: list(o.labels),
    tasks: onboardingTasks(file, ['tasks'], o.tasks),
  };
}

export type { SourceLocation };
