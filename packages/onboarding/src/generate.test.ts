import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Artifact, loadTemplates, runGenerator } from '@rolekit/core';
import { renderPdf, WORKERS_FROM } from '@rolekit/render';
import { defaultTemplatesDir } from '@rolekit/templates';
import {
  modelFromYaml,
  pdfInfo,
  pdfText,
  squash,
  syntheticOrganisation,
  withPdfWorkers,
} from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, fixtureModel } from './fixture.js';
import { onboardingDocuments, onboardingGenerator, personArtifacts } from './index.js';
import type { OnboardingOptions } from './options.js';

const date = new Date('2026-11-01T00:00:00Z');
const model = fixtureModel();
const text = (a: Artifact | undefined) => new TextDecoder().decode(a?.bytes);
const templates = () => loadTemplates([defaultTemplatesDir]);

async function run(
  options: Partial<OnboardingOptions> = {},
  m = model,
  store?: Awaited<ReturnType<typeof templates>>,
) {
  return runGenerator(onboardingGenerator, {
    model: m,
    templates: store ?? (await templates()),
    date,
    options,
  });
}

describe('onboarding generator (fixture)', () => {
  let result: Awaited<ReturnType<typeof run>>;
  const file = (path: string) => result.artifacts.find((a) => a.path === path);
  beforeAll(async () => {
    result = await run();
  });

  it('writes every role, every new hire and an index, as Markdown and PDF', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.artifacts.map((a) => a.path)).toEqual([
      'index.md',
      'people/pat.md',
      'people/pat.pdf',
      'people/quinn.md',
      'people/quinn.pdf',
      'roles/developer.md',
      'roles/developer.pdf',
      'roles/devops-engineer.md',
      'roles/devops-engineer.pdf',
      'roles/platform-engineer.md',
      'roles/platform-engineer.pdf',
      'roles/qa-engineer.md',
      'roles/qa-engineer.pdf',
    ]);
    expect(file('roles/qa-engineer.md')?.mediaType).toBe('text/markdown; charset=utf-8');
    expect(file('roles/qa-engineer.pdf')?.mediaType).toBe('application/pdf');
  });

  it('writes a role checklist as a GitHub task list grouped by phase, owners shown, no dates', () => {
    const md = text(file('roles/qa-engineer.md'));
    expect(md).toMatch(/^# Onboarding checklist: QA Engineer\n/);
    expect(md).not.toContain('rolekit:onboarding person=');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Before day 1', '## Day 1', '## Week 1', '## By day 30', '## By day 90']);
    expect(md).toContain(
      '- [ ] Add the new hire to the GitHub team @acme/qa · _DevOps Engineer_ <!-- task:github-team/acme/qa -->',
    );
    expect(md).toContain('- [ ] Order the laptop · _Manager_ <!-- task:common/laptop -->');
    expect(md).toContain(
      '- [ ] Run the regression suite · _Buddy_ <!-- task:role/qa-engineer/run-the-regression-suite -->\n  - [Suite](https://ci.acme.test/regression)\n',
    );
    expect(md).toContain(
      '- [ ] Meet the Developer: Dana Dev · _New hire_ <!-- task:partner/developer -->\n  - Handover, fixes.\n',
    );
    for (const line of md.split('\n').filter((l) => l.startsWith('- ['))) {
      expect(line).toMatch(/^- \[ \] .+ · _.+_ <!-- task:\S+ -->$/);
    }
  });

  it("writes a new hire's checklist with real dates, manager and buddy by name", () => {
    const md = text(file('people/quinn.md'));
    expect(md.split('\n')[0]).toBe('<!-- rolekit:onboarding person=quinn -->');
    expect(md).toContain('**Quinn Tester**, QA Engineer at Acme, starting **Fri 4 Dec 2026**.');
    expect(md).toContain('Manager: Mia Lead · Buddy: Dana Dev');
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Before day 1 · due Thu 3 Dec 2026',
      '## Day 1 · due Fri 4 Dec 2026',
      '## Week 1 · due Thu 10 Dec 2026',
      '## By day 30 · due Mon 4 Jan 2027',
      '## By day 90 · due Thu 4 Mar 2027',
    ]);
    expect(md).toContain('- [ ] Order the laptop · _Mia Lead (manager)_ <!-- task:common/laptop -->');
    expect(md).toContain('- [ ] Meet your buddy · _Dana Dev (buddy)_');
    expect(md).toContain('- [ ] Get access to the QA environment · _DevOps Engineer (Devin Ops)_');
    expect(md).toContain('- [ ] Read the SOP: QA & Testing · _Quinn Tester_');
  });

  it('merges a two-role checklist without duplicates and says when nobody is named', () => {
    const md = text(file('people/pat.md'));
    const markers = [...md.matchAll(/<!-- task:(\S+) -->/g)].map((m) => m[1]);
    expect(new Set(markers).size).toBe(markers.length);
    expect(markers.filter((m) => m === 'common/laptop')).toHaveLength(1);
    expect(markers).not.toContain('partner/qa-engineer');
    expect(md).toContain(
      '**Pat Both**, Platform Engineer and QA Engineer at Acme, starting **Mon 7 Dec 2026**.',
    );
    expect(md).toContain('Buddy: not named yet');
    expect(md).toContain('- [ ] Meet your buddy · _Buddy (not named yet)_');
  });

  it('writes an index of roles and new hires', () => {
    const md = text(file('index.md'));
    expect(md).toContain(
      '| QA Engineer | Quality | 15 | [Markdown](roles/qa-engineer.md) · [PDF](roles/qa-engineer.pdf) |',
    );
    expect(md).toContain(
      '| Quinn Tester | QA Engineer | Fri 4 Dec 2026 | Mia Lead | Dana Dev | [Markdown](people/quinn.md) · [PDF](people/quinn.pdf) |',
    );
  });

  it('prints tasks, owners and check boxes in the role PDF, with page numbers', async () => {
    const pdf = file('roles/qa-engineer.pdf')!.bytes;
    const words = squash(await pdfText(pdf));
    expect(words).toContain('ACME Onboarding checklist: QA Engineer');
    expect(squash(await pdfText(pdf, { layout: true }))).toContain('Task Owner Due');
    expect(words).toContain('Add the new hire to the GitHub team @acme/qa');
    expect(words).toContain('Meet the Developer: Dana Dev');
    expect(words).toContain('DevOps Engineer');
    expect(words).toContain('New hire');
    expect(words).toMatch(/Page 1 of \d/);
    const info = await pdfInfo(pdf);
    expect(info['Title']).toBe('Onboarding checklist: QA Engineer');
    expect(info['Author']).toBe('Acme');
  });

  it("prints due dates and names in a new hire's PDF", async () => {
    const words = squash(await pdfText(file('people/quinn.pdf')!.bytes, { layout: true }));
    expect(words).toContain('Week 1 · due Thu 10 Dec 2026');
    expect(words).toMatch(/Order the laptop Mia Lead \(manager\) Thu 3 Dec 2026/);
    expect(words).toMatch(/Manager Mia Lead/);
    expect(words).toMatch(/Buddy Dana Dev/);
  });

  it('is byte-for-byte deterministic', async () => {
    const again = await run();
    expect(again.artifacts.map((a) => [a.path, Buffer.from(a.bytes).toString('base64')])).toEqual(
      result.artifacts.map((a) => [a.path, Buffer.from(a.bytes).toString('base64')]),
    );
  });

  it('exports the pdfmake definitions it renders, for benchmarks', async () => {
    const docs = onboardingDocuments(model, { date });
    const pdfs = result.artifacts.filter((a) => a.path.endsWith('.pdf')).map((a) => a.path);
    expect(docs.map((d) => d.path).sort()).toEqual(pdfs);
    const quinn = docs.find((d) => d.path === 'people/quinn.pdf')!;
    expect(quinn.definition.pageSize).toBe('A4');
    expect(
      Buffer.compare(await renderPdf(quinn.definition, quinn.meta), file('people/quinn.pdf')!.bytes),
    ).toBe(0);
  });
});

describe('options', () => {
  it('leaves out PDFs and people when asked', async () => {
    const { artifacts } = await run({ pdf: false, people: false });
    expect(artifacts.map((a) => a.path)).toEqual([
      'index.md',
      'roles/developer.md',
      'roles/devops-engineer.md',
      'roles/platform-engineer.md',
      'roles/qa-engineer.md',
    ]);
  });

  it('writes only the selected roles and their new hires, but a complete index', async () => {
    const { artifacts } = await run({ roles: ['platform-engineer'], pdf: false });
    expect(artifacts.map((a) => a.path)).toEqual(['index.md', 'people/pat.md', 'roles/platform-engineer.md']);
    expect(text(artifacts[0])).toContain('roles/qa-engineer.md');
  });

  it('reports bad options before generating anything', async () => {
    const { artifacts, diagnostics } = await run({ standardPhase: 'someday' as never });
    expect(artifacts).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RK100', severity: 'error' })]);
  });
});

describe('an HTML comment in model text', () => {
  // GitHub hides an HTML comment in Markdown, a file's or an issue's: a `<!--` in a title would
  // hide everything up to the next task's marker, a `<!--` in a description or a name whole tasks.
  const hostile = fixtureModel({
    'organisation.yaml': FIXTURE['organisation.yaml']!.replace('name: Acme', 'name: "Acme <!-- inc"'),
    'onboarding.yaml': FIXTURE['onboarding.yaml']!.replace(
      'title: Welcome meeting,',
      'title: "Welcome <!-- meeting",',
    ).replace(
      'title: 30-day check-in,',
      'title: 30-day check-in, description: "Bring notes <!-- and goals", links: [{ title: "Notes <!--", url: "https://wiki.acme.test/notes" }],',
    ),
    'roles/qa-engineer.yaml': FIXTURE['roles/qa-engineer.yaml']!.replace(
      'title: QA Engineer',
      'title: "QA <!-- Engineer"',
    ),
    'people.yaml': FIXTURE['people.yaml']!.replace('name: Dana Dev', 'name: "Dana <!-- Dev"'),
  });

  it("never opens or closes a comment: every <!-- and --> in a checklist is one of rolekit's markers", async () => {
    const { artifacts, diagnostics } = await run({ pdf: false }, hostile);
    expect(diagnostics).toEqual([]);
    for (const artifact of artifacts) {
      const markdown = text(artifact);
      const comments = markdown.match(/<!--[\s\S]*?-->/g) ?? [];
      expect(
        comments.every((c) => /^<!-- (task:\S+|rolekit:onboarding person=\S+) -->$/.test(c)),
        artifact.path,
      ).toBe(true);
      // Nothing outside the markers opens or closes one either.
      expect(
        markdown.replace(/<!-- (task:\S+|rolekit:onboarding person=\S+) -->/g, ''),
        artifact.path,
      ).not.toMatch(/<!--|-->/);
    }
    const quinn = text(artifacts.find((a) => a.path === 'people/quinn.md'));
    expect(quinn).toContain('# Onboarding checklist: Quinn Tester');
    expect(quinn).toContain('QA <!— Engineer at Acme <!— inc');
    expect(quinn).toContain('Buddy: Dana <!— Dev');
    expect(quinn).toContain('- [ ] Welcome <!— meeting · _Mia Lead (manager)_ <!-- task:common/welcome -->');
    expect(quinn).toContain('  - Bring notes <!— and goals');
    expect(quinn).toContain('  - [Notes <!—](https://wiki.acme.test/notes)');
    expect(quinn).toContain('Meet the Developer: Dana <!— Dev');
    expect(text(artifacts.find((a) => a.path === 'index.md'))).toContain('| QA <!— Engineer | Quality |');
  });

  it('prints the text as written in the PDF: only Markdown needs the comment made inert', async () => {
    const { artifacts, diagnostics } = await run({}, hostile);
    expect(diagnostics).toEqual([]);
    const words = squash(await pdfText(artifacts.find((a) => a.path === 'people/quinn.pdf')!.bytes));
    expect(words).toContain('Onboarding checklist: Quinn Tester QA <!-- Engineer · starts');
    expect(words).toContain('Buddy Dana <!-- Dev');
    expect(words).toContain('Welcome <!-- meeting Mia Lead (manager)');
    expect(words).toContain('Bring notes <!-- and goals Notes <!--: https://wiki.acme.test/notes');
    expect(words).toContain('Acme <!-- inc · Onboarding checklist: Quinn Tester Page 1 of 2');
    expect(words).not.toContain('<!—');
  });
});

describe('start dates', () => {
  // The model refuses a day that does not exist before onboarding sees it; RK141 is left for a
  // start date given on the command line (below).
  it('never sees an impossible start date in people.yaml: the model refuses it at the person', () => {
    expect(() =>
      fixtureModel({
        'people.yaml': fixturePeople().replace('startDate: 2026-12-04', 'startDate: 2026-02-30'),
      }),
    ).toThrow(/people\.yaml:\d+:\d+ RK010 startDate '2026-02-30' is not a real date/);
  });

  it('warns about a weekend start and counts from the Monday', async () => {
    const weekend = fixtureModel({
      'people.yaml': fixturePeople().replace('startDate: 2026-12-04', 'startDate: 2026-12-05'),
    });
    const { artifacts, diagnostics } = await run({ pdf: false }, weekend);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RK142', severity: 'warning' })]);
    expect(text(artifacts.find((a) => a.path === 'people/quinn.md'))).toContain(
      '## Day 1 · due Mon 7 Dec 2026',
    );
  });

  it('writes one person from a start date the model does not have', async () => {
    const store = await templates();
    const diagnostics: unknown[] = [];
    const dana = model.person('dana')!;
    const ctx = {
      model,
      options: { ...onboardingGenerator.defaultOptions },
      templates: store,
      date,
      report: (d: unknown) => diagnostics.push(d),
    };
    const out = await personArtifacts(ctx, dana, '2027-01-04');
    expect(diagnostics).toEqual([]);
    expect(out.artifacts.map((a) => a.path)).toEqual(['people/dana.md', 'people/dana.pdf']);
    expect(out.markdown).toContain('## Day 1 · due Mon 4 Jan 2027');
    expect(out.markdown).toContain('## Before day 1 · due Fri 1 Jan 2027');
    const bad = await personArtifacts(ctx, dana, '2027-13-01');
    expect(bad.artifacts).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'RK141' })]);
  });
});

describe('template overrides', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rolekit-onboarding-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uses an organisation’s own partial', async () => {
    await mkdir(join(dir, 'ok/onboarding/partials'), { recursive: true });
    await writeFile(join(dir, 'ok/onboarding/partials/task.md.hbs'), '* [ ] {{upper title}} {{marker}}\n');
    const store = await loadTemplates([defaultTemplatesDir, join(dir, 'ok')]);
    const { artifacts, diagnostics } = await run({ pdf: false }, model, store);
    expect(diagnostics).toEqual([]);
    expect(text(artifacts.find((a) => a.path === 'roles/qa-engineer.md'))).toContain(
      '* [ ] ORDER THE LAPTOP <!-- task:common/laptop -->',
    );
  });

  it('reports a field the view does not have, with the template file and line', async () => {
    await mkdir(join(dir, 'bad/onboarding'), { recursive: true });
    await writeFile(join(dir, 'bad/onboarding/checklist.md.hbs'), '# {{title}}\n\n{{nickname}}\n');
    const store = await loadTemplates([defaultTemplatesDir, join(dir, 'bad')]);
    const { diagnostics } = await run({ pdf: false }, model, store);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({
      code: 'RK070',
      file: join(dir, 'bad/onboarding/checklist.md.hbs'),
      line: 3,
    });
  });
});

function fixturePeople(): string {
  return FIXTURE['people.yaml'] as string;
}

describe('checklist PDFs rendered by worker threads', () => {
  it('are the very bytes rendered in the generator’s own thread', async () => {
    const files = syntheticOrganisation({ roles: WORKERS_FROM, people: 60, repos: 4, activities: 10 });
    const synthetic = modelFromYaml(Object.fromEntries(files));
    const pdfs = async (workers: number) => {
      const result = await withPdfWorkers(workers, () => run({}, synthetic));
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return result.artifacts.filter((a) => a.path.endsWith('.pdf'));
    };
    const here = await pdfs(1);
    const there = await pdfs(2);
    expect(here.length).toBeGreaterThanOrEqual(WORKERS_FROM);
    expect(there.map((a) => a.path)).toEqual(here.map((a) => a.path));
    here.forEach((a, i) => {
      expect(Buffer.from(there[i]!.bytes).equals(Buffer.from(a.bytes)), a.path).toBe(true);
    });
  });
});
