import { modelFromYaml } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { PHASES } from './dates.js';
import { FIXTURE, fixtureModel } from './fixture.js';
import { defaultOptions, resolveOptions } from './options.js';
import { type ChecklistTask, checklistTasks, listing, slug } from './view-tasks.js';

const model = fixtureModel();
const options = resolveOptions(defaultOptions, model).value;
const byId = (tasks: ChecklistTask[]) => new Map(tasks.map((t) => [t.id, t]));

describe('checklistTasks for one role', () => {
  const tasks = checklistTasks(model, ['qa-engineer'], options, 'quinn');
  const ids = tasks.map((t) => t.id);
  const task = (id: string) => {
    const found = byId(tasks).get(id);
    if (!found) throw new Error(`no task ${id} in ${ids.join(', ')}`);
    return found;
  };

  it('has the common tasks, with ids from the model or from the title', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'common/laptop',
        'common/welcome',
        'common/meet-your-buddy',
        'common/check-in-90',
      ]),
    );
    expect(task('common/laptop')).toMatchObject({
      owner: 'manager',
      phase: 'before-day-1',
      source: 'common',
    });
  });

  it("has the role's own tasks with their owners and links", () => {
    expect(task('role/qa-engineer/qa-env')).toMatchObject({
      owner: 'role:devops-engineer',
      phase: 'before-day-1',
    });
    expect(task('role/qa-engineer/run-the-regression-suite')).toMatchObject({
      owner: 'buddy',
      links: [{ title: 'Suite', url: 'https://ci.acme.test/regression' }],
    });
  });

  it('joins the GitHub team and requests each Jira project, owned by the access owner before day 1', () => {
    expect(task('github-team/acme/qa')).toMatchObject({
      title: 'Add the new hire to the GitHub team @acme/qa',
      owner: 'role:devops-engineer',
      phase: 'before-day-1',
      links: [{ url: 'https://github.com/orgs/acme/teams/qa' }],
    });
    expect(task('jira/APP/qa-engineers')).toMatchObject({
      title: 'Give the new hire access to the Jira project APP (App) as QA Engineers',
      description: 'Permission scheme Delivery: browse, ADD_COMMENTS, through the project role QA Engineers.',
      links: [{ title: 'APP', url: 'https://acme.atlassian.net/browse/APP' }],
    });
    expect(ids.filter((id) => id.startsWith('jira'))).toEqual(['jira/APP/qa-engineers']);
  });

  it('reads each SOP and standard', () => {
    expect(task('process/qa-testing')).toMatchObject({
      title: 'Read the SOP: QA & Testing',
      phase: 'week-1',
      links: [{ url: 'https://wiki.acme.test/qa' }],
    });
    expect(task('standard/escaped-defects-analysis')).toMatchObject({
      phase: 'day-30',
      description: 'Own your escaped-defect record.',
    });
  });

  it('meets each partner, naming the people who hold that role (not the new hire)', () => {
    expect(task('partner/developer')).toMatchObject({
      title: 'Meet the Developer: Dana Dev',
      description: 'Handover, fixes.',
      phase: 'week-1',
    });
    expect(task('partner/platform-engineer').title).toBe('Meet the Platform Engineer: Pat Both');
  });

  it('reviews the activities the role is A or R for, not C or I', () => {
    expect(task('raci/qa-testing').title).toBe(
      'Review the activity "QA & Testing", where you are Accountable',
    );
    expect(task('raci/release')).toMatchObject({
      title: 'Review the activity "Release", where you are Responsible',
      description: 'In Delivery. Ship the build.',
    });
    expect(ids).not.toContain('raci/deploy');
  });

  it('orders by phase, then common, access, role, SOP, standard, partner and RACI tasks', () => {
    const phaseIndex = tasks.map((t) => PHASES.indexOf(t.phase));
    expect([...phaseIndex].sort((a, b) => a - b)).toEqual(phaseIndex);
    expect(ids.filter((id) => tasks.find((t) => t.id === id)?.phase === 'before-day-1')).toEqual([
      'common/laptop',
      'github-team/acme/qa',
      'jira/APP/qa-engineers',
      'role/qa-engineer/qa-env',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same list on every call', () => {
    expect(checklistTasks(model, ['qa-engineer'], options, 'quinn')).toEqual(tasks);
  });
});

describe('checklistTasks for two roles', () => {
  const tasks = checklistTasks(model, ['platform-engineer', 'qa-engineer'], options, 'pat');
  const ids = tasks.map((t) => t.id);

  it('has no duplicate tasks: common tasks once, a shared SOP once', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === 'common/laptop')).toHaveLength(1);
    expect(ids.filter((id) => id === 'process/qa-testing')).toHaveLength(1);
    expect(ids.filter((id) => id === 'partner/developer')).toHaveLength(1);
  });

  it('does not meet its own other role', () => {
    expect(ids).not.toContain('partner/qa-engineer');
    expect(ids).not.toContain('partner/platform-engineer');
  });

  it('keeps both roles’ own tasks, teams and Jira access', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'role/platform-engineer/walk-through-the-pipeline',
        'role/qa-engineer/qa-env',
        'github-team/acme/platform',
        'github-team/acme/qa',
        'jira/APP/qa-engineers',
        'jira-group/platform-engineers',
      ]),
    );
    expect(tasks.find((t) => t.id === 'jira-group/platform-engineers')?.title).toBe(
      'Add the new hire to the Jira group platform-engineers (APP and OPS)',
    );
  });

  it('reviews RACI activities of both roles once each', () => {
    expect(ids.filter((id) => id.startsWith('raci/'))).toEqual([
      'raci/release',
      'raci/deploy',
      'raci/qa-testing',
    ]);
  });
});

describe('ids', () => {
  it('slugs titles into short stable ids', () => {
    expect(slug('Read the QA & Testing SOP')).toBe('read-the-qa-testing-sop');
    expect(slug('Café crème')).toBe('cafe-creme');
    expect(slug('Get access to the dedicated QA environment and the test management tool')).toBe(
      'get-access-to-the-dedicated-qa-environment-and',
    );
    expect(slug('!!!')).toBe('task');
  });

  it('keeps two tasks with the same title apart', () => {
    const twice = fixtureModel({
      'onboarding.yaml': `
tasks:
  - { title: Same, phase: day-1 }
  - { title: Same, phase: week-1 }
`,
    });
    const ids = checklistTasks(twice, [], resolveOptions({}, twice).value).map((t) => t.id);
    expect(ids).toEqual(['common/same', 'common/same-2']);
  });
});

describe('access owner', () => {
  it('falls back to the manager, without a warning, when the model has no devops-engineer role', () => {
    const { 'roles/devops-engineer.yaml': _, ...files } = FIXTURE;
    const without = modelFromYaml({
      ...files,
      'people.yaml': files['people.yaml']!.replace(/.*devin.*\n/, ''),
      'roles/qa-engineer.yaml': files['roles/qa-engineer.yaml']!.replace(/.*qa-env.*\n/, ''),
    });
    const resolved = resolveOptions(defaultOptions, without);
    expect(resolved.value.accessOwner).toBe('manager');
    expect(resolved.problems).toEqual([]);
  });

  it('rejects an access owner role the model does not have when it was set explicitly', () => {
    const { problems } = resolveOptions({ ...defaultOptions, accessOwner: 'role:nobody' }, model);
    expect(problems).toEqual([expect.objectContaining({ code: 'RK100', severity: 'error' })]);
  });

  it('takes another owner from the options', () => {
    const sre = resolveOptions(
      { ...defaultOptions, accessOwner: 'manager', accessPhase: 'day-1' },
      model,
    ).value;
    const task = checklistTasks(model, ['qa-engineer'], sre).find((t) => t.id === 'github-team/acme/qa');
    expect(task).toMatchObject({ owner: 'manager', phase: 'day-1' });
  });

  it('reports unknown options and phases', () => {
    const { problems } = resolveOptions({ raciPhase: 'day-45', colour: 'red' } as never, model);
    expect(problems.map((p) => p.message)).toEqual([
      "unknown option 'onboarding.colour'",
      "option 'onboarding.raciPhase' is 'day-45', not a phase",
    ]);
  });
});

describe('texts from the model', () => {
  // What a title or note is made into, as first written: every white-space run one space,
  // the comment delimiters as written (Markdown makes them inert where it prints them), trimmed. The
  // fast path for texts already on one line must agree.
  const reference = (text: string) => text.replace(/\s+/g, ' ').trim();
  const titles = [
    'Already one line',
    '  Leading and trailing  ',
    'Two  spaces',
    'A\ttab',
    'An\u2003em space',
    'No-break\u00a0space',
    'Ends a comment -->',
    'Opens a comment <!-- here',
    'Almost -- > a comment',
    ' ',
    'x',
  ];
  const withTitles = fixtureModel({
    'onboarding.yaml': `
tasks:
${titles.map((title, i) => `  - { id: t${i}, title: ${JSON.stringify(title)}, phase: day-1, description: ${JSON.stringify(`${title}\nnext line `)} }`).join('\n')}
`,
  });
  const tasks = checklistTasks(withTitles, [], resolveOptions({}, withTitles).value);

  it('puts every title and description on one line, as before', () => {
    expect(tasks.map((t) => t.title)).toEqual(titles.map(reference));
    // A line break in a title is refused by validate (RK082); descriptions may hold one.
    expect(tasks.map((t) => t.description)).toEqual(titles.map((t) => reference(`${t}\nnext line `)));
  });

  it('gives each call tasks of its own', () => {
    const again = checklistTasks(withTitles, [], resolveOptions({}, withTitles).value);
    expect(again).toEqual(tasks);
    expect(again[0]).not.toBe(tasks[0]);
    expect(again[0]?.links).not.toBe(tasks[0]?.links);
  });
});

describe('partner tasks', () => {
  const withArchitect = fixtureModel({
    'roles/architect.yaml': `
id: architect
title: Architect
family: engineering
summary: Designs.
partners:
  - role: developer
`,
    'roles/developer.yaml': `
id: developer
title: Developer
family: engineering
summary: Writes code.
github: { team: dev }
partners:
  - { role: architect, for: design reviews }
  - role: qa-engineer
`,
  });
  const resolved = resolveOptions({}, withArchitect).value;
  const partner = (roleIds: string[], id: string, personId: string | null = null) =>
    checklistTasks(withArchitect, roleIds, resolved, personId).find((t) => t.id === id);

  it('says what the roles work on together and that nobody holds the role, whichever applies', () => {
    expect(partner(['developer'], 'partner/architect')).toMatchObject({
      title: 'Meet the Architect',
      description: 'Design reviews. Nobody holds this role yet.',
    });
    expect(partner(['architect'], 'partner/developer')).toMatchObject({
      title: 'Meet the Developer: Dana Dev',
      description: null,
    });
  });

  it('names every holder in a role checklist, and everyone but the new hire in theirs', () => {
    expect(partner(['developer'], 'partner/qa-engineer')?.title).toBe(
      'Meet the QA Engineer: Mia Lead, Quinn Tester and Pat Both',
    );
    expect(partner(['developer'], 'partner/qa-engineer', 'quinn')?.title).toBe(
      'Meet the QA Engineer: Mia Lead and Pat Both',
    );
    expect(partner(['developer'], 'partner/qa-engineer')?.title).toBe(
      'Meet the QA Engineer: Mia Lead, Quinn Tester and Pat Both',
    );
  });
});

describe('listing', () => {
  it('isolates each right-to-left name, so two of them side by side keep their order', () => {
    expect(listing(['Ana', 'Bo', 'Cy'])).toBe('Ana, Bo and Cy');
    expect(listing(['王芳'])).toBe('王芳');
    // In a left-to-right sentence "ليلى, سارة" would be one right-to-left run: سارة drawn first.
    expect(listing(['ليلى', 'سارة', 'Ana'])).toBe('\u2068ليلى\u2069, \u2068سارة\u2069 and Ana');
    expect(listing(['דנה'])).toBe('\u2068דנה\u2069');
  });
});
