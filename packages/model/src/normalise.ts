// Turns schema-valid YAML values into the model's one shape per concept. No checks of meaning
// here (those live in checks.ts); unknown references are carried as written and reported there.
import type { SourceLocation } from './diagnostics.js';
import type {
  Activity,
  ActivityGroup,
  DocumentsConfig,
  Employment,
  Family,
  JiraBundle,
  JiraConfig,
  JobDescriptionSection,
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
  Salary,
  Source,
} from './types.js';
import type { YamlFile } from './yaml-file.js';

// Schema-validated input is plain JSON data; these aliases only make the code below readable.
type Obj = Record<string, unknown>;
type Path = Array<string | number>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

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

function sources(v: unknown): Source[] {
  return objs(v).map((s) => ({
    document: String(s['document']),
    ...optional('section', str(s['section'])),
    ...optional('note', str(s['note'])),
  }));
}

function links(v: unknown): Link[] {
  return objs(v).map((l) => ({ title: String(l['title']), url: String(l['url']) }));
}

function namedRefs(v: unknown): NamedRef[] {
  return (Array.isArray(v) ? v : []).map((item: unknown) =>
    typeof item === 'string'
      ? { name: item }
      : {
          name: String((item as Obj)['name']),
          ...optional('url', str((item as Obj)['url'])),
          ...optional('note', str((item as Obj)['note'])),
        },
  );
}

export function onboardingTasks(file: YamlFile, base: Path, v: unknown): OnboardingTask[] {
  return objs(v).map((t, i) => ({
    at: file.lazyLocate([...base, i]),
    ...optional('id', str(t['id'])),
    title: String(t['title']),
    phase: t['phase'] as OnboardingTask['phase'],
    owner: str(t['owner']) ?? 'new-hire',
    ...optional('description', str(t['description'])),
    links: links(t['links']),
  }));
}

export function normaliseOrganisation(file: YamlFile): Organisation {
  const o = file.value as Obj;
  const raci = (o['raci'] as Obj | undefined) ?? {};
  const variant = (str(raci['variant']) ?? 'RACI') as RaciVariant;
  const github = o['github'] as Obj | undefined;
  return {
    at: file.lazyLocate([]),
    name: String(o['name']),
    ...optional('description', str(o['description'])),
    date: String(o['date']),
    ...optional('website', str(o['website'])),
    families: objs(o['families']).map((f) => ({
      id: String(f['id']),
      title: String(f['title']),
      ...optional('description', str(f['description'])),
    })),
    raci: { variant, letters: LETTERS_BY_VARIANT[variant] },
    ...optional('github', github ? { org: String(github['org']) } : undefined),
    ...optional('employment', employmentOf(o['employment'])),
    ...optional('documents', documentsOf(o['documents'])),
  };
}

/** Employment fields as written (schema-valid), or undefined. */
function employmentOf(v: unknown): Employment | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const e = v as Obj;
  const address = e['address'] as Obj | undefined;
  const salary = e['salary'] as Obj | undefined;
  const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
  return {
    ...optional('type', str(e['type'])),
    ...optional('location', str(e['location'])),
    ...optional(
      'address',
      address
        ? {
            ...optional('street', str(address['street'])),
            ...optional('locality', str(address['locality'])),
            ...optional('region', str(address['region'])),
            ...optional('postalCode', str(address['postalCode'])),
            country: String(address['country']),
          }
        : undefined,
    ),
    ...optional('remote', typeof e['remote'] === 'boolean' ? e['remote'] : undefined),
    ...optional(
      'remoteCountries',
      Array.isArray(e['remoteCountries']) ? strs(e['remoteCountries']) : undefined,
    ),
    ...optional('datePosted', str(e['datePosted'])),
    ...optional('validThrough', str(e['validThrough'])),
    ...optional(
      'salary',
      salary
        ? {
            currency: String(salary['currency']),
            ...optional('value', num(salary['value'])),
            ...optional('min', num(salary['min'])),
            ...optional('max', num(salary['max'])),
            unit: salary['unit'] as Salary['unit'],
          }
        : undefined,
    ),
  };
}

function layoutSections(v: unknown): LayoutSection[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((item: unknown) =>
    typeof item === 'string'
      ? { section: item as JobDescriptionSection }
      : {
          section: (item as Obj)['section'] as JobDescriptionSection,
          ...optional('title', str((item as Obj)['title'])),
        },
  );
}

function documentsOf(v: unknown): DocumentsConfig | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const d = v as Obj;
  const jd = d['jobDescriptions'] as Obj | undefined;
  const titles = jd?.['titles'] as Record<string, string> | undefined;
  return {
    ...optional('paperSize', str(d['paperSize']) as DocumentsConfig['paperSize']),
    ...optional('brandColour', str(d['brandColour'])),
    ...optional('logo', str(d['logo'])),
    ...optional('notes', typeof d['notes'] === 'boolean' ? d['notes'] : undefined),
    ...optional(
      'jobDescriptions',
      jd
        ? {
            ...optional('candidate', layoutSections(jd['candidate'])),
            ...optional('internal', layoutSections(jd['internal'])),
            ...optional('titles', titles ? { ...titles } : undefined),
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
  const r = file.value as Obj;
  const familyId = String(r['family']);
  const responsibilities: ResponsibilityGroup[] = [];
  let loose: string[] | undefined;
  for (const item of Array.isArray(r['responsibilities']) ? (r['responsibilities'] as unknown[]) : []) {
    if (typeof item === 'string') {
      // Consecutive plain items form one untitled group, so the author's order survives.
      if (!loose) {
        loose = [];
        responsibilities.push({ items: loose });
      }
      loose.push(item);
    } else {
      loose = undefined;
      const g = item as Obj;
      responsibilities.push({ title: String(g['group']), items: strs(g['items']) });
    }
  }
  const kpis: Kpi[] = (Array.isArray(r['kpis']) ? (r['kpis'] as unknown[]) : []).map((k) =>
    typeof k === 'string'
      ? { name: k }
      : {
          name: String((k as Obj)['name']),
          ...optional('target', str((k as Obj)['target'])),
          ...optional('description', str((k as Obj)['description'])),
        },
  );
  const q = (r['qualifications'] as Obj | undefined) ?? {};
  const employment = r['employment'];
  const github = r['github'] as Obj | undefined;
  const jira = r['jira'] as Obj | undefined;
  const onboarding = (r['onboarding'] as Obj | undefined) ?? {};
  return {
    at: file.lazyLocate([]),
    id: String(r['id']),
    title: String(r['title']),
    family: families.get(familyId) ?? { id: familyId, title: titleCase(familyId) },
    ...optional('seniority', str(r['seniority']) as Role['seniority']),
    aliases: strs(r['aliases']),
    summary: String(r['summary']),
    ...optional('mission', str(r['mission'])),
    ...optional('reportsTo', str(r['reportsTo'])),
    partners: objs(r['partners']).map((p) => ({
      role: String(p['role']),
      ...optional('for', str(p['for'])),
    })),
    responsibilities,
    decisionRights: strs(r['decisionRights']),
    accountabilities: strs(r['accountabilities']),
    deliverables: strs(r['deliverables']),
    kpis,
    processes: namedRefs(r['processes']),
    standards: namedRefs(r['standards']),
    templates: namedRefs(r['templates']),
    antiGoals: strs(r['antiGoals']),
    qualifications: { required: strs(q['required']), preferred: strs(q['preferred']) },
    ...optional('employment', employmentOf(employment)),
    ...optional(
      'github',
      github
        ? {
            team: String(github['team']),
            ...optional('parent', str(github['parent'])),
            maintainers: strs(github['maintainers']),
          }
        : undefined,
    ),
    ...optional(
      'jira',
      jira
        ? { ...optional('projectRole', str(jira['projectRole'])), ...optional('group', str(jira['group'])) }
        : undefined,
    ),
    onboardingTasks: onboardingTasks(file, ['onboarding', 'tasks'], onboarding['tasks']),
    sources: sources(r['sources']),
    links: links(r['links']),
  };
}

export function normalisePeople(file: YamlFile): Person[] {
  return objs((file.value as Obj)['people']).map((p, i) => ({
    at: file.lazyLocate(['people', i]),
    id: String(p['id']),
    name: String(p['name']),
    ...optional('email', str(p['email'])),
    ...optional('github', str(p['github'])),
    ...optional('jiraAccountId', str(p['jiraAccountId'])),
    roles: strs(p['roles']),
    ...optional('manager', str(p['manager'])),
    ...optional('buddy', str(p['buddy'])),
    ...optional('startDate', str(p['startDate'])),
  }));
}

export function normaliseActivities(file: YamlFile): ActivityGroup[] {
  return objs((file.value as Obj)['groups']).map((g, gi) => {
    const groupId = String(g['id']);
    const activities: Activity[] = objs(g['activities']).map((a, ai) => {
      const raci = (a['raci'] as Obj | undefined) ?? {};
      const others = (a['others'] as Record<string, string[]> | undefined) ?? {};
      return {
        at: file.lazyLocate(['groups', gi, 'activities', ai]),
        id: String(a['id']),
        title: String(a['title']),
        ...optional('description', str(a['description'])),
        group: groupId,
        assignments: Object.entries(raci).map(([role, value]) =>
          typeof value === 'string'
            ? { role, letter: value as Letter }
            : {
                role,
                letter: (value as Obj)['letter'] as Letter,
                ...optional('note', str((value as Obj)['note'])),
              },
        ),
        others: Object.fromEntries(Object.entries(others).map(([letter, names]) => [letter, strs(names)])),
      };
    });
    return {
      at: file.lazyLocate(['groups', gi]),
      id: groupId,
      title: String(g['title']),
      ...optional('kind', str(g['kind']) as ActivityGroup['kind']),
      ...optional('description', str(g['description'])),
      sources: sources(g['sources']),
      activities,
    };
  });
}

export function normaliseRepositories(file: YamlFile): Repository[] {
  return objs((file.value as Obj)['repositories']).map((r, ri) => ({
    at: file.lazyLocate(['repositories', ri]),
    name: String(r['name']),
    ...optional('description', str(r['description'])),
    sections: objs(r['sections']).map((s) => ({
      name: String(s['name']),
      optional: s['optional'] === true,
      ...optional('approvals', typeof s['approvals'] === 'number' ? s['approvals'] : undefined),
    })),
    rules: objs(r['rules']).map((rule, i) => ({
      at: file.lazyLocate(['repositories', ri, 'rules', i]),
      pattern: String(rule['pattern']),
      owners: strs(rule['owners']),
      ...optional('section', str(rule['section'])),
      ...optional('note', str(rule['note'])),
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
  const j = file.value as Obj;
  const rawBundles = Object.entries((j['bundles'] as Record<string, Obj> | undefined) ?? {});
  const bundleMembers = new Map(rawBundles.map(([id, b]) => [id, strs(b['permissions'])]));
  const bundles: JiraBundle[] = rawBundles.map(([id, b]) => ({
    id,
    ...optional('title', str(b['title'])),
    permissions: expandPermissions(strs(b['permissions']), bundleMembers),
  }));
  return {
    at: file.lazyLocate([]),
    site: String(j['site']).replace(/\/+$/, ''),
    bundles,
    projects: objs(j['projects']).map((p, i) => ({
      at: file.lazyLocate(['projects', i]),
      key: String(p['key']),
      name: String(p['name']),
      scheme: String(p['scheme']),
      production: p['production'] === true,
    })),
    schemes: objs(j['schemes']).map((s, si) => ({
      at: file.lazyLocate(['schemes', si]),
      id: String(s['id']),
      name: String(s['name']),
      ...optional('description', str(s['description'])),
      grants: objs(s['grants']).map((g, gi) => ({
        at: file.lazyLocate(['schemes', si, 'grants', gi]),
        role: String(g['role']),
        requested: strs(g['permissions']),
        permissions: expandPermissions(strs(g['permissions']), bundleMembers),
      })),
    })),
  };
}

export function normalisePolicies(file: YamlFile): Policy[] {
  return objs((file.value as Obj)['policies']).map((p, i): Policy => {
    const base = {
      at: file.lazyLocate(['policies', i]),
      id: String(p['id']),
      statement: String(p['statement']),
      sources: sources(p['sources']),
    };
    switch (p['type']) {
      case 'separation-of-duties':
        return {
          ...base,
          type: 'separation-of-duties',
          roles: strs(p['roles']),
          conflictsWith: strs(p['conflictsWith']),
          activities: strs(p['activities']),
          letters: p['letters'] ? (strs(p['letters']) as Letter[]) : ['R', 'A'],
          jiraPermissions: strs(p['jiraPermissions']),
        };
      case 'two-person':
        return { ...base, type: 'two-person', activities: strs(p['activities']) };
      default:
        return {
          ...base,
          type: 'approval',
          activities: strs(p['activities']),
          approvers: strs(p['approvers']),
        };
    }
  });
}

export function normaliseOnboarding(file: YamlFile | undefined): OnboardingConfig {
  if (!file) return { labels: [], tasks: [] };
  const o = file.value as Obj;
  return {
    ...optional('repository', str(o['repository'])),
    ...optional('accessOwner', str(o['accessOwner'])),
    labels: strs(o['labels']),
    tasks: onboardingTasks(file, ['tasks'], o['tasks']),
  };
}

export type { SourceLocation };
