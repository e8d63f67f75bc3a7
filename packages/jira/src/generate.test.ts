import { type Artifact, outputDate, runGenerator, stableStringify, templateStore } from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { exampleModel, jiraSchemas, modelFromYaml, pdfInfo, pdfText, squash } from '@rolekit/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE, fixtureModel } from './fixture.js';
import { jiraGenerator } from './index.js';
import { MARKER_PREFIX, parseMarker } from './marker.js';
import { desiredSchemes } from './view.js';

const decoder = new TextDecoder();

async function run(model: Model, options: Record<string, unknown> = {}) {
  return runGenerator(jiraGenerator, {
    model,
    templates: templateStore([]),
    date: outputDate(model, {}),
    options,
  });
}

function file(artifacts: Artifact[], path: string): string {
  const found = artifacts.find((a) => a.path === path);
  if (!found) throw new Error(`no artifact ${path}; have ${artifacts.map((a) => a.path).join(', ')}`);
  return decoder.decode(found.bytes);
}

const validateCreateBody = new Ajv2020({ allErrors: true, strict: true }).compile(
  jiraSchemas().requests.permissionScheme,
);

describe('jira generator on the fixture organisation', () => {
  it('writes one create body per scheme, a Markdown matrix and a PDF matrix', async () => {
    const { artifacts, diagnostics } = await run(fixtureModel());
    expect(diagnostics).toEqual([]);
    expect(artifacts.map((a) => [a.path, a.mediaType])).toEqual([
      ['matrix.md', 'text/markdown'],
      ['matrix.pdf', 'application/pdf'],
      ['schemes/delivery.json', 'application/json'],
      ['schemes/production.json', 'application/json'],
    ]);
  });

  it('gives each scheme file the exact shape of Jira’s create body, grants sorted by permission then holder', async () => {
    const { artifacts } = await run(fixtureModel());
    const production = JSON.parse(file(artifacts, 'schemes/production.json'));
    const role = (name: string) => ({ type: 'projectRole', parameter: name });
    const group = (name: string) => ({ type: 'group', parameter: name });
    expect(production).toEqual({
      name: 'Fixture production',
      description: expect.any(String),
      permissions: [
        { holder: role('Leads'), permission: 'ADD_COMMENTS' },
        { holder: role('Operators'), permission: 'ADD_COMMENTS' },
        { holder: group('auditors'), permission: 'BROWSE_PROJECTS' },
        { holder: role('Developers'), permission: 'BROWSE_PROJECTS' },
        { holder: role('Leads'), permission: 'BROWSE_PROJECTS' },
        { holder: role('Operators'), permission: 'BROWSE_PROJECTS' },
        { holder: role('Operators'), permission: 'CLOSE_ISSUES' },
        { holder: role('Operators'), permission: 'CREATE_ISSUES' },
        { holder: role('Operators'), permission: 'EDIT_ISSUES' },
        { holder: role('Operators'), permission: 'RESOLVE_ISSUES' },
        { holder: role('Operators'), permission: 'TRANSITION_ISSUES' },
        { holder: role('Developers'), permission: 'VIEW_DEV_TOOLS' },
        { holder: role('Leads'), permission: 'VIEW_DEV_TOOLS' },
        { holder: role('Operators'), permission: 'VIEW_DEV_TOOLS' },
      ],
    });
    // Keys in the order of Jira's documentation, so a diff of the file reads naturally.
    expect(Object.keys(production)).toEqual(['name', 'description', 'permissions']);
    expect(Object.keys(production.permissions[0])).toEqual(['holder', 'permission']);

    const delivery = JSON.parse(file(artifacts, 'schemes/delivery.json'));
    expect(delivery.name).toBe('Fixture delivery');
    expect(delivery.description.split('\n')[0]).toBe('Where the product is built.');
    expect(delivery.permissions).toHaveLength(3 * 6 + 1 + 1); // work (6) each, RESOLVE for qa, ADMINISTER for lead
    expect(
      delivery.permissions.filter((p: { permission: string }) => p.permission === 'ADMINISTER_PROJECTS'),
    ).toEqual([{ holder: role('Leads'), permission: 'ADMINISTER_PROJECTS' }]);
  });

  it('lists every grant of the file in the managed-grants line of its description', async () => {
    const { artifacts } = await run(fixtureModel());
    for (const id of ['delivery', 'production']) {
      const body = JSON.parse(file(artifacts, `schemes/${id}.json`));
      const lines = body.description.split('\n');
      expect(lines.at(-1)).toMatch(new RegExp(`^${MARKER_PREFIX} `));
      expect(lines.at(-2)).toContain(`scheme '${id}' in jira.yaml`);
      const managed = parseMarker(body.description)!.map(
        (g) => `${g.permission} ${g.holder.type}:${g.holder.name}`,
      );
      expect(managed).toEqual(
        body.permissions.map(
          (p: { permission: string; holder: { type: string; parameter: string } }) =>
            `${p.permission} ${p.holder.type}:${p.holder.parameter}`,
        ),
      );
    }
  });

  it('writes scheme files that validate against the stand-in’s request schema for POST /permissionscheme', async () => {
    const { artifacts } = await run(fixtureModel());
    for (const a of artifacts.filter((x) => x.path.startsWith('schemes/'))) {
      const body = JSON.parse(decoder.decode(a.bytes));
      expect(validateCreateBody(body) ? [] : validateCreateBody.errors, a.path).toEqual([]);
    }
  });

  it('draws the roles x permissions matrix in Markdown, grouped under Jira’s headings', async () => {
    const { artifacts } = await run(fixtureModel());
    const md = file(artifacts, 'matrix.md');
    expect(md).toContain('# Jira permission schemes');
    expect(md).toContain('Fixture Co, 2026-03-01.');
    expect(md).toContain('Jira site: https://fixture.atlassian.net');
    expect(md).toContain(
      '| [`production`](#fixture-production-production) | Fixture production | OPS Operations (production) | 4 | 14 |',
    );
    expect(md).toContain(
      '| [`delivery`](#fixture-delivery-delivery) | Fixture delivery | APP App, WEB Web | 3 | 20 |',
    );
    const section = md.slice(md.indexOf('## Fixture production'));
    expect(section).toContain('Projects: OPS Operations (production).');
    expect(section).toContain('| Operator | project role Operators | 8 |');
    expect(section).toContain('| Auditor | group auditors | 1 |');
    expect(section).toContain('| Permission | Operator | Engineering Lead | Developer | Auditor |');
    expect(section).toContain('| **Project** | | | | |');
    expect(section).toContain('| Browse Projects `BROWSE_PROJECTS` | ✓ | ✓ | ✓ | ✓ |');
    expect(section).toContain('| Close Issues `CLOSE_ISSUES` | ✓ |   |   |   |');
    // Headings in the reference's order: Project before Issues before Comments.
    const order = ['**Project**', '**Issues**', '**Comments**'].map((h) => section.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(md).toContain('| `work` | Work on issues | `BROWSE_PROJECTS`, `VIEW_DEV_TOOLS`, `CREATE_ISSUES`');
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('renders the matrix PDF landscape, one section per scheme, with legend and repeated headers', async () => {
    const { artifacts } = await run(fixtureModel());
    const bytes = artifacts.find((a) => a.path === 'matrix.pdf')!.bytes;
    const info = await pdfInfo(bytes);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    expect(info['Title']).toBe('Fixture Co: Jira permission schemes');
    const text = squash(await pdfText(bytes));
    expect(text).toContain('Jira permission schemes Fixture Co · 2026-03-01 · https://fixture.atlassian.net');
    expect(text).toContain('A mark means the role’s Jira holder');
    expect(text).toContain('Fixture production Scheme production · Projects: OPS Operations (production)');
    for (const header of ['Operator', 'Operators', 'Engineering Lead', 'Leads', 'Auditor', 'group: auditors'])
      expect(text).toContain(header);
    const layout = await pdfText(bytes, { layout: true });
    expect(layout).toMatch(/Close Issues +● *\n/);
    expect(layout).toMatch(/Browse Projects +● +● +● +● *\n/);
  });

  it('leaves the PDF out with --option jira.pdf=false and reports unknown options', async () => {
    const without = await run(fixtureModel(), { pdf: false });
    expect(without.artifacts.map((a) => a.path)).not.toContain('matrix.pdf');
    const wrong = await run(fixtureModel(), { pdf: 'no', colour: true });
    expect(wrong.artifacts).toEqual([]);
    expect(wrong.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RK100', "unknown option 'jira.colour'"],
      ['RK100', "option 'jira.pdf' must be true or false, not 'no'"],
    ]);
  });

  it('writes nothing for a model without jira.yaml', async () => {
    const { 'jira.yaml': _, ...rest } = FIXTURE;
    const { artifacts, diagnostics } = await run(modelFromYaml(rest));
    expect([artifacts, diagnostics]).toEqual([[], []]);
  });

  it('is byte-for-byte deterministic', async () => {
    const a = await run(fixtureModel());
    const b = await run(fixtureModel());
    expect(b.artifacts.map((x) => Buffer.from(x.bytes).toString('base64'))).toEqual(
      a.artifacts.map((x) => Buffer.from(x.bytes).toString('base64')),
    );
  });
});

describe('policies in Jira', () => {
  it('rejects a doer and an approver of a two-person activity who are one Jira holder on a production project', async () => {
    // ops does production changes (R), lead approves them (A); both now map to project role Leads.
    const model = fixtureModel({
      'roles/ops.yaml': FIXTURE['roles/ops.yaml']!.replace('projectRole: Operators', 'projectRole: Leads'),
    });
    const { artifacts, diagnostics } = await run(model);
    expect(artifacts).toEqual([]);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RK055', file: 'policies.yaml', line: 2 });
    expect(errors[0]!.message).toContain("policy 'two-people-in-production'");
    expect(errors[0]!.message).toContain("role 'ops' (Responsible for 'change-production')");
    expect(errors[0]!.message).toContain("role 'lead' (Accountable)");
    expect(errors[0]!.message).toContain("Jira project role 'Leads'");
    expect(errors[0]!.message).toMatch(
      /holds ADD_COMMENTS, BROWSE_PROJECTS, CLOSE_ISSUES, CREATE_ISSUES and \d+ more/,
    );
    expect(errors[0]!.message).toContain("scheme 'production', which production project OPS uses");
  });

  it('rejects a restricted role that receives a forbidden permission through a holder it shares', async () => {
    // developer may not move or resolve production issues; it now shares project role Operators with ops.
    const model = fixtureModel({
      'roles/developer.yaml': FIXTURE['roles/developer.yaml']!.replace(
        'projectRole: Developers',
        'projectRole: Operators',
      ),
    });
    const { artifacts, diagnostics } = await run(model);
    expect(artifacts).toEqual([]);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['RK056', 'RK056', 'RK056']);
    expect(errors.map((d) => d.message.match(/holds (\w+) in/)?.[1])).toEqual([
      'TRANSITION_ISSUES',
      'RESOLVE_ISSUES',
      'CLOSE_ISSUES',
    ]);
    expect(errors[0]!.message).toBe(
      "policy 'no-developer-in-production' is broken in Jira: role 'developer' is Jira project role 'Operators', like 'ops', so it holds TRANSITION_ISSUES in scheme 'production', which production project OPS uses (Developers do not change production.)",
    );
    expect(errors[0]).toMatchObject({
      file: 'jira.yaml',
      hint: expect.stringContaining('roles/developer.yaml'),
    });
    // Sharing a holder with different grants is worth a warning on its own.
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code)).toContain('RK045');
  });

  it('leaves a non-production scheme alone', async () => {
    const model = fixtureModel({
      'roles/ops.yaml': FIXTURE['roles/ops.yaml']!.replace('projectRole: Operators', 'projectRole: Leads'),
      'jira.yaml': FIXTURE['jira.yaml']!.replace('production: true', 'production: false'),
    });
    const { diagnostics } = await run(model);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('jira generator on the example organisation', () => {
  it('writes every scheme of jira.yaml, each valid for POST /permissionscheme and in stable order', async () => {
    const model = await exampleModel();
    const { artifacts, diagnostics } = await run(model);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schemes = desiredSchemes(model);
    expect(schemes.length).toBeGreaterThan(0);
    expect(artifacts.map((a) => a.path)).toEqual(
      ['matrix.md', 'matrix.pdf', ...schemes.map((s) => `schemes/${s.id}.json`).sort()].sort(),
    );
    for (const s of schemes) {
      const body = JSON.parse(file(artifacts, `schemes/${s.id}.json`));
      expect(validateCreateBody(body) ? [] : validateCreateBody.errors, s.id).toEqual([]);
      expect(body.name).toBe(s.name);
      const keys = body.permissions.map(
        (p: { permission: string; holder: { type: string; parameter: string } }) =>
          `${p.permission}\u0000${p.holder.type}\u0000${p.holder.parameter}`,
      );
      expect(keys).toEqual([...keys].sort());
      expect(new Set(keys).size).toBe(keys.length);
      // Every granted role's permissions reach its holder.
      for (const r of s.roles)
        for (const permission of r.permissions)
          expect(body.permissions).toContainEqual({
            holder: { type: r.holder.type, parameter: r.holder.name },
            permission,
          });
    }
  });

  it('keeps the production scheme free of the permissions the separation-of-duties policy forbids', async () => {
    const model = await exampleModel();
    const { artifacts } = await run(model);
    for (const policy of model.policies) {
      if (policy.type !== 'separation-of-duties' || policy.jiraPermissions.length === 0) continue;
      const holders = policy.roles.map((id) => model.role(id)?.jira).filter(Boolean);
      for (const scheme of desiredSchemes(model).filter((s) => s.production)) {
        const body = JSON.parse(file(artifacts, `schemes/${scheme.id}.json`));
        for (const g of body.permissions as Array<{ permission: string; holder: { parameter: string } }>) {
          const restricted = holders.some(
            (h) => h?.projectRole === g.holder.parameter || h?.group === g.holder.parameter,
          );
          if (restricted) expect(policy.jiraPermissions).not.toContain(g.permission);
        }
      }
    }
  });

  it('draws a matrix per scheme; the PDF splits wide schemes into column groups', async () => {
    const model = await exampleModel();
    const { artifacts } = await run(model);
    const md = file(artifacts, 'matrix.md');
    for (const s of desiredSchemes(model)) {
      expect(md).toContain(`## ${s.name} (\`${s.id}\`)`);
      for (const r of s.roles) expect(md).toContain(`| ${r.role.title} | `);
    }
    const raw = await pdfText(artifacts.find((a) => a.path === 'matrix.pdf')!.bytes);
    const text = squash(raw);
    for (const s of desiredSchemes(model)) {
      expect(text).toContain(s.name);
      if (s.roles.length > 12) expect(text).toMatch(new RegExp(`Roles 1–\\d+ of ${s.roles.length}`));
    }
    // Every page after the overview shows the header row, also where a table runs on.
    const pages = raw.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(desiredSchemes(model).length + 1);
    for (const page of pages.slice(1)) expect(page).toContain('Permission');
  });
});

describe("matrix.pdf through the runner's memo", () => {
  it('is keyed by what it prints, so only a change to the schemes renders it again', async () => {
    const keys: string[] = [];
    const render = async (model: Model) => {
      const result = await runGenerator(jiraGenerator, {
        model,
        templates: templateStore([]),
        date: outputDate(model, {}),
        memo: async (key, produce) => {
          keys.push(stableStringify(key));
          return produce();
        },
      });
      expect(result.diagnostics).toEqual([]);
    };
    await render(fixtureModel());
    await render(fixtureModel());
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toContain('"path":"matrix.pdf"');
    // Another scheme name is another PDF.
    const renamed = FIXTURE['jira.yaml']!.replace(
      'name: Fixture delivery',
      'name: Fixture delivery (renamed)',
    );
    expect(renamed).not.toBe(FIXTURE['jira.yaml']);
    await render(fixtureModel({ 'jira.yaml': renamed }));
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[2]).toContain('(renamed)');
    // A cached PDF is used as it is.
    const model = fixtureModel();
    const cached = await runGenerator(jiraGenerator, {
      model,
      templates: templateStore([]),
      date: outputDate(model, {}),
      memo: async () => new Uint8Array([1, 2, 3]),
    });
    expect([...cached.artifacts.find((a) => a.path === 'matrix.pdf')!.bytes]).toEqual([1, 2, 3]);
  });
});
