// RASCI and RACI-VS: the letters, their names and colours reach the legend, the cells, the CSV
// and the role sheets; a letter outside the variant is rejected by the loader with file:line.
import { loadTemplates, runGenerator } from '@rolekit/core';
import { type Diagnostic, loadModelFromSources, type RaciVariant } from '@rolekit/model';
import { renderPdf, theme } from '@rolekit/render';
import { defaultTemplatesDir } from '@rolekit/templates';
import { modelFromYaml, pdfText, squash } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { raciGenerator } from './index.js';
import { matrixDefinition } from './pdf.js';
import { buildMatrix, roleSheet } from './view.js';

const ROLES = ['lead', 'developer', 'helper', 'reviewer', 'watcher', 'verifier', 'signer'];

function files(variant: RaciVariant, activities: string): Record<string, string> {
  const out: Record<string, string> = {
    'organisation.yaml': [
      'name: Variant Org',
      'date: 2026-03-01',
      'families:',
      '  - { id: delivery, title: Delivery }',
      `raci: { variant: ${variant} }`,
      '',
    ].join('\n'),
    'activities.yaml': activities,
  };
  for (const id of ROLES)
    out[`roles/${id}.yaml`] =
      `id: ${id}\ntitle: ${id[0]!.toUpperCase()}${id.slice(1)}\nfamily: delivery\nsummary: A ${id}.\n`;
  return out;
}

const RASCI_ACTIVITIES = `groups:
  - id: delivery
    title: Delivery
    kind: process
    activities:
      - id: ship-it
        title: Ship it
        raci:
          lead: A
          developer: R
          helper: { letter: S, note: pairs on the hard parts }
          reviewer: C
          watcher: I
      - id: fix-it
        title: Fix it
        raci:
          lead: A
          developer: R
          helper: S
          verifier: R
          signer: R
`;

const VS_ACTIVITIES = `groups:
  - id: delivery
    title: Delivery
    activities:
      - id: ship-it
        title: Ship it
        raci:
          lead: A
          developer: R
          reviewer: C
          watcher: I
          verifier: V
          signer: S
      - id: fix-it
        title: Fix it
        raci:
          lead: A
          developer: R
          helper: R
          verifier: V
          signer: S
`;

/** Every fillColor of the letter cells, by letter, found in a pdfmake definition. */
function cellColours(node: unknown, out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (Array.isArray(node)) for (const n of node) cellColours(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o['text'] === 'string' && /^[RACISV]$/.test(o['text']) && typeof o['fillColor'] === 'string') {
      out.set(o['text'], (out.get(o['text']) ?? new Set()).add(o['fillColor']));
    }
    for (const v of Object.values(o)) cellColours(v, out);
  }
  return out;
}

const date = new Date('2026-03-01T00:00:00Z');

describe('RASCI', () => {
  const model = modelFromYaml(files('RASCI', RASCI_ACTIVITIES));
  const matrix = buildMatrix(model);

  it('has the five letters in the variant order, S for Support', () => {
    expect(matrix.letters.map((l) => `${l.letter} ${l.name}`)).toEqual([
      'R Responsible',
      'A Accountable',
      'S Support',
      'C Consulted',
      'I Informed',
    ]);
  });

  it('colours S cells and shows S in the legend', async () => {
    const doc = matrixDefinition(matrix, { pageSize: 'A4', date });
    const colours = cellColours(doc.definition.content);
    expect(colours.get('S')).toEqual(new Set([theme.colours.S]));
    expect(colours.get('R')).toEqual(new Set([theme.colours.R]));
    const text = squash(await pdfText(await renderPdf(doc.definition, doc.meta)));
    expect(text).toContain('Legend (RASCI)');
    expect(text).toContain('S Support helps the Responsible role do the work');
    expect(text).toContain('RACI matrix · RASCI');
    expect(text).toContain('pairs on the hard parts');
  });

  it('writes S into the CSV and the Markdown, and a Support section on the role sheet', async () => {
    const run = await runGenerator(raciGenerator, {
      model,
      templates: await loadTemplates([defaultTemplatesDir]),
      date,
      options: { roles: ['helper'] },
    });
    expect(run.diagnostics).toEqual([]);
    const csv = new TextDecoder().decode(run.artifacts.find((a) => a.path === 'raci.csv')!.bytes);
    const [header, shipIt] = csv.split('\r\n').map((l) => l.split(','));
    expect(shipIt![header!.indexOf('helper')]).toBe('S');
    const md = new TextDecoder().decode(run.artifacts.find((a) => a.path === 'raci.md')!.bytes);
    expect(md).toContain('| **S** | Support |');
    expect(md).toMatch(/\| S\[\^1\] \|/);
    const sheet = squash(await pdfText(run.artifacts.find((a) => a.path === 'roles/helper.pdf')!.bytes));
    expect(sheet).toContain('Support: 2 activities');
    expect(roleSheet(matrix, 'helper')!.sections.map((s) => s.letter.letter)).toEqual(['S']);
  });
});

describe('RACI-VS', () => {
  const model = modelFromYaml(files('RACI-VS', VS_ACTIVITIES));
  const matrix = buildMatrix(model);

  it('has V for Verifier and S for Signatory, in the variant order', () => {
    expect(matrix.letters.map((l) => `${l.letter} ${l.name}`)).toEqual([
      'R Responsible',
      'A Accountable',
      'C Consulted',
      'I Informed',
      'V Verifier',
      'S Signatory',
    ]);
  });

  it('colours V and S and names them in the legend and on every page header', async () => {
    const doc = matrixDefinition(matrix, { pageSize: 'A4', date });
    const colours = cellColours(doc.definition.content);
    expect(colours.get('V')).toEqual(new Set([theme.colours.V]));
    expect(colours.get('S')).toEqual(new Set([theme.colours.S]));
    const text = squash(await pdfText(await renderPdf(doc.definition, doc.meta)));
    expect(text).toContain('V Verifier checks the result against the agreed criteria');
    expect(text).toContain('S Signatory signs off the result');
    expect(text).toContain('V Verifier S Signatory'); // the page header's legend
  });
});

describe('letters outside the variant', () => {
  const load = (variant: RaciVariant, activities: string) =>
    loadModelFromSources(
      new Map(Object.entries(files(variant, activities)).map(([p, t]) => [p, new TextEncoder().encode(t)])),
    );
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const rk023 = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === 'RK023');

  it('rejects S in a RACI model, pointing at the cell', () => {
    const result = load('RACI', RASCI_ACTIVITIES);
    expect(result.ok).toBe(false);
    const found = rk023(result.diagnostics);
    expect(found.map((d) => [d.severity, d.file, d.line])).toEqual([
      ['error', 'activities.yaml', lineOf(RASCI_ACTIVITIES, 'helper: { letter: S')],
      ['error', 'activities.yaml', lineOf(RASCI_ACTIVITIES, 'helper: S')],
    ]);
    expect(found[0]!.message).toBe(
      "letter 'S' is not part of the RACI variant (activity 'ship-it', role 'helper')",
    );
    expect(found[0]!.column).toBeGreaterThan(1);
  });

  it('rejects V in a RASCI model', () => {
    const result = load('RASCI', VS_ACTIVITIES);
    expect(result.ok).toBe(false);
    expect(rk023(result.diagnostics).map((d) => [d.line, d.message])).toEqual([
      [
        lineOf(VS_ACTIVITIES, 'verifier: V'),
        "letter 'V' is not part of the RASCI variant (activity 'ship-it', role 'verifier')",
      ],
      [
        VS_ACTIVITIES.split('\n').findLastIndex((l) => l.includes('verifier: V')) + 1,
        "letter 'V' is not part of the RASCI variant (activity 'fix-it', role 'verifier')",
      ],
    ]);
  });

  it('rejects a letter outside the variant for parties that are not roles', () => {
    const activities = `${RASCI_ACTIVITIES.replace('          helper: S\n', '')}        others:\n          V: [External auditor]\n`;
    const result = load('RASCI', activities);
    expect(result.ok).toBe(false);
    expect(rk023(result.diagnostics).map((d) => [d.file, d.line, d.message])).toEqual([
      [
        'activities.yaml',
        lineOf(activities, 'V: [External auditor]'),
        "letter 'V' is not part of the RASCI variant (activity 'fix-it')",
      ],
    ]);
  });

  it('does not count S as R, nor V as A', () => {
    const onlySupport = `groups:
  - id: g
    title: G
    activities:
      - id: a
        title: A
        raci:
          lead: A
          helper: S
`;
    const rasci = load('RASCI', onlySupport);
    expect(rasci.diagnostics.map((d) => d.code)).toContain('RK022');
    const onlyVerifier = onlySupport.replace('lead: A', 'lead: R').replace('helper: S', 'verifier: V');
    const vs = load('RACI-VS', onlyVerifier);
    expect(vs.diagnostics.map((d) => d.code)).toContain('RK020');
  });
});
