import { templateStore } from '@rolekit/core';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createRenderer, HELPERS, TemplateError } from './handlebars.js';

// createRenderer compiles `{{> partial key=value}}` through a helper of its own (see
// PARTIAL_CONTEXT in handlebars.ts), so these tests hold its output to stock Handlebars'.

const PARTIALS: Record<string, string> = {
  'partials/show.md.hbs': '[{{heading}}|{{#each items}}{{this}},{{/each}}|{{title}}]',
  'partials/at.md.hbs': '{{@index}}:{{heading}}:{{title}};',
  'partials/keys.md.hbs': '{{#each this}}{{@key}}={{this}};{{/each}}',
  'partials/frame.md.hbs': '<{{heading}}:{{> @partial-block}}>',
};

function rendererOf(templates: Record<string, string>) {
  const files = { ...PARTIALS, ...templates };
  return createRenderer(
    templateStore(
      Object.entries(files).map(([name, source]) => ({ name: `t/${name}`, source, file: `/x/t/${name}` })),
    ),
    't',
    'markdown',
  );
}

/** The same templates in a plain Handlebars environment, without the rewrite. */
function stock(template: string, data: unknown): string {
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) env.registerHelper(name, helper);
  for (const [name, source] of Object.entries(PARTIALS))
    env.registerPartial(name.slice('partials/'.length).replace(/\.md\.hbs$/, ''), source);
  return env.compile(template, { strict: true, noEscape: true })(data);
}

const data = {
  title: 'Role',
  heading: 'outer',
  list: ['a', 'b'],
  words: ['x', 'y'],
  nested: { title: 'Inner', heading: 'inner', items: ['n'] },
  people: [
    { title: 'P1', heading: 'h1' },
    { title: 'P2', heading: 'h2' },
  ],
  nothing: null,
};

describe('partials called with a hash', () => {
  const cases: Record<string, string> = {
    'the current context and the hash': '{{> show heading="H" items=list}}',
    'a hash key the context already has, in its place': '{{> keys title="T" extra=list}}',
    'an explicit context and a hash': '{{> show nested heading="H2"}}',
    'a null context': '{{> keys nothing heading="H3" items=list}}',
    'inside each, over texts': '{{#each words}}{{> keys n=@index}}{{/each}}',
    'inside each, over objects, with @index':
      '{{#each people}}{{> show items=../words}}{{> at heading=@index}}{{/each}}',
    'in an else branch': '{{#if nothing}}no{{else}}{{> show heading="else" items=words}}{{/if}}',
    'as a standalone line, indented': 'before\n  {{> show heading="line" items=list}}\nafter\n',
    'a partial block': '{{#> frame heading="block"}}{{title}}{{/frame}}',
    'no hash at all': '{{> show}}',
  };
  for (const [what, template] of Object.entries(cases)) {
    it(`renders ${what} as stock Handlebars does`, () => {
      const renderer = rendererOf({ 'main.md.hbs': template });
      expect(renderer.problems).toEqual([]);
      expect(renderer.render('main.md.hbs', data)).toBe(stock(template, data));
    });
  }

  it('leaves the data alone', () => {
    const renderer = rendererOf({ 'main.md.hbs': '{{> show heading="H" items=list}}' });
    const copy = structuredClone(data);
    renderer.render('main.md.hbs', data);
    expect(data).toEqual(copy);
  });

  it('still reports a partial given two contexts', () => {
    const renderer = rendererOf({ 'main.md.hbs': 'x\n{{> show nested list heading="H"}}\n' });
    expect(renderer.problems).toEqual([
      expect.objectContaining({ file: '/x/t/main.md.hbs', message: expect.stringContaining('partial') }),
    ]);
  });

  it('does not offer its own helper to templates', () => {
    const renderer = rendererOf({ 'main.md.hbs': '{{> show heading=(nope 1)}}' });
    expect(renderer.problems).toEqual([expect.objectContaining({ message: "unknown helper 'nope'" })]);
    expect(renderer.problems[0]?.hint).toBe(`available helpers: ${Object.keys(HELPERS).join(', ')}`);
  });

  it('reports a field missing inside the partial with the partial’s file', () => {
    const renderer = rendererOf({
      'main.md.hbs': '{{> oops heading="H"}}',
      'partials/oops.md.hbs': '{{heading}} {{salary}}',
    });
    expect(() => renderer.render('main.md.hbs', data)).toThrow(TemplateError);
    try {
      renderer.render('main.md.hbs', data);
    } catch (error) {
      expect((error as TemplateError).diagnostic).toEqual(
        expect.objectContaining({ file: '/x/t/partials/oops.md.hbs', line: 1 }),
      );
    }
  });
});
