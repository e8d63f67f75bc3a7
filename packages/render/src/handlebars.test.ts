import { templateStore } from '@rolekit/core';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compiledCode, createRenderer, HELPERS, partialReads, TemplateError } from './handlebars.js';

// createRenderer compiles `{{> partial key=value}}` through a helper of its own (see
// PARTIAL_CONTEXT in handlebars.ts), so these tests hold its output to stock Handlebars'.

const PARTIALS: Record<string, string> = {
  'partials/show.md.hbs': '[{{heading}}|{{#each items}}{{this}},{{/each}}|{{title}}]',
  'partials/at.md.hbs': '{{@index}}:{{heading}}:{{title}};',
  'partials/keys.md.hbs': '{{#each this}}{{@key}}={{this}};{{/each}}',
  'partials/frame.md.hbs': '<{{heading}}:{{> @partial-block}}>',
  // Partials that read only names of their hash get the hash alone; these hold that to stock too.
  'partials/list.md.hbs': '{{#if (any items)}}## {{heading}}\n{{#each items}}- {{this}}\n{{/each}}{{/if}}',
  'partials/within.md.hbs': '{{#with nested}}{{title}}:{{heading}}{{/with}}',
  'partials/dotted.md.hbs': '{{this.heading}}/{{@root.title}}/{{lower heading}}',
  // And partials that read more: a field from inside a block, in {{else}}, the context itself.
  'partials/parent.md.hbs': '{{#each items}}{{this}}/{{../title}};{{/each}}',
  'partials/otherwise.md.hbs': '{{#each items}}{{this}}{{else}}none of {{title}}{{/each}}',
  'partials/passes.md.hbs': '{{heading}}:{{> keys}}',
  'partials/section.md.hbs': '{{#items}}{{this}},{{/items}}',
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
    'a partial that reads only its hash':
      '{{> list heading="H" items=list}}{{> list heading="E" items=nothing}}',
    'a partial that reads only its hash, in a block over another context':
      '{{> within nested=nested heading="ignored"}}',
    'a partial that reads only its hash, through this. and @root': '{{> dotted heading="Dotted"}}',
    'a partial that reads a name its hash lacks': '{{> list heading="H"}}{{> dotted title="T"}}',
    'a partial that reads the context from inside a block': '{{> parent items=words}}',
    'a partial that reads the context in {{else}}': '{{> otherwise items=nothing}}',
    'a partial that passes its context on': '{{> passes heading="H" extra=list}}',
    'a partial with a block over a field': '{{> section items=words}}',
    'an inline partial standing in for one of the folder':
      '{{#*inline "list"}}inline {{title}} {{heading}}{{/inline}}{{> list heading="H" items=list}}',
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

describe('Markdown output and HTML comments', () => {
  const hostile = {
    title: '<!-- hides the rest',
    summary: 'ends -->',
    marker: '<!-- task:x -->',
    people: [{ title: 'a <!--', heading: 'b -->' }],
    words: ['w <!--'],
    nothing: null,
  };

  it('never lets a printed value open or close a comment, through fields, helpers, partials and blocks', () => {
    const renderer = rendererOf({
      'main.md.hbs':
        '<!-- kept: the template’s own -->\n# {{title}}\n{{summary}}|{{mdCell title}}|{{lower summary}}|{{"title"}}\n{{#each people}}{{> show heading=heading items=../words}}{{/each}}\n{{marker}}|{{{summary}}}|{{title}}{{marker}}',
    });
    expect(renderer.problems).toEqual([]);
    expect(renderer.render('main.md.hbs', hostile)).toBe(
      '<!-- kept: the template’s own -->\n# <!\u2014 hides the rest\nends \u2014>|<!\u2014 hides the rest|ends \u2014>|<!\u2014 hides the rest\n' +
        '[b \u2014>|w <!\u2014,|a <!\u2014]\n<!-- task:x -->|ends -->|<!\u2014 hides the rest<!-- task:x -->',
    );
  });

  it('never lets a printed value start a tag, a declaration or an instruction: GitHub would fold or drop what follows', () => {
    const renderer = rendererOf({ 'main.md.hbs': '<details>{{#each words}}\n{{this}}{{/each}}\n</details>' });
    const words = [
      '<details><summary>x</summary> folds the rest',
      '</div> <!DOCTYPE x> <?pi?> <![CDATA[ y ]]>',
      'a < b, x<3, <-- not a tag, <!— already inert',
      '\\<b> escaped already, \\\\<b> a backslash then a tag',
      '<!-- task:x -->',
    ];
    expect(renderer.render('main.md.hbs', { words })).toBe(
      '<details>\n' +
        '\\<details>\\<summary>x\\</summary> folds the rest\n' +
        '\\</div> \\<!DOCTYPE x> \\<?pi?> \\<![CDATA[ y ]]>\n' +
        'a < b, x<3, <-- not a tag, <!\u2014 already inert\n' +
        '\\<b> escaped already, \\\\\\<b> a backslash then a tag\n' +
        '<!-- task:x -->\n</details>',
    );
  });

  it('prints what stock Handlebars prints for any other value', () => {
    const template = '{{title}}:{{nothing}}:{{list}}:{{nested.items}}:{{@root.heading}}';
    expect(rendererOf({ 'main.md.hbs': template }).render('main.md.hbs', data)).toBe(stock(template, data));
  });

  it('still reports a misspelt field, which the rewrite moves into a helper’s argument', () => {
    const renderer = rendererOf({ 'main.md.hbs': '{{titel}}' });
    expect(() => renderer.render('main.md.hbs', data)).toThrow(TemplateError);
  });

  it('leaves HTML output to HTML escaping', () => {
    const renderer = createRenderer(
      templateStore([{ name: 't/main.html.hbs', source: '<p>{{title}}</p>', file: '/x/t/main.html.hbs' }]),
      't',
      'html',
    );
    expect(renderer.render('main.html.hbs', hostile)).toBe('<p>&lt;!-- hides the rest</p>');
  });
});

describe('partialReads', () => {
  const reads = (source: string) => partialReads(Handlebars.parseWithoutProcessing(source));

  it('names the fields a partial reads at its top, also in {{#if}} and {{else}}', () => {
    expect(reads(PARTIALS['partials/list.md.hbs']!)).toEqual(['items', 'heading']);
    expect(
      reads('{{#unless a}}{{b}}{{else}}{{c.d}}{{/unless}}{{#each e}}{{f}}{{else}}{{g}}{{/each}}'),
    ).toEqual(['a', 'b', 'c', 'e', 'g']);
    expect(reads('{{join items ", "}} {{mdCell (lower name) }} {{@index}} {{> other item}}')).toEqual([
      'items',
      'name',
      'item',
    ]);
  });

  it('gives up on a partial that may read more of its context', () => {
    for (const source of [
      '{{this}}',
      '{{#each this}}{{/each}}',
      '{{> other}}',
      '{{> other x=1}}',
      '{{#each items}}{{../title}}{{/each}}',
      '{{#with a}}{{#each b}}{{../../c}}{{/each}}{{/with}}',
      '{{#items}}{{/items}}',
      '{{#*inline "x"}}{{/inline}}',
      '{{#> other}}{{/other}}',
      '{{"title"}}',
    ])
      expect(reads(source), source).toBeNull();
  });
});

describe('templates of another output in a folder', () => {
  const files = (extra: Record<string, string>) =>
    templateStore(
      Object.entries({ 'page.html.hbs': '<p>{{text}}</p>', 'page.md.hbs': '{{text}}', ...extra }).map(
        ([name, source]) => ({ name: `mixed/${name}`, source, file: `/x/mixed/${name}` }),
      ),
    );

  it('are rendered in the renderer’s own mode, whichever renderer compiled them first', () => {
    const store = files({});
    const html = createRenderer(store, 'mixed', 'html');
    const md = createRenderer(store, 'mixed', 'markdown');
    const data = { text: 'a < b & c' };
    expect(md.render('page.html.hbs', data)).toBe('<p>a < b & c</p>');
    expect(html.render('page.html.hbs', data)).toBe('<p>a &lt; b &amp; c</p>');
    expect(html.render('page.md.hbs', data)).toBe('a &lt; b &amp; c');
    expect(md.render('page.md.hbs', data)).toBe('a < b & c');
  });

  it('are checked by every renderer of the folder', () => {
    const store = files({ 'broken.html.hbs': '{{#if x}}\n{{x}\n{{/if}}\n', 'odd.md.hbs': '{{nope 1}}' });
    for (const mode of ['markdown', 'html'] as const) {
      expect(createRenderer(store, 'mixed', mode).problems).toEqual([
        expect.objectContaining({ file: '/x/mixed/broken.html.hbs', line: 2 }),
        expect.objectContaining({ file: '/x/mixed/odd.md.hbs', message: "unknown helper 'nope'" }),
      ]);
    }
  });
});

describe('what a render costs', () => {
  const folder = (templates: Record<string, string>) =>
    templateStore(
      Object.entries(templates).map(([name, source]) => ({
        name: `c/${name}`,
        source,
        file: `/x/c/${name}`,
      })),
    );

  it('registers only the helpers the folder’s templates name (each top-level render wraps every one)', () => {
    const html = createRenderer(
      folder({ 'a.html.hbs': '{{#if (eq a "x")}}{{> p b=a}}{{/if}}', 'partials/p.html.hbs': '{{b}}' }),
      'c',
      'html',
    );
    expect(html.helpers).toEqual([
      'blockHelperMissing',
      'each',
      'eq',
      'helperMissing',
      'if',
      'rolekit-partial-context',
    ]);
    expect(html.render('a.html.hbs', { a: 'x' })).toBe('x');
    // Handlebars' own helpers and ours still work wherever a template names them.
    const md = createRenderer(
      folder({
        'b.md.hbs':
          '{{#each list}}{{lookup ../names @index}}{{#unless @last}},{{/unless}}{{/each}} {{#with o}}{{upper v}}{{/with}}',
      }),
      'c',
      'markdown',
    );
    expect(md.helpers).toEqual(
      expect.arrayContaining(['each', 'lookup', 'unless', 'with', 'upper', 'rolekit-inert']),
    );
    expect(md.helpers).not.toContain('eq');
    expect(md.render('b.md.hbs', { list: [1, 2], names: ['a', 'b'], o: { v: 'w' } })).toBe('a,b W');
    // `unless` calls `if`, and a section over a list (`{{#list}}`) calls `each`, by their names.
    const plain = createRenderer(
      folder({ 'u.md.hbs': '{{#unless no}}u{{/unless}}{{#list}}{{this}}{{/list}}' }),
      'c',
      'markdown',
    );
    expect(plain.render('u.md.hbs', { no: false, list: [1, 2] })).toBe('u12');
  });

  it('passes no location to a helper (three new objects a call), and still names a missing field’s line and column', () => {
    let seen: unknown = 'not called';
    HELPERS['rolekit-test-probe'] = (options: Handlebars.HelperOptions) => {
      seen = (options as { loc?: unknown }).loc;
      return '';
    };
    try {
      const r = createRenderer(
        folder({ 'p.html.hbs': '{{#if a}}\n  {{rolekit-test-probe}}{{a.b}}\n{{/if}}' }),
        'c',
        'html',
      );
      expect(r.render('p.html.hbs', { a: { b: 'x' } })).toBe('  x\n');
      expect(seen).toBeUndefined();
      expect(() => r.render('p.html.hbs', { a: {} })).toThrow(TemplateError);
      try {
        r.render('p.html.hbs', { a: {} });
      } catch (error) {
        expect((error as TemplateError).diagnostic).toMatchObject({
          line: 2,
          column: 27,
          file: '/x/c/p.html.hbs',
        });
      }
    } finally {
      delete HELPERS['rolekit-test-probe'];
    }
  });
});

describe('compiled code', () => {
  it('reads each helper straight off the helper table, not through lookupProperty (3 million calls for the site)', () => {
    const code = compiledCode('{{#if (eq a "x")}}{{#each b}}{{join list ", "}}{{/each}}{{/if}}', 'html');
    expect(code).toContain('helpers["if"]');
    expect(code).toContain('helpers["each"]');
    expect(code).toContain('helpers["eq"]');
    expect(code).toContain('helpers["join"]');
    expect(code).not.toMatch(/lookupProperty\(helpers/);
    // Fields are still read through it, strictly where strict mode says.
    expect(code).toContain('lookupProperty(depth0,"a")');
  });
});
