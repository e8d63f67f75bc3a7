import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Artifact, loadTemplates, runGenerator } from '@rolekit/core';
import type { Letter, Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import {
  exampleModel,
  exampleModelDir,
  modelFromYaml,
  pdfInfo,
  pdfMissingGlyphs,
  pdfText,
  squash,
} from '@rolekit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { raciGenerator } from './index.js';
import { buildMatrix, type RaciMatrix } from './view.js';

const run = promisify(execFile);

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Every word of a PDF with its box, through poppler's pdftotext -bbox. */
async function pdfWords(bytes: Uint8Array): Promise<Word[]> {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-raci-'));
  try {
    await writeFile(join(dir, 'doc.pdf'), bytes);
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', join(dir, 'doc.pdf'), '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const words: Word[] = [];
    let page = 0;
    const entities = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    for (const line of stdout.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
      if (m) words.push({ page, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: entities(m[5]!) });
    }
    return words;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Reads the matrix back from the PDF's word positions: a page with a row of column abbreviations
 * is a matrix page; a letter belongs to the column whose abbreviation is above it and to the
 * activity whose first line of text sits on the same line. Returns "activity|role" -> "R" or "R3".
 */
function readMatrixFromPdf(words: Word[], matrix: RaciMatrix): Map<string, string> {
  const byAbbreviation = new Map(matrix.roles.map((r) => [r.abbreviation, r.id]));
  const found = new Map<string, string>();
  const pages = [...new Set(words.map((w) => w.page))];
  for (const page of pages) {
    const on = words.filter((w) => w.page === page);
    const rows = new Map<number, Word[]>();
    for (const w of on.filter((w) => byAbbreviation.has(w.text))) {
      const key = Math.round(w.y1);
      rows.set(key, [...(rows.get(key) ?? []), w]);
    }
    const header = [...rows.values()].sort((a, b) => b.length - a.length)[0];
    if (!header || header.length < 4) continue; // the title page's key or the notes, not the matrix
    const columns = header.map((w) => ({ role: byAbbreviation.get(w.text)!, x: (w.x0 + w.x1) / 2 }));
    const headerBottom = Math.max(...header.map((w) => w.y1));
    const firstColumn = Math.min(...header.map((w) => w.x0)) - 4;
    const letters = on.filter((w) => w.y0 > headerBottom && w.x0 > firstColumn && /^[RACISV]$/.test(w.text));
    for (const letter of letters) {
      const column = columns.reduce((best, c) =>
        Math.abs(c.x - (letter.x0 + letter.x1) / 2) < Math.abs(best.x - (letter.x0 + letter.x1) / 2)
          ? c
          : best,
      );
      const mid = (w: Word) => (w.y0 + w.y1) / 2;
      const footnote = on.find(
        (w) =>
          /^\d+$/.test(w.text) &&
          Math.abs(w.x0 - letter.x1) < 0.5 &&
          mid(w) > letter.y0 &&
          mid(w) < letter.y1,
      );
      const firstLine = on
        .filter((w) => w.x1 < firstColumn && mid(w) > letter.y0 && mid(w) < letter.y1)
        .sort((a, b) => a.x0 - b.x0)
        .map((w) => w.text)
        .join(' ');
      const candidates = matrix.groups
        .flatMap((g) => g.rows)
        .filter((r) => `${r.title} ${r.id}`.startsWith(firstLine));
      expect(
        candidates.map((c) => c.id),
        `one activity starts with '${firstLine}'`,
      ).toHaveLength(1);
      const key = `${candidates[0]!.id}|${column.role}`;
      expect(found.has(key), `${key} is read once`).toBe(false);
      found.set(key, `${letter.text}${footnote?.text ?? ''}`);
    }
  }
  return found;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return records;
}

const letterOf = (model: Model, activity: string, role: string): Letter | undefined =>
  model.activity(activity)!.assignments.find((a) => a.role === role)?.letter;

/** Text compared after undoing line breaks, including those pdfmake makes after a hyphen. */
const norm = (s: string) => squash(s).replace(/-\s+/g, '-');

describe('raci generator on the example model', () => {
  let model: Model;
  let matrix: RaciMatrix;
  let artifacts: Artifact[];
  const file = (path: string) => {
    const a = artifacts.find((x) => x.path === path);
    if (!a) throw new Error(`no ${path} among ${artifacts.map((x) => x.path).join(', ')}`);
    return a;
  };
  const text = (path: string) => new TextDecoder().decode(file(path).bytes);

  beforeAll(async () => {
    model = await exampleModel();
    matrix = buildMatrix(model);
    const templates = await loadTemplates([defaultTemplatesDir]);
    const result = await runGenerator(raciGenerator, {
      model,
      templates,
      date: new Date('2026-11-01T00:00:00Z'),
    });
    expect(result.diagnostics).toEqual([]);
    artifacts = result.artifacts;
  });

  it('writes raci.pdf, raci.csv, raci.md and a sheet per role', () => {
    const roles = model.roles.map((r) => `roles/${r.id}.pdf`);
    expect(artifacts.map((a) => a.path)).toEqual(['raci.csv', 'raci.md', 'raci.pdf', ...roles].sort());
    expect(file('raci.pdf').mediaType).toBe('application/pdf');
    expect(file('raci.csv').mediaType).toMatch(/^text\/csv/);
  });

  it('prints the names of the example’s people in Arabic and Chinese, and draws no missing glyph', async () => {
    const sheet = file('roles/support-engineer.pdf').bytes;
    const read = squash((await pdfText(sheet)).replace(/[\u202a-\u202e]/g, ''));
    expect(read).toContain('ليلى ناصر');
    expect(read).toContain('王芳 (Wang Fang)');
    for (const artifact of artifacts.filter((a) => a.path.endsWith('.pdf')))
      expect(pdfMissingGlyphs(artifact.bytes), artifact.path).toBe(0);
  });

  it('keeps two right-to-left names side by side in their order on a role sheet', async () => {
    // Omar Farouk written in Arabic: he comes before ليلى ناصر in people.yaml. Without isolating
    // each name, "عمر فاروق, ليلى ناصر" is one right-to-left run and ليلى would be drawn first.
    const files: Record<string, string> = {};
    for (const name of await readdir(exampleModelDir, { recursive: true })) {
      if (name.endsWith('.yaml'))
        files[name.replaceAll('\\', '/')] = await readFile(join(exampleModelDir, name), 'utf8');
    }
    files['people.yaml'] = files['people.yaml']!.replace('name: Omar Farouk', 'name: عمر فاروق');
    const arabic = modelFromYaml(files);
    const { artifacts: sheets } = await runGenerator(raciGenerator, {
      model: arabic,
      templates: await loadTemplates([defaultTemplatesDir]),
      date: new Date('2026-11-01T00:00:00Z'),
      options: { roles: ['support-engineer'] },
    });
    const words = await pdfWords(sheets.find((a) => a.path === 'roles/support-engineer.pdf')!.bytes);
    const bare = (w: Word) => w.text.replace(/[\u202a-\u202e,]/g, '');
    const x = (word: string) => words.find((w) => bare(w) === [...word].reverse().join(''))?.x0 ?? Number.NaN;
    // Left to right on the page: Omar's name (its last word leftmost), then Layla's.
    expect(x('فاروق')).toBeLessThan(x('عمر'));
    expect(x('عمر')).toBeLessThan(x('ناصر'));
    expect(x('ناصر')).toBeLessThan(x('ليلى'));
  });

  it('is deterministic: the same model gives the same bytes', async () => {
    const templates = await loadTemplates([defaultTemplatesDir]);
    const again = await runGenerator(raciGenerator, {
      model,
      templates,
      date: new Date('2026-11-01T00:00:00Z'),
    });
    for (const a of artifacts) {
      const b = again.artifacts.find((x) => x.path === a.path)!;
      expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)), a.path).toBe(0);
    }
  });

  it('prints a title page with the organisation, the date, the variant and the legend', async () => {
    const info = await pdfInfo(file('raci.pdf').bytes);
    expect(info['Page size']).toMatch(/841.89 x 595.28/); // A4 landscape
    expect(info['Title']).toBe('Example Corp RACI matrix');
    const text = squash(await pdfText(file('raci.pdf').bytes));
    const titlePage = text.slice(0, text.indexOf('Matrix'));
    expect(titlePage).toContain('Example Corp');
    expect(titlePage).toContain('2026-11-01');
    expect(titlePage).toContain('RACI matrix · RACI');
    for (const l of ['Responsible', 'Accountable', 'Consulted', 'Informed']) expect(titlePage).toContain(l);
    expect(titlePage).toContain('Only roles that hold a letter in some activity get a column');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('holds every activity of the model, and every letter in the right row and column', async () => {
    const text = norm(await pdfText(file('raci.pdf').bytes));
    for (const activity of model.activities) expect(text).toContain(norm(activity.title));
    for (const group of model.activityGroups) expect(text).toContain(norm(group.title));

    const found = readMatrixFromPdf(await pdfWords(file('raci.pdf').bytes), matrix);
    const expected = new Map<string, string>();
    for (const activity of model.activities) {
      for (const a of activity.assignments) {
        const note = matrix.notes.find((n) => n.activityId === activity.id && n.roleId === a.role);
        expected.set(`${activity.id}|${a.role}`, `${a.letter}${note ? note.number : ''}`);
      }
    }
    expect(Object.fromEntries([...found].sort())).toEqual(Object.fromEntries([...expected].sort()));
    expect(found.size).toBe(model.activities.reduce((n, a) => n + a.assignments.length, 0));
  });

  it('lists every cell note under its number', async () => {
    const text = norm(await pdfText(file('raci.pdf').bytes));
    const notes = model.activities.flatMap((a) => a.assignments.filter((x) => x.note));
    expect(matrix.notes).toHaveLength(notes.length);
    for (const n of matrix.notes) expect(text).toContain(norm(n.text));
  });

  it('writes the CSV cell by cell as the model says (RFC 4180)', () => {
    const csv = text('raci.csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, ...rows] = parseCsv(csv);
    const roleIds = header!.slice(3);
    expect(header!.slice(0, 3)).toEqual(['group', 'activity id', 'activity']);
    expect(new Set(roleIds)).toEqual(
      new Set(model.roles.filter((r) => model.assignmentsOf(r.id).length > 0).map((r) => r.id)),
    );
    expect(rows.map((r) => r[1])).toEqual(model.activities.map((a) => a.id));
    for (const row of rows) {
      const activity = model.activity(row[1]!)!;
      expect(row).toHaveLength(header!.length);
      expect(row[0]).toBe(model.activityGroups.find((g) => g.id === activity.group)!.title);
      expect(row[2]).toBe(activity.title);
      roleIds.forEach((role, i) =>
        expect(row[3 + i], `${activity.id} ${role}`).toBe(letterOf(model, activity.id, role) ?? ''),
      );
    }
  });

  it("keeps seed 002's operations matrix: the manager's X is A, the others R, 'when requested' a note", () => {
    const [header, ...rows] = parseCsv(text('raci.csv'));
    const cell = (activity: string, role: string) =>
      rows.find((r) => r[1] === activity)![header!.indexOf(role)];
    const operations = model.activityGroups.find((g) => g.id === 'operations')!;
    expect(operations.activities).toHaveLength(7);
    for (const a of operations.activities) expect(cell(a.id, 'ops-manager')).toBe('A');
    expect(cell('make-production-changes', 'ops-deployment')).toBe('R');
    expect(cell('make-production-changes', 'ops-infrastructure')).toBe('R');
    expect(cell('make-production-changes', 'ops-security')).toBe('');
    for (const role of ['ops-deployment', 'ops-infrastructure', 'ops-security', 'ops-monitoring-support'])
      expect(cell('raise-and-report-alerts', role)).toBe('R');
    expect(text('raci.md')).toContain('when requested');
  });

  it("keeps seed 003's three scenarios exactly", () => {
    const [header, ...rows] = parseCsv(text('raci.csv'));
    const letters = (activity: string) => {
      const row = rows.find((r) => r[1] === activity)!;
      const out: Record<string, string[]> = {};
      header!.slice(3).forEach((role, i) => {
        const l = row[3 + i];
        if (l) out[l] = [...(out[l] ?? []), role].sort();
      });
      return out;
    };
    expect(letters('pipeline-change')).toEqual({
      R: ['platform-engineer'],
      A: ['engineering-lead'],
      C: ['devsecops', 'qa-engineer'],
      I: ['product-owner', 'sre'],
    });
    expect(letters('critical-incident')).toEqual({
      R: ['sre'],
      A: ['engineering-lead'],
      C: ['devsecops', 'platform-engineer', 'product-owner'],
    });
    expect(model.activity('critical-incident')!.others).toEqual({ I: ['Relevant stakeholders'] });
    expect(letters('critical-vulnerability-fix')).toEqual({
      R: ['devsecops'],
      A: ['engineering-lead'],
      C: ['platform-engineer', 'qa-engineer'],
      I: ['product-owner', 'sre'],
    });
  });

  it('shows the scenarios in the PDF with the stakeholders that are not roles', async () => {
    const text = norm(await pdfText(file('raci.pdf').bytes));
    expect(text).toContain('Pipeline change (new stage, new policy)');
    expect(text).toContain('also I: Relevant stakeholders');
  });

  it('writes Markdown: a table per group, the legend, and notes as footnotes', () => {
    const md = text('raci.md');
    expect(md).toContain('# Example Corp: RACI matrix');
    expect(md).toMatch(/\| \*\*R\*\* \| Responsible \|/);
    for (const group of model.activityGroups) expect(md).toContain(`## ${group.title}`);
    for (const activity of model.activities) expect(md).toContain(`(\`${activity.id}\`)`);
    const note = matrix.notes.find((n) => n.activityId === 'make-production-changes')!;
    expect(md).toContain(`R[^${note.number}]`);
    expect(md).toContain(`[^${note.number}]: when requested`);
    // Every table row has as many cells as its header.
    for (const table of md.split(/\n\n/).filter((b) => b.startsWith('| Activity |'))) {
      const lines = table.split('\n');
      const width = lines[0]!.split(' |').length;
      for (const line of lines) expect(line.split(' |').length, line).toBe(width);
    }
  });

  it("writes each role's sheet: what it is A, R, C and I for, with who else holds R and A", async () => {
    const text = norm(await pdfText(file('roles/platform-engineer.pdf').bytes));
    expect(text).toContain('Platform Engineer');
    expect(text).toMatch(/Responsible: \d+ activit/);
    expect(text).toContain('Pipeline change (new stage, new policy)');
    expect(text).toContain('Engineering Lead'); // the A of the pipeline change
    for (const a of model.assignmentsOf('platform-engineer')) expect(text).toContain(norm(a.activity.title));

    const ops = norm(await pdfText(file('roles/ops-manager.pdf').bytes));
    expect(ops).toMatch(/Accountable: \d+ activities/);
    for (const a of model.assignmentsOf('ops-manager')) expect(ops).toContain(norm(a.activity.title));
  });

  it('every role sheet has every letter of its role', async () => {
    for (const role of model.roles) {
      const sheet = norm(await pdfText(file(`roles/${role.id}.pdf`).bytes));
      const counts = new Map<Letter, number>();
      for (const a of model.assignmentsOf(role.id)) counts.set(a.letter, (counts.get(a.letter) ?? 0) + 1);
      for (const [letter, n] of counts) {
        const name = matrix.letters.find((l) => l.letter === letter)!.name;
        expect(sheet, `${role.id} ${letter}`).toContain(
          `${name}: ${n} ${n === 1 ? 'activity' : 'activities'}`,
        );
      }
    }
  });
});

describe('raci generator options', () => {
  let model: Model;
  beforeAll(async () => {
    model = await exampleModel();
  });
  const generate = async (options: Record<string, unknown>) =>
    runGenerator(raciGenerator, {
      model,
      templates: await loadTemplates([defaultTemplatesDir]),
      date: new Date('2026-11-01T00:00:00Z'),
      options,
    });

  it('starts raci.csv with a byte order mark for Excel when asked, and only then', async () => {
    const csv = async (options: Record<string, unknown>) =>
      Buffer.from(
        (await generate({ roleSheets: false, ...options })).artifacts.find((a) => a.path === 'raci.csv')!
          .bytes,
      );
    const plain = await csv({});
    const bom = await csv({ bom: true });
    expect([...plain.subarray(0, 5)]).toEqual([...Buffer.from('group')]);
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(plain)).toBe(true);
  });

  it('prints on A3 when asked', async () => {
    const result = await generate({ pageSize: 'A3', roleSheets: false });
    const pdf = result.artifacts.find((a) => a.path === 'raci.pdf')!;
    expect((await pdfInfo(pdf.bytes))['Page size']).toMatch(/1190.55 x 841.89/);
    expect(result.artifacts.map((a) => a.path)).toEqual(['raci.csv', 'raci.md', 'raci.pdf']);
  });

  it('writes the sheets of the roles asked for only', async () => {
    const result = await generate({ roles: ['sre', 'qa-lead'] });
    expect(result.artifacts.map((a) => a.path)).toEqual([
      'raci.csv',
      'raci.md',
      'raci.pdf',
      'roles/qa-lead.pdf',
      'roles/sre.pdf',
    ]);
  });

  it('orders columns by first appearance when asked', async () => {
    const result = await generate({ order: 'appearance', roleSheets: false });
    const csv = new TextDecoder().decode(result.artifacts.find((a) => a.path === 'raci.csv')!.bytes);
    expect(csv.split('\r\n')[0]).toMatch(
      /^group,activity id,activity,ops-manager,ops-deployment,ops-infrastructure,/,
    );
  });

  it('reports bad options as RK100 and writes nothing', async () => {
    const result = await generate({ pageSize: 'A5', colour: 'yes', roles: ['sre', 'nobody'] });
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RK100', 'raci option pageSize=A5 is not one of A4, A3'],
      ['RK100', "unknown raci option 'colour'"],
      ['RK100', "unknown role 'nobody'"],
    ]);
  });
});
