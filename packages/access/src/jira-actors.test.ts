import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type JiraStandIn, startJiraStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyActors, desiredActors, planActors, readActors } from './jira-actors.js';
import { parseRemovalCap, type RemovalCap } from './members.js';
import { accessFixture, jiraApiFor, seedJira } from './test-support.js';

let jira: JiraStandIn;
let backups: string;
beforeEach(async () => {
  jira = await startJiraStandIn();
  seedJira(jira);
  backups = mkdtempSync(join(tmpdir(), 'rolekit-actors-'));
});
afterEach(async () => {
  await jira.close();
  rmSync(backups, { recursive: true, force: true });
});

const model = accessFixture();

async function run(options: { prune?: boolean; cap?: RemovalCap; apply?: boolean } = {}) {
  const api = jiraApiFor(jira);
  const desired = desiredActors(model);
  const live = await readActors(api, desired.pairs);
  const plan = planActors(desired, live, { prune: options.prune ?? false, cap: options.cap ?? { count: 5 } });
  if (!options.apply) return { plan, outcomes: [], writes: api.stats.writes, backupDir: undefined };
  const applied = await applyActors(api, plan, live, {
    backupDir: backups,
    describe: (e) => String((e as Error).message),
  });
  return { plan, ...applied, writes: api.stats.writes };
}

const summary = () => ({
  'APP Developers': jira.state.actorSummary('APP', 'Developers'),
  'APP Leads': jira.state.actorSummary('APP', 'Leads'),
  'OPS Leads': jira.state.actorSummary('OPS', 'Leads'),
  'OPS Operators': jira.state.actorSummary('OPS', 'Operators'),
});

describe('project role actors from the model', () => {
  it('wants the holders of the mapped roles in the projects their grants reach', () => {
    const { pairs, noAccount } = desiredActors(model);
    expect(pairs.map((p) => [p.project, p.projectRole, [...p.members.keys()]])).toEqual([
      ['APP', 'Developers', ['user:acc-carol', 'user:acc-dave']],
      ['APP', 'Leads', ['user:acc-bob']],
      ['OPS', 'Leads', ['user:acc-bob']],
      ['OPS', 'Operators', ['user:acc-alice']],
    ]);
    expect(noAccount).toEqual([{ person: 'erin', role: 'developer' }]);
  });

  it('plans the exact changes and keeps actors nobody in the model put there unless --prune', async () => {
    const { plan } = await run();
    const app = plan.pairs.find((p) => p.project === 'APP' && p.projectRole === 'Developers')!;
    expect(app.diff.add.map((a) => a.key)).toEqual(['user:acc-dave']);
    expect(app.diff.kept.map((a) => `${a.type}:${a.name}`)).toEqual([
      'group:contractors',
      'user:acc-mallory',
    ]);
    const pruned = await run({ prune: true });
    expect(pruned.plan.pairs[0]?.diff.remove.map((a) => a.name)).toEqual(['contractors', 'acc-mallory']);
    expect(jira.requests.filter((r) => r.write)).toEqual([]);
  });

  it('applies with a backup, and a second apply writes nothing', async () => {
    const first = await run({ apply: true, prune: true });
    expect(first.outcomes.map((o) => [o.project, o.projectRole, o.status])).toEqual([
      ['APP', 'Developers', 'changed'],
      ['APP', 'Leads', 'changed'],
      ['OPS', 'Leads', 'changed'],
      ['OPS', 'Operators', 'changed'],
    ]);
    expect(summary()).toEqual({
      'APP Developers': ['user:acc-carol', 'user:acc-dave'],
      'APP Leads': ['user:acc-bob'],
      'OPS Leads': ['user:acc-bob'],
      'OPS Operators': ['user:acc-alice'],
    });
    const backup = JSON.parse(readFileSync(first.outcomes[0]!.backup!, 'utf8'));
    expect(backup.actors.map((a: { key: string }) => a.key).sort()).toEqual(
      ['user:acc-carol', 'user:acc-mallory', expect.stringMatching(/^group:/)].sort(),
    );
    const before = jira.requests.filter((r) => r.write).length;
    const second = await run({ apply: true, prune: true });
    expect(second.outcomes.every((o) => o.status === 'in-step')).toBe(true);
    expect(jira.requests.filter((r) => r.write).length).toBe(before);
    expect(jira.violations).toEqual([]);
  });

  it('refuses every removal over the cap', async () => {
    const { plan } = await run({ prune: true, cap: parseRemovalCap('1')! });
    expect(plan.removals).toEqual({ planned: 2, limit: 1, blocked: true });
    await run({ prune: true, cap: parseRemovalCap('1')!, apply: true });
    expect(summary()['APP Developers']).toEqual([
      'group:contractors',
      'user:acc-carol',
      'user:acc-dave',
      'user:acc-mallory',
    ]);
  });

  it('counts a write Jira did before failing as done, and puts a pair back when a write really failed', async () => {
    // The add is done, then answered 500 (and the retry is refused as a duplicate): it holds.
    jira.faults.add({ method: 'POST', path: /\/project\/APP\/role\/\d+$/, status: 500, afterHandling: true });
    // Removing mallory fails for good: APP Developers goes back to how it was.
    jira.faults.add({ method: 'DELETE', path: /\/project\/APP\/role\/\d+$/, status: 500, times: 3 });
    const { outcomes } = await run({ apply: true, prune: true });
    const app = outcomes[0]!;
    expect([app.status, app.error]).toEqual([
      'rolled-back',
      expect.stringMatching(/^could not remove group contractors: /),
    ]);
    expect(summary()['APP Developers']).toEqual(['group:contractors', 'user:acc-carol', 'user:acc-mallory']);
    expect(outcomes.slice(1).map((o) => o.status)).toEqual(['changed', 'changed', 'changed']);
  });
});
