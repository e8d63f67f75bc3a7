import { type Artifact, loadTemplates, outputDate, runGenerator, type TemplateStore } from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel, modelFromYaml } from '@rolekit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteGenerator } from './index.js';
import type { SiteOptions } from './options.js';
import { safeJson } from './safe-json.js';
import { SEARCH_GLOBAL, type SearchPayload, searchDocumentsScript } from './search.js';

const decoder = new TextDecoder();
let templates: TemplateStore;
beforeAll(async () => {
  templates = await loadTemplates([defaultTemplatesDir]);
});

async function site(model: Model, options: Partial<SiteOptions> = {}): Promise<Map<string, string>> {
  const run = await runGenerator(siteGenerator, {
    model,
    templates,
    options: { ...siteGenerator.defaultOptions, ...options },
    date: outputDate(model, {}),
  });
  expect(run.diagnostics).toEqual([]);
  return new Map(run.artifacts.map((a: Artifact) => [a.path, decoder.decode(a.bytes)]));
}

/** What the search script assigns, evaluated as a browser would. */
function searchPayload(script: string): SearchPayload {
  const window: Record<string, unknown> = {};
  new Function('window', script)(window);
  return window[SEARCH_GLOBAL] as SearchPayload;
}

describe('public mode', () => {
  let model: Model;
  let pub: Map<string, string>;
  beforeAll(async () => {
    model = await exampleModel();
    pub = await site(model, { mode: 'public' });
  }, 60_000);

  /** Everything only the organisation may read: people, access, code paths, RACI notes, sources. */
  function secrets(): string[] {
    const out = new Set<string>();
    for (const p of model.people) {
      out.add(p.name);
      if (p.email) out.add(p.email);
      if (p.github) out.add(p.github);
      if (p.jiraAccountId) out.add(p.jiraAccountId);
    }
    const org = model.organisation.github?.org;
    for (const r of model.roles) {
      if (r.github && org) out.add(`@${org}/${r.github.team}`);
      for (const g of model.jiraGrantsOf(r.id))
        for (const k of g.permissions) if (k.includes('_')) out.add(k);
      for (const o of model.ownedPathsOf(r.id))
        if (o.pattern.length > 3 && o.pattern.includes('/')) out.add(o.pattern);
      for (const s of r.sources) if (s.note) out.add(s.note.slice(0, 40));
    }
    // RACI notes, but those a role's candidate text also says (e.g. "acceptance criteria").
    const candidateText = JSON.stringify(
      model.roles.map((r) => [
        r.title,
        r.summary,
        r.mission,
        r.responsibilities,
        r.decisionRights,
        r.accountabilities,
        r.deliverables,
        r.kpis,
        r.qualifications,
        r.partners,
      ]),
    );
    for (const a of model.activities)
      for (const x of a.assignments)
        if (x.note && x.note.length > 12 && !candidateText.includes(x.note)) out.add(x.note);
    return [...out];
  }

  it('writes no person page, no RACI page and no internal download link', () => {
    const paths = [...pub.keys()];
    expect(paths.filter((p) => p.startsWith('people/'))).toEqual([]);
    expect(paths).not.toContain('raci.html');
    expect(paths).not.toContain('assets/raci.js');
    for (const r of model.roles) expect(paths).toContain(`roles/${r.id}.html`);
    for (const [path, text] of pub) {
      expect(text, path).not.toMatch(/internal\/|\.\.\/raci\/|\.\.\/onboarding\/|raci\.html|people\//);
      expect(text, path).not.toMatch(/noindex|Internal: not for publication/);
    }
  });

  it('leaks nothing internal into any file: pages, JSON, search index', () => {
    const all = secrets();
    expect(all.length).toBeGreaterThan(100);
    // The same names, escaped as the pages and JSON write them.
    const forms = (s: string) => [
      s,
      JSON.stringify(s).slice(1, -1),
      s.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'),
    ];
    for (const [path, text] of pub) {
      if (path === 'assets/minisearch.js') continue;
      for (const secret of all)
        for (const form of forms(secret)) expect(text.includes(form), `${path}: ${secret}`).toBe(false);
      expect(text, path).not.toMatch(/\bseed \d{3}\b/i);
      expect(text, path).not.toMatch(/Activities \(RACI\)|Code ownership|Permission keys|Held by/);
    }
    const role = JSON.parse(pub.get('api/roles/qa-engineer.json')!);
    for (const key of ['holders', 'access', 'ownedPaths', 'accountableFor', 'sources', 'processes'])
      expect(Object.keys(role), key).not.toContain(key);
    expect(role.responsibilities.length).toBeGreaterThan(0);
    expect(JSON.parse(pub.get('api/roles.json')!).mode).toBe('public');
    // The search finds what a candidate reads, not who holds a role.
    const { documents } = searchPayload(pub.get('assets/search-index.js')!);
    expect(documents.map((d) => d.id)).toEqual(model.roles.map((r) => r.id).sort());
    expect(documents.every((d) => d.people === '')).toBe(true);
    expect(JSON.stringify(documents)).not.toMatch(/ravi|patel/i);
  });

  it('still shows the org chart and every candidate section', () => {
    expect(pub.get('org-chart.html')).toContain('<svg id="org-chart"');
    const qa = pub.get('roles/qa-engineer.html')!;
    expect(qa).toContain('Responsibilities');
    expect(qa).toContain('href="../../job-descriptions/qa-engineer.pdf"');
  });
});

const HOSTILE = `Tests <script>alert("x")</script> & "quotes" </script><b>bold</b> <!-- x --> '\u202eevil' 🚀`;

const FIXTURE: Record<string, string> = {
  'organisation.yaml': `
name: ${JSON.stringify(`Acme <i>&</i> Sons`)}
date: 2025-03-14
families:
  - id: eng
    title: ${JSON.stringify('Engineering <script>x</script>')}
`,
  'roles/lead.yaml': `
id: lead
title: ${JSON.stringify('Lead </script><script>alert(1)</script>')}
family: eng
summary: ${JSON.stringify(HOSTILE)}
responsibilities:
  - ${JSON.stringify('Ship ‮ mirrored ‬ text and 👩🏽‍💻 emoji </script>')}
`,
  'roles/dev.yaml': `
id: dev
title: Developer
family: eng
reportsTo: lead
summary: Writes the code.
partners:
  - role: lead
    for: ${JSON.stringify('plans <!-- -->')}
`,
  'people.yaml': `
people:
  - id: p1
    name: ${JSON.stringify('ليلى <b>ناصر</b> 🚀')}
    roles: [lead]
`,
  'activities.yaml': `
groups:
  - id: g
    title: ${JSON.stringify('Group "<g>"')}
    activities:
      - id: ship
        title: ${JSON.stringify('Ship <it> & "go"')}
        raci:
          lead: A
          dev:
            letter: R
            note: ${JSON.stringify('only </script> when <b>asked</b> " \' `')}
`,
};

describe('a hostile model string', () => {
  let pages: Map<string, string>;
  beforeAll(async () => {
    pages = await site(modelFromYaml(FIXTURE));
  }, 60_000);

  it('is escaped on every page: no markup of the model’s own reaches the HTML', () => {
    for (const [path, text] of pages) {
      if (!path.endsWith('.html')) continue;
      expect(text, path).not.toMatch(/<script>alert|<b>|<i>|<it>|<g>|<!-- x|<!-- -->/);
      // Only the site's own scripts: each opened once and closed once.
      expect((text.match(/<script/g) ?? []).length, path).toBe((text.match(/<\/script>/g) ?? []).length);
      expect(text, path).not.toMatch(/<script>(?!<\/)/);
    }
    const lead = pages.get('roles/lead.html')!;
    expect(lead).toContain(
      'Tests &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;',
    );
    expect(lead).toContain('&lt;!-- x --&gt;');
    expect(lead).toContain('🚀');
    expect(lead).toContain('<h1 dir="auto">Lead &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    const raci = pages.get('raci.html')!;
    expect(raci).toContain('only &lt;/script&gt; when &lt;b&gt;asked&lt;/b&gt; &quot; &#x27; &#x60;');
    expect(pages.get('people/p1.html')).toContain('<h1 dir="auto">ليلى &lt;b&gt;ناصر&lt;/b&gt; 🚀</h1>');
    const chart = pages.get('org-chart.html')!;
    expect(chart).toContain('<title>Lead &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('comes through the JSON and the search index as written, with no way to close a script', () => {
    const role = pages.get('api/roles/lead.json')!;
    expect(JSON.parse(role).summary).toBe(HOSTILE);
    const script = pages.get('assets/search-index.js')!;
    for (const text of [role, script]) {
      expect(text).not.toMatch(/<\/?script|<!--|[\u2028\u2029]/i);
      expect(text).not.toContain('<');
    }
    const { documents } = searchPayload(script);
    expect(documents.find((d) => d.id === 'lead')?.summary).toBe(HOSTILE);
    expect(pages.get('api/roles.json')).toContain('\\u003c/script\\u003e');
  });
});

describe('safeJson', () => {
  it('escapes what could end a script or a string, and parses back to the same value', () => {
    const value = { text: 'a\u2028b\u2029c</script><!--&>', n: 1 };
    const json = safeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps line separators out of the search script, which still loads', () => {
    const script = searchDocumentsScript([
      {
        id: 'x',
        title: 'a\u2028b',
        tags: '',
        summary: '</script>',
        duties: 'c\u2029d',
        people: '',
        family: 'f',
      },
    ]);
    expect(script).not.toMatch(/[\u2028\u2029<]/);
    const payload = searchPayload(script);
    expect(payload.options).toMatchObject({ idField: 'id' });
    expect(payload.documents[0]).toMatchObject({
      title: 'a\u2028b',
      summary: '</script>',
      duties: 'c\u2029d',
    });
  });
});
