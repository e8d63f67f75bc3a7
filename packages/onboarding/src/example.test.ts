import { type Artifact, loadTemplates, outputDate, runGenerator } from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel, pdfMissingGlyphs, pdfText, pdfWords, squash } from '@rolekit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { dueDates, isBusinessDay } from './dates.js';
import { onboardingGenerator } from './index.js';
import { resolveOptions } from './options.js';
import { checklistTasks } from './view-tasks.js';

// The example organisation (model/). Expectations are computed from the model, so that wording
// changes there do not break these tests; the fixture tests pin exact text.

let model: Model;
let artifacts: Artifact[];
const text = (path: string) => new TextDecoder().decode(artifacts.find((a) => a.path === path)?.bytes);

beforeAll(async () => {
  model = await exampleModel();
  const run = await runGenerator(onboardingGenerator, {
    model,
    templates: await loadTemplates([defaultTemplatesDir]),
    date: outputDate(model, {}),
  });
  expect(run.diagnostics).toEqual([]);
  artifacts = run.artifacts;
});

describe('onboarding for the example organisation', () => {
  it('writes every role as Markdown and PDF, and lists them in the index', () => {
    const paths = new Set(artifacts.map((a) => a.path));
    for (const role of model.roles) {
      expect(paths).toContain(`roles/${role.id}.md`);
      expect(paths).toContain(`roles/${role.id}.pdf`);
      expect(text('index.md')).toContain(`(roles/${role.id}.md)`);
    }
  });

  it("derives each role's team, Jira projects, SOPs, standards, partners and A/R activities", () => {
    const org = model.organisation.github?.org;
    for (const role of model.roles) {
      const md = text(`roles/${role.id}.md`);
      if (role.github) expect(md).toContain(`GitHub team @${org}/${role.github.team}`);
      for (const grant of model.jiraGrantsOf(role.id))
        for (const project of grant.projects) expect(md).toContain(project.key);
      for (const p of role.processes) expect(md).toContain(`Read the SOP: ${p.name}`);
      for (const s of role.standards) expect(md).toContain(`Read the standard: ${s.name}`);
      for (const partner of role.partners) {
        const line = md.split('\n').find((l) => l.includes(`<!-- task:partner/${partner.role} -->`));
        expect(line, `${role.id} meets ${partner.role}`).toBeDefined();
        for (const person of model.peopleInRole(partner.role)) expect(line).toContain(person.name);
      }
      for (const a of model.assignmentsOf(role.id)) {
        const marker = `<!-- task:raci/${a.activity.id} -->`;
        if (a.letter === 'A' || a.letter === 'R') expect(md).toContain(marker);
        else if (
          !model.assignmentsOf(role.id).some((b) => b.activity === a.activity && /[AR]/.test(b.letter))
        )
          expect(md).not.toContain(marker);
      }
      for (const task of role.onboardingTasks) expect(md).toContain(task.title.replace(/\s+/g, ' ').trim());
      for (const task of model.onboarding.tasks) expect(md).toContain(task.title.replace(/\s+/g, ' ').trim());
    }
  });

  it('gives every new hire a dated checklist, on weekdays only', () => {
    const hires = model.people.filter((p) => p.startDate);
    expect(hires.length).toBeGreaterThan(0);
    for (const person of hires) {
      const md = text(`people/${person.id}.md`);
      expect(md).toContain(`<!-- rolekit:onboarding person=${person.id} -->`);
      expect(md).toContain(person.name);
      if (person.manager) expect(md).toContain(model.person(person.manager)!.name);
      if (person.buddy) expect(md).toContain(model.person(person.buddy)!.name);
      const dates = dueDates(person.startDate!);
      for (const date of Object.values(dates)) expect(isBusinessDay(date)).toBe(true);
      const headings = md.split('\n').filter((l) => l.startsWith('## '));
      for (const h of headings) expect(h).toMatch(/ · due (Mon|Tue|Wed|Thu|Fri) \d+ \w{3} \d{4}$/);
    }
  });

  it('merges the checklist of everyone holding two roles without duplicates', () => {
    const options = resolveOptions({}, model).value;
    const multi = model.people.filter((p) => p.roles.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const person of multi) {
      const ids = checklistTasks(model, person.roles, options, person.id).map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const role of person.roles) expect(ids).not.toContain(`partner/${role}`);
    }
  });

  it('prints names in Chinese and Arabic and an emoji as written, and no PDF draws a missing glyph', async () => {
    const pdf = artifacts.find((a) => a.path === 'people/wang-fang.pdf')!.bytes;
    const read = squash((await pdfText(pdf)).replace(/[\u202a-\u202e]/g, ''));
    expect(read).toContain('王芳 (Wang Fang)');
    // Her buddy, who owns the buddy's tasks.
    expect(read).toContain('ليلى ناصر');
    expect(read).toContain('Say hello to the team in the support channel 👋');
    for (const artifact of artifacts.filter((a) => a.path.endsWith('.pdf')))
      expect(pdfMissingGlyphs(artifact.bytes), artifact.path).toBe(0);
  });

  it('lays out an owner whose name is Arabic as name then label, in the left-to-right cell', async () => {
    // Without isolating the name, the cell took its direction from the name's first letter and
    // drew "(buddy) ليلى ناصر": the label first.
    const pdf = artifacts.find((a) => a.path === 'people/wang-fang.pdf')!.bytes;
    const words = await pdfWords(pdf);
    const reversed = (t: string) => [...t].reverse().join('');
    const labels = words.filter((w) => w.text === '(buddy)');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const line = words.filter((w) => w.page === label.page && Math.abs(w.yMin - label.yMin) < 4);
      // pdftotext gives a right-to-left word's letters in the order they stand on the page.
      const first = line.find((w) => w.text.replace(/[\u202a-\u202e]/g, '') === reversed('ليلى'));
      const last = line.find((w) => w.text.replace(/[\u202a-\u202e]/g, '') === reversed('ناصر'));
      expect(first, `the buddy's name on the line of ${label.yMin}`).toBeDefined();
      // Right to left within the name (ليلى on the right of ناصر), and the label after it.
      expect(last!.xMin).toBeLessThan(first!.xMin);
      expect(first!.xMin).toBeLessThan(label.xMin);
    }
    // Isolates are bidi controls, not text: the Markdown keeps them, the PDF draws nothing for them.
    expect(text('people/wang-fang.md')).toContain('_\u2068ليلى ناصر\u2069 (buddy)_');
    expect(pdfMissingGlyphs(pdf)).toBe(0);
  });

  it('prints the tasks and their owners in the PDF', async () => {
    const role = model.role('qa-engineer') ?? model.roles[0]!;
    const pdf = artifacts.find((a) => a.path === `roles/${role.id}.pdf`)!;
    const words = squash(await pdfText(pdf.bytes));
    expect(words).toContain(`Onboarding checklist: ${role.title}`);
    const options = resolveOptions({}, model).value;
    for (const task of checklistTasks(model, [role.id], options)) {
      // Long titles wrap inside their cell; their first words are enough.
      expect(words).toContain(task.title.split(' ').slice(0, 5).join(' '));
    }
    for (const owner of ['Manager', 'Buddy', 'New hire']) expect(words).toContain(owner);
  });
});
