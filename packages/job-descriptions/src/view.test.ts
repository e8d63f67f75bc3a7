import { readFileSync } from 'node:fs';
import { exampleModel } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from './fixture.js';
import { FORMATS } from './options.js';
import { buildIndexView, buildRoleView, missingForGoogle, type RoleView, type ViewOptions } from './view.js';

const options: ViewOptions = {
  date: new Date('2025-03-14T00:00:00Z'),
  lang: 'en',
  formats: new Set(FORMATS),
};

describe('buildRoleView', () => {
  it('fills every field of the fixture role', () => {
    const model = fixtureModel();
    const view = buildRoleView(model, model.role('tester')!, options);
    expect(view.family).toEqual({ id: 'quality', title: 'Quality', description: null });
    expect(view.seniority).toEqual({ id: 'engineer', label: 'Engineer' });
    expect(view.responsibilities).toEqual([
      { title: null, items: ['Write test plans.'] },
      { title: 'Automation', items: ['Automate regression suites.', 'Keep the suites fast.'] },
    ]);
    expect(view.kpis).toEqual([
      { name: 'Flaky tests', target: null, description: null },
      { name: 'Escaped defects', target: 'fewer than 2 per release', description: 'Counted per release.' },
    ]);
    expect(view.partners).toEqual([
      { id: 'eng-lead', title: 'Engineering Lead', seniority: 'Lead', for: 'test plans' },
      { id: 'developer', title: 'Developer', seniority: null, for: null },
    ]);
    expect(view.reportsTo).toEqual({ id: 'eng-lead', title: 'Engineering Lead', seniority: 'Lead' });
    expect(view.accountableFor.map((a) => [a.title, a.group])).toEqual([
      ['Sign off a release', 'Release management'],
    ]);
    expect(view.responsibleFor).toEqual([
      {
        id: 'run-regression',
        title: 'Run the regression suite',
        description: null,
        group: 'Release management',
        groupId: 'release',
        note: 'nightly',
      },
    ]);
    expect(view.consultedOn.map((a) => a.title)).toEqual(['Plan the sprint']);
    expect(view.informedOf.map((a) => a.title)).toEqual(['Ship a feature']);
    expect(view.supports.map((a) => a.title)).toEqual(['Review code']);
    expect(view.verifies).toEqual([]);
    expect(view.activityCount).toBe(5);
    expect(view.ownedPaths).toEqual([{ repository: 'web', pattern: '/tests/', section: null, note: null }]);
    expect(view.access).toEqual({
      github: {
        org: 'acme',
        team: 'testers',
        handle: '@acme/testers',
        url: 'https://github.com/orgs/acme/teams/testers',
      },
      jira: {
        site: 'https://acme.atlassian.net',
        holder: { kind: 'project role', name: 'Testers' },
        grants: [
          {
            scheme: 'Delivery',
            projects: [{ key: 'WEB', name: 'Web', production: true }],
            requested: ['See projects', 'Resolve issues'],
            permissions: ['BROWSE_PROJECTS', 'VIEW_DEV_TOOLS', 'RESOLVE_ISSUES'],
          },
        ],
      },
    });
    expect(view.employment).toEqual({
      type: 'FULL_TIME',
      typeLabel: 'Full time',
      location: 'Lisbon, Portugal',
      address: {
        street: 'Rua Augusta 1',
        locality: 'Lisbon',
        region: null,
        postalCode: '1100-048',
        country: 'PT',
      },
      remote: true,
      remoteCountries: ['PT', 'ES'],
      datePosted: '2025-03-01',
      validThrough: '2025-04-30',
      salary: {
        currency: 'EUR',
        value: null,
        min: 48000,
        max: 60000,
        unit: 'YEAR',
        text: 'EUR 48,000–60,000 a year',
      },
    });
    expect(view.date).toBe('2025-03-14');
  });

  it('gives null and [] for everything a bare role leaves out, so strict templates never miss a field', () => {
    const model = fixtureModel();
    const bare = buildRoleView(model, model.role('developer')!, options);
    const full = buildRoleView(model, model.role('tester')!, options);
    expect(Object.keys(bare).sort()).toEqual(Object.keys(full).sort());
    expect(bare).toMatchObject({
      seniority: null,
      mission: null,
      aliases: [],
      responsibilities: [],
      kpis: [],
      partners: [],
      reportsTo: null,
      qualifications: { required: [], preferred: [] },
      accountableFor: [],
      ownedPaths: [],
      access: null,
      sources: [],
    });
    expect(bare.responsibleFor.map((a) => a.title)).toEqual([
      'Plan the sprint',
      'Review code',
      'Ship a feature',
    ]);
    for (const [key, value] of Object.entries(bare)) expect(value, key).not.toBeUndefined();
  });

  it('builds a schema.org JobPosting from the model', () => {
    const model = fixtureModel();
    const posting = buildRoleView(model, model.role('tester')!, options).jobPosting;
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Tester',
      datePosted: '2025-03-01',
      validThrough: '2025-04-30',
      hiringOrganization: { '@type': 'Organization', name: 'Acme & Sons', url: 'https://acme.example' },
      employmentType: 'FULL_TIME',
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Rua Augusta 1',
          addressLocality: 'Lisbon',
          postalCode: '1100-048',
          addressCountry: 'PT',
        },
      },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [
        { '@type': 'Country', name: 'PT' },
        { '@type': 'Country', name: 'ES' },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 48000, maxValue: 60000, unitText: 'YEAR' },
      },
      responsibilities: 'Write test plans.\nAutomate regression suites.\nKeep the suites fast.',
      qualifications: 'Test design',
      skills: 'Playwright',
    });
    expect(missingForGoogle(posting)).toEqual([]);
    // A role that says nothing of its employment takes the organisation's defaults.
    const bare = buildRoleView(model, model.role('developer')!, options).jobPosting;
    expect(Object.keys(bare)).not.toContain('employmentType');
    expect(Object.keys(bare)).not.toContain('baseSalary');
    expect(bare['datePosted']).toBe('2025-03-14');
    expect(bare['jobLocation']).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Porto', addressCountry: 'PT' },
    });
    expect(missingForGoogle(bare)).toEqual([]);
    // Without a workplace, or remote without where applicants may live, Google has not enough.
    expect(missingForGoogle({ ...bare, jobLocation: undefined })).toEqual(['jobLocation']);
    expect(missingForGoogle({ ...bare, jobLocation: undefined, jobLocationType: 'TELECOMMUTE' })).toEqual([
      'applicantLocationRequirements',
    ]);
  });

  it('links only the formats being written', () => {
    const model = fixtureModel();
    const view = buildRoleView(model, model.role('tester')!, {
      ...options,
      formats: new Set(['md', 'html'] as const),
    });
    expect(view.files).toEqual({ md: 'tester.md', html: 'tester.html', pdf: null });
  });

  it("derives the example organisation's RACI sections and resolves partners to titles", async () => {
    const model = await exampleModel();
    const view = buildRoleView(model, model.role('product-owner')!, options);
    expect(view.accountableFor.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Backlog & Grooming', 'Translate tasks into user stories with story points']),
    );
    expect(view.responsibleFor.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Planning & Estimation', 'Release planning', 'Go/No-Go decision']),
    );
    // Every list is exactly what the model's lookup gives, in model order.
    const letters = { accountableFor: 'A', responsibleFor: 'R', consultedOn: 'C', informedOf: 'I' } as const;
    for (const [field, letter] of Object.entries(letters)) {
      expect(view[field as keyof typeof letters].map((a) => a.id)).toEqual(
        model
          .assignmentsOf('product-owner')
          .filter((a) => a.letter === letter)
          .map((a) => a.activity.id),
      );
    }
    for (const partner of view.partners) expect(partner.title).toBe(model.role(partner.id)!.title);
    expect(view.partners.length).toBe(model.role('product-owner')!.partners.length);
  });
});

describe('buildIndexView', () => {
  it('groups roles by family in organisation order, by seniority within a family', async () => {
    const model = await exampleModel();
    const index = buildIndexView(model, options);
    expect(index.families.map((f) => f.id)).toEqual(
      model.organisation.families
        .map((f) => f.id)
        .filter((id) => model.roles.some((r) => r.family.id === id)),
    );
    expect(index.families.flatMap((f) => f.roles).length).toBe(model.roles.length);
    const quality = index.families.find((f) => f.id === 'quality')!;
    expect(quality.roles.map((r) => r.id)).toEqual(['qa-engineer', 'qa-lead']);
  });
});

describe('docs/job-descriptions.md', () => {
  /** Every field path of a view, `partners[].title` for the fields of list items. */
  const paths = (value: unknown, prefix: string): string[] => {
    if (prefix === 'jobPosting') return []; // schema.org's vocabulary, documented by link
    if (Array.isArray(value))
      return typeof value[0] === 'object' && value[0] !== null ? paths(value[0], `${prefix}[]`) : [];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, v]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...paths(v, path)];
    });
  };
  // The other RACI lists have the shape of accountableFor, documented once.
  const sameAsAccountableFor = /^(responsibleFor|consultedOn|informedOf|supports|verifies)\[\]/;

  it('documents every field of the role and index view models', async () => {
    const docs = readFileSync(new URL('../../../docs/job-descriptions.md', import.meta.url), 'utf8');
    const model = fixtureModel();
    const role: RoleView = buildRoleView(model, model.role('tester')!, options);
    const index = buildIndexView(await exampleModel(), options);
    const fields = [...paths(role, ''), ...paths(index, '').map((p) => `index: ${p}`)];
    const undocumented = fields
      .filter((p) => !sameAsAccountableFor.test(p))
      .filter((p) => !docs.includes(`\`${p.replace(/^index: /, '')}\``));
    expect(undocumented).toEqual([]);
  });
});
