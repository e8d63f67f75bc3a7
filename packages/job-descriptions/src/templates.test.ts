import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadTemplates, runGenerator } from '@rolekit/core';
import { defaultTemplatesDir } from '@rolekit/templates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureModel } from './fixture.js';
import { jobDescriptionsGenerator } from './index.js';

// An organisation overrides any template or partial by putting a file of the same name under
// its own templates directory (rolekit generate --templates DIR); core's loadTemplates lets the
// later directory win. These tests write such a directory and check what reaches the user.

let overrideDir: string;
beforeEach(async () => {
  overrideDir = await mkdtemp(join(tmpdir(), 'rolekit-jd-templates-'));
});
afterEach(async () => {
  await rm(overrideDir, { recursive: true, force: true });
});

async function override(files: Record<string, string>): Promise<void> {
  for (const [name, source] of Object.entries(files)) {
    const path = join(overrideDir, 'job-description', name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, source);
  }
}

async function run(options: Record<string, unknown> = {}) {
  const model = fixtureModel();
  const templates = await loadTemplates([defaultTemplatesDir, overrideDir]);
  return runGenerator(jobDescriptionsGenerator, {
    model,
    templates,
    options,
    date: new Date('2025-03-14T00:00:00Z'),
  });
}

const file = (name: string) => join(overrideDir, 'job-description', name);

describe('a bad template', () => {
  it('with a syntax error stops generate with its file and line', async () => {
    await override({ 'role.md.hbs': '# {{title}}\n\n{{#if mission}}\n{{mission}\n{{/if}}\n' });
    const result = await run();
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RK070',
        severity: 'error',
        file: file('role.md.hbs'),
        line: 4,
        message: expect.stringContaining('template syntax error: unexpected'),
      }),
    ]);
  });

  it('naming a field the view model does not have stops generate with its file and line', async () => {
    await override({ 'role.html.hbs': '<!DOCTYPE html>\n<title>{{title}}</title>\n<p>{{salary}}</p>\n' });
    const result = await run();
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RK070',
        file: file('role.html.hbs'),
        line: 3,
        message: "template names field 'salary', which the model does not have here",
      }),
    ]);
  });

  it('naming an unknown helper is reported by validate, before anything renders', async () => {
    await override({ 'index.md.hbs': '# Roles\n\n{{shout organisation.name}}\n' });
    const result = await run();
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RK070',
        file: file('index.md.hbs'),
        line: 3,
        message: "unknown helper 'shout'",
      }),
    ]);
  });

  it('in a partial is reported against the partial, not the template that includes it', async () => {
    await override({
      'partials/block.md.hbs': '{{#if (eq kind "list")}}\n\n## {{headline}}\n{{/if}}\n',
    });
    const result = await run();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: file('partials/block.md.hbs'),
        line: 3,
        message: "template names field 'headline', which the model does not have here",
      }),
    ]);
  });

  it('naming a field of a plain text says so, in the partial', async () => {
    await override({ 'partials/block.md.hbs': '{{#each columns}}\n- {{text}}\n{{/each}}\n' });
    const result = await run({ formats: 'md', roles: ['tester'] });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: file('partials/block.md.hbs'),
        message: "template names field 'text' on a text ('Indicator'), which has no fields",
        hint: 'inside {{#each}} over a list of texts, write {{this}}',
      }),
    ]);
  });

  it('does not matter when its format is not written', async () => {
    await override({ 'role.md.hbs': '{{#if}}' });
    const result = await run({ formats: 'pdf' });
    expect(result.diagnostics).toEqual([]);
    expect(result.artifacts.map((a) => a.path)).toEqual([
      'developer.pdf',
      'eng-lead.pdf',
      'internal/developer.pdf',
      'internal/eng-lead.pdf',
      'internal/tester.pdf',
      'tester.pdf',
    ]);
  });
});

describe('an override', () => {
  it('replaces a template and keeps the defaults for the rest', async () => {
    await override({ 'role.md.hbs': '# {{upper title}} at {{organisation.name}}\n' });
    const result = await run({ formats: 'md' });
    expect(result.diagnostics).toEqual([]);
    const md = new TextDecoder().decode(result.artifacts.find((a) => a.path === 'tester.md')!.bytes);
    expect(md).toBe('# TESTER at Acme & Sons\n');
    const index = new TextDecoder().decode(result.artifacts.find((a) => a.path === 'index.md')!.bytes);
    expect(index).toContain('[Tester](tester.md)');
  });

  it('of a partial changes every page that uses it, for its own format only', async () => {
    await override({
      'partials/stylesheet.html.hbs': 'body { font-family: "Acme Sans", serif; }',
      'partials/spans.md.hbs': '{{#each this}}{{upper text}}{{/each}}',
    });
    const result = await run({ formats: 'md,html' });
    expect(result.diagnostics).toEqual([]);
    const get = (p: string) => new TextDecoder().decode(result.artifacts.find((a) => a.path === p)!.bytes);
    expect(get('tester.html')).toContain('body { font-family: "Acme Sans", serif; }</style>');
    expect(get('tester.html')).not.toContain('.facts dt');
    expect(get('index.html')).toContain('Acme Sans');
    expect(get('tester.md')).toContain('## Deliverables\n\n- TEST REPORTS\n');
    // The HTML page still uses the default HTML spans of the same name.
    expect(get('tester.html')).toContain(
      '<h2 id="deliverables">Deliverables</h2>\n<ul class="plain">\n<li>Test reports</li>',
    );
  });

  it('still escapes everything from the model in HTML', async () => {
    await override({ 'role.html.hbs': '<!DOCTYPE html>\n<p>{{summary}}</p>\n' });
    const result = await run({ formats: 'html' });
    const html = new TextDecoder().decode(result.artifacts.find((a) => a.path === 'tester.html')!.bytes);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});

it('every default template compiles', async () => {
  const templates = await loadTemplates([defaultTemplatesDir]);
  expect(templates.list('job-description')).toEqual([
    'job-description/index.html.hbs',
    'job-description/index.md.hbs',
    'job-description/partials/activity-list.html.hbs',
    'job-description/partials/activity-list.md.hbs',
    'job-description/partials/block.html.hbs',
    'job-description/partials/block.md.hbs',
    'job-description/partials/brand.html.hbs',
    'job-description/partials/cell.md.hbs',
    'job-description/partials/ref-list.html.hbs',
    'job-description/partials/ref-list.md.hbs',
    'job-description/partials/section-list.html.hbs',
    'job-description/partials/section-list.md.hbs',
    'job-description/partials/spans.html.hbs',
    'job-description/partials/spans.md.hbs',
    'job-description/partials/stylesheet.html.hbs',
    'job-description/role.html.hbs',
    'job-description/role.md.hbs',
  ]);
  expect(await readFile(join(defaultTemplatesDir, 'job-description', 'role.md.hbs'), 'utf8')).toContain(
    '{{> block}}',
  );
});
