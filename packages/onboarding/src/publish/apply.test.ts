import { loadTemplates } from '@rolekit/core';
import { createGitHubClient } from '@rolekit/github';
import type { Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, fixtureModel } from '../fixture.js';
import { personArtifacts } from '../generate.js';
import { defaultOptions } from '../options.js';
import { publishIssue } from './apply.js';
import { changedLines, desiredIssue, normaliseBody } from './plan.js';

let standIn: GitHubStandIn;
const target = { owner: 'acme', repo: 'onboarding' };
const date = new Date('2026-11-01T00:00:00Z');

beforeEach(async () => {
  standIn = await startGitHubStandIn({ validateResponses: true });
  standIn.state.addOrg('acme');
  standIn.state.addRepo('acme/onboarding');
  standIn.state.addUser('quinn-gh');
  standIn.state.addUser('dana-gh');
});

afterEach(async () => {
  expect(standIn.violations).toEqual([]);
  await standIn.close();
});

/** What one `rolekit onboarding publish` does: a fresh client, the checklist, publish. */
async function publish(model: Model, apply: boolean, person = 'quinn', start = '2026-12-04') {
  const client = createGitHubClient({
    token: standIn.token,
    baseUrl: standIn.url,
    retryBaseMs: 5,
    writeIntervalMs: 0,
  });
  const p = model.person(person)!;
  const templates = await loadTemplates([defaultTemplatesDir]);
  const report: unknown[] = [];
  const ctx = {
    model,
    templates,
    date,
    options: { ...defaultOptions, pdf: false },
    report: (d: unknown) => report.push(d),
  };
  const { view, markdown } = await personArtifacts(ctx, p, start);
  expect(report).toEqual([]);
  return publishIssue(client, target, desiredIssue(model, p, view!, markdown!), { apply });
}

const issues = () => standIn.state.issues('acme/onboarding');
const writes = () => standIn.requests.filter((r) => r.write);

/** Ticks boxes the way the browser does: edits the body, with CRLF line ends. */
function tickInGitHub(number: number, taskIds: string[]): void {
  const issue = standIn.state.repo('acme/onboarding').issues.get(number)!;
  let body = issue.body ?? '';
  for (const id of taskIds) {
    const before = body;
    body = body.replace(
      new RegExp(`^- \\[ \\](.*<!-- task:${id.replace(/[/]/g, '\\/')} -->)$`, 'm'),
      '- [x]$1',
    );
    expect(body, `task ${id} is in the issue`).not.toBe(before);
  }
  issue.body = body.replace(/\n/g, '\r\n');
}

describe('publish against the GitHub stand-in', () => {
  it('creates one issue on the first run and writes nothing on the second', async () => {
    const model = fixtureModel();
    const first = await publish(model, true);
    expect(first).toMatchObject({ applied: true, number: 1, plan: { action: 'create' } });
    expect(first.requests).toEqual({ total: 2, writes: 1 });
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue).toMatchObject({
      title: 'Onboarding: Quinn Tester, QA Engineer, from Fri 4 Dec 2026',
      labels: ['onboarding', 'new-hire'],
      assignees: ['quinn-gh', 'dana-gh'],
      user: 'rolekit-bot',
    });
    expect(issue?.body).toMatch(
      /^<!-- rolekit:onboarding person=quinn -->\n# Onboarding checklist: Quinn Tester/,
    );

    const second = await publish(model, true);
    expect(second).toMatchObject({
      applied: false,
      number: 1,
      plan: { action: 'none', reason: 'up to date' },
    });
    expect(second.requests).toEqual({ total: 1, writes: 0 });
    expect(issues()).toHaveLength(1);
    expect(writes()).toHaveLength(1);
  });

  it('keeps ticked boxes when the model changes, and changes only the lines of changed tasks', async () => {
    await publish(fixtureModel(), true);
    tickInGitHub(1, ['common/laptop', 'github-team/acme/qa', 'common/welcome']);
    const before = normaliseBody(issues()[0]?.body);

    // Unchanged model, ticks in GitHub: nothing to write.
    expect((await publish(fixtureModel(), true)).requests).toEqual({ total: 1, writes: 0 });

    const changed = fixtureModel({
      'onboarding.yaml': FIXTURE['onboarding.yaml']!.replace(
        'title: Welcome meeting',
        'title: Welcome lunch with the team',
      ),
    });
    const result = await publish(changed, true);
    expect(result.plan.action).toBe('update');
    expect(result.requests).toEqual({ total: 2, writes: 1 });
    const after = normaliseBody(issues()[0]?.body);
    expect(changedLines(before, after)).toEqual({
      removed: ['- [x] Welcome meeting · _Mia Lead (manager)_ <!-- task:common/welcome -->'],
      added: ['- [x] Welcome lunch with the team · _Mia Lead (manager)_ <!-- task:common/welcome -->'],
    });
    for (const id of ['common/laptop', 'github-team/acme/qa', 'common/welcome'])
      expect(after).toMatch(new RegExp(`^- \\[x\\] .*<!-- task:${id.replace('/', '\\/')} -->$`, 'm'));
    expect(after.match(/- \[x\]/g)).toHaveLength(3);
    const patch = writes().at(-1)!;
    expect(patch).toMatchObject({ method: 'PATCH', operationId: 'issues/update' });
    expect(Object.keys(patch.body as object)).toEqual(['body']);
  });

  it('moves the due dates when the start date moves, keeping the ticks', async () => {
    await publish(fixtureModel(), true);
    tickInGitHub(1, ['common/laptop']);
    const result = await publish(fixtureModel(), true, 'quinn', '2026-12-07');
    if (result.plan.action !== 'update') throw new Error(result.plan.action);
    expect(result.plan.title).toBe('Onboarding: Quinn Tester, QA Engineer, from Mon 7 Dec 2026');
    expect(result.plan.changes.added.filter((l) => !l.startsWith('## '))).toEqual([
      '**Quinn Tester**, QA Engineer at Acme, starting **Mon 7 Dec 2026**.',
    ]);
    expect(issues()[0]?.body).toContain('- [x] Order the laptop');
  });

  it('makes no write request in a dry run', async () => {
    const dry = await publish(fixtureModel(), false);
    expect(dry).toMatchObject({ applied: false, number: null, plan: { action: 'create' } });
    expect(dry.requests).toEqual({ total: 1, writes: 0 });
    expect(writes()).toEqual([]);
    expect(issues()).toEqual([]);

    await publish(fixtureModel(), true);
    const changed = fixtureModel({
      'roles/developer.yaml': FIXTURE['roles/developer.yaml']!.replace(
        'title: Developer',
        'title: Software Developer',
      ),
    });
    const dryUpdate = await publish(changed, false);
    expect(dryUpdate.plan.action).toBe('update');
    expect(writes()).toHaveLength(1);
  });

  it('finds its issue among many, on later pages, and even when closed (then leaves it alone)', async () => {
    for (let i = 0; i < 120; i++)
      standIn.state.addIssue('acme/onboarding', { title: `other ${i}`, labels: ['onboarding'] });
    const created = await publish(fixtureModel(), true);
    expect(created.requests).toEqual({ total: 3, writes: 1 }); // two pages of 100
    standIn.state.repo('acme/onboarding').issues.get(created.number!)!.state = 'closed';
    const again = await publish(fixtureModel(), true, 'quinn', '2026-12-07');
    expect(again.plan).toMatchObject({ action: 'none', reason: 'closed', number: created.number });
    expect(issues()).toHaveLength(121);
  });

  it('opens the issue without an assignee GitHub refuses', async () => {
    standIn.state.accounts.delete('dana-gh');
    const result = await publish(fixtureModel(), true);
    expect(result).toMatchObject({ applied: true, unassignable: ['dana-gh'] });
    expect(issues()[0]?.assignees).toEqual(['quinn-gh']);
  });

  it('never carries the token in what it returns', async () => {
    const result = await publish(fixtureModel(), true);
    expect(JSON.stringify(result)).not.toContain(standIn.token);
  });
});
