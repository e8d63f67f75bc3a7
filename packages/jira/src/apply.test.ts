// diff and apply against the local Jira Cloud stand-in: real HTTP through jira.js, the production
// code path end to end. Only the stand-in's state is touched directly, to play the admin who edits
// a scheme by hand.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from '@rolekit/model';
import { type JiraStandIn, startJiraStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, type ClientOptions, JiraApi, JiraRequestError, readSite, retryAfterMs } from './apply.js';
import { connectionTo, FIXTURE, fixtureModel, seedSite, writes } from './fixture.js';
import { parseMarker } from './marker.js';
import { hasChanges, plan } from './plan.js';
import { schemeFileBody } from './scheme-body.js';
import { desiredSchemes, grantKey } from './view.js';

let jira: JiraStandIn;
let backupDir: string;
const model = fixtureModel();

beforeEach(async () => {
  jira = await startJiraStandIn();
  seedSite(jira.state, model);
  backupDir = await mkdtemp(join(tmpdir(), 'rolekit-jira-backups-'));
});

afterEach(async () => {
  // Every request rolekit sent was one the REST reference documents, in the documented shape.
  expect(jira.violations).toEqual([]);
  // And no Update permission scheme ever carried a permissions list (it would replace every grant).
  const puts = jira.requests.filter((r) => r.method === 'PUT' && /\/permissionscheme\/\d+$/.test(r.path));
  for (const put of puts) expect(put.body).not.toHaveProperty('permissions');
  await jira.close();
  await rm(backupDir, { recursive: true, force: true });
});

const fast: ClientOptions = { baseDelayMs: 1 };

async function diff(m: Model = model, options: { prune?: boolean } = {}, client: ClientOptions = fast) {
  const api = new JiraApi(connectionTo(jira), client);
  const desired = desiredSchemes(m);
  return { api, plan: plan(desired, await readSite(api, desired), options) };
}

async function apply(m: Model = model, options: { prune?: boolean } = {}, client: ClientOptions = fast) {
  const { api, plan: p } = await diff(m, options, client);
  const lines: string[] = [];
  const result = await applyPlan(api, p, {
    backupDir,
    now: () => new Date('2026-03-01T12:00:00Z'),
    report: (l) => lines.push(l),
  });
  return { plan: p, result, lines };
}

/** The grants the model wants in a scheme, in the stand-in's summary form. */
function expected(m: Model, schemeId: string): string[] {
  const s = desiredSchemes(m).find((x) => x.id === schemeId)!;
  return s.grants.map(grantKey).sort();
}

function mark(): number {
  return jira.requests.length;
}

function writesSince(start: number): string[] {
  return jira.requests
    .slice(start)
    .filter((r) => r.write)
    .map((r) => `${r.method} ${r.path}`);
}

describe('diff', () => {
  it('reads the site and writes nothing', async () => {
    const { plan: p, api } = await diff();
    expect(hasChanges(p)).toBe(true);
    expect(p.schemes.map((s) => [s.desired.id, s.remote?.id, s.add.length])).toEqual([
      ['delivery', undefined, 20],
      ['production', undefined, 14],
    ]);
    expect(writes(jira)).toEqual([]);
    expect(jira.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /rest/api/3/permissionscheme',
      'GET /rest/api/3/role',
      'GET /rest/api/3/group/bulk',
      'GET /rest/api/3/project/APP/permissionscheme',
      'GET /rest/api/3/project/WEB/permissionscheme',
      'GET /rest/api/3/project/OPS/permissionscheme',
    ]);
    // Both of the model's groups in one call, as repeated parameters (not jira.js's comma-joined form).
    expect(jira.requests[2]!.query['groupName']).toEqual(['auditors', 'jira-qa']);
    expect(api.stats).toEqual({ requests: 6, reads: 6, writes: 0, retries: 0 });
    expect(await readdir(backupDir)).toEqual([]);
  });
});

describe('apply', () => {
  it('creates the schemes with the model’s grants and assigns them; diff then shows nothing', async () => {
    const { result, lines } = await apply();
    expect(result.ok).toBe(true);
    expect(result.outcomes.map((o) => [o.scheme, o.status, o.added, o.assigned])).toEqual([
      ['delivery', 'created', 20, ['APP', 'WEB']],
      ['production', 'created', 14, ['OPS']],
    ]);
    expect(lines).toEqual([
      "scheme 'Fixture delivery' (delivery, id 10000): created with 20 grants; assigned to APP, WEB",
      "scheme 'Fixture production' (production, id 10001): created with 14 grants; assigned to OPS",
    ]);
    expect(writes(jira)).toEqual([
      'POST /rest/api/3/permissionscheme',
      'PUT /rest/api/3/project/APP/permissionscheme',
      'PUT /rest/api/3/project/WEB/permissionscheme',
      'POST /rest/api/3/permissionscheme',
      'PUT /rest/api/3/project/OPS/permissionscheme',
    ]);
    expect(jira.state.grantSummary('Fixture delivery')).toEqual(expected(model, 'delivery'));
    expect(jira.state.grantSummary('Fixture production')).toEqual(expected(model, 'production'));
    expect(jira.state.schemeOfProject('OPS')?.name).toBe('Fixture production');
    expect(jira.state.schemeOfProject('APP')?.name).toBe('Fixture delivery');
    // The description carries the model's text and the managed-grants line.
    const description = jira.state.getScheme('Fixture delivery')!.description;
    expect(description.startsWith('Where the product is built.\n\nManaged by rolekit')).toBe(true);
    expect(parseMarker(description)!.map(grantKey).sort()).toEqual(expected(model, 'delivery'));

    const after = await diff();
    expect(hasChanges(after.plan)).toBe(false);
  });

  it('makes no write request the second time', async () => {
    await apply();
    const start = mark();
    const { result, plan: p } = await apply();
    expect(hasChanges(p)).toBe(false);
    expect(writesSince(start)).toEqual([]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['in-step', 'in-step']);
    expect(result.backupDir).toBeUndefined();
  });

  it('removes the grants rolekit added that the model dropped, keeps grants made by hand, saves a backup first', async () => {
    await apply();
    const delivery = jira.state.getScheme('Fixture delivery')!;
    const devs = String(jira.state.role('Developers')!.id);
    const byHand = [
      { permission: 'DELETE_ISSUES', holder: { type: 'projectRole', parameter: devs } },
      { permission: 'EDIT_ISSUES', holder: { type: 'reporter' } },
      { permission: 'ADMINISTER_PROJECTS', holder: { type: 'group', parameter: 'jira-qa' } },
    ];
    for (const g of byHand) {
      const holder = jira.state.resolveHolder(g.holder);
      if (!holder.ok) throw new Error(holder.message);
      jira.state.addGrant(delivery, { permission: g.permission, holder: holder.value });
    }
    const before = structuredClone(delivery);
    // The lead loses ADMINISTER_PROJECTS and qa gains CLOSE_ISSUES in the model.
    const changed = fixtureModel({
      'jira.yaml': FIXTURE['jira.yaml']!.replace(
        '{ role: lead, permissions: [work, ADMINISTER_PROJECTS] }',
        '{ role: lead, permissions: [work] }',
      ).replace(
        '{ role: qa, permissions: [work, RESOLVE_ISSUES] }',
        '{ role: qa, permissions: [work, RESOLVE_ISSUES, CLOSE_ISSUES] }',
      ),
    });

    const start = mark();
    const { result, plan: p } = await apply(changed);
    const s = p.schemes.find((x) => x.desired.id === 'delivery')!;
    expect(s.add.map((a) => grantKey(a.grant))).toEqual(['CLOSE_ISSUES group:jira-qa']);
    expect(s.remove.map((r) => `${r.remote.permission} ${r.label}`)).toEqual([
      'ADMINISTER_PROJECTS projectRole:Leads',
    ]);
    expect(s.kept.map((r) => `${r.remote.permission} ${r.label}`)).toEqual([
      'ADMINISTER_PROJECTS group:jira-qa',
      'DELETE_ISSUES projectRole:Developers',
      'EDIT_ISSUES reporter',
    ]);
    expect(result.ok).toBe(true);
    expect(writesSince(start)).toEqual([
      `POST /rest/api/3/permissionscheme/${delivery.id}/permission`,
      expect.stringMatching(
        new RegExp(`^DELETE /rest/api/3/permissionscheme/${delivery.id}/permission/\\d+$`),
      ),
      `PUT /rest/api/3/permissionscheme/${delivery.id}`,
    ]);
    expect(jira.state.grantSummary('Fixture delivery')).toEqual(
      [
        ...expected(changed, 'delivery'),
        'ADMINISTER_PROJECTS group:jira-qa',
        'DELETE_ISSUES projectRole:Developers',
        'EDIT_ISSUES reporter',
      ].sort(),
    );
    // The hand-made grants never enter the managed line, so they stay rolekit-free.
    expect(parseMarker(jira.state.getScheme('Fixture delivery')!.description)!.map(grantKey).sort()).toEqual(
      expected(changed, 'delivery'),
    );
    // The backup is the scheme as it was, grants and ids included.
    // The first apply saved the projects' previous schemes at the same (frozen) time, so this run's
    // folder gets a suffix instead of mixing with it.
    expect(result.backupDir).toBe(join(backupDir, '2026-03-01T12-00-00Z-2'));
    expect(await readdir(join(backupDir, '2026-03-01T12-00-00Z'))).toEqual(['projects.json']);
    const saved = JSON.parse(await readFile(join(result.backupDir!, 'delivery.json'), 'utf8'));
    expect(saved).toMatchObject({ id: before.id, name: before.name, description: before.description });
    expect(saved.permissions.map((g: { id: number }) => g.id)).toEqual(before.grants.map((g) => g.id));

    expect(hasChanges((await diff(changed)).plan)).toBe(false);
  });

  it('removes grants made by hand only with prune', async () => {
    await apply();
    const production = jira.state.getScheme('Fixture production')!;
    const holder = jira.state.resolveHolder({ type: 'reporter' });
    if (!holder.ok) throw new Error(holder.message);
    jira.state.addGrant(production, { permission: 'EDIT_ISSUES', holder: holder.value });

    expect(hasChanges((await diff()).plan)).toBe(false);
    const start = mark();
    const { result } = await apply(model, { prune: true });
    expect(result.outcomes.map((o) => [o.scheme, o.status, o.removed])).toEqual([
      ['delivery', 'in-step', 0],
      ['production', 'updated', 1],
    ]);
    expect(writesSince(start)).toEqual([
      expect.stringMatching(
        new RegExp(`^DELETE /rest/api/3/permissionscheme/${production.id}/permission/\\d+$`),
      ),
    ]);
    expect(jira.state.grantSummary('Fixture production')).toEqual(expected(model, 'production'));
    expect(await readdir(result.backupDir!)).toEqual(['production.json']);
  });

  it('leaves a scheme as it was when a request fails in its middle; the schemes before it stay as intended', async () => {
    await apply();
    // The model changes both schemes; the production scheme's last step (its description) will fail.
    const changed = fixtureModel({
      'jira.yaml': FIXTURE['jira.yaml']!.replaceAll(
        'permissions: [browse]',
        'permissions: [browse, ADD_COMMENTS]',
      )
        .replace('{ role: qa, permissions: [work, RESOLVE_ISSUES] }', '{ role: qa, permissions: [work] }')
        .replace(
          '{ role: auditor, permissions: [BROWSE_PROJECTS] }',
          '{ role: auditor, permissions: [VIEW_DEV_TOOLS] }',
        ),
    });
    const delivery = jira.state.getScheme('Fixture delivery')!;
    const production = jira.state.getScheme('Fixture production')!;
    const productionBefore = jira.state.grantSummary(production.id);
    const descriptionBefore = production.description;
    const fault = jira.faults.add({
      method: 'PUT',
      path: `/permissionscheme/${production.id}`,
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });

    const start = mark();
    const { result, lines } = await apply(changed);
    expect(result.ok).toBe(false);
    expect(result.outcomes.map((o) => [o.scheme, o.status])).toEqual([
      ['delivery', 'updated'],
      ['production', 'unchanged'],
    ]);
    // delivery is as intended, production as it was (its grants re-made, with new ids).
    expect(jira.state.grantSummary(delivery.id)).toEqual(expected(changed, 'delivery'));
    expect(jira.state.grantSummary(production.id)).toEqual(productionBefore);
    expect(jira.state.getScheme(production.id)!.description).toBe(descriptionBefore);
    expect(fault.hits).toBe(5); // one try and four retries
    expect(lines[1]).toMatch(
      /^scheme 'Fixture production' \(production, id \d+\): NOT changed, left as it was: PUT \/rest\/api\/3\/permissionscheme\/\d+ answered 500 Internal Server Error after 5 attempts: Internal server error\.$/,
    );
    const productionWrites = writesSince(start).filter((w) =>
      w.includes(`/permissionscheme/${production.id}`),
    );
    // Two adds (ADD_COMMENTS for Developers, VIEW_DEV_TOOLS for auditors), one removal (the auditors'
    // BROWSE_PROJECTS), the failing PUT; then undone: both adds deleted, the removed grant made again.
    expect(productionWrites.map((w) => w.split(' ')[0])).toEqual([
      'POST',
      'POST',
      'DELETE',
      'PUT',
      'PUT',
      'PUT',
      'PUT',
      'PUT',
      'DELETE',
      'DELETE',
      'POST',
    ]);
    // Both schemes were saved before they were touched.
    expect((await readdir(result.backupDir!)).sort()).toEqual(['delivery.json', 'production.json']);

    // Once Jira recovers, the next apply finishes the job.
    fault.cancel();
    expect((await apply(changed)).result.ok).toBe(true);
    expect(jira.state.grantSummary(production.id)).toEqual(expected(changed, 'production'));
  });

  it('says which scheme is half-applied when putting it back fails too, and where its backup is', async () => {
    await apply();
    const production = jira.state.getScheme('Fixture production')!;
    const changed = fixtureModel({
      'jira.yaml': FIXTURE['jira.yaml']!.replace(
        '{ role: developer, permissions: [browse] }',
        '{ role: developer, permissions: [browse, ADD_COMMENTS] }',
      ),
    });
    jira.faults.add({
      method: 'PUT',
      path: `/permissionscheme/${production.id}`,
      status: 503,
      times: Number.POSITIVE_INFINITY,
    });
    jira.faults.add({
      method: 'DELETE',
      path: new RegExp(`/permissionscheme/${production.id}/permission/\\d+$`),
      status: 503,
      times: Number.POSITIVE_INFINITY,
    });
    const { result, lines } = await apply(changed);
    expect(result.outcomes.map((o) => [o.scheme, o.status])).toEqual([
      ['delivery', 'in-step'],
      ['production', 'partial'],
    ]);
    const backup = join(result.backupDir!, 'production.json');
    expect(existsSync(backup)).toBe(true);
    expect(lines.at(-1)).toContain(`HALF-APPLIED`);
    expect(lines.at(-1)).toContain(`restore it from ${backup}`);
    jira.faults.clear();
  });

  it('creates nothing when the creating request fails, and does not go on', async () => {
    jira.faults.add({
      method: 'POST',
      path: '/permissionscheme',
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    const { result } = await apply();
    expect(result.outcomes.map((o) => o.status)).toEqual(['unchanged', 'not-started']);
    expect(jira.state.schemes.map((s) => s.name)).toEqual(['Default Permission Scheme']);
    expect(result.backupDir).toBeUndefined();
  });

  it('retries a 429 after the Retry-After Jira sends', async () => {
    jira.faults.add({ method: 'GET', path: '/role', status: 429, headers: { 'Retry-After': '1' } });
    jira.faults.add({
      method: 'POST',
      path: '/permissionscheme',
      status: 429,
      headers: { 'Retry-After': '1' },
    });
    const waits: number[] = [];
    const started = Date.now();
    const { result, plan: p } = await apply(
      model,
      {},
      {
        baseDelayMs: 1,
        sleep: (ms) => {
          waits.push(ms);
          return new Promise((resolve) => setTimeout(resolve, ms));
        },
      },
    );
    expect(result.ok).toBe(true);
    expect(waits).toEqual([1000, 1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(result.stats.retries).toBe(2);
    expect(jira.requests.filter((r) => r.status === 429).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /rest/api/3/role',
      'POST /rest/api/3/permissionscheme',
    ]);
    // The rate-limited create was not processed, so it was simply sent again: one scheme, not two.
    expect(jira.state.schemes.map((s) => s.name)).toEqual([
      'Default Permission Scheme',
      'Fixture delivery',
      'Fixture production',
    ]);
    expect(p.schemes).toHaveLength(2);
  });

  it('backs off exponentially on 5xx without Retry-After, and gives up after its retries', async () => {
    jira.faults.add({ method: 'GET', path: '/permissionscheme', status: 502, times: 2 });
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const { plan: p } = await diff(model, {}, { baseDelayMs: 100, sleep });
    expect(waits).toEqual([100, 200]);
    expect(p.schemes).toHaveLength(2);

    jira.faults.add({
      method: 'GET',
      path: '/permissionscheme',
      status: 503,
      times: Number.POSITIVE_INFINITY,
    });
    const error = await diff(model, {}, { retries: 2, baseDelayMs: 1, sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraRequestError);
    expect((error as JiraRequestError).message).toBe(
      'GET /rest/api/3/permissionscheme?expand=permissions answered 503 Service Unavailable after 3 attempts: Internal server error.',
    );
    jira.faults.clear();
  });

  it('turns a 401 into a credentials error that names no credential', async () => {
    const api = new JiraApi({ ...connectionTo(jira), apiToken: 'not-the-token' }, fast);
    const error = await readSite(api, desiredSchemes(model)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraRequestError);
    const e = error as JiraRequestError;
    expect([e.status, e.failure]).toEqual([401, 'credentials']);
    expect(e.message).toBe(
      'GET /rest/api/3/permissionscheme?expand=permissions answered 401 Unauthorized: Client must be authenticated to access this resource.',
    );
    // Nothing of jira.js's error (its request config holds the Authorization header) is kept.
    const everything = JSON.stringify({ ...e, message: e.message, stack: e.stack });
    expect(everything).not.toContain('not-the-token');
    expect(everything).not.toContain(
      Buffer.from(`${jira.credentials.email}:not-the-token`).toString('base64'),
    );
    expect(api.stats.retries).toBe(0);
  });

  it('reports a site it cannot reach as a network failure', async () => {
    const url = jira.url;
    await jira.close();
    const api = new JiraApi({ ...connectionTo(jira), baseUrl: url }, { ...fast, retries: 1 });
    const error = (await api.listSchemes().catch((e: unknown) => e)) as JiraRequestError;
    expect(error).toBeInstanceOf(JiraRequestError);
    expect(error.failure).toBe('network');
    expect(error.unreachable).toBe('refused');
    expect(error.message).toBe(
      `could not connect to Jira at ${new URL(url).host} for GET /rest/api/3/permissionscheme?expand=permissions: connection refused`,
    );
    jira = await startJiraStandIn();
  });

  it('gives up on a request that is never answered after its timeout, once, and says so', async () => {
    jira.faults.add({ path: '/permissionscheme', hang: true, times: Number.POSITIVE_INFINITY });
    const api = new JiraApi(connectionTo(jira), { ...fast, timeoutMs: 300 });
    const started = Date.now();
    const error = (await api.listSchemes().catch((e: unknown) => e)) as JiraRequestError;
    expect(error).toBeInstanceOf(JiraRequestError);
    expect([error.failure, error.unreachable]).toEqual(['network', 'timeout']);
    expect(error.message).toBe(
      `Jira at ${new URL(jira.url).host} did not answer GET /rest/api/3/permissionscheme?expand=permissions within 300 ms`,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(api.stats.requests).toBe(1);
    await jira.close();
    jira = await startJiraStandIn();
  });
});

describe('the generated scheme file', () => {
  it('can be POSTed by hand once project role names become ids, and apply then finds it in step', async () => {
    const production = desiredSchemes(model).find((s) => s.id === 'production')!;
    const file = `${JSON.stringify(schemeFileBody(production), null, 2)}\n`;
    // docs/jira.md: swap project role names for ids from GET /role, then POST the result.
    const roles = jira.state.roles.map((r) => ({ id: r.id, name: r.name }));
    const body = JSON.parse(file);
    for (const g of body.permissions) {
      if (g.holder.type === 'projectRole')
        g.holder.parameter = String(roles.find((r) => r.name === g.holder.parameter)!.id);
    }
    const response = await fetch(`${jira.url}/rest/api/3/permissionscheme`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${jira.credentials.email}:${jira.credentials.apiToken}`).toString('base64')}`,
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    jira.state.assignScheme('OPS', 'Fixture production');

    const { plan: p } = await diff();
    const s = p.schemes.find((x) => x.desired.id === 'production')!;
    expect([s.add, s.remove, s.kept, s.descriptionChanged]).toEqual([[], [], [], false]);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(
      5000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
