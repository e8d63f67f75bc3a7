import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics.js';
import { loadModel, loadModelFromSources, readModelSources } from './load.js';
import { PEOPLE_CSV_COLUMNS } from './people-csv.js';
import { peopleSchema } from './schemas/files.js';
import { EXAMPLE_DIR, PEOPLE_CSV_EXAMPLE } from './schemas/reference.js';

const encoder = new TextEncoder();
const base = {
  'organisation.yaml': 'name: Tiny\ndate: 2026-11-01\n',
  'roles/dev.yaml': 'id: dev\ntitle: Developer\nfamily: eng\nsummary: Writes code.\n',
  'roles/ops.yaml': 'id: ops\ntitle: Operator\nfamily: eng\nsummary: Runs things.\n',
};
const load = (files: Record<string, string | Uint8Array>) =>
  loadModelFromSources(
    new Map(
      Object.entries({ ...base, ...files }).map(([p, t]) => [
        p,
        typeof t === 'string' ? encoder.encode(t) : t,
      ]),
    ),
  );
const lines = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);

describe('people split across files', () => {
  it('reads people.csv, people.yaml and people/* in path order, each file in its own order', () => {
    const result = load({
      'people/b-team.yaml': 'people:\n  - id: zed\n    name: Zed\n    roles: [ops]\n    manager: ana\n',
      'people/a-team.csv': 'id,name,roles,manager\nyan,Yan,dev,ana\nxia,Xia,ops,yan\n',
      'people.yaml': 'people:\n  - id: ana\n    name: Ana\n    roles: [dev, ops]\n',
      'people.csv': 'id,name,roles\nbo,Bo,dev\n',
    });
    if (!result.ok) throw new Error(lines(result.diagnostics).join('\n'));
    expect(result.value.people.map((p) => `${p.id}@${p.at.file}:${p.at.line}`)).toEqual([
      'bo@people.csv:2',
      'ana@people.yaml:2',
      'yan@people/a-team.csv:2',
      'xia@people/a-team.csv:3',
      'zed@people/b-team.yaml:2',
    ]);
    expect(result.value.peopleInRole('ops').map((p) => p.id)).toEqual(['ana', 'xia', 'zed']);
    expect(result.value.files.map((f) => f.path)).toContain('people/a-team.csv');
  });

  it('accepts a model with people only under people/', () => {
    const result = load({
      'people/everyone.yaml': 'people:\n  - id: ana\n    name: Ana\n    roles: [dev]\n',
    });
    expect(result.ok && result.value.people.map((p) => p.id)).toEqual(['ana']);
  });

  it('reads people/ and people.csv from disk, and nothing else that is not YAML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolekit-people-'));
    const files: Record<string, string> = {
      ...base,
      'people.csv': 'id,name,roles\nana,Ana,dev\n',
      'people/ops.yaml': 'people:\n  - id: bo\n    name: Bo\n    roles: [ops]\n    manager: ana\n',
      'people/README.md': '# not read\n',
      'export.csv': 'id,name,roles\nnot,Read,dev\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const result = await loadModel(dir);
    if (!result.ok) throw new Error(lines(result.diagnostics).join('\n'));
    expect(result.value.people.map((p) => p.id)).toEqual(['ana', 'bo']);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('people.csv', () => {
  it('reads what people.yaml would say: headings in any case and spelling, roles split by semicolons', () => {
    const csv =
      '\uFEFFID,Full Name,E-mail,GitHub login,Jira account id,Roles,Manager,Buddy,Start date\r\n' +
      'ana,"Doe, Ana",ana@example.com,ana-gh,712020:1,dev ; ops,,,\r\n' +
      'bo,"Bo ""the"" Op",,,,ops,ana,ana,2026-12-01\r\n' +
      ',,,,,,,,\r\n';
    const result = load({ 'people.csv': csv });
    if (!result.ok) throw new Error(lines(result.diagnostics).join('\n'));
    const [ana, bo] = result.value.people;
    expect({ ...ana, at: undefined }).toEqual({
      at: undefined,
      id: 'ana',
      name: 'Doe, Ana',
      email: 'ana@example.com',
      github: 'ana-gh',
      jiraAccountId: '712020:1',
      roles: ['dev', 'ops'],
    });
    expect({ ...bo, at: undefined }).toMatchObject({
      name: 'Bo "the" Op',
      roles: ['ops'],
      manager: 'ana',
      buddy: 'ana',
      startDate: '2026-12-01',
    });
  });

  it('takes off the apostrophe rolekit puts before formula-like text, and keeps other text as written', () => {
    const result = load({
      'people.csv': "id,name,roles\nana,'=Ana+1,dev\nbo,=HYPERLINK(1),ops\ncy,'plain,ops\n",
    });
    if (!result.ok) throw new Error(lines(result.diagnostics).join('\n'));
    expect(result.value.people.map((p) => p.name)).toEqual(['=Ana+1', '=HYPERLINK(1)', "'plain"]);
  });

  it('points every problem at its cell, and a role at its place in the cell', () => {
    const csv = [
      'id,name,email,roles,manager,startDate',
      'ana,Ana,ana@example,dev;  opps,,2026-12-01',
      'bo,"Bo',
      'Bo",bo@example.com,ops,anna,',
      'cy,Cy\u001b[2J,,ops,,',
      ',,,,,',
      'Dee,,,,,',
    ].join('\n');
    const result = load({ 'people/team.csv': csv });
    expect(result.ok).toBe(false);
    expect(lines(result.diagnostics)).toEqual([
      "people/team.csv:2:9 RK010 'email' 'ana@example' is not valid",
      "people/team.csv:7:1 RK010 'id' 'Dee' is not valid",
      "people/team.csv:7:5 RK010 'name' must not be empty",
      "people/team.csv:7:7 RK010 'roles' must list at least 1 item(s)",
    ]);
    // With the shapes fixed, the checks of meaning and of text point into the same cells.
    const fixed = csv.replace('ana@example', 'ana@example.com').replace('Dee,,,,,', 'dee,Dee,,dev,,');
    expect(lines(load({ 'people/team.csv': fixed }).diagnostics)).toEqual([
      "people/team.csv:2:31 RK012 unknown role 'opps' held by 'ana'; did you mean 'ops'?",
      "people/team.csv:3:5 RK082 'name' is written on one line (a heading, a CODEOWNERS section, a task, an issue title); a line break here would start a line of its own",
      "people/team.csv:4:24 RK015 unknown person 'anna' as manager; did you mean 'ana'?",
      'people/team.csv:5:4 RK081 a control character (U+001B) in text; it could hide or rewrite what a generated file or the terminal shows',
    ]);
  });

  it('says where a file stops being CSV', () => {
    expect(lines(load({ 'people.csv': 'id,name,roles\nana,An"a,dev\n' }).diagnostics)).toEqual([
      'people.csv:2:7 RK009 not a readable CSV file: invalid opening quote',
    ]);
    expect(lines(load({ 'people.csv': 'id,name,roles\r\nana,"Ana"x,dev\r\n' }).diagnostics)).toEqual([
      'people.csv:2:10 RK009 not a readable CSV file: invalid closing quote',
    ]);
    expect(lines(load({ 'people.csv': 'id,name,roles\nana,Ana\n' }).diagnostics)).toEqual([
      'people.csv:2:1 RK009 this row has 2 cells; the heading row has 3',
    ]);
  });

  it('refuses a heading row it cannot read in full', () => {
    expect(lines(load({ 'people.csv': 'id,name,roles,Name,\nana,Ana,dev,Ana,\n' }).diagnostics)).toEqual([
      "people.csv:1:15 RK002 duplicate column 'Name': 'name' is already column 2",
      'people.csv:1:20 RK011 column 5 has no heading',
    ]);
    expect(lines(load({ 'people.csv': 'id,name\nana,Ana\n' }).diagnostics)).toEqual([
      "people.csv:1:1 RK010 missing required column 'roles'",
    ]);
  });

  it('treats an empty file, NUL bytes and a file over 16 MiB as YAML files are treated', () => {
    expect(lines(load({ 'people.csv': '\n\n' }).diagnostics)).toEqual(['people.csv:1:1 RK003 file is empty']);
    expect(lines(load({ 'people.csv': 'id,name,roles\nana,A\u0000na,dev\n' }).diagnostics)).toEqual([
      'people.csv:1:1 RK005 file is not UTF-8 text',
    ]);
    const huge = `id,name,roles\n${'ana,Ana,dev\n'.repeat(1_500_000)}`;
    expect(load({ 'people.csv': huge }).diagnostics.map((d) => d.code)).toEqual(['RK004']);
  });

  it('accepts only a heading row: nobody yet', () => {
    const result = load({ 'people.csv': 'id,name,roles\r\n' });
    expect(result.ok && result.value.people).toEqual([]);
  });

  it('reads the example in docs/model.md as the example model’s people.yaml', async () => {
    const dir = new URL('.', EXAMPLE_DIR).pathname;
    const read = await readModelSources(dir);
    if (!read.ok) throw new Error('unreadable example');
    const sources = new Map(read.value);
    const yaml = loadModelFromSources(sources);
    sources.delete('people.yaml');
    sources.set('people.csv', encoder.encode(PEOPLE_CSV_EXAMPLE));
    const csv = loadModelFromSources(sources);
    expect(csv.diagnostics).toEqual([]);
    const people = (r: typeof csv) => (r.ok ? r.value.people.map((p) => ({ ...p, at: p.at.file })) : []);
    expect(people(csv)).toEqual(people(yaml).map((p) => ({ ...p, at: 'people.csv' })));
  });

  it('names its columns as the schema names a person’s fields', () => {
    const person = (peopleSchema as { properties: { people: { items: { properties: object } } } }).properties
      .people.items.properties;
    expect([...PEOPLE_CSV_COLUMNS]).toEqual(Object.keys(person));
  });
});
