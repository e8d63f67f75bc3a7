import type { Model } from '@rolekit/model';
import { modelFromYaml } from '@rolekit/testing';

// A small organisation that fills every field a job description shows, for tests that need
// exact control (the example organisation in model/ changes as it grows). Test-only: excluded
// from the build by tsconfig.build.json.

export const HOSTILE_SUMMARY = `Tests <script>alert("x")</script> & "quotes" and </script><b>bold</b>`;

export const FIXTURE: Record<string, string> = {
  'organisation.yaml': `
name: Acme & Sons
description: Makes anvils.
date: 2025-03-14
website: https://acme.example
families:
  - id: eng
    title: Engineering
  - id: quality
    title: Quality
raci:
  variant: RASCI
github:
  org: acme
employment:
  address:
    locality: Porto
    country: PT
`,
  'roles/eng-lead.yaml': `
id: eng-lead
title: Engineering Lead
family: eng
seniority: lead
summary: Leads the engineers.
responsibilities:
  - Run the team.
`,
  'roles/developer.yaml': `
id: developer
title: Developer
family: eng
summary: Writes the code.
`,
  'roles/tester.yaml': `
id: tester
title: Tester
family: quality
seniority: engineer
aliases: [QA, Quality Engineer]
summary: ${JSON.stringify(HOSTILE_SUMMARY)}
mission: Find bugs before customers do.
reportsTo: eng-lead
partners:
  - role: eng-lead
    for: test plans
  - role: developer
responsibilities:
  - Write test plans.
  - group: Automation
    items:
      - Automate regression suites.
      - Keep the suites fast.
decisionRights: [Block a release.]
accountabilities: [Escaped defects.]
deliverables: [Test reports]
kpis:
  - Flaky tests
  - name: Escaped defects
    target: fewer than 2 per release
    description: Counted per release.
processes: [Defect handling]
standards:
  - name: Test pyramid
    url: https://acme.example/pyramid
    note: Mostly unit tests.
templates: [Test plan]
antiGoals: [Testing only at the end.]
qualifications:
  required: [Test design]
  preferred: [Playwright]
employment:
  type: FULL_TIME
  location: Lisbon, Portugal
  address:
    street: Rua Augusta 1
    locality: Lisbon
    postalCode: 1100-048
    country: PT
  remote: true
  remoteCountries: [PT, ES]
  datePosted: 2025-03-01
  validThrough: 2025-04-30
  salary:
    currency: EUR
    min: 48000
    max: 60000
    unit: YEAR
github:
  team: testers
jira:
  projectRole: Testers
sources:
  - document: Handbook
    section: QA
    note: Merged from two pages.
links:
  - title: Wiki
    url: https://acme.example/wiki
`,
  'activities.yaml': `
groups:
  - id: release
    title: Release management
    activities:
      - id: sign-off
        title: Sign off a release
        raci:
          tester: A
          eng-lead: R
      - id: run-regression
        title: Run the regression suite
        raci:
          eng-lead: A
          tester:
            letter: R
            note: nightly
      - id: plan-sprint
        title: Plan the sprint
        raci:
          eng-lead: A
          developer: R
          tester: C
  - id: build
    title: Building
    activities:
      - id: review-code
        title: Review code
        raci:
          eng-lead: A
          developer: R
          tester: S
      - id: ship
        title: Ship a feature
        raci:
          eng-lead: A
          developer: R
          tester: I
`,
  'codeowners.yaml': `
repositories:
  - name: web
    rules:
      - pattern: /tests/
        owners: [tester]
`,
  'jira.yaml': `
site: https://acme.atlassian.net
bundles:
  browse:
    title: See projects
    permissions: [BROWSE_PROJECTS, VIEW_DEV_TOOLS]
projects:
  - key: WEB
    name: Web
    scheme: delivery
    production: true
schemes:
  - id: delivery
    name: Delivery
    grants:
      - role: tester
        permissions: [browse, RESOLVE_ISSUES]
`,
};

/** The fixture organisation, optionally with some files replaced or added. */
export function fixtureModel(overrides: Record<string, string> = {}): Model {
  return modelFromYaml({ ...FIXTURE, ...overrides });
}
