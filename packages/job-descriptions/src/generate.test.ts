import {
  type Artifact,
  contentKey,
  loadTemplates,
  outputDate,
  runGenerator,
  type TemplateStore,
} from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { WORKERS_FROM } from '@rolekit/render';
import { defaultTemplatesDir } from '@rolekit/templates';
import {
  exampleModel,
  headingsAtFoot,
  modelFromYaml,
  pdfInfo,
  pdfMissingGlyphs,
  pdfText,
  pdfWords,
  squash,
  syntheticOrganisation,
  withPdfWorkers,
} from '@rolekit/testing';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, viewFor } from './document.js';
import { FIXTURE, fixtureModel, HOSTILE_SUMMARY } from './fixture.js';
import { jobDescriptionsGenerator } from './index.js';
import { layoutOf } from './layout.js';
import type { JobDescriptionsOptions } from './options.js';
import { buildRoleView, missingForGoogle } from './view.js';

const decoder = new TextDecoder();
const text = (artifacts: readonly Artifact[], path: string) => {
  const artifact = artifacts.find((a) => a.path === path);
  if (!artifact) throw new Error(`no ${path} among ${artifacts.map((a) => a.path).join(', ')}`);
  return decoder.decode(artifact.bytes);
};
const bytes = (artifacts: readonly Artifact[], path: string) => artifacts.find((a) => a.path === path)!.bytes;

let templates: TemplateStore;
beforeAll(async () => {
  templates = await loadTemplates([defaultTemplatesDir]);
});

function run(model: Model, options: Partial<JobDescriptionsOptions> = {}, env: NodeJS.ProcessEnv = {}) {
  return runGenerator(jobDescriptionsGenerator, { model, templates, options, date: outputDate(model, env) });
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] });

async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD');
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

/** The lines of a Markdown section, from its heading to the next heading of any level. */
function mdSection(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no '${heading}'`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.startsWith('- '));
}

describe('the example organisation', () => {
  let model: Model;
  let artifacts: Artifact[];
  beforeAll(async () => {
    model = await exampleModel();
    const result = await run(model);
    expect(result.diagnostics).toEqual([]);
    artifacts = result.artifacts;
  });

  it('writes md, html and pdf for every role, and an index in md and html', () => {
    const expected = [
      ...model.roles.flatMap((r) => [`${r.id}.html`, `${r.id}.md`, `${r.id}.pdf`]),
      ...model.roles.flatMap((r) => [`internal/${r.id}.html`, `internal/${r.id}.md`, `internal/${r.id}.pdf`]),
      'index.html',
      'index.md',
      'internal/index.html',
      'internal/index.md',
    ].sort();
    expect(artifacts.map((a) => a.path)).toEqual(expected);
    expect(artifacts.find((a) => a.path === 'qa-engineer.pdf')!.mediaType).toBe('application/pdf');
  });

  it('prints the Arabic and Chinese of the example as written, and no PDF draws a missing glyph', async () => {
    const pdf = bytes(artifacts, 'support-engineer.pdf');
    // Word by word as they stand on the line, left to right: an Arabic word's letters run right to
    // left (pdftotext's plain text guesses the order of a bracketed Arabic word among Latin ones).
    const line = (await pdfWords(pdf)).map((w) => w.text).join(' ');
    const arabic = [...'العربية'].reverse().join('');
    expect(line).toContain(
      `Written Arabic (${arabic}) or Simplified Chinese (简体中文), for the Gulf and China clients`,
    );
    for (const role of model.roles)
      expect(pdfMissingGlyphs(bytes(artifacts, `${role.id}.pdf`)), role.id).toBe(0);
  });

  it('puts the responsibilities and the derived RACI sections in the Markdown', () => {
    const md = text(artifacts, 'internal/product-owner.md');
    const role = model.role('product-owner')!;
    for (const item of role.responsibilities.flatMap((g) => g.items)) expect(md).toContain(`- ${item}`);
    const titles = (heading: string) => mdSection(md, heading).map((l) => /^- \*\*(.+?)\*\*/.exec(l)?.[1]);
    expect(titles('### Accountable for')).toEqual(
      expect.arrayContaining(['Backlog & Grooming', 'Translate tasks into user stories with story points']),
    );
    expect(titles('### Responsible for')).toEqual(
      expect.arrayContaining([
        'Planning & Estimation',
        'Agile Ceremonies',
        'Release planning',
        'Go/No-Go decision',
      ]),
    );
    // Each activity with its group's title.
    expect(md).toContain('- **Release planning** · Release management');
    expect(titles('### Accountable for')).toEqual(
      model
        .assignmentsOf('product-owner')
        .filter((a) => a.letter === 'A')
        .map((a) => a.activity.title),
    );
  });

  it('puts the same content in the PDF', async () => {
    const pdf = squash(await pdfText(bytes(artifacts, 'internal/product-owner.pdf')));
    const role = model.role('product-owner')!;
    expect(pdf).toContain('Product Owner');
    expect(pdf).toContain(`${role.family.title} ·`);
    for (const item of role.responsibilities.flatMap((g) => g.items).slice(0, 5))
      expect(pdf).toContain(squash(item));
    expect(pdf).toMatch(/Accountable for .*Backlog & Grooming · Delivery lifecycle/);
    expect(pdf).toContain('Translate tasks into user stories with story points');
    expect(pdf).toMatch(/Responsible for .*Planning & Estimation/);
    expect(pdf).toContain('Go/No-Go decision · Release management');
    expect(pdf).toMatch(/Page 1 of \d/);
  });

  it('writes HTML that passes html-validate, with a JobPosting in JSON-LD', async () => {
    const problems: string[] = [];
    for (const a of artifacts.filter((x) => x.path.endsWith('.html')))
      problems.push(...(await htmlProblems(decoder.decode(a.bytes), a.path)));
    expect(problems).toEqual([]);

    const posting = jsonLd(text(artifacts, 'qa-engineer.html'));
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'QA Engineer',
      datePosted: model.organisation.employment!.datePosted,
      validThrough: model.organisation.employment!.validThrough,
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: model.organisation.name },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'PT' } },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: expect.arrayContaining([{ '@type': 'Country', name: 'PT' }]),
    });
    // Every candidate page of the example has what Google requires; internal pages carry no posting.
    for (const role of model.roles) {
      expect(missingForGoogle(jsonLd(text(artifacts, `${role.id}.html`))), role.id).toEqual([]);
      expect(text(artifacts, `internal/${role.id}.html`)).not.toContain('application/ld+json');
    }
    expect(posting['description']).toContain(model.role('qa-engineer')!.summary);
  });

  it('resolves partners to their titles and links their pages', () => {
    const md = text(artifacts, 'qa-engineer.md');
    const html = text(artifacts, 'qa-engineer.html');
    for (const p of model.role('qa-engineer')!.partners) {
      const title = model.role(p.role)!.title;
      expect(md).toContain(`| [${title}](${p.role}.md)<br>`);
      expect(html).toContain(`<a href="${p.role}.html">${title}</a>`);
    }
    expect(md).toContain('[QA Lead](qa-lead.md)');
    expect(html).toMatch(/<dt>Reports to<\/dt>\n<dd><a href="qa-lead.html">QA Lead<\/a>/);
  });

  it('shows the code the role owns and the access it receives', () => {
    const md = text(artifacts, 'internal/qa-engineer.md');
    for (const owned of model.ownedPathsOf('qa-engineer'))
      expect(md).toContain(`| ${owned.repository} | \`${owned.pattern}\` |`);
    expect(md).toContain(`\`@${model.organisation.github!.org}/${model.role('qa-engineer')!.github!.team}\``);
    for (const grant of model.jiraGrantsOf('qa-engineer'))
      expect(md).toContain(`| **${grant.scheme.name}**<br>`);
  });

  it('indexes every role by family with its seniority', () => {
    const md = text(artifacts, 'index.md');
    const html = text(artifacts, 'index.html');
    for (const role of model.roles) {
      expect(md).toContain(`[${role.title}](${role.id}.md)`);
      expect(html).toContain(
        `<a href="${role.id}.html"><strong>${role.title.replace(/&/g, '&amp;')}</strong></a>`,
      );
    }
    expect(md).toMatch(/## Quality\n[\s\S]*\| \[QA Engineer\]\(qa-engineer\.md\) \| Engineer \|/);
  });

  it('gives the same bytes on a second run', async () => {
    const again = await run(model);
    expect(again.artifacts.map((a) => a.path)).toEqual(artifacts.map((a) => a.path));
    for (const [i, a] of again.artifacts.entries())
      expect(Buffer.compare(a.bytes, artifacts[i]!.bytes), a.path).toBe(0);
  });
});

describe('options', () => {
  it('writes only the roles asked for, and no index', async () => {
    const result = await run(fixtureModel(), { roles: ['tester'] });
    expect(result.artifacts.map((a) => a.path)).toEqual([
      'internal/tester.html',
      'internal/tester.md',
      'internal/tester.pdf',
      'tester.html',
      'tester.md',
      'tester.pdf',
    ]);
    // The same bytes as in a full run, so a partial run never makes --check fail.
    const full = await run(fixtureModel());
    for (const a of result.artifacts) expect(Buffer.compare(a.bytes, bytes(full.artifacts, a.path))).toBe(0);
  });

  it('writes only the formats asked for, as a list or from the command line', async () => {
    const list = await run(fixtureModel(), { formats: ['md'] });
    expect(list.artifacts.map((a) => a.path)).toEqual([
      'developer.md',
      'eng-lead.md',
      'index.md',
      'internal/developer.md',
      'internal/eng-lead.md',
      'internal/index.md',
      'internal/tester.md',
      'tester.md',
    ]);
    const cli = await run(fixtureModel(), {
      formats: 'md,html',
      pdf: false,
    } as Partial<JobDescriptionsOptions>);
    expect(cli.artifacts.map((a) => a.path).filter((p) => p.endsWith('.pdf'))).toEqual([]);
    expect(text(cli.artifacts, 'tester.md')).not.toContain('.pdf');
    const noPdf = await run(fixtureModel(), { pdf: false });
    expect(noPdf.artifacts.length).toBe(16);
    const candidates = await run(fixtureModel(), {
      audiences: 'candidate',
      formats: 'md',
    } as Partial<JobDescriptionsOptions>);
    expect(candidates.artifacts.map((a) => a.path)).toEqual([
      'developer.md',
      'eng-lead.md',
      'index.md',
      'tester.md',
    ]);
  });

  it('reports an unknown format or option before generating anything', async () => {
    const result = await run(fixtureModel(), {
      formats: 'md,docx',
      colour: 'blue',
    } as Partial<JobDescriptionsOptions>);
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['RK100', 'error', "unknown option 'job-descriptions.colour'"],
      ['RK100', 'error', "unknown job description format 'docx'"],
    ]);
  });

  it('renders the same bytes whatever the concurrency', async () => {
    const one = await run(fixtureModel(), { concurrency: 1 });
    const many = await run(fixtureModel(), { concurrency: 16 });
    expect(many.artifacts.map((a) => [a.path, Buffer.from(a.bytes).toString('base64')])).toEqual(
      one.artifacts.map((a) => [a.path, Buffer.from(a.bytes).toString('base64')]),
    );
  });
});

describe("the runner's memo", () => {
  it('renders every file through ctx.memo, keyed by a hash of the view it reads', async () => {
    const keys: { generator: string; format: string; view: string; date: Date }[] = [];
    const model = fixtureModel();
    const date = outputDate(model, {});
    const result = await runGenerator(jobDescriptionsGenerator, {
      model,
      templates,
      date,
      memo: async (key, produce) => {
        keys.push(key as (typeof keys)[number]);
        return produce();
      },
    });
    // Three roles, two versions, three files each (a few roles at a time, so in no fixed order).
    expect(keys.map((k) => k.format).sort()).toEqual([
      ...Array(6).fill('html'),
      ...Array(6).fill('md'),
      ...Array(6).fill('pdf'),
    ]);
    const tester = model.role('tester')!;
    const view = buildRoleView(model, tester, { date, lang: 'en', formats: new Set(['md', 'html', 'pdf']) });
    expect(view.summary).toBe(HOSTILE_SUMMARY);
    const data = {
      ...viewFor(view, 'candidate'),
      document: buildDocument(view, layoutOf(model), 'candidate'),
    };
    const testerKeys = keys.filter((k) => k.view === contentKey(data));
    expect(testerKeys.map((k) => k.format).sort()).toEqual(['html', 'md', 'pdf']);
    expect(testerKeys[0]).toMatchObject({ generator: 'job-descriptions', date });
    // Another summary, another key.
    expect(contentKey({ ...view, summary: 'Tests.' })).not.toBe(contentKey(view));
    // A cached PDF is used as it is.
    const cached = await runGenerator(jobDescriptionsGenerator, {
      model,
      templates,
      date: outputDate(model, {}),
      options: { formats: 'pdf' },
      memo: async () => new Uint8Array([1, 2, 3]),
    });
    expect([...bytes(cached.artifacts, 'tester.pdf')]).toEqual([1, 2, 3]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('a hostile model string', () => {
  it('is escaped in the HTML and in its JSON-LD, and the page stays valid', async () => {
    const result = await run(fixtureModel());
    const html = text(result.artifacts, 'tester.html');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain(
      'Tests &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;',
    );
    // Only the JSON-LD block is a script, and the model's </script> cannot close it.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(jsonLd(html)['description']).toContain(HOSTILE_SUMMARY);
    expect(await htmlProblems(html, 'tester.html')).toEqual([]);
    expect(text(result.artifacts, 'index.html')).not.toContain('<script>alert');
  });

  it('comes through the PDF as plain text', async () => {
    const result = await run(fixtureModel());
    expect(squash(await pdfText(bytes(result.artifacts, 'tester.pdf')))).toContain(squash(HOSTILE_SUMMARY));
  });
});

describe('PDF metadata', () => {
  /** The raw creation date: pdfkit writes it as an indirect string object, D:YYYYMMDDHHmmssZ. */
  const creationDate = (pdf: Uint8Array) => {
    const raw = Buffer.from(pdf).toString('latin1');
    const ref = /\/CreationDate (\d+) 0 R/.exec(raw)?.[1];
    return ref ? new RegExp(`\\n${ref} 0 obj\\n\\(D:(\\d{14})Z\\)`).exec(raw)?.[1] : undefined;
  };

  it('dates the PDF with the model date, never the clock', async () => {
    const result = await run(fixtureModel());
    const pdf = bytes(result.artifacts, 'tester.pdf');
    expect(creationDate(pdf)).toBe('20250314000000');
    const info = await pdfInfo(pdf);
    expect(info['Title']).toBe('Tester: job description');
    expect(info['Author']).toBe('Acme & Sons');
    expect(info['CreationDate']).toContain('2025');
  });

  it('uses SOURCE_DATE_EPOCH when it is set', async () => {
    const result = await run(fixtureModel(), {}, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(creationDate(bytes(result.artifacts, 'tester.pdf'))).toBe('20231114221320');
    expect(text(result.artifacts, 'tester.md')).toContain('2023-11-14');
    expect(jsonLd(text(result.artifacts, 'developer.html'))['datePosted']).toBe('2023-11-14');
  });

  it('embeds its fonts', async () => {
    const result = await run(fixtureModel(), { formats: 'pdf' });
    const raw = Buffer.from(bytes(result.artifacts, 'tester.pdf')).toString('latin1');
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).toContain('Roboto');
  });
});

// Keep the fixture honest: it must stay a valid model as the schema grows.
it('the fixture loads', () => {
  expect(Object.keys(FIXTURE)).toContain('roles/tester.yaml');
  expect(fixtureModel().roles.map((r) => r.id)).toEqual(['developer', 'eng-lead', 'tester']);
});

describe('job description PDFs rendered by worker threads', () => {
  it('are the very bytes rendered in the generator’s own thread', async () => {
    const files = syntheticOrganisation({ roles: WORKERS_FROM, people: 120, repos: 4, activities: 20 });
    const model = modelFromYaml(Object.fromEntries(files));
    const pdfs = async (workers: number) => {
      const result = await withPdfWorkers(workers, () =>
        run(model, { formats: ['pdf'], audiences: 'candidate' } as Partial<JobDescriptionsOptions>),
      );
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return result.artifacts;
    };
    const here = await pdfs(1);
    const there = await pdfs(2);
    expect(here).toHaveLength(WORKERS_FROM);
    expect(there.map((a) => a.path)).toEqual(here.map((a) => a.path));
    here.forEach((a, i) => {
      expect(Buffer.from(there[i]!.bytes).equals(Buffer.from(a.bytes)), a.path).toBe(true);
    });
  });
});

describe('names in every script', () => {
  const developer = (title: string, summary: string) => `
id: developer
title: ${JSON.stringify(title)}
family: eng
summary: ${JSON.stringify(summary)}
`;

  it('prints Chinese, Arabic and emoji as written: the text reads back and no glyph is missing', async () => {
    const model = fixtureModel({
      'roles/developer.yaml': developer(
        'Developer 开发工程师',
        'Builds features with ليلى حداد and 王芳, ships on Fridays 🚀.',
      ),
    });
    const result = await run(model, { formats: ['pdf'], roles: ['developer'] });
    expect(result.diagnostics).toEqual([]);
    const pdf = bytes(result.artifacts, 'developer.pdf');
    const read = squash((await pdfText(pdf)).replace(/[\u202a-\u202e]/g, ''));
    expect(read).toContain('Developer 开发工程师');
    expect(read).toContain('ليلى حداد');
    expect(read).toContain('王芳, ships on Fridays 🚀.');
    expect(pdfMissingGlyphs(pdf)).toBe(0);
  });

  it('warns, naming the role and the field, when no font can draw a character', async () => {
    const model = fixtureModel({
      'roles/developer.yaml': developer('Developer', 'Keeps the 𓋹 of the build.'),
    });
    const { diagnostics } = await run(model, { formats: ['pdf'], roles: ['developer'] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'RK170',
        severity: 'warning',
        message: expect.stringMatching(/^role 'developer', field summary: no font can draw '𓋹' \(U\+132F9\)/),
        file: 'roles/developer.yaml',
        pointer: '/summary',
      }),
    ]);
    // Markdown and HTML draw nothing themselves: no warning for them.
    expect((await run(model, { formats: ['md'], roles: ['developer'] })).diagnostics).toEqual([]);
  });
});

describe('the two versions of the example organisation', () => {
  let model: Model;
  let artifacts: Artifact[];
  beforeAll(async () => {
    model = await exampleModel();
    artifacts = (await run(model)).artifacts;
  });

  /** What a candidate must never read: permission keys, GitHub teams, code paths, source notes, tool words. */
  function internalDetails(role: string): string[] {
    const keys = model.jiraGrantsOf(role).flatMap((g) => [...g.permissions]);
    const team = model.role(role)!.github?.team;
    return [
      ...keys.filter((k) => k.includes('_')),
      ...(team ? [`@${model.organisation.github!.org}/${team}`] : []),
      // Path patterns long enough to mean something ('*' is in every Markdown file).
      ...model
        .ownedPathsOf(role)
        .flatMap((o) => (o.pattern.length > 3 && o.pattern.includes('/') ? [o.pattern] : [])),
      ...model.role(role)!.sources.flatMap((s) => (s.note ? [s.note.slice(0, 40)] : [])),
    ];
  }

  it('never show a candidate internal details, in any format', async () => {
    for (const role of model.roles) {
      const pdf = squash(await pdfText(bytes(artifacts, `${role.id}.pdf`)));
      const md = text(artifacts, `${role.id}.md`);
      const html = text(artifacts, `${role.id}.html`);
      for (const [format, body] of [
        ['pdf', pdf],
        ['md', md],
        ['html', html],
      ] as const) {
        for (const secret of internalDetails(role.id))
          expect(body, `${role.id}.${format}: ${secret}`).not.toContain(secret);
        expect(body, `${role.id}.${format}`).not.toMatch(/\bseed \d{3}\b/i);
        expect(body, `${role.id}.${format}`).not.toMatch(/rolekit|edit the model/i);
        expect(body, `${role.id}.${format}`).not.toMatch(
          /Activities \(RACI\)|Code ownership|Permission keys/,
        );
      }
    }
  });

  it('keep them all in the internal version, in every format', async () => {
    for (const role of ['qa-engineer', 'release-manager', 'ops-manager']) {
      const pdf = squash(await pdfText(bytes(artifacts, `internal/${role}.pdf`)));
      const md = text(artifacts, `internal/${role}.md`);
      const html = text(artifacts, `internal/${role}.html`);
      const details = internalDetails(role);
      expect(details.length, role).toBeGreaterThan(3);
      for (const body of [pdf, md, html]) {
        for (const secret of details) expect(body, `${role}: ${secret}`).toContain(squash(secret));
        expect(body).toContain('Activities (RACI)');
        expect(body).toMatch(/Seed \d{3}/);
      }
    }
  });

  it('put qualifications and employment on the first page', async () => {
    for (const role of ['release-manager', 'product-owner', 'engineering-lead']) {
      const first = squash((await pdfText(bytes(artifacts, `${role}.pdf`))).split('\f')[0]!);
      expect(first, role).toContain('Qualifications');
      expect(first, role).toContain('Employment Full time');
      expect(first, role).toContain(squash(model.role(role)!.qualifications.required[0]!));
    }
    const md = text(artifacts, 'release-manager.md');
    expect(md.indexOf('## Qualifications')).toBeLessThan(md.indexOf('## Responsibilities'));
  });

  it('leave no heading alone at the foot of a page', async () => {
    const pdfs = artifacts.filter((a) => a.path.endsWith('.pdf'));
    expect(pdfs.length).toBe(model.roles.length * 2);
    for (const pdf of pdfs) expect(await headingsAtFoot(pdf.bytes), pdf.path).toEqual([]);
  });
});

describe('the layout', () => {
  it('shows no Target column when no indicator has a target', async () => {
    const result = await run(
      fixtureModel({
        'roles/developer.yaml': `
id: developer
title: Developer
family: eng
summary: Writes the code.
kpis: [Lead time, Change failure rate]
`,
      }),
      { roles: ['developer', 'tester'] },
    );
    const md = text(result.artifacts, 'developer.md');
    expect(md).toContain('## Key performance indicators\n\n- Lead time\n- Change failure rate\n');
    expect(md).not.toContain('Target');
    expect(text(result.artifacts, 'developer.html')).not.toContain('Target');
    expect(squash(await pdfText(bytes(result.artifacts, 'developer.pdf')))).not.toContain('Target');
    // With a target somewhere, the column is there, a dash where an indicator has none.
    expect(text(result.artifacts, 'tester.md')).toContain('| Flaky tests | — |');
  });

  it('is the organisation’s: sections, order, titles, colour, logo and paper, in all three formats', async () => {
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#0b6e4f"/></svg>';
    const organisation = `${FIXTURE['organisation.yaml']}documents:
  paperSize: LETTER
  brandColour: '#0B6E4F'
  notes: false
  logo: '${logo}'
  jobDescriptions:
    candidate:
      - overview
      - section: kpis
        title: How we measure success
      - qualifications
    internal: [overview, access]
    titles:
      qualifications: What you bring
`;
    const result = await run(fixtureModel({ 'organisation.yaml': organisation }), { roles: ['tester'] });
    expect(result.diagnostics).toEqual([]);
    const md = text(result.artifacts, 'tester.md');
    expect(md.match(/^## .+$/gm)).toEqual(['## How we measure success', '## What you bring']);
    expect(md).toContain(`![Acme & Sons](data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')})`);
    const html = text(result.artifacts, 'tester.html');
    expect(html.match(/<h2 id="[^"]+">[^<]+<\/h2>/g)).toEqual([
      '<h2 id="kpis">How we measure success</h2>',
      '<h2 id="qualifications">What you bring</h2>',
    ]);
    expect(html).toContain('--accent: #0b6e4f;');
    expect(html).toContain('size: letter;');
    expect(html).toContain('<img class="logo" src="data:image/svg+xml;base64,');
    const pdf = bytes(result.artifacts, 'tester.pdf');
    const pdfBody = squash(await pdfText(pdf));
    expect(pdfBody.indexOf('How we measure success')).toBeLessThan(pdfBody.indexOf('What you bring'));
    expect(pdfBody).not.toContain('Responsibilities');
    expect((await pdfInfo(pdf))['Page size']).toContain('612 x 792');
    // The internal version has its own sections; with notes off, no tool wording anywhere.
    const internal = text(result.artifacts, 'internal/tester.md');
    expect(internal.match(/^## .+$/gm)).toEqual(['## Access']);
    expect(internal).not.toMatch(/edit the model/);
  });

  it('keeps internal-only sections out of the candidate version: the schema says so', () => {
    expect(() =>
      fixtureModel({
        'organisation.yaml': `${FIXTURE['organisation.yaml']}documents:\n  jobDescriptions:\n    candidate: [overview, access]\n`,
      }),
    ).toThrow(/organisation\.yaml/);
  });

  it('warns when a candidate posting lacks what Google requires', async () => {
    const organisation = FIXTURE['organisation.yaml']!.replace(/employment:\n( {2}.*\n)+/, '');
    const result = await run(fixtureModel({ 'organisation.yaml': organisation }));
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file, d.message])).toEqual([
      [
        'RK111',
        'warning',
        'roles/developer.yaml',
        "the job posting of role 'developer' lacks jobLocation, which Google requires",
      ],
      [
        'RK111',
        'warning',
        'roles/eng-lead.yaml',
        "the job posting of role 'eng-lead' lacks jobLocation, which Google requires",
      ],
    ]);
    // A model that says nothing of employment publishes no postings: no warning.
    const silent = FIXTURE['roles/tester.yaml']!.replace(/employment:\n( {2}.*\n)+/, '');
    const quiet = await run(fixtureModel({ 'organisation.yaml': organisation, 'roles/tester.yaml': silent }));
    expect(quiet.diagnostics).toEqual([]);
  });
});
