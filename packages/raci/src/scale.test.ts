// A large organisation: 40 roles and 500 activities in 10 groups, which needs column bands.
import type { Activity } from '@rolekit/model';
import { pdfWorkers, renderPdf } from '@rolekit/render';
import { modelFromYaml, pdfInfo, pdfText, squash } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { benchRaciPdf, pageCount, syntheticRaciYaml } from './bench.js';
import { renderMatrixPdf } from './generate.js';
import { bands, geometry, inPieces, matrixDefinition } from './pdf.js';
import { pdfJobsModule, renderRoleSheet } from './pdf-jobs.js';
import { buildMatrix } from './view.js';

describe('a synthetic 500-activity x 40-role model', () => {
  it('renders raci.pdf in column bands, each with the activity column', async () => {
    const model = modelFromYaml(syntheticRaciYaml({ roles: 40, activities: 500, groups: 10 }));
    expect(model.roles).toHaveLength(40);
    expect(model.activities).toHaveLength(500);
    expect(model.activityGroups).toHaveLength(10);

    const matrix = buildMatrix(model);
    expect(matrix.roles).toHaveLength(40); // every role holds a letter
    const split = bands(matrix.roles, geometry('A4', 40).perBand);
    expect(split.length).toBeGreaterThan(1);

    const doc = matrixDefinition(matrix, { pageSize: 'A4', date: new Date('2026-01-01T00:00:00Z') });
    const bytes = await renderPdf(doc.definition, doc.meta);
    const pages = Number((await pdfInfo(bytes))['Pages']);
    expect(pages).toBeGreaterThan(split.length * 10);
    expect(pageCount(bytes)).toBe(pages);

    const text = squash(await pdfText(bytes));
    const first = model.activities[0]!;
    const last = model.activities[model.activities.length - 1]!;
    const occurrences = (s: string) => text.split(s).length - 1;
    // Once in every band.
    expect(occurrences(`${first.title} ${first.id}`)).toBe(split.length);
    expect(occurrences(`${last.title} ${last.id}`)).toBe(split.length);
    for (const role of matrix.roles)
      expect(text, role.abbreviation).toMatch(new RegExp(`(^| )${role.abbreviation}( |$)`));
    // The title page says where each band starts, with real page numbers.
    expect(text).toMatch(/Band 1, page 2 CE33 to /);
    expect(text).toMatch(new RegExp(`Band ${split.length}, page \\d+ `));
    expect(text).not.toContain('00000');
    // No page ends on a group's row: an activity of the group always follows on the same page.
    const orphans = (await pdfText(bytes))
      .split('\f')
      .map((page, i) => ({ page: i + 1, text: squash(page) }))
      .filter(({ text }) => {
        const group = text.search(/Group \d+: \w+ work (process|phase|scenario) (?!.*Group \d+: )/);
        return group >= 0 && !/activity-\d{4}/.test(text.slice(group));
      });
    expect(orphans.map((o) => o.page)).toEqual([]);
    split.forEach((band, i) => {
      expect(text).toContain(
        `Band ${i + 1} of ${split.length}: ${band[0]!.title} to ${band[band.length - 1]!.title}`,
      );
    });
  });

  it('fits 24 roles across A4 and 39 across A3', () => {
    expect(geometry('A4', 40).perBand).toBe(24);
    expect(geometry('A3', 40).perBand).toBe(39);
  });
});

const holds = (activity: Activity, roleId: string) => activity.assignments.some((a) => a.role === roleId);

describe('a synthetic 60-activity x 300-role model, rendered in pieces and joined', () => {
  const model = modelFromYaml(syntheticRaciYaml({ roles: 300, activities: 60, groups: 3 }));
  const matrix = buildMatrix(model);
  const date = new Date('2026-01-01T00:00:00Z');
  const split = bands(matrix.roles, geometry('A4', matrix.roles.length).perBand);

  it('is one PDF with every band, the right page numbers, and the same bytes every time', async () => {
    expect(matrix.roles).toHaveLength(208); // the roles that hold a letter in 60 activities
    expect(inPieces(matrix, 'A4')).toBe(true);
    expect(split.length).toBe(9);
    const { bytes, pages } = await renderMatrixPdf(matrix, { pageSize: 'A4', date });
    const again = await renderMatrixPdf(matrix, { pageSize: 'A4', date });
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);

    const info = await pdfInfo(bytes);
    const total = pages!.title + pages!.bands.reduce((a, b) => a + b, 0) + pages!.notes;
    expect(pages!.bands).toHaveLength(split.length);
    expect(Number(info['Pages'])).toBe(total);
    expect(info['Title']).toBe('Synthetic Org RACI matrix');
    expect(info['Producer']).toBe('rolekit (pdfmake, pdf-lib)');
    expect(info['CreationDate']).toMatch(/2026/);

    const perPage = (await pdfText(bytes)).split('\f').map(squash);
    const text = perPage.join(' ');
    const first = model.activities[0]!;
    const last = model.activities[model.activities.length - 1]!;
    const occurrences = (s: string) => text.split(s).length - 1;
    // An activity is listed in the bands where one of the band's roles holds a letter in it.
    const holdsIn = (id: string) =>
      split.filter((band) => band.some((r) => holds(model.activities.find((a) => a.id === id)!, r.id)))
        .length;
    expect(holdsIn(first.id)).toBeLessThan(split.length);
    expect(occurrences(`${first.title} ${first.id}`)).toBe(holdsIn(first.id));
    expect(occurrences(`${last.title} ${last.id}`)).toBe(holdsIn(last.id));
    for (const role of [matrix.roles[0]!, matrix.roles[matrix.roles.length - 1]!, ...split.map((b) => b[0]!)])
      expect(text, role.abbreviation).toMatch(new RegExp(`(^| )${role.abbreviation}( |$)`));
    // Every page has the running footer with its number in the whole, and all but the first the header.
    perPage.slice(0, total).forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${total}`);
      if (i > 0) expect(page, `page ${i + 1}`).toContain('Synthetic Org · RACI matrix (RACI)');
    });
    // The title page's band starts are the pages that begin each band, and a band's pages list
    // exactly the activities in which one of its roles holds a letter, as the title page counts them.
    split.forEach((band, i) => {
      const start = Number(new RegExp(`Band ${i + 1}, page (\\d+) `).exec(text)?.[1]);
      expect(perPage[start - 1], `band ${i + 1}`).toContain(
        `Band ${i + 1} of ${split.length}: ${band[0]!.title} to ${band[band.length - 1]!.title}`,
      );
      const listed = new Set(
        perPage
          .slice(start - 1, start - 1 + pages!.bands[i]!)
          .join(' ')
          .match(/activity-\d{4}/g),
      );
      const held = model.activities.filter((a) => band.some((r) => holds(a, r.id))).map((a) => a.id);
      expect([...listed].sort(), `band ${i + 1}`).toEqual(held.sort());
      expect(text).toContain(
        `${band[0]!.abbreviation} to ${band[band.length - 1]!.abbreviation}, ${band.length} roles, ${held.length} activities`,
      );
    });
    expect(perPage[total - pages!.notes]).toContain('Notes');
  });
});

describe('raci.pdf rendered by worker threads', () => {
  it('has the very bytes of raci.pdf rendered in one thread, and so do the role sheets', async () => {
    const model = modelFromYaml(syntheticRaciYaml({ roles: 120, activities: 40, groups: 2 }));
    const matrix = buildMatrix(model);
    const date = new Date('2026-01-01T00:00:00Z');
    expect(inPieces(matrix, 'A4')).toBe(true);
    const here = await renderMatrixPdf(matrix, { pageSize: 'A4', date });
    // Every piece goes to a worker, and a worker stops as soon as it waits (started again on demand).
    const workers = pdfWorkers(2, { inlineFirst: 0, retireAfterMs: 0 });
    try {
      const there = await renderMatrixPdf(matrix, { pageSize: 'A4', date }, undefined, workers);
      expect(there.pages).toEqual(here.pages);
      expect(Buffer.from(there.bytes).equals(Buffer.from(here.bytes))).toBe(true);
      const role = matrix.roles[7]!.id;
      const sheet = await workers.render({
        module: pdfJobsModule,
        name: 'renderRoleSheet',
        context: 'matrix',
        args: [role, date],
      });
      expect(Buffer.from(sheet).equals(Buffer.from(await renderRoleSheet(matrix, role, date)))).toBe(true);
      // A job that fails in a worker fails that job only, with its message.
      await expect(
        workers.render({
          module: pdfJobsModule,
          name: 'renderRoleSheet',
          context: 'matrix',
          args: ['nobody', date],
        }),
      ).rejects.toThrow("no role 'nobody' in the matrix");
    } finally {
      await workers.close();
    }
  });
});

describe('benchRaciPdf', () => {
  it('times the generator against bare pdfmake on the same definition', async () => {
    const model = modelFromYaml(syntheticRaciYaml({ roles: 12, activities: 40, groups: 3 }));
    const result = await benchRaciPdf(model, { runs: 1 });
    expect(result).toMatchObject({ activities: 40, roles: 12, bands: 1, runs: 1 });
    expect(result.pages).toBeGreaterThan(1);
    expect(result.generator.medianMs).toBeGreaterThan(0);
    expect(result.bare.medianMs).toBeGreaterThan(0);
  });

  it('builds the same synthetic YAML every time, for any variant', () => {
    expect(syntheticRaciYaml({ roles: 5, activities: 7 })).toEqual(
      syntheticRaciYaml({ roles: 5, activities: 7 }),
    );
    for (const variant of ['RASCI', 'RACI-VS'] as const) {
      const model = modelFromYaml(syntheticRaciYaml({ roles: 10, activities: 20, groups: 2, variant }));
      expect(buildMatrix(model).letters.map((l) => l.letter)).toEqual(model.organisation.raci.letters);
    }
  });
});
