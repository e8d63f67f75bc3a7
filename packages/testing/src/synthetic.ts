import { stringify } from 'yaml';

export interface SyntheticSize {
  roles: number;
  people: number;
  repos: number;
  activities: number;
  /** More people than this go across people/<family>.yaml (default PEOPLE_PER_FILE). */
  peoplePerFile?: number;
}

/** A small deterministic PRNG (mulberry32), so the same size always gives the same organisation. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILIES = [
  'engineering',
  'quality',
  'operations',
  'product',
  'delivery',
  'security',
  'support',
  'data',
  'design',
  'leadership',
];
const VERBS = [
  'Owns',
  'Reviews',
  'Plans',
  'Coordinates',
  'Maintains',
  'Documents',
  'Improves',
  'Monitors',
  'Approves',
  'Tests',
];
const OBJECTS = [
  'the release train',
  'service level objectives',
  'the deployment pipeline',
  'incident reviews',
  'the test strategy',
  'access requests',
  'the architecture roadmap',
  'customer escalations',
  'the backlog',
  'the runbooks',
];
const PHASES = ['before-day-1', 'day-1', 'week-1', 'day-30', 'day-60', 'day-90'] as const;
const PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'ASSIGN_ISSUES',
  'ADD_COMMENTS',
  'RESOLVE_ISSUES',
  'LINK_ISSUES',
];

/** Up to this many people go in one people.yaml (5 MB); more are split across people/<family>.yaml. */
export const PEOPLE_PER_FILE = 20_000;

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

/**
 * A valid model of any size, as YAML texts by path: roles with every field filled, people holding
 * one or two roles, activity groups with one A and one or two R each, repositories with ownership
 * rules, Jira schemes and a separation-of-duties policy. Used by benchmarks and scale tests. More
 * than PEOPLE_PER_FILE people are written across people/<family>.yaml.
 */
export function syntheticOrganisation(size: SyntheticSize, seed = 42): Map<string, string> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const files = new Map<string, string>();
  const schema = (kind: string, depth: number) =>
    `# yaml-language-server: $schema=${'../'.repeat(depth)}packages/model/schema/${kind}.schema.json\n`;
  const roleIds = Array.from({ length: size.roles }, (_, i) => `role-${pad(i)}`);

  files.set(
    'organisation.yaml',
    schema('organisation', 1) +
      stringify({
        name: `Synthetic Org ${size.roles}`,
        date: '2026-11-01',
        families: FAMILIES.map((id) => ({ id, title: id.charAt(0).toUpperCase() + id.slice(1) })),
        raci: { variant: 'RACI' },
        github: { org: 'synthetic-org' },
      }),
  );

  roleIds.forEach((id, i) => {
    const partners = [1, 7, 13]
      .map((k) => ({ role: roleIds[(i + k) % roleIds.length]!, for: pick(OBJECTS) }))
      .filter((p) => p.role !== id);
    files.set(
      `roles/${id}.yaml`,
      schema('role', 2) +
        stringify({
          id,
          title: `Role ${pad(i)} ${pick(['Engineer', 'Lead', 'Manager', 'Analyst', 'Specialist'])}`,
          family: FAMILIES[i % FAMILIES.length],
          seniority: pick(['engineer', 'senior', 'lead', 'manager']),
          summary: `Role ${i} keeps ${pick(OBJECTS)} healthy and works with ${partners.length} partner roles.`,
          mission: `Make ${pick(OBJECTS)} boring and reliable.`,
          ...(i > 0 ? { reportsTo: roleIds[Math.floor((i - 1) / 10)] } : {}),
          partners,
          responsibilities: [
            { group: 'Delivery', items: Array.from({ length: 5 }, () => `${pick(VERBS)} ${pick(OBJECTS)}.`) },
            { group: 'Quality', items: Array.from({ length: 4 }, () => `${pick(VERBS)} ${pick(OBJECTS)}.`) },
          ],
          decisionRights: [`Go/no-go for ${pick(OBJECTS)}`],
          accountabilities: [`Outcome of ${pick(OBJECTS)}`],
          deliverables: ['Runbook', 'Quarterly report'],
          kpis: [{ name: 'Change failure rate', target: '< 15%' }, 'MTTR'],
          processes: ['Incident management', { name: 'Release process', url: 'https://example.com/release' }],
          standards: ['Documentation standard'],
          templates: ['Runbook template'],
          antiGoals: ['Hero mode'],
          qualifications: { required: ['Three years in a similar role'], preferred: ['On-call experience'] },
          github: { team: `team-${pad(i)}` },
          jira: i % 2 === 0 ? { group: `jira-${id}` } : { projectRole: `Role ${pad(i)}` },
          onboarding: {
            tasks: [{ title: `Shadow a ${pick(OBJECTS)} session`, phase: pick(PHASES), owner: 'buddy' }],
          },
        }),
    );
  });

  const people = Array.from({ length: size.people }, (_, i) => {
    const first = roleIds[i % roleIds.length]!;
    const second = roleIds[(i * 7 + 3) % roleIds.length]!;
    const roles = i % 5 === 0 && second !== first ? [first, second] : [first];
    return {
      id: `person-${pad(i, 6)}`,
      name: `Person ${i}`,
      email: `person-${i}@example.com`,
      github: `person-${i}-example`,
      jiraAccountId: `712020:${pad(i, 8)}`,
      roles,
      ...(i > 0 ? { manager: `person-${pad(Math.floor((i - 1) / 8), 6)}` } : {}),
      ...(i > 1 ? { buddy: `person-${pad(i - 1, 6)}` } : {}),
      ...(i % 500 === 0 ? { startDate: '2026-12-01' } : {}),
    };
  });
  if (people.length <= (size.peoplePerFile ?? PEOPLE_PER_FILE))
    files.set('people.yaml', schema('people', 1) + stringify({ people }));
  else {
    // As a large organisation keeps them: one file per department (the family of a person's first
    // role), each well within the 16 MiB a model file may hold.
    const byFamily = new Map<string, typeof people>();
    people.forEach((person, i) => {
      const family = FAMILIES[(i % roleIds.length) % FAMILIES.length]!;
      const members = byFamily.get(family);
      if (members) members.push(person);
      else byFamily.set(family, [person]);
    });
    for (const [family, members] of byFamily)
      files.set(`people/${family}.yaml`, schema('people', 2) + stringify({ people: members }));
  }

  // Activity a gives R to three roles and A to a fourth, walking through the roles in order, so
  // 500 activities give every one of 2,000 roles an R or an A (as a real organisation would, and
  // RK024 expects); C and I go to roles further along.
  const groups: Array<{ id: string; title: string; kind: string; activities: unknown[] }> = [];
  const n = roleIds.length;
  for (let a = 0; a < size.activities; a++) {
    if (a % 10 === 0)
      groups.push({
        id: `group-${pad(a / 10)}`,
        title: `Process ${a / 10}`,
        kind: 'process',
        activities: [],
      });
    const raci: Record<string, string> = {};
    raci[roleIds[(a * 4 + 3) % n]!] = 'A';
    for (const k of [0, 1, 2]) raci[roleIds[(a * 4 + k) % n]!] ??= 'R';
    raci[roleIds[(a * 4 + 5) % n]!] ??= 'C';
    raci[roleIds[(a * 4 + 9) % n]!] ??= 'I';
    if (!Object.values(raci).includes('R')) raci[roleIds[(a * 4 + 11) % n]!] = 'R';
    groups
      .at(-1)!
      .activities.push({ id: `activity-${pad(a)}`, title: `${pick(VERBS)} ${pick(OBJECTS)} (${a})`, raci });
  }
  files.set('activities.yaml', schema('activities', 1) + stringify({ groups }));

  const repositories = Array.from({ length: size.repos }, (_, r) => ({
    name: `repo-${pad(r)}`,
    rules: [
      { pattern: '*', owners: [roleIds[r % roleIds.length]] },
      { pattern: '/src/', owners: [roleIds[(r + 1) % roleIds.length]] },
      { pattern: '/docs/', owners: [roleIds[(r + 2) % roleIds.length]] },
      { pattern: '*.tf', owners: [roleIds[(r + 3) % roleIds.length]] },
      {
        pattern: '/.github/workflows/',
        owners: [roleIds[(r + 4) % roleIds.length], roleIds[(r + 5) % roleIds.length]],
      },
    ],
  }));
  files.set('codeowners.yaml', schema('codeowners', 1) + stringify({ repositories }));

  const schemes = Array.from({ length: 5 }, (_, s) => ({
    id: `scheme-${s}`,
    name: `Synthetic scheme ${s}`,
    grants: roleIds
      .filter((_, i) => i % 5 === s)
      .slice(0, 100)
      .map((role) => ({ role, permissions: ['browse', pick(PERMISSIONS)] })),
  }));
  files.set(
    'jira.yaml',
    schema('jira', 1) +
      stringify({
        site: 'https://synthetic.atlassian.net',
        bundles: { browse: { permissions: ['BROWSE_PROJECTS'] } },
        projects: Array.from({ length: 20 }, (_, p) => ({
          key: `P${pad(p, 2)}`,
          name: `Project ${p}`,
          scheme: `scheme-${p % 5}`,
        })),
        schemes,
      }),
  );
  files.set(
    'policies.yaml',
    schema('policies', 1) +
      stringify({
        policies: [
          {
            id: 'no-self-approval',
            type: 'separation-of-duties',
            statement: 'Role 0 may not hold role 1.',
            roles: [roleIds[0]],
            conflictsWith: roleIds.length > 1 ? [roleIds[1]] : [],
          },
        ],
      }),
  );
  files.set(
    'onboarding.yaml',
    schema('onboarding', 1) +
      stringify({
        repository: 'onboarding',
        labels: ['onboarding'],
        tasks: PHASES.map((phase) => ({ title: `Common task for ${phase}`, phase, owner: 'manager' })),
      }),
  );
  return files;
}
