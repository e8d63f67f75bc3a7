// Shared by the package's tests (not part of the build): a small organisation with GitHub teams and
// Jira project roles, and helpers that seed the stand-ins the way an organisation would look.
import { createGitHubClient, type GitHubClient } from '@rolekit/github';
import { JiraApi } from '@rolekit/jira';
import type { Model } from '@rolekit/model';
import { type GitHubStandIn, type JiraStandIn, modelFromYaml } from '@rolekit/testing';

const role = (id: string, title: string, extra: string) => `id: ${id}
title: ${title}
family: engineering
summary: ${title} of the fixture organisation.
${extra}`;

/**
 * Four roles. GitHub: developers (maintained by the lead, under engineering), ops, leads. Jira:
 * Developers, Operators and Leads project roles in APP and OPS; OPS is production. Policies: a
 * production change needs two people (ops does, lead approves), and developers never hold ops.
 */
export const ACCESS_FIXTURE: Readonly<Record<string, string>> = {
  'organisation.yaml': `name: Fixture Co
date: 2026-03-01
families:
  - id: engineering
    title: Engineering
github:
  org: fixture
`,
  'roles/developer.yaml': role(
    'developer',
    'Developer',
    'reportsTo: lead\ngithub:\n  team: developers\n  parent: engineering\n  maintainers: [lead]\njira:\n  projectRole: Developers\n',
  ),
  'roles/ops.yaml': role(
    'ops',
    'Operator',
    'reportsTo: lead\ngithub:\n  team: ops\njira:\n  projectRole: Operators\n',
  ),
  'roles/lead.yaml': role(
    'lead',
    'Engineering Lead',
    'github:\n  team: leads\njira:\n  projectRole: Leads\n',
  ),
  'roles/intern.yaml': role('intern', 'Intern', 'reportsTo: lead\n'),
  'people.yaml': `people:
  - { id: alice, name: Alice, github: alice-gh, jiraAccountId: acc-alice, roles: [ops] }
  - { id: bob, name: Bob, github: bob-gh, jiraAccountId: acc-bob, roles: [lead] }
  - { id: carol, name: Carol, github: carol-gh, jiraAccountId: acc-carol, roles: [developer] }
  - { id: dave, name: Dave, github: dave-gh, jiraAccountId: acc-dave, roles: [developer] }
  - { id: erin, name: Erin, roles: [developer] }
  - { id: finn, name: Finn, github: finn-gh, jiraAccountId: acc-finn, roles: [intern] }
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
        raci: { developer: R, lead: A }
`,
  'jira.yaml': `site: https://fixture.atlassian.net
bundles:
  work:
    title: Work on issues
    permissions: [BROWSE_PROJECTS, CREATE_ISSUES, EDIT_ISSUES, TRANSITION_ISSUES]
projects:
  - { key: APP, name: App, scheme: delivery }
  - { key: OPS, name: Operations, scheme: production, production: true }
schemes:
  - id: delivery
    name: Fixture delivery
    grants:
      - { role: developer, permissions: [work] }
      - { role: lead, permissions: [work, ADMINISTER_PROJECTS] }
  - id: production
    name: Fixture production
    grants:
      - { role: ops, permissions: [work, RESOLVE_ISSUES] }
      - { role: lead, permissions: [BROWSE_PROJECTS, ADMINISTER_PROJECTS] }
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
    jiraPermissions: [TRANSITION_ISSUES, RESOLVE_ISSUES]
    conflictsWith: [ops]
`,
};

export function accessFixture(replace: Record<string, string> = {}): Model {
  return modelFromYaml({ ...ACCESS_FIXTURE, ...replace });
}

/** The organisation on GitHub: everyone a member; teams engineering and developers (carol only, plus mallory). */
export function seedGitHub(standIn: GitHubStandIn): void {
  const { state } = standIn;
  state.addOrg('fixture');
  for (const login of ['alice-gh', 'bob-gh', 'carol-gh', 'dave-gh', 'finn-gh', 'mallory-gh'])
    state.addOrgMember('fixture', login);
  state.addOrgMember('fixture', standIn.state.account('rolekit-bot')?.login ?? 'rolekit-bot', 'admin');
  state.addTeam('fixture', 'engineering');
  state.addTeam('fixture', 'developers', { parent: 'engineering', members: ['carol-gh', 'mallory-gh'] });
  state.addTeam('fixture', 'ops', { members: ['alice-gh'] });
}

export function clientFor(standIn: GitHubStandIn): GitHubClient {
  return createGitHubClient({
    token: standIn.token,
    baseUrl: standIn.url,
    retryBaseMs: 1,
    writeIntervalMs: 0,
    retries: 2,
  });
}

/** The Jira site: projects, the three project roles, every account; Developers in APP holds carol and a group. */
export function seedJira(jira: JiraStandIn): void {
  const { state } = jira;
  state.addProject('APP', 'App');
  state.addProject('OPS', 'Operations');
  for (const name of ['Developers', 'Operators', 'Leads']) state.addProjectRole(name);
  for (const id of ['acc-alice', 'acc-bob', 'acc-carol', 'acc-dave', 'acc-finn', 'acc-mallory'])
    state.addUser(id, id.slice(4));
  state.addRoleActors('APP', 'Developers', { users: ['acc-carol', 'acc-mallory'], groups: ['contractors'] });
  state.addGroupMember('contractors', 'acc-mallory');
}

export function jiraApiFor(jira: JiraStandIn): JiraApi {
  return new JiraApi(
    { baseUrl: jira.url, email: jira.credentials.email, apiToken: jira.credentials.apiToken },
    { retries: 2, baseDelayMs: 1, sleep: async () => {} },
  );
}
