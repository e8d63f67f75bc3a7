import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { SourceLocation } from './diagnostics.js';
import { loadModel, loadModelFromSources, type ParseCache, readModelSources } from './load.js';
import { renderSchemaFiles } from './schemas/render.js';
import { QUICK_VALIDATORS_FILE, renderQuickValidators } from './schemas/standalone.js';

const encoder = new TextEncoder();
const baseDir = fileURLToPath(new URL('../test/base/', import.meta.url));
const exampleDir = fileURLToPath(new URL('../../../model/', import.meta.url));

function sources(files: Record<string, string | Uint8Array>) {
  return new Map(Object.entries(files).map(([p, t]) => [p, typeof t === 'string' ? encoder.encode(t) : t]));
}

const organisation = 'name: Tiny\ndate: 2026-11-01\n';
const role = (id: string, extra = '') =>
  `id: ${id}\ntitle: ${id.toUpperCase()}\nfamily: eng\nsummary: Does ${id}.\n${extra}`;

describe('loadModel', () => {
  it('loads the base corpus model with every lookup filled', async () => {
    const result = await loadModel(baseDir);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const model = result.value;
    expect(model.roles.map((r) => r.id)).toEqual(['developer', 'lead', 'operator', 'tester']);
    expect(model.peopleInRole('operator').map((p) => p.id)).toEqual(['olga', 'oscar']);
    expect(model.assignmentsOf('lead').map((a) => `${a.activity.id}:${a.letter}`)).toEqual([
      'write-code:A',
      'test-code:A',
      'change-production:A',
    ]);
    expect(model.ownedPathsOf('developer').map((o) => `${o.repository}:${o.pattern}`)).toEqual(['app:/src/']);
    expect(
      model.jiraGrantsOf('developer').map((g) => [g.scheme.id, g.projects.map((p) => p.key), g.permissions]),
    ).toEqual([
      ['delivery', ['APP'], ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES']],
      ['operations', ['OPS'], ['BROWSE_PROJECTS']],
    ]);
    expect(model.partneredBy('tester').map((r) => r.id)).toEqual(['developer']);
    expect(model.reportsOf('lead').map((r) => r.id)).toEqual(['developer', 'operator', 'tester']);
    expect(model.role('tester')?.at).toMatchObject({ file: 'roles/tester.yaml', line: 1, column: 1 });
    expect(model.activity('test-code')?.at).toMatchObject({ file: 'activities.yaml', line: 12, column: 9 });
    expect(model.organisation.raci.letters).toEqual(['R', 'A', 'C', 'I']);
    expect(model.files.map((f) => f.path)).toContain('roles/lead.yaml');
  });

  it('hands generators a frozen model', async () => {
    const result = await loadModel(baseDir);
    if (!result.ok) throw new Error('invalid');
    const role = result.value.roles[0]!;
    expect(() => {
      (role as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('normalises shorthand: plain responsibilities, KPIs and references become one shape', () => {
    const result = loadModelFromSources(
      sources({
        'organisation.yaml': organisation,
        'roles/a.yaml': role(
          'a',
          'responsibilities:\n  - one\n  - two\n  - group: Later\n    items: [three]\n  - four\nkpis:\n  - MTTR\n  - name: SLO\n    target: 99.9%\nprocesses:\n  - Hotfix\n  - name: Review\n    url: https://example.com/review\n',
        ),
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const a = result.value.role('a')!;
    expect(a.responsibilities).toEqual([
      { items: ['one', 'two'] },
      { title: 'Later', items: ['three'] },
      { items: ['four'] },
    ]);
    expect(a.kpis).toEqual([{ name: 'MTTR' }, { name: 'SLO', target: '99.9%' }]);
    expect(a.processes).toEqual([{ name: 'Hotfix' }, { name: 'Review', url: 'https://example.com/review' }]);
    expect(a.family).toEqual({ id: 'eng', title: 'Eng' });
  });

  it('sorts roles by id whatever order the files come in', () => {
    const files = {
      'organisation.yaml': organisation,
      'roles/zeta.yaml': role('zeta'),
      'roles/alpha.yaml': role('alpha'),
    };
    const result = loadModelFromSources(sources(files));
    expect(result.ok && result.value.roles.map((r) => r.id)).toEqual(['alpha', 'zeta']);
  });

  it('refuses a file larger than 16 MiB before parsing it', () => {
    const big = `id: a\ntitle: A\nfamily: eng\nsummary: ${'x'.repeat(16 * 1024 * 1024)}\n`;
    const result = loadModelFromSources(sources({ 'organisation.yaml': organisation, 'roles/a.yaml': big }));
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RK004',
        file: 'roles/a.yaml',
        message: expect.stringContaining('at most 16777216 bytes'),
      }),
    ]);
  });

  it('survives a pathologically nested file without a stack trace', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = loadModelFromSources(sources({ 'organisation.yaml': organisation, 'roles/a.yaml': deep }));
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'RK004', file: 'roles/a.yaml' });
  });

  it('reports every broken file at once, not just the first', () => {
    const result = loadModelFromSources(
      sources({
        'organisation.yaml': organisation,
        'roles/a.yaml': 'id: [',
        'roles/b.yaml': role('b', 'colour: red\n'),
      }),
    );
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'roles/a.yaml RK001',
      'roles/b.yaml RK011',
    ]);
  });

  it('reports a missing model directory as a diagnostic', async () => {
    const result = await loadModel('/nonexistent/model');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'RK006',
      message: "model directory '/nonexistent/model' does not exist",
    });
  });
});

describe('remembered parses (ParseCache)', () => {
  /** A parse cache that keeps values as the CLI's does, through v8's serialiser, and counts. */
  function countingCache() {
    const entries = new Map<string, Buffer>();
    const counts = { hits: 0, sets: 0 };
    const cache: ParseCache = {
      get(key) {
        const bytes = entries.get(key);
        if (bytes) counts.hits++;
        return bytes && deserialize(bytes);
      },
      set(key, value) {
        counts.sets++;
        entries.set(key, serialize(value));
      },
    };
    return { cache, counts, entries };
  }

  /** Every entity with every position worked out, as text: equal text, equal model for generators. */
  const snapshot = (result: ReturnType<typeof loadModelFromSources>) =>
    // `this[key]`: the position itself, which JSON alone leaves out (LazyLocation.toJSON).
    JSON.stringify(
      result.ok ? result.value : result.diagnostics,
      function (this: Record<string, SourceLocation>, key, value) {
        return key === 'at'
          ? `${this[key]!.file}:${this[key]!.line}:${this[key]!.column} ${this[key]!.pointer}`
          : value;
      },
    );

  async function baseSources() {
    const read = await readModelSources(baseDir);
    if (!read.ok) throw new Error('unreadable base model');
    return new Map(read.value);
  }

  it('parses no file the second time, and gives the same model with the same positions', async () => {
    const files = await baseSources();
    const { cache, counts } = countingCache();
    const first = loadModelFromSources(files, { parsed: cache });
    expect(counts).toEqual({ hits: 0, sets: files.size });
    const again = loadModelFromSources(files, { parsed: cache });
    expect(counts).toEqual({ hits: files.size, sets: files.size });
    expect(again.ok).toBe(true);
    expect(snapshot(again)).toBe(snapshot(first));
    expect(snapshot(again)).toBe(snapshot(loadModelFromSources(files)));
    expect(again.ok && again.value.files).toEqual(first.ok && first.value.files);
  });

  it('parses an edited file again, and only that one', async () => {
    const files = await baseSources();
    const { cache, counts } = countingCache();
    loadModelFromSources(files, { parsed: cache });
    const tester = new TextDecoder().decode(files.get('roles/tester.yaml'));
    files.set('roles/tester.yaml', encoder.encode(tester.replace(/^title: .*$/m, 'title: Edited')));
    const again = loadModelFromSources(files, { parsed: cache });
    expect(counts).toEqual({ hits: files.size - 1, sets: files.size + 1 });
    expect(again.ok && again.value.role('tester')?.title).toBe('Edited');
  });

  it('parses afresh when an entry is not what the loader stored', async () => {
    const files = await baseSources();
    const sets: string[] = [];
    const garbage: ParseCache = {
      get: () => ({ value: 'not a file', locating: 'lines' }),
      set: (key) => sets.push(key),
    };
    const result = loadModelFromSources(files, { parsed: garbage });
    expect(sets).toHaveLength(files.size);
    expect(snapshot(result)).toBe(snapshot(loadModelFromSources(files)));
  });

  it('remembers a file the careful parser read (anchors), and points into it the same way', () => {
    const files = sources({
      'organisation.yaml': organisation,
      'roles/a.yaml': role('a', 'mission: &m Keep a going.\naliases:\n  - *m\npartners:\n  - role: nobody\n'),
      'roles/b.yaml': role('b', 'partners:\n  - role: a\n    for: &why everything\n'),
    });
    const { cache, counts } = countingCache();
    const first = loadModelFromSources(files, { parsed: cache });
    const again = loadModelFromSources(files, { parsed: cache });
    expect(counts.hits).toBe(files.size);
    expect(first.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toContain(
      'roles/a.yaml:9:11 RK012',
    );
    expect(again.diagnostics).toEqual(first.diagnostics);
  });
});

describe('a role whose id and file name disagree', () => {
  it('is reported once, and references by either name are accepted', () => {
    const result = loadModelFromSources(
      sources({
        'organisation.yaml': organisation,
        'roles/tester.yml': role('qa'),
        'roles/b.yaml': role('b', 'partners:\n  - role: tester\n  - role: qa\n  - role: testers\n'),
        'people.yaml': 'people:\n  - id: p\n    name: P\n    roles: [tester, qa, nobody]\n',
      }),
    );
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "people.yaml:4:25 RK012 unknown role 'nobody' held by 'p'",
      "roles/b.yaml:8:11 RK012 unknown role 'testers' in partners",
      "roles/tester.yml:1:5 RK014 role id 'qa' does not match its file name 'roles/tester.yml'",
    ]);
  });
});

describe('the example organisation', () => {
  it('is valid, clean and built from every seed', async () => {
    const result = await loadModel(exampleDir);
    if (!result.ok)
      throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = result.value;
    for (const id of [
      'qa-engineer',
      'release-manager',
      'ops-deployment',
      'platform-engineer',
      'chief-architect',
    ]) {
      expect(model.role(id), id).toBeDefined();
    }
    const documents = new Set(model.roles.flatMap((r) => r.sources.map((s) => s.document)));
    expect(documents.size).toBeGreaterThanOrEqual(5);
  });
});

describe('JSON Schemas', () => {
  it('are committed exactly as the code defines them (run `pnpm --filter @rolekit/model schemas`)', () => {
    for (const [name, json] of renderSchemaFiles()) {
      const committed = readFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), 'utf8');
      expect(committed, name).toBe(json);
    }
  });

  it('have their quick validators generated from the current schemas (run `pnpm --filter @rolekit/model schemas`)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL(`schemas/${QUICK_VALIDATORS_FILE}`, import.meta.url)),
      'utf8',
    );
    // A plain comparison: a diff of 230 KB of generated code would bury the message.
    expect(committed === renderQuickValidators(), `${QUICK_VALIDATORS_FILE} is stale`).toBe(true);
  });

  it('are referenced by every example model file, so editors autocomplete', async () => {
    const { readdirSync } = await import('node:fs');
    const files = [
      ...readdirSync(exampleDir).filter((f) => f.endsWith('.yaml')),
      ...readdirSync(`${exampleDir}roles`).map((f) => `roles/${f}`),
    ];
    for (const file of files) {
      const first = readFileSync(`${exampleDir}${file}`, 'utf8').split('\n')[0];
      expect(first, file).toMatch(
        /^# yaml-language-server: \$schema=(\.\.\/)+packages\/model\/schema\/[a-z]+\.schema\.json$/,
      );
    }
  });
});

describe('did you mean', () => {
  it('catches a swapped pair of letters as one slip', async () => {
    const { closest } = await import('./suggest.js');
    expect(closest('titel', ['title', 'family', 'summary'])).toBe('title');
    expect(closest('smumary', ['title', 'summary'])).toBe('summary');
    expect(closest('zzz', ['title', 'summary'])).toBeUndefined();
  });
});

describe('a file that fails its schema', () => {
  const baseSources = () => {
    const files = new Map<string, Uint8Array>();
    const read = (relative: string) => files.set(relative, readFileSync(`${baseDir}${relative}`));
    for (const f of ['organisation', 'people', 'activities', 'codeowners', 'jira', 'policies', 'onboarding'])
      read(`${f}.yaml`);
    for (const r of ['developer', 'lead', 'operator', 'tester']) read(`roles/${r}.yaml`);
    return files;
  };

  // Whatever shape a broken file has, the checks of the other files run without crashing and add
  // nothing that comes only from the broken file being missing: its own diagnostics are all there is.
  it.each([
    ['a number', '42\n'],
    ['a list', '- 1\n- 2\n'],
    ['a map of unknown fields', 'nope: 1\n'],
    ['a syntax error', 'a: [\n'],
  ])('as %s costs only its own diagnostics', (_, text) => {
    for (const path of baseSources().keys()) {
      const files = baseSources();
      files.set(path, encoder.encode(text));
      const result = loadModelFromSources(files);
      expect(result.ok, path).toBe(false);
      expect(
        result.diagnostics.filter((d) => d.file !== path).map((d) => `${d.file} ${d.code} ${d.message}`),
        path,
      ).toEqual([]);
    }
  });

  // Date.parse reads 2026-02-30 as March 2nd; a date that does not exist must not pass.
  it.each(['2026-02-30', '2026-04-31', '2025-02-29'])('rejects %s, a day that does not exist', (day) => {
    const files = baseSources();
    const text = (path: string) => new TextDecoder().decode(files.get(path));
    files.set(
      'organisation.yaml',
      encoder.encode(text('organisation.yaml').replace('date: 2026-11-01', `date: ${day}`)),
    );
    files.set(
      'people.yaml',
      encoder.encode(
        text('people.yaml').replace('  - id: dana\n', `  - id: dana\n    startDate: '${day}'\n`),
      ),
    );
    const result = loadModelFromSources(files);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([
      `organisation.yaml:2 RK010 date '${day}' is not a real date`,
      `people.yaml:3 RK010 startDate '${day}' is not a real date`,
    ]);
  });

  it('accepts 29 February in a leap year', () => {
    const files = baseSources();
    const org = new TextDecoder()
      .decode(files.get('organisation.yaml'))
      .replace('date: 2026-11-01', 'date: 2028-02-29');
    files.set('organisation.yaml', encoder.encode(org));
    expect(loadModelFromSources(files).diagnostics).toEqual([]);
  });

  it('does not hold back a reference error in another file', () => {
    const files = baseSources();
    files.set('roles/tester.yaml', encoder.encode('id: tester\n'));
    const activities = new TextDecoder()
      .decode(files.get('activities.yaml'))
      .replace('tester: C', 'testr: C');
    files.set('activities.yaml', encoder.encode(activities));
    const result = loadModelFromSources(files);
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'activities.yaml RK012',
      'roles/tester.yaml RK010',
      'roles/tester.yaml RK010',
      'roles/tester.yaml RK010',
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      "unknown role 'testr' in the RACI of 'write-code'; did you mean 'tester'?",
    );
  });
});

describe('a small company’s model (test/five-roles)', () => {
  const dir = fileURLToPath(new URL('../test/five-roles/', import.meta.url));

  it('validates clean: five roles, one R and one A per activity, no warning', async () => {
    const result = await loadModel(dir);
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('not ok');
    expect(result.value.roles).toHaveLength(5);
    for (const activity of result.value.activities)
      expect(activity.assignments.filter((a) => a.letter === 'R' || a.letter === 'A')).toHaveLength(2);
  });

  it('stays clean when an activity has two Rs beside its A, which is ordinary in a small team', async () => {
    const files = await readModelSources(dir);
    if (!files.ok) throw new Error('unreadable');
    const sources = new Map(files.value);
    const activities = new TextDecoder()
      .decode(sources.get('activities.yaml'))
      .replace(
        '          designer: C\n          support: I\n',
        '          designer: R\n          support: I\n',
      );
    sources.set('activities.yaml', encoder.encode(activities));
    const result = loadModelFromSources(sources);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.value.activities[0]!.assignments.filter((a) => a.letter === 'R')).toHaveLength(
      2,
    );
  });
});
