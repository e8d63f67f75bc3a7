import { Ajv2020 } from 'ajv/dist/2020.js';
import { Version3Client } from 'jira.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jiraSchemas } from './schemas.js';
import { DEFAULT_JIRA_CREDENTIALS, type JiraStandIn, startJiraStandIn } from './server.js';

let jira: JiraStandIn;
let client: Version3Client;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const shapes = jiraSchemas().responses;
/** Answers are checked against the reference's shapes, as the rest of the stand-in's tests do. */
function expectShape(schema: object, body: unknown): void {
  const validate = ajv.compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

async function caught(promise: Promise<unknown>): Promise<{ status?: number }> {
  try {
    await promise;
  } catch (e) {
    return e as { status?: number };
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  jira = await startJiraStandIn();
  const { email, apiToken } = DEFAULT_JIRA_CREDENTIALS;
  client = new Version3Client({ host: jira.url, authentication: { basic: { email, apiToken } } });
  const { state } = jira;
  state.addProject('OPS', 'Operations');
  state.addProjectRole('Deployers');
  state.addUser('acc-1', 'Ada');
  state.addUser('acc-2', 'Bo');
  state.addUser('acc-3', 'Cy', { active: false });
  state.addGroupMember('ops-admins', 'acc-1');
  state.addGroupMember('ops-admins', 'acc-3');
});
afterEach(async () => {
  await jira.close();
});

describe('project role actors', () => {
  it('lists a project roles, adds users and groups, and deletes them', async () => {
    const roles = await client.projectRoles.getProjectRoles({ projectIdOrKey: 'OPS' });
    expectShape(shapes.projectRoleMap, roles);
    const id = Number(String(roles['Deployers']).split('/').pop());
    const added = await client.projectRoleActors.addActorUsers({
      projectIdOrKey: 'OPS',
      id,
      user: ['acc-2'],
      groupId: [jira.state.group('ops-admins')!.groupId],
    });
    expectShape(shapes.projectRole, added);
    expect(jira.state.actorSummary('OPS', 'Deployers')).toEqual(['group:ops-admins', 'user:acc-2']);
    const read = await client.projectRoles.getProjectRole({ projectIdOrKey: 'OPS', id });
    expect(read.actors?.map((a) => [a.type, a.actorUser?.accountId ?? a.actorGroup?.name])).toEqual([
      ['atlassian-user-role-actor', 'acc-2'],
      ['atlassian-group-role-actor', 'ops-admins'],
    ]);
    // Adding an actor twice is refused, and nothing of the request is added.
    const twice = await caught(
      client.projectRoleActors.addActorUsers({ projectIdOrKey: 'OPS', id, user: ['acc-1', 'acc-2'] }),
    );
    expect(twice.status).toBe(400);
    expect(jira.state.actorSummary('OPS', 'Deployers')).toEqual(['group:ops-admins', 'user:acc-2']);
    await client.projectRoleActors.deleteActor({ projectIdOrKey: 'OPS', id, user: 'acc-2' });
    await client.projectRoleActors.deleteActor({ projectIdOrKey: 'OPS', id, group: 'ops-admins' });
    expect(jira.state.actorSummary('OPS', 'Deployers')).toEqual([]);
    const gone = await caught(
      client.projectRoleActors.deleteActor({ projectIdOrKey: 'OPS', id, user: 'acc-2' }),
    );
    expect(gone.status).toBe(404);
    expect(jira.violations).toEqual([]);
  });

  it('rejects an actors body Jira would reject', async () => {
    const id = jira.state.role('Deployers')!.id;
    const bad = await caught(
      client.sendRequest(
        { url: `/rest/api/3/project/OPS/role/${id}`, method: 'POST', data: { users: ['acc-1'] } },
        undefined as never,
      ),
    );
    expect(bad.status).toBe(400);
    expect(jira.violations.map((v) => v.kind)).toEqual(['schema']);
  });
});

describe('groups and users', () => {
  it('pages a group members, leaving out deactivated accounts unless asked', async () => {
    const active = await client.groups.getUsersFromGroup({ groupname: 'ops-admins', maxResults: 1 });
    expectShape(shapes.userPage, active);
    expect(active.values?.map((u) => u.accountId)).toEqual(['acc-1']);
    expect(active.isLast).toBe(true);
    const all = await client.groups.getUsersFromGroup({
      groupname: 'ops-admins',
      includeInactiveUsers: true,
      maxResults: 1,
    });
    expect([all.values?.map((u) => u.accountId), all.isLast, all.total]).toEqual([['acc-1'], false, 2]);
  });

  it('lists every account page by page', async () => {
    const first = await client.users.getAllUsers({ startAt: 0, maxResults: 2 });
    expectShape(shapes.users, first);
    const rest = await client.users.getAllUsers({ startAt: 2, maxResults: 50 });
    expect([...first, ...rest].map((u) => [u.accountId, u.active])).toEqual([
      ['5b10ac8d82e05b22cc7d4e00', true],
      ['acc-1', true],
      ['acc-2', true],
      ['acc-3', false],
    ]);
  });
});
