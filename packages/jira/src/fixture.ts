// Shared by the package's tests (not part of the build): a small organisation written as YAML, and
// seeding the Jira stand-in with the project roles, groups and projects a model names.
import type { Model } from '@rolekit/model';
import { type JiraStandIn, type JiraState, modelFromYaml } from '@rolekit/testing';
import { holderOf } from './view.js';

const role = (id: string, title: string, jira: string) => `id: ${id}
title: ${title}
family: engineering
summary: ${title} of the fixture organisation.
jira:
  ${jira}
`;

/**
 * Five roles, two schemes (delivery; production, used by the production project OPS), a two-person
 * policy and a separation-of-duties policy that the model keeps.
 */
export const FIXTURE: Readonly<Record<string, string>> = {
  'organisation.yaml': `name: Fixture Co
date: 2026-03-01
families:
  - id: engineering
    title: Engineering
`,
  'roles/developer.yaml': role('developer', 'Developer', 'projectRole: Developers'),
  'roles/qa.yaml': role('qa', 'QA Engineer', 'group: jira-qa'),
  'roles/lead.yaml': role('lead', 'Engineering Lead', 'projectRole: Leads'),
  'roles/ops.yaml': role('ops', 'Operator', 'projectRole: Operators'),
  'roles/auditor.yaml': role('auditor', 'Auditor', 'group: auditors'),
  'people.yaml': `people:
  - { id: alice, name: Alice, roles: [ops] }
  - { id: bob, name: Bob, roles: [lead] }
  - { id: carol, name: Carol, roles: [developer] }
  - { id: dan, name: Dan, roles: [qa] }
  - { id: erin, name: Erin, roles: [auditor] }
`,
  'activities.yaml': `groups:
  - id: work
    title: Work
    activities:
      - id: change-production
        title: Change production
        raci: { ops: R, lead: A, developer: I }
      - id: build
        title: Build the product
        raci: { developer: R, lead: A, qa: C }
      - id: test
        title: Test the product
        raci: { qa: R, lead: A }
      - id: audit
        title: Audit access
        raci: { auditor: R, lead: A }
`,
  'jira.yaml': `site: https://fixture.atlassian.net
bundles:
  browse:
    title: Look around
    permissions: [BROWSE_PROJECTS, VIEW_DEV_TOOLS]
  work:
    title: Work on issues
    permissions: [browse, CREATE_ISSUES, EDIT_ISSUES, TRANSITION_ISSUES, ADD_COMMENTS]
projects:
  - { key: APP, name: App, scheme: delivery }
  - { key: WEB, name: Web, scheme: delivery }
  - { key: OPS, name: Operations, scheme: production, production: true }
schemes:
  - id: delivery
    name: Fixture delivery
    description: Where the product is built.
    grants:
      - { role: developer, permissions: [work] }
      - { role: qa, permissions: [work, RESOLVE_ISSUES] }
      - { role: lead, permissions: [work, ADMINISTER_PROJECTS] }
  - id: production
    name: Fixture production
    grants:
      - { role: ops, permissions: [work, RESOLVE_ISSUES, CLOSE_ISSUES] }
      - { role: lead, permissions: [browse, ADD_COMMENTS] }
      - { role: developer, permissions: [browse] }
      - { role: auditor, permissions: [BROWSE_PROJECTS] }
`,
  'policies.yaml': `policies:
  - id: two-people-in-production
    type: two-person
    statement: Production changes need two people.
    activities: [change-production]
  - id: no-developer-in-production
    type: separation-of-duties
    statement: Developers do not change production.
    roles: [developer]
    activities: [change-production]
    jiraPermissions: [TRANSITION_ISSUES, RESOLVE_ISSUES, CLOSE_ISSUES]
`,
};

/** The fixture organisation, with some files replaced. */
export function fixtureModel(replace: Record<string, string> = {}): Model {
  return modelFromYaml({ ...FIXTURE, ...replace });
}

/** Creates on the stand-in every project role, group and project the model names, as an admin would. */
export function seedSite(state: JiraState, model: Model): void {
  for (const r of model.roles) {
    const h = holderOf(r);
    if (h?.type === 'projectRole' && !state.role(h.name)) state.addProjectRole(h.name);
    if (h?.type === 'group' && !state.group(h.name)) state.addGroup(h.name);
  }
  for (const p of model.jira?.projects ?? []) if (!state.project(p.key)) state.addProject(p.key, p.name);
}

export function connectionTo(jira: JiraStandIn): { baseUrl: string; email: string; apiToken: string } {
  return { baseUrl: jira.url, email: jira.credentials.email, apiToken: jira.credentials.apiToken };
}

/** Write requests the stand-in received, as `METHOD path`. */
export function writes(jira: JiraStandIn): string[] {
  return jira.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path}`);
}
