import { exampleModel } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { ellipsis, textWidth, wrap } from './metrics.js';
import { bands, geometry } from './pdf.js';
import { csvField } from './tables.js';
import { abbreviations, buildMatrix, type MatrixRole, roleSheet } from './view.js';

const role = (id: string, title: string, aliases: string[] = []) => ({ id, title, aliases });

describe('abbreviations', () => {
  it('prefers a capitalised alias, else initials (camel-case humps count), and never repeats', () => {
    const out = abbreviations([
      role('sre', 'Site Reliability Engineer / Operations Lead', ['SRE', 'Ops']),
      role('software-engineer', 'Software Engineer'),
      role('support-engineer', 'Support Engineer', ['Support']),
      role('devsecops', 'DevSecOps Engineer', ['DevSecOps']),
      role('leadership', 'Leadership'),
      role('qa-lead', 'QA Lead'),
      role('ops-monitoring', 'Operations Monitoring & Support Engineer'),
      role('a', 'Same Name'),
      role('b', 'Same Name'),
      role('c', 'Same Name'),
    ]);
    expect(Object.fromEntries(out)).toEqual({
      sre: 'SRE',
      'software-engineer': 'SE',
      'support-engineer': 'SuE',
      devsecops: 'DSOE',
      leadership: 'LEA',
      'qa-lead': 'QAL',
      'ops-monitoring': 'OMSE',
      a: 'SN',
      b: 'SaN',
      c: 'SN2',
    });
  });
});

describe('buildMatrix on the example model', () => {
  it('gives every role with a letter a column, by family then title, with unique abbreviations', async () => {
    const model = await exampleModel();
    const matrix = buildMatrix(model);
    const families = model.organisation.families.map((f) => f.id);
    const ranks = matrix.roles.map((r) => families.indexOf(r.family.id));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(matrix.roles.map((r) => r.abbreviation)).size).toBe(matrix.roles.length);
    for (const r of model.roles)
      expect(matrix.roles.some((c) => c.id === r.id)).toBe(model.assignmentsOf(r.id).length > 0);
    expect(matrix.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(model.activities.map((a) => a.id));
  });

  it('numbers notes in reading order and puts each letter in its column', async () => {
    const model = await exampleModel();
    const matrix = buildMatrix(model);
    expect(matrix.notes.map((n) => n.number)).toEqual(matrix.notes.map((_, i) => i + 1));
    for (const group of matrix.groups)
      for (const row of group.rows) {
        const activity = model.activity(row.id)!;
        matrix.roles.forEach((r, i) => {
          const a = activity.assignments.find((x) => x.role === r.id);
          expect(row.cells[i]?.letter).toBe(a?.letter);
          expect(row.cells[i]?.note).toBe(a?.note);
        });
      }
  });

  it('builds role sheets: A first, then R, C, I, each with who holds R and A', async () => {
    const model = await exampleModel();
    const sheet = roleSheet(buildMatrix(model), 'engineering-lead')!;
    const order = sheet.sections.map((s) => s.letter.letter);
    expect(order[0]).toBe('A');
    expect(order).toEqual(['A', 'R', 'C', 'I'].filter((l) => order.includes(l as never)));
    const pipeline = sheet.sections[0]!.items.find((i) => i.activityId === 'pipeline-change')!;
    expect(pipeline).toMatchObject({ responsible: ['Platform Engineer'], accountable: ['Engineering Lead'] });
  });
});

describe('page geometry', () => {
  const roles = (families: number[]): MatrixRole[] =>
    families.map((f, i) => ({
      id: `r${i}`,
      title: `Role ${i}`,
      abbreviation: `R${i}`,
      family: { id: `f${f}`, title: `F${f}` },
      counts: {},
      people: [],
    }));

  it('fits the example on one A4 band and splits more roles into balanced bands', () => {
    expect(geometry('A4', 23).perBand).toBeGreaterThanOrEqual(23);
    const { perBand } = geometry('A4', 40);
    const split = bands(roles(Array.from({ length: 40 }, (_, i) => Math.floor(i / 5))), perBand);
    expect(split.map((b) => b.length)).toEqual([20, 20]);
  });

  it('cuts a band where the family changes when that is close to even', () => {
    const split = bands(roles([1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]), 10);
    expect(split.map((b) => b.length)).toEqual([7, 9]);
    expect(bands(roles([1, 1, 1]), 10)).toHaveLength(1);
    for (const b of bands(roles(Array.from({ length: 50 }, () => 1)), 12))
      expect(b.length).toBeLessThanOrEqual(12);
  });
});

describe('text fitting', () => {
  it('wraps at spaces into the lines asked for and ends with … when the text does not fit', () => {
    expect(wrap('Site Reliability Engineer / Operations Lead', 80, 6.5, 2)).toEqual([
      'Site Reliability Engineer /',
      'Operations Lead',
    ]);
    const cut = wrap('Operations Monitoring & Support Engineer for the whole platform', 60, 6.5, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const line of cut) expect(textWidth(line, 6.5)).toBeLessThanOrEqual(60);
    expect(ellipsis('Short', 100, 7)).toBe('Short');
  });
});

describe('csvField', () => {
  it('quotes only what RFC 4180 needs quoted', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
