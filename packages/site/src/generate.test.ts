import {
  type Artifact,
  loadTemplates,
  outputDate,
  runGenerator,
  type TemplateStore,
  templateStore,
} from '@rolekit/core';
import { jobDescriptionsGenerator } from '@rolekit/job-descriptions';
import type { Model } from '@rolekit/model';
import { onboardingGenerator } from '@rolekit/onboarding';
import { raciGenerator } from '@rolekit/raci';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel } from '@rolekit/testing';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteGenerator } from './index.js';
import type { SiteOptions } from './options.js';
import { COMPACT_CELLS, raciPage, SPLIT_CELLS } from './raci.js';

const decoder = new TextDecoder();

let templates: TemplateStore;
let model: Model;
let internal: Artifact[];
beforeAll(async () => {
  templates = await loadTemplates([defaultTemplatesDir]);
  model = await exampleModel();
  const run = await generate(model);
  expect(run.diagnostics).toEqual([]);
  internal = run.artifacts;
}, 60_000);

export function generate(m: Model, options: Partial<SiteOptions> = {}) {
  return runGenerator(siteGenerator, {
    model: m,
    templates,
    options: { ...siteGenerator.defaultOptions, ...options },
    date: outputDate(m, {}),
  });
}

export function files(artifacts: readonly Artifact[]): Map<string, string> {
  return new Map(artifacts.map((a) => [a.path, decoder.decode(a.bytes)]));
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  // Inline SVG: elements html-validate's HTML rules do not know the content model of.
  // Scripts and styles are the site's own files beside the pages, never a third party's: no SRI.
  // The RACI letters are one group of checkboxes, which share a name as HTML intends.
  rules: {
    'no-unknown-elements': 'off',
    'require-sri': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

/** Every href and src of a page, entities decoded. */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&').replace(/&#x3D;/g, '='),
  );
}

/** out/<generator>/ paths the other generators write for this model with their default options. */
async function otherGeneratorsFiles(m: Model): Promise<Set<string>> {
  const out = new Set<string>();
  const date = outputDate(m, {});
  // No PDFs rendered here (slow): each PDF is written beside the Markdown of the same name.
  const runs = [
    await runGenerator(jobDescriptionsGenerator, {
      model: m,
      templates,
      options: { ...jobDescriptionsGenerator.defaultOptions, formats: 'md,html' },
      date,
    }),
    await runGenerator(onboardingGenerator, {
      model: m,
      templates,
      options: { ...onboardingGenerator.defaultOptions, pdf: false },
      date,
    }),
  ];
  for (const [i, run] of runs.entries()) {
    const name = ['job-descriptions', 'onboarding'][i]!;
    for (const a of run.artifacts) {
      out.add(`${name}/${a.path}`);
      if (a.path.endsWith('.md') && !a.path.endsWith('index.md'))
        out.add(`${name}/${a.path.replace(/\.md$/, '.pdf')}`);
    }
  }
  // The RACI generator's files: the matrix in three formats and a sheet for every role.
  expect(raciGenerator.defaultOptions).toMatchObject({ roleSheets: true });
  for (const f of ['raci.pdf', 'raci.csv', 'raci.md']) out.add(`raci/${f}`);
  for (const r of m.roles) out.add(`raci/roles/${r.id}.pdf`);
  return out;
}

/** Resolves a relative link from a page of out/site/ to a path under out/. */
function resolveLink(page: string, href: string): string {
  const target = href.split('#')[0]!.split('?')[0]!;
  const parts = ['site', ...page.split('/').slice(0, -1)];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

describe('the example organisation, internal (the default)', () => {
  it('writes home, a page and a JSON file per role and person, the RACI page, the org chart and the assets', () => {
    const paths = internal.map((a) => a.path);
    const expected = [
      'index.html',
      ...[...new Set(model.roles.map((r) => r.family.id))].map((f) => `families/${f}.html`),
      'raci.html',
      'org-chart.html',
      'api/roles.json',
      'assets/site.css',
      'assets/search.js',
      'assets/search-index.js',
      'assets/minisearch.js',
      'assets/raci.js',
      ...model.roles.flatMap((r) => [`roles/${r.id}.html`, `api/roles/${r.id}.json`]),
      ...model.people.map((p) => `people/${p.id}.html`),
    ];
    expect([...paths].sort()).toEqual([...expected].sort());
  });

  it('writes pages that pass html-validate', async () => {
    const problems: string[] = [];
    for (const [path, text] of files(internal)) {
      if (!path.endsWith('.html')) continue;
      const report = await validator.validateString(text, path);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the DOM contract every page is tested against in the browser', () => {
    const site = files(internal);
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      expect(html, path).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(html, path).toContain('<main id="main"');
      const root = path.includes('/') ? '../' : '';
      expect(html, path).toContain(`<a class="home" href="${root}index.html"`);
      // Nothing from the network: every script and stylesheet is a relative path.
      for (const link of links(html)) expect(link, `${path}: ${link}`).not.toMatch(/^\/\//);
      expect(html, path).not.toMatch(/<(?:script|link)[^>]+(?:src|href)="https?:/);
    }
    const home = site.get('index.html')!;
    expect(home).toContain('<input type="search" id="search"');
    expect(home).toContain('<ul id="search-results"></ul>');
    // Home lists the families; each family's page its roles, with their files.
    for (const r of model.roles) {
      expect(home).toContain(`<a href="families/${r.family.id}.html" dir="auto">`);
      const family = site.get(`families/${r.family.id}.html`)!;
      expect(family).toContain(`<a href="../roles/${r.id}.html" dir="auto">${escapeHtml(r.title)}</a>`);
      expect(family).toContain(`<a href="../../job-descriptions/${r.id}.pdf">`);
      expect(site.get(`roles/${r.id}.html`)).toContain(`<h1 dir="auto">${escapeHtml(r.title)}</h1>`);
    }
    expect(home).not.toContain('href="roles/');
    const raci = site.get('raci.html')!;
    expect(raci).toContain('<table id="raci-matrix">');
    for (const id of ['filter-role', 'filter-family', 'filter-group'])
      expect(raci).toContain(`<select id="${id}">`);
    expect(raci).toContain('<option value="">All roles</option>');
    for (const letter of ['R', 'A', 'C', 'I'])
      expect(raci).toContain(`<input type="checkbox" name="letter" value="${letter}" checked>`);
    const chart = site.get('org-chart.html')!;
    expect(chart).toContain('<svg id="org-chart"');
    for (const r of model.roles) expect(chart).toContain(`<a href="roles/${r.id}.html">`);
  });

  it('links only to files that exist: its own, and the other generators’', async () => {
    const site = files(internal);
    const others = await otherGeneratorsFiles(model);
    const missing: string[] = [];
    let checked = 0;
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      for (const href of links(html)) {
        if (/^(https?:|mailto:)/.test(href) || href.startsWith('#')) continue;
        const target = resolveLink(path, href);
        checked++;
        const ok = target.startsWith('site/') ? site.has(target.slice(5)) : others.has(target);
        if (!ok) missing.push(`${path}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    // Every download of every kind is linked from the home page or, a role's, from its family's.
    const home = site.get('index.html')!;
    for (const href of ['../raci/raci.pdf', '../raci/raci.csv', '../onboarding/index.md'])
      expect(home).toContain(`href="${href}"`);
    const family = site.get(`families/${model.role('qa-engineer')!.family.id}.html`)!;
    for (const href of [
      '../../job-descriptions/qa-engineer.pdf',
      '../../job-descriptions/internal/qa-engineer.pdf',
      '../../onboarding/roles/qa-engineer.pdf',
      '../../raci/roles/qa-engineer.pdf',
    ])
      expect(family).toContain(`href="${href}"`);
  });

  it('gives every activity a row and every role a column, each letter with why', () => {
    const raci = files(internal).get('raci.html')!;
    const rows = [...raci.matchAll(/<tr data-activity="([^"]+)" data-group="([^"]+)">(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(model.activities.map((a) => a.id));
    for (const [, id, group, body] of rows) {
      const activity = model.activity(id!)!;
      expect(group).toBe(activity.group);
      const cells = [...body!.matchAll(/<td data-role="([^"]+)" data-letter="([RACISV]?)">/g)];
      const held = new Map(activity.assignments.map((a) => [a.role, a.letter]));
      expect(cells.filter((c) => c[2] !== '').length, id).toBe(held.size);
      for (const [, role, letter] of cells) expect(letter, `${id} ${role}`).toBe(held.get(role!) ?? '');
    }
    // A note from the model says why, both as a title and in the element the letter points to.
    const noted = model.activities.flatMap((a) => a.assignments.filter((x) => x.note).map((x) => ({ a, x })));
    expect(noted.length).toBeGreaterThan(0);
    const { a, x } = noted[0]!;
    const role = model.role(x.role)!;
    const cell = new RegExp(
      `<td data-role="${x.role}" data-letter="${x.letter}"><button type="button" class="cell l-${x.letter}" title="([^"]+)" aria-describedby="(why-[0-9-]+)">${x.letter}</button><span class="why" id="\\2" role="tooltip" dir="auto">([^<]+)</span></td>`,
    );
    const row = rows.find((r) => r[1] === a.id)![3]!;
    const m = cell.exec(row);
    expect(m, row).not.toBeNull();
    expect(m![3]).toContain(escapeHtml(x.note!));
    expect(m![3]).toContain(escapeHtml(role.title));
  });

  it('shows on a role page its holders with all their hats, and links their pages', () => {
    const site = files(internal);
    const twoHats = model.people.find((p) => p.roles.length > 1)!;
    const [first, second] = twoHats.roles as [string, string];
    const page = site.get(`roles/${first}.html`)!;
    expect(page).toContain(
      `<a href="../people/${twoHats.id}.html" dir="auto">${escapeHtml(twoHats.name)}</a>`,
    );
    expect(page).toContain(
      `<a href="${second}.html" dir="auto">${escapeHtml(model.role(second)!.title)}</a>`,
    );
    const person = site.get(`people/${twoHats.id}.html`)!;
    for (const r of twoHats.roles) expect(person).toContain(`<a href="../roles/${r}.html"`);
  });

  it('shows the internal job description: RACI with notes, code owned and access', () => {
    const page = files(internal).get('roles/qa-engineer.html')!;
    expect(page).toContain('Activities (RACI)');
    for (const o of model.ownedPathsOf('qa-engineer')) expect(page).toContain(escapeHtml(o.pattern));
    const team = model.role('qa-engineer')!.github!.team;
    expect(page).toContain(`@${model.organisation.github!.org}/${team}`);
    for (const g of model.jiraGrantsOf('qa-engineer')) expect(page).toContain(escapeHtml(g.scheme.name));
    for (const a of model.assignmentsOf('qa-engineer').filter((x) => x.note))
      expect(page).toContain(escapeHtml(a.note!));
  });

  it('writes names in every script as they are, in elements that find their own direction', () => {
    const site = files(internal);
    for (const id of ['layla-nasser', 'wang-fang']) {
      const person = model.person(id)!;
      expect(site.get(`people/${id}.html`)).toContain(`<h1 dir="auto">${person.name}</h1>`);
      expect(site.get('roles/support-engineer.html')).toContain(`dir="auto">${person.name}</a>`);
    }
    // The new hire's dated checklist, with a link to it.
    const wang = site.get('people/wang-fang.html')!;
    expect(wang).toContain('href="../../onboarding/people/wang-fang.pdf"');
    expect(wang).toMatch(/due [A-Z][a-z]{2} \d+ [A-Z][a-z]{2} 2026/);
  });

  it('serves a JSON API: every role listed, each role whole with its holders', () => {
    const site = files(internal);
    const index = JSON.parse(site.get('api/roles.json')!);
    expect(index.mode).toBe('internal');
    expect(index.roles.map((r: { id: string }) => r.id)).toEqual(model.roles.map((r) => r.id));
    const qa = JSON.parse(site.get('api/roles/qa-engineer.json')!);
    expect(qa).toMatchObject({ id: 'qa-engineer', title: 'QA Engineer', page: 'roles/qa-engineer.html' });
    expect(qa.holders.map((h: { id: string }) => h.id)).toEqual(
      model.peopleInRole('qa-engineer').map((p) => p.id),
    );
    expect(qa.access.github.team).toBe(model.role('qa-engineer')!.github!.team);
    expect(qa.ownedPaths.length).toBe(model.ownedPathsOf('qa-engineer').length);
  });

  it('gives the same bytes on a second run, org chart coordinates included', async () => {
    const again = await generate(model);
    expect(again.artifacts.map((a) => a.path)).toEqual(internal.map((a) => a.path));
    for (const [i, a] of again.artifacts.entries())
      expect(decoder.decode(a.bytes), a.path).toBe(decoder.decode(internal[i]!.bytes));
  }, 60_000);
});

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"'`=]/g,
    (c) =>
      ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#x27;',
        '`': '&#x60;',
        '=': '&#x3D;',
      })[c]!,
  );
}

describe('options', () => {
  it('reports an unknown mode or option and writes nothing', async () => {
    const run = await generate(model, { mode: 'secret', colour: 'red' } as never);
    expect(run.artifacts).toEqual([]);
    expect(run.diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining(["unknown site mode 'secret'", "unknown option 'site.colour'"]),
    );
  });
});

describe('a large RACI matrix', () => {
  it('leaves its empty cells unnamed (raci.js names them from their column) and keeps every letter', () => {
    const full = raciPage(model);
    const compact = raciPage(model, 0);
    const cells = (v: typeof full) => v.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(cells(full).every((c) => c.role !== '')).toBe(true);
    const lettered = cells(full).filter((c) => c.letter !== '');
    expect(lettered.length).toBeGreaterThan(0);
    expect(cells(compact).filter((c) => c.letter !== '')).toEqual(lettered);
    const empty = cells(compact).filter((c) => c.letter === '');
    expect(empty.length).toBe(cells(full).length - lettered.length);
    expect(empty.every((c) => c.role === '' && c.why === null)).toBe(true);
    // The example stays below the threshold, so its page names every cell.
    expect(full.columns.length * model.activities.length).toBeLessThan(COMPACT_CELLS);
  });

  it('gives the default template its cells as runs of bare cells, the same cells in fewer steps', () => {
    for (const view of [raciPage(model), raciPage(model, 0)])
      for (const row of view.groups.flatMap((g) => g.rows)) {
        const again = row.runs.flatMap((r) => [
          ...Array.from({ length: r.bare.length / '<td></td>'.length }, () =>
            row.cells.find((c) => c.role === ''),
          ),
          ...(r.cell ? [r.cell] : []),
        ]);
        expect(again).toEqual(row.cells);
        expect(row.runs.every((r) => /^(<td><\/td>)*$/.test(r.bare))).toBe(true);
      }
    // A compact row takes one step per lettered cell and one for the bare cells after the last.
    const compact = raciPage(model, 0).groups.flatMap((g) => g.rows);
    const steps = compact.reduce((n, r) => n + r.runs.length, 0);
    const lettered = compact.reduce((n, r) => n + r.cells.filter((c) => c.letter !== '').length, 0);
    expect(steps).toBeLessThanOrEqual(lettered + compact.length);
    expect(steps).toBeLessThan(compact.reduce((n, r) => n + r.cells.length, 0) / 4);
  });

  it('writes the same page for a template that goes through the cells one by one', async () => {
    // What raci.html.hbs did before runs: an organisation's copy of it must still work, byte for byte.
    const source = templates.get('site/raci.html.hbs')!.source;
    const cellByCell = source.replace(
      /\{\{#each runs\}\}\{\{\{bare\}\}\}\{\{#with cell\}\}(.*?)\{\{\/with\}\}\{\{\/each\}\}/,
      '{{#each cells}}$1{{/each}}',
    );
    expect(cellByCell).not.toBe(source);
    const overridden = templateStore([
      ...templates.list('site').map((n) => templates.get(n)!),
      { name: 'site/raci.html.hbs', source: cellByCell, file: 'override/site/raci.html.hbs' },
    ]);
    for (const options of [{}, { raciPageCells: 1 }]) {
      const run = (t: TemplateStore) =>
        runGenerator(siteGenerator, {
          model,
          templates: t,
          options: { ...siteGenerator.defaultOptions, ...options },
          date: outputDate(model, {}),
        });
      const [ours, theirs] = [
        files((await run(templates)).artifacts),
        files((await run(overridden)).artifacts),
      ];
      const raci = [...ours.keys()].filter((p) => p === 'raci.html' || p.startsWith('raci/'));
      expect(raci.length).toBeGreaterThan(0);
      for (const path of raci) expect(theirs.get(path), path).toBe(ours.get(path));
    }
  }, 60_000);
});

describe('a RACI matrix above raciPageCells', () => {
  let site: Map<string, string>;
  beforeAll(async () => {
    const run = await generate(model, { raciPageCells: 1 });
    expect(run.diagnostics).toEqual([]);
    site = files(run.artifacts);
  }, 60_000);

  it('writes one page per role family: its roles’ columns, every activity they hold a letter in', () => {
    const families = model.organisation.families.filter((f) =>
      model.activities.some((a) => a.assignments.some((x) => model.role(x.role)?.family.id === f.id)),
    );
    const pages = [...site.keys()].filter((p) => p.startsWith('raci/')).sort();
    expect(pages).toEqual(families.map((f) => `raci/${f.id}.html`).sort());
    let letters = 0;
    for (const family of families) {
      const html = site.get(`raci/${family.id}.html`)!;
      const roles = new Set(model.roles.filter((r) => r.family.id === family.id).map((r) => r.id));
      const columns = [...html.matchAll(/<th scope="col" data-role="([^"]+)" data-family="([^"]+)"/g)];
      const holding = [...roles].filter((id) =>
        model.activities.some((a) => a.assignments.some((x) => x.role === id)),
      );
      expect(columns.map((c) => c[1]).sort(), family.id).toEqual(holding.sort());
      expect(new Set(columns.map((c) => c[2]))).toEqual(new Set([family.id]));
      const rows = [...html.matchAll(/<tr data-activity="([^"]+)" data-group="[^"]+">(.*?)<\/tr>/g)];
      const activities = model.activities.filter((a) => a.assignments.some((x) => roles.has(x.role)));
      expect(
        rows.map((r) => r[1]),
        family.id,
      ).toEqual(activities.map((a) => a.id));
      for (const [, id, body] of rows) {
        const held = model.activity(id!)!.assignments.filter((x) => roles.has(x.role));
        const cells = [...body!.matchAll(/<td data-role="([^"]+)" data-letter="([A-Z])">/g)];
        expect(cells.map((c) => `${c[1]}:${c[2]}`).sort()).toEqual(
          held.map((x) => `${x.role}:${x.letter}`).sort(),
        );
        // Every cell of the row is there: the lettered ones named, the empty ones bare.
        expect((body!.match(/<td/g) ?? []).length).toBe(columns.length);
        letters += held.length;
      }
      // The family filter has nothing to narrow on a family's page; the others are all there.
      expect(html).not.toContain('id="filter-family"');
      for (const id of ['filter-role', 'filter-group']) expect(html).toContain(`<select id="${id}">`);
      expect(html).toContain('<script src="../assets/raci.js"></script>');
      expect(html).toContain('<a href="../raci.html">Every family</a>');
    }
    expect(letters).toBe(model.activities.reduce((n, a) => n + a.assignments.length, 0));
  });

  it('makes raci.html an index of the family pages with their counts', () => {
    const index = site.get('raci.html')!;
    expect(index).not.toContain('id="raci-matrix"');
    const lines = [
      ...index.matchAll(
        /<tr><th scope="row"><a href="raci\/([^"]+)\.html" dir="auto">[^<]+<\/a><\/th><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g,
      ),
    ];
    expect(lines.length).toBe([...site.keys()].filter((p) => p.startsWith('raci/')).length);
    for (const [, family, roles, activities, letters] of lines) {
      const ids = new Set(model.roles.filter((r) => r.family.id === family).map((r) => r.id));
      const held = model.activities.flatMap((a) => a.assignments.filter((x) => ids.has(x.role)));
      expect(Number(roles), family).toBe(new Set(held.map((x) => x.role)).size);
      expect(Number(activities), family).toBe(
        model.activities.filter((a) => a.assignments.some((x) => ids.has(x.role))).length,
      );
      expect(Number(letters), family).toBe(held.length);
    }
  });

  it('writes an index and family pages that pass html-validate and link only to files that exist', async () => {
    const problems: string[] = [];
    const others = await otherGeneratorsFiles(model);
    for (const [path, text] of site) {
      if (!(path === 'raci.html' || path.startsWith('raci/'))) continue;
      const report = await validator.validateString(text, path);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      for (const href of links(text)) {
        if (href.startsWith('#')) continue;
        const target = resolveLink(path, href);
        if (!(target.startsWith('site/') ? site.has(target.slice(5)) : others.has(target)))
          problems.push(`${path}: ${href} leads nowhere`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the example, below the threshold, on one page', () => {
    const single = files(internal);
    expect(single.get('raci.html')).toContain('id="raci-matrix"');
    expect([...single.keys()].some((p) => p.startsWith('raci/'))).toBe(false);
    expect(model.roles.length * model.activities.length).toBeLessThan(SPLIT_CELLS);
  });
});
