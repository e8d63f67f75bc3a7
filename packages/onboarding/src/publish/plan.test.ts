import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../fixture.js';
import { resolveOptions } from '../options.js';
import { personChecklist } from '../view.js';
import {
  applyTicks,
  changedLines,
  type DesiredIssue,
  desiredIssue,
  findIssues,
  normaliseBody,
  planIssue,
  publishTarget,
  tickedTasks,
} from './plan.js';

const body = [
  '<!-- rolekit:onboarding person=quinn -->',
  '# Onboarding checklist: Quinn Tester',
  '',
  '## Day 1 · due Fri 4 Dec 2026',
  '',
  '- [ ] Order the laptop · _Mia Lead (manager)_ <!-- task:common/laptop -->',
  '- [ ] Welcome meeting · _Mia Lead (manager)_ <!-- task:common/welcome -->',
  '  - [Link](https://example.com)',
  '- [ ] Read the SOP · _Quinn Tester_ <!-- task:process/qa -->',
  '',
].join('\n');

const desired: DesiredIssue = {
  personId: 'quinn',
  title: 'Onboarding: Quinn Tester, QA Engineer, from Fri 4 Dec 2026',
  body,
  labels: ['onboarding'],
  assignees: ['quinn-gh'],
};

const tick = (text: string, id: string) =>
  text.replace(new RegExp(`- \\[ \\](.*<!-- task:${id.replace('/', '\\/')} -->)`), '- [x]$1');

describe('ticks', () => {
  it('reads ticks by task id, with x or X, from CRLF bodies', () => {
    const ticked = tick(tick(body, 'common/laptop'), 'process/qa').replace('- [x] Read', '- [X] Read');
    expect([...tickedTasks(ticked.replace(/\n/g, '\r\n'))]).toEqual(['common/laptop', 'process/qa']);
  });

  it('ticks tasks by id and leaves everything else alone', () => {
    const out = applyTicks(body, new Set(['common/welcome', 'gone/task']));
    expect(out).toBe(tick(body, 'common/welcome'));
    expect(applyTicks(out, new Set())).toBe(out); // never unticks
  });

  it('does not mistake a link line for a task', () => {
    expect([...tickedTasks('  - [x](https://example.com) <!-- not a task -->')]).toEqual([]);
  });
});

describe('planIssue', () => {
  it('creates the issue when none carries the marker', () => {
    const plan = planIssue(desired, []);
    expect(plan).toMatchObject({ action: 'create', title: desired.title, body, labels: ['onboarding'] });
  });

  it('finds its own issue by the marker, oldest first, and never a pull request', () => {
    const issues = [
      { number: 7, title: 'x', body: 'unrelated', state: 'open' },
      { number: 9, title: 'x', body: `${body}`, state: 'open' },
      { number: 3, title: 'x', body: `${body}`, state: 'open', pull_request: {} },
      { number: 5, title: 'x', body: body.replace('quinn', 'pat'), state: 'open' },
      { number: 4, title: 'x', body: `${body}`, state: 'open' },
    ];
    expect(findIssues(issues, 'quinn').map((i) => i.number)).toEqual([4, 9]);
    const plan = planIssue(desired, findIssues(issues, 'quinn'));
    expect(plan.warnings).toEqual([expect.stringContaining('2 issues carry')]);
  });

  it('writes nothing when the issue is up to date, whatever GitHub did to line ends', () => {
    const remote = tick(body, 'common/laptop').replace(/\n/g, '\r\n').trimEnd();
    const plan = planIssue(desired, [{ number: 1, title: desired.title, body: remote, state: 'open' }]);
    expect(plan).toMatchObject({ action: 'none', reason: 'up to date', kept: ['common/laptop'] });
  });

  it('updates only the changed task lines and keeps every tick', () => {
    const remote = tick(tick(body, 'common/laptop'), 'process/qa');
    const changed = body.replace('Welcome meeting', 'Welcome lunch');
    const plan = planIssue({ ...desired, body: changed }, [
      { number: 1, title: desired.title, body: remote, state: 'open' },
    ]);
    expect(plan.action).toBe('update');
    if (plan.action !== 'update') return;
    expect(plan.title).toBeUndefined();
    expect(plan.body).toBe(tick(tick(changed, 'common/laptop'), 'process/qa'));
    expect(plan.changes).toEqual({
      removed: ['- [ ] Welcome meeting · _Mia Lead (manager)_ <!-- task:common/welcome -->'],
      added: ['- [ ] Welcome lunch · _Mia Lead (manager)_ <!-- task:common/welcome -->'],
    });
    expect(plan.kept).toEqual(['common/laptop', 'process/qa']);
  });

  it('keeps the tick of a task whose text changed, and reports ticked tasks that left the model', () => {
    const remote = tick(tick(body, 'common/welcome'), 'process/qa');
    const changed = body.replace('Welcome meeting', 'Welcome lunch').replace(/.*process\/qa.*\n/, '');
    const plan = planIssue({ ...desired, body: changed }, [
      { number: 1, title: desired.title, body: remote, state: 'open' },
    ]);
    if (plan.action !== 'update') throw new Error(plan.action);
    expect(plan.body).toContain('- [x] Welcome lunch');
    expect(plan.kept).toEqual(['common/welcome']);
    expect(plan.dropped).toEqual(['process/qa']);
  });

  it('updates the title alone when only the start date moved it', () => {
    const plan = planIssue(desired, [{ number: 2, title: 'Onboarding: old', body, state: 'open' }]);
    expect(plan).toMatchObject({
      action: 'update',
      title: desired.title,
      changes: { removed: [], added: [] },
    });
    expect(plan.action === 'update' && 'body' in plan).toBe(false);
  });

  it('leaves a closed issue alone', () => {
    const plan = planIssue({ ...desired, body: `${body}\nmore` }, [
      { number: 2, title: desired.title, body, state: 'closed' },
    ]);
    expect(plan).toMatchObject({ action: 'none', reason: 'closed' });
  });

  it('adds the marker when an overriding template left it out, and warns without task markers', () => {
    const plan = planIssue({ ...desired, body: '# Just text\n' }, []);
    expect(plan.action === 'create' && plan.body.split('\n')[0]).toBe(
      '<!-- rolekit:onboarding person=quinn -->',
    );
    expect(plan.warnings).toEqual([expect.stringContaining('no task markers')]);
  });
});

describe('changedLines', () => {
  it('counts lines, not positions', () => {
    expect(changedLines('a\nb\nc\n', 'a\nc\nb\r\n')).toEqual({ removed: [], added: [] });
    expect(changedLines('a\nb\nb', 'a\nb')).toEqual({ removed: ['b'], added: [] });
    expect(normaliseBody('x\r\ny\n\n')).toBe('x\ny');
  });
});

describe('the issue for a person', () => {
  const model = fixtureModel();
  const options = resolveOptions({}, model).value;

  it('goes to the onboarding repository of the GitHub organisation, assigned to the new hire and the buddy', () => {
    expect(publishTarget(model)).toEqual({ owner: 'acme', repo: 'onboarding' });
    const quinn = model.person('quinn')!;
    const issue = desiredIssue(model, quinn, personChecklist(model, quinn, '2026-12-04', options), 'body');
    expect(issue).toEqual({
      personId: 'quinn',
      title: 'Onboarding: Quinn Tester, QA Engineer, from Fri 4 Dec 2026',
      body: 'body',
      labels: ['onboarding', 'new-hire'],
      assignees: ['quinn-gh', 'dana-gh'],
    });
  });

  it('says where to name the repository when the model has none', () => {
    const none = fixtureModel({ 'onboarding.yaml': 'labels: [onboarding]\n' });
    expect(publishTarget(none)).toMatchObject({ code: 'RK143', file: 'onboarding.yaml' });
  });
});
