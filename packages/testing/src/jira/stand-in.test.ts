import { request } from 'node:http';
import { Version3Client } from 'jira.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JiraStandIn, startJiraStandIn } from './server.js';
import { JiraState } from './state.js';

let jira: JiraStandIn;

function clientFor(email: string, apiToken: string): Version3Client {
  return new Version3Client({ host: jira.url, authentication: { basic: { email, apiToken } } });
}

/** The error jira.js throws wraps axios' error, which carries the response headers. */
function responseHeaders(error: unknown): Record<string, string> {
  return (
    (error as { cause?: { response?: { headers?: Record<string, string> } } }).cause?.response?.headers ?? {}
  );
}

async function caught(
  promise: Promise<unknown>,
): Promise<{ status?: number; response?: { data?: unknown } }> {
  try {
    await promise;
  } catch (e) {
    return e as { status?: number };
  }
  throw new Error('expected the call to fail');
}

/** Raw HTTP, for requests jira.js cannot make (wrong content type, broken JSON). */
function raw(
  method: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${jira.url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeEach(async () => {
  jira = await startJiraStandIn();
});

afterEach(async () => {
  await jira.close();
});

describe('authentication', () => {
  it('answers 401 in Jira error shape for a wrong API token, and never records credentials', async () => {
    const error = await caught(
      clientFor(jira.credentials.email, 'wrong-token').permissionSchemes.getAllPermissionSchemes(),
    );

    expect(error.status).toBe(401);
    expect(error.response?.data).toEqual({
      errorMessages: ['Client must be authenticated to access this resource.'],
      errors: {},
    });
    expect(jira.requests).toEqual([
      { method: 'GET', path: '/rest/api/3/permissionscheme', query: {}, status: 401, write: false },
    ]);
    // A bad login is the caller's configuration, not a broken request.
    expect(jira.violations).toEqual([]);
    const recorded = JSON.stringify(jira.requests);
    expect(recorded).not.toContain('wrong-token');
    expect(recorded).not.toContain(Buffer.from(`${jira.credentials.email}:wrong-token`).toString('base64'));
  });

  it('accepts the configured email and token, and custom credentials', async () => {
    await jira.close();
    jira = await startJiraStandIn({ credentials: { email: 'ci@example.com', apiToken: 'ci-token' } });

    const schemes = await clientFor('ci@example.com', 'ci-token').permissionSchemes.getAllPermissionSchemes();
    expect(schemes.permissionSchemes?.map((s) => s.name)).toEqual(['Default Permission Scheme']);
    await expect(
      clientFor('someone-else@example.com', 'ci-token').permissionSchemes.getAllPermissionSchemes(),
    ).rejects.toMatchObject({ status: 401 });
  });
});

describe('violations', () => {
  let client: Version3Client;
  let schemeId: number;

  beforeEach(() => {
    client = clientFor(jira.credentials.email, jira.credentials.apiToken);
    jira.state.addProjectRole('Developers');
    schemeId = jira.state.addScheme({ name: 'Payments scheme' }).id;
  });

  it('records an unknown permission key and answers 400 without changing the scheme', async () => {
    const error = await caught(
      client.permissionSchemes.createPermissionGrant({
        schemeId,
        permission: 'BROWSE_PROJECT',
        holder: { type: 'projectRole', parameter: '10000' },
      }),
    );

    expect(error.status).toBe(400);
    expect(error.response?.data).toEqual({
      errorMessages: ['/permission: unknown permission key'],
      errors: {},
    });
    expect(jira.violations).toEqual([
      {
        kind: 'unknown-permission',
        method: 'POST',
        path: `/rest/api/3/permissionscheme/${schemeId}/permission`,
        status: 400,
        messages: ['/permission: unknown permission key'],
      },
    ]);
    expect(jira.requests[0]?.body).toEqual({
      permission: 'BROWSE_PROJECT',
      holder: { type: 'projectRole', parameter: '10000' },
    });
    expect(jira.state.grantsOf(schemeId)).toEqual([]);
  });

  it('rejects a global permission in a scheme, an unknown holder type and a missing holder parameter', async () => {
    await caught(
      client.permissionSchemes.updatePermissionScheme({
        schemeId,
        name: 'Payments scheme',
        permissions: [
          { permission: 'ADMINISTER', holder: { type: 'group', parameter: 'jira-admins' } },
          { permission: 'EDIT_ISSUES', holder: { type: 'projectLeader' } },
        ],
      }),
    );
    await caught(
      client.permissionSchemes.createPermissionGrant({
        schemeId,
        permission: 'EDIT_ISSUES',
        holder: { type: 'group' },
      }),
    );

    expect(jira.violations.map((v) => [v.kind, v.status, v.messages])).toEqual([
      [
        'unknown-permission',
        400,
        [
          '/permissions/0/permission: unknown permission key',
          '/permissions/1/holder/type: unknown holder type',
        ],
      ],
      ['schema', 400, ["A group holder needs 'parameter' (group name) or 'value' (group id)."]],
    ]);
  });

  it('answers a repeated grant with 400, as documented, and names the grant already there', async () => {
    const grant = {
      schemeId,
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'projectRole', parameter: '10000' },
    };
    const first = await client.permissionSchemes.createPermissionGrant(grant);
    const error = await caught(client.permissionSchemes.createPermissionGrant(grant));

    expect(error.status).toBe(400);
    expect(jira.violations).toEqual([
      expect.objectContaining({
        kind: 'duplicate-grant',
        messages: [
          `The permission grant is already present (grant ${first.id}: BROWSE_PROJECTS projectRole:10000).`,
        ],
      }),
    ]);
    expect(jira.state.grantSummary(schemeId)).toEqual(['BROWSE_PROJECTS projectRole:Developers']);
  });

  it('records grants and assignments that name a group, role or scheme that does not exist', async () => {
    jira.state.addProject('PAY', 'Payments');
    await caught(
      client.permissionSchemes.createPermissionScheme({
        name: 'New scheme',
        permissions: [{ permission: 'BROWSE_PROJECTS', holder: { type: 'group', parameter: 'jira-nobody' } }],
      }),
    );
    await caught(
      client.permissionSchemes.createPermissionGrant({
        schemeId,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'projectRole', value: '99999' },
      }),
    );
    const assign = await caught(
      client.projectPermissionSchemes.assignPermissionScheme({ projectKeyOrId: 'PAY', id: 424242 }),
    );

    expect(assign.status).toBe(404);
    expect(jira.violations.map((v) => [v.kind, v.status, v.messages])).toEqual([
      ['unknown-reference', 400, ["permissions[0]: No group named 'jira-nobody'."]],
      ['unknown-reference', 400, ['No project role with id 99999.']],
      ['unknown-reference', 404, ['No permission scheme with id 424242.']],
    ]);
    // Nothing was half-created.
    expect(jira.state.schemes.map((s) => s.name)).toEqual(['Default Permission Scheme', 'Payments scheme']);
    expect(jira.state.schemeOfProject('PAY')?.id).toBe(0);
  });

  it('creates project roles, answering 409 for a taken name and 400 for a padded one', async () => {
    const role = await client.projectRoles.createProjectRole({ name: 'Testers', description: 'QA' });
    expect(role).toEqual({
      self: `${jira.url}/rest/api/3/role/${role.id}`,
      name: 'Testers',
      id: role.id,
      description: 'QA',
    });
    expect((await caught(client.projectRoles.createProjectRole({ name: 'Testers' }))).status).toBe(409);
    expect((await caught(client.projectRoles.createProjectRole({ name: ' Testers' }))).status).toBe(400);
    expect(jira.violations.map((v) => v.kind)).toEqual(['duplicate-name', 'schema']);
    expect(jira.state.roles.map((r) => r.name)).toEqual(['Developers', 'Testers']);
  });

  it('lets GET /permissions through anonymously but nothing else, and caps body size', async () => {
    expect((await raw('GET', '/rest/api/3/permissions', '', {})).status).toBe(200);
    expect((await raw('GET', '/rest/api/3/role', '', {})).status).toBe(401);

    await jira.close();
    jira = await startJiraStandIn({ maxBodyBytes: 64 });
    const auth = `Basic ${Buffer.from(`${jira.credentials.email}:${jira.credentials.apiToken}`).toString('base64')}`;
    const big = JSON.stringify({ name: 'x'.repeat(100) });
    const res = await raw('POST', '/rest/api/3/permissionscheme', big, {
      authorization: auth,
      'content-type': 'application/json',
    });
    expect(res.status).toBe(413);
    expect(jira.violations.map((v) => v.kind)).toEqual(['body-too-large']);
  });

  it('records unknown routes, wrong methods, non-integer ids, bad JSON and wrong content types', async () => {
    const auth = {
      authorization: `Basic ${Buffer.from(`${jira.credentials.email}:${jira.credentials.apiToken}`).toString('base64')}`,
    };
    const json = { ...auth, 'content-type': 'application/json' };

    expect((await raw('GET', '/rest/api/3/permissionschemes', '', auth)).status).toBe(404);
    expect((await raw('PATCH', `/rest/api/3/permissionscheme/${schemeId}`, '{}', json)).status).toBe(405);
    expect((await raw('GET', '/rest/api/3/permissionscheme/PAY', '', auth)).status).toBe(404);
    expect((await raw('POST', '/rest/api/3/permissionscheme', '{"name":', json)).status).toBe(400);
    expect(
      (await raw('POST', '/rest/api/3/permissionscheme', 'name=x', { ...auth, 'content-type': 'text/plain' }))
        .status,
    ).toBe(415);
    expect((await raw('PUT', '/rest/api/3/project/PAY/permissionscheme', '{"id":"1"}', json)).body).toEqual({
      errorMessages: ['/id: must be integer'],
      errors: {},
    });

    expect(jira.violations.map((v) => `${v.kind} ${v.method} ${v.status}`)).toEqual([
      'unknown-route GET 404',
      'method-not-allowed PATCH 405',
      'invalid-path-param GET 404',
      'invalid-json POST 400',
      'unsupported-media-type POST 415',
      'schema PUT 400',
    ]);
  });

  it('stops a runaway client after the request budget and says so once', async () => {
    await jira.close();
    jira = await startJiraStandIn({ maxRequests: 2 });
    client = clientFor(jira.credentials.email, jira.credentials.apiToken);

    await client.permissionSchemes.getAllPermissionSchemes();
    await client.permissionSchemes.getAllPermissionSchemes();
    const third = await caught(client.permissionSchemes.getAllPermissionSchemes());
    const fourth = await caught(client.permissionSchemes.getAllPermissionSchemes());

    expect([third.status, fourth.status]).toEqual([503, 503]);
    expect(jira.requests).toHaveLength(2);
    expect(jira.violations.map((v) => v.kind)).toEqual(['request-limit']);
  });
});

describe('fault injection', () => {
  let client: Version3Client;

  beforeEach(() => {
    client = clientFor(jira.credentials.email, jira.credentials.apiToken);
  });

  it('answers 429 with Retry-After for the given number of matching requests, then recovers', async () => {
    const fault = jira.faults.add({
      method: 'GET',
      path: '/permissionscheme',
      status: 429,
      headers: { 'Retry-After': '7' },
      times: 2,
    });

    const first = await caught(client.permissionSchemes.getAllPermissionSchemes());
    expect(first.status).toBe(429);
    expect(responseHeaders(first)['retry-after']).toBe('7');
    expect(first.response?.data).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect((await caught(client.permissionSchemes.getAllPermissionSchemes())).status).toBe(429);

    const ok = await client.permissionSchemes.getAllPermissionSchemes();
    expect(ok.permissionSchemes).toHaveLength(1);
    expect([fault.hits, fault.remaining, jira.faults.pending]).toEqual([2, 0, []]);
    expect(jira.requests.map((r) => [r.status, r.fault])).toEqual([
      [429, true],
      [429, true],
      [200, undefined],
    ]);
    expect(jira.violations).toEqual([]);
  });

  it('adds a Retry-After to a 429 that does not set one, and matches paths by RegExp and method', async () => {
    jira.faults.add({ path: /\/permissionscheme\/\d+$/, method: 'delete', status: 429 });

    const error = await caught(client.permissionSchemes.deletePermissionScheme({ schemeId: 0 }));
    expect([error.status, responseHeaders(error)['retry-after']]).toEqual([429, '1']);
    // A GET on the same path is not matched.
    expect((await client.permissionSchemes.getPermissionScheme({ schemeId: 0 })).name).toBe(
      'Default Permission Scheme',
    );
  });

  it('injects 401, 403, 404 and 500 with Jira-shaped bodies, before auth and routing', async () => {
    for (const status of [401, 403, 404, 500]) jira.faults.add({ path: '/role', status });
    const statuses: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await caught(client.projectRoles.getAllProjectRoles())).status);

    expect(statuses).toEqual([401, 403, 404, 500]);
    expect(await client.projectRoles.getAllProjectRoles()).toEqual([]);
  });

  it('delays a response without changing it, or delays and then fails', async () => {
    jira.faults.add({ path: '/permissions', delayMs: 150 });
    const started = Date.now();
    const permissions = await client.permissions.getAllPermissions();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Object.keys(permissions.permissions as object)).toContain('BROWSE_PROJECTS');

    jira.faults.add({ path: '/permissions', delayMs: 50, status: 500, body: 'upstream timeout' });
    const error = await caught(client.permissions.getAllPermissions());
    expect([error.status, error.response?.data]).toEqual([500, 'upstream timeout']);
    expect(jira.requests.map((r) => [r.status, r.fault])).toEqual([
      [200, undefined],
      [500, true],
    ]);
  });

  it('hangs: accepts the request and never answers until the client gives up', async () => {
    jira.faults.add({ path: '/permissions', hang: true });
    const started = Date.now();
    const answer = await fetch(`${jira.url}/rest/api/3/permissions`, {
      signal: AbortSignal.timeout(200),
    }).catch((e: unknown) => e as Error);
    expect(answer).toBeInstanceOf(Error);
    expect((answer as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(jira.requests.map((r) => [r.path, r.status, r.fault])).toEqual([
      ['/rest/api/3/permissions', 0, true],
    ]);
  });

  it('answers a fault after doing the work: the scheme exists, the client hears 502', async () => {
    jira.faults.add({ method: 'POST', path: '/permissionscheme', status: 502, afterHandling: true });
    const error = await caught(
      client.permissionSchemes.createPermissionScheme({ name: 'Made anyway', permissions: [] }),
    );
    expect(error.status).toBe(502);
    expect(jira.state.schemes.map((s) => s.name)).toEqual(['Default Permission Scheme', 'Made anyway']);
    expect(jira.requests.at(-1)).toMatchObject({ method: 'POST', status: 502, fault: true });
  });

  it('refuses faults it cannot honour', () => {
    expect(() => jira.faults.add({ afterHandling: true, delayMs: 5 })).toThrow(/needs the status/);
    expect(() => jira.faults.add({ path: '/role' })).toThrow(/status, a delayMs/);
    expect(() => jira.faults.add({ status: 42 })).toThrow(RangeError);
    expect(() => jira.faults.add({ status: 500, times: 0 })).toThrow(RangeError);
    expect(() => jira.faults.add({ delayMs: 3_600_000 })).toThrow(RangeError);
  });
});

describe('lifecycle', () => {
  it('close() ends in-flight delayed requests and refuses new connections', async () => {
    const client = clientFor(jira.credentials.email, jira.credentials.apiToken);
    jira.faults.add({ path: '/role', delayMs: 30_000 });
    const pending = caught(client.projectRoles.getAllProjectRoles());
    await new Promise((r) => setTimeout(r, 50));

    const started = Date.now();
    await jira.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await pending).toBeInstanceOf(Error);
    await expect(client.projectRoles.getAllProjectRoles()).rejects.toThrow();
    await jira.close(); // idempotent
  });

  it('serves a state seeded before start, including a site without the default scheme', async () => {
    await jira.close();
    const state = new JiraState({ defaultScheme: false });
    state.addProjectRole('Developers');
    jira = await startJiraStandIn({ state });
    const roles = await clientFor(
      jira.credentials.email,
      jira.credentials.apiToken,
    ).projectRoles.getAllProjectRoles();
    expect(roles.map((r) => r.name)).toEqual(['Developers']);
    expect(jira.state).toBe(state);
    expect(state.schemes).toEqual([]);
  });
});
