import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '@rolekit/model';
import { exampleModel, modelFromYaml, pdfPageLines, pdfText, pdfWords, squash } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { raciPdf } from './generate.js';
import { defaultOptions } from './options.js';
import { MAX_SCALE, matrixScale } from './pdf.js';
import { buildMatrix } from './view.js';

// The five-role company of packages/model/test/five-roles, with organisation.yaml edited by `edit`.
const FIVE = fileURLToPath(new URL('../../model/test/five-roles/', import.meta.url));
function fiveRoles(edit: (organisation: string) => string = (o) => o): Model {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(FIVE, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(FIVE);
  files['organisation.yaml'] = edit(files['organisation.yaml']!);
  return modelFromYaml(files);
}

const date = new Date('2026-12-01T00:00:00Z');
const render = (model: Model) => raciPdf({ model, options: defaultOptions, date });
const A4_LANDSCAPE_WIDTH = 841.89;

describe('a small matrix is set as a poster', () => {
  it('fills the width of its page in type twice the size of a large matrix', async () => {
    const model = fiveRoles();
    expect(matrixScale(buildMatrix(model), 'A4')).toBe(MAX_SCALE);
    const bytes = await render(model);
    const words = (await pdfWords(bytes)).filter((w) => w.page === 2);
    const left = words.find((w) => w.text === 'Activity')!;
    const right = words.find((w) => w.text === 'SS')!; // the last column's abbreviation
    // The table runs from the left margin (40) nearly to the right one (802); at LAYOUT's own size it
    // ended at 545.
    expect(left.xMin).toBeLessThan(50);
    expect(right.xMin).toBeGreaterThan(0.72 * A4_LANDSCAPE_WIDTH);
    // Activity titles at 16 points rather than 8.
    const row = (await pdfPageLines(bytes))[1]!.find((l) => l.text.startsWith('Plan a release'))!;
    expect(row.size).toBeGreaterThan(15);
    expect(row.size).toBeLessThan(17);
    // Same model, same bytes.
    expect(Buffer.from(await render(model)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('leaves a matrix of several bands at its own size', async () => {
    const matrix = buildMatrix(await exampleModel());
    expect(matrixScale(matrix, 'A4')).toBe(1);
    expect(matrixScale(matrix, 'A3')).toBe(1);
  });
});

describe('documents.notes', () => {
  const explanations = [
    'grouped by process, phase or scenario',
    'Every activity has exactly one A and at least one R',
    'Columns are ordered by family',
    'Only roles that hold a letter',
  ];

  it('prints how to read the matrix by default', async () => {
    const text = squash(await pdfText(await render(fiveRoles())));
    for (const e of explanations) expect(text).toContain(squash(e));
  });

  it('false leaves every explanation out, and keeps the matrix, the legend and the model’s own notes', async () => {
    const model = fiveRoles((o) => `${o}documents:\n  notes: false\n`);
    const text = squash(await pdfText(await render(model)));
    for (const e of explanations) expect(text).not.toContain(squash(e));
    for (const kept of ['Plan a release', 'Responsible', 'Accountable', 'Support Specialist'])
      expect(text).toContain(squash(kept));
    const notes = buildMatrix(model).notes;
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(text).toContain(squash(n.text));
  });
});
