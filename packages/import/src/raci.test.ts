import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '@rolekit/model';
import { buildMatrix, raciCsv } from '@rolekit/raci';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeFragments, readKnown } from './folder.js';
import { emptyKnown, type Known } from './fragment.js';
import { importRaci, readCsv, readMarkdown } from './raci.js';

const example = fileURLToPath(new URL('../../../model/', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Every assignment of a raci.csv as `activity role letter`, sorted. */
function assignments(csv: string): string[] {
  const { tables } = readCsv(csv, 'raci.csv');
  const [table] = tables;
  const out: string[] = [];
  for (const row of table!.rows)
    row.slice(3).forEach((cell, i) => {
      if (cell.text) out.push(`${row[1]!.text} ${table!.header[i + 3]!.text} ${cell.text}`);
    });
  return out.sort();
}

async function importInto(dir: string, csv: string, known: Known = emptyKnown(), options = {}) {
  const read = readCsv(csv, 'sheet.csv');
  const imported = importRaci(read.tables, 'sheet.csv', known, { group: 'Sheet', ...options });
  return {
    imported,
    merged: await mergeFragments(dir, join(dir, 'out'), [imported.fragment], { date: '2026-12-01' }),
  };
}

const fresh = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-raci-'));
  dirs.push(dir);
  return dir;
};

describe('RACI import', () => {
  it('raci.csv guards model text a spreadsheet would run as a formula, and import reads it back', async () => {
    const dir = await fresh();
    const model = join(dir, 'model');
    await cp(example, model, { recursive: true });
    const path = join(model, 'activities.yaml');
    const yaml = await readFile(path, 'utf8');
    const hostile = `"=cmd|' /C calc'!A0"`;
    await writeFile(
      path,
      yaml
        .replace('title: Operations activities', `title: ${hostile}`)
        .replace('title: Make changes to Production system', 'title: "@SUM(1+1)*cmd|\' /C calc\'!A0"'),
    );
    const loaded = await loadModel(model);
    if (!loaded.ok) throw new Error('hostile model does not load');
    const csv = raciCsv(buildMatrix(loaded.value));
    const row = csv.split('\r\n').find((l) => l.includes(',make-production-changes,'))!;
    expect(row.startsWith(`'=cmd|' /C calc'!A0,make-production-changes,'@SUM(1+1)*cmd|' /C calc'!A0,`)).toBe(
      true,
    );
    for (const line of csv.split('\r\n'))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@]/);
    const { tables } = readCsv(csv, 'raci.csv');
    const cells = tables[0]!.rows.find((r) => r[1]!.text === 'make-production-changes')!;
    expect(cells[0]!.text).toBe("=cmd|' /C calc'!A0");
    expect(cells[2]!.text).toBe("@SUM(1+1)*cmd|' /C calc'!A0");
  });

  it('round trip: the example’s raci.csv imported and generated again has the same assignments', async () => {
    const loaded = await loadModel(example);
    if (!loaded.ok) throw new Error('example model does not load');
    const original = raciCsv(buildMatrix(loaded.value));
    const { imported, merged } = await importInto(await fresh(), original);
    expect(imported.problems).toEqual([]);
    expect(merged.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = raciCsv(buildMatrix(merged.model!));
    expect(assignments(again)).toEqual(assignments(original));
    expect(assignments(original).length).toBeGreaterThan(100);
    // Same groups, in the same order.
    expect(merged.model!.activityGroups.map((g) => g.title)).toEqual(
      loaded.value.activityGroups.map((g) => g.title),
    );
  });

  it('matches columns to the model’s roles by title and alias, and creates roles for the others', async () => {
    const known = await readKnown(example);
    const csv =
      'Activity,QA Engineer,release manager,Legal Counsel\nShip the release,R,A,\n"Sign off, legally",I,A,R\n';
    const read = readCsv(csv, 'sheet.csv');
    const imported = importRaci(read.tables, 'sheet.csv', known, { group: 'Release' });
    expect(imported.problems).toEqual([]);
    expect(imported.matched).toEqual(['QA Engineer -> qa-engineer', 'release manager -> release-manager']);
    expect(imported.fragment.roles.map((r) => [r.id, r.title])).toEqual([['legal-counsel', 'Legal Counsel']]);
    expect(imported.fragment.activityGroups).toEqual([
      {
        id: 'release',
        title: 'Release',
        activities: [
          {
            id: 'ship-the-release',
            title: 'Ship the release',
            raci: { 'qa-engineer': 'R', 'release-manager': 'A' },
          },
          {
            id: 'sign-off-legally',
            title: 'Sign off, legally',
            raci: { 'qa-engineer': 'I', 'release-manager': 'A', 'legal-counsel': 'R' },
          },
        ],
      },
    ]);
  });

  it('reads Markdown pipe tables, one group per heading, and X with a declared meaning', () => {
    const md = [
      '# RACI',
      '',
      '## Deploy',
      '',
      '| Task | Ops | Dev |',
      '|---|:-:|---|',
      '| Roll out | X | A |',
      '',
      '## Plan',
      '| Task | Ops | Dev |',
      '| --- | --- | --- |',
      '| Plan sprint | a | x |',
    ].join('\n');
    const { tables } = readMarkdown(md, 'raci.md');
    const imported = importRaci(tables, 'raci.md', emptyKnown(), { group: 'raci', x: 'R' });
    expect(imported.problems).toEqual([]);
    expect(imported.fragment.activityGroups.map((g) => [g.title, g.activities.map((a) => a.raci)])).toEqual([
      ['Deploy', [{ ops: 'R', dev: 'A' }]],
      ['Plan', [{ ops: 'A', dev: 'R' }]],
    ]);
  });

  it('names file:line:column for every bad cell and imports nothing', async () => {
    const known = await readKnown(example);
    const csv = [
      'Activity,QA Enginer,Release Manager,Support Engineer',
      'Ship,R,A,Q',
      'Triage,A,A,R',
      '"Multi',
      'line",R/A,,X',
      'Nobody accountable,R,,',
    ].join('\r\n');
    const read = readCsv(csv, 'sheet.csv');
    const { problems } = importRaci(read.tables, 'sheet.csv', known, { group: 'Sheet' });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      "sheet.csv:1:2 unknown column 'QA Enginer'; did you mean 'QA Engineer'?",
      "sheet.csv:2:4 'Q' is not a RACI letter",
      "sheet.csv:3:3 a second A for 'Triage' (the first is in column 2)",
      'sheet.csv:4:1 an activity title on several lines',
      "sheet.csv:4:2 'R/A' is two letters; a role holds one letter per activity",
      'sheet.csv:4:4 an X, but nothing says what X means',
      "sheet.csv:4:1 no A for 'Multi\nline'",
      "sheet.csv:4:1 no R for 'Multi\nline'",
      "sheet.csv:6:1 no A for 'Nobody accountable'",
    ]);
  });

  it('reports an unreadable CSV at its line', () => {
    const { problems } = readCsv('Activity,Ops\n"Deploy,R\n', 'bad.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bad.csv', line: 2 });
    expect(problems[0]!.message).toContain('Quote Not Closed');
  });
});
