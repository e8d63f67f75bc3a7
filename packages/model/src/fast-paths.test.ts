// The loader's shortcuts for large models (see README, "How validate grows with size"). Each is
// exact, and each has a test here that fails if it silently stopped being taken, besides the
// corpus, which pins that diagnostics are what the long way gives.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, sortDiagnostics } from './diagnostics.js';
import { loadModelFromSources } from './load.js';
import { schemasByKind } from './schemas/files.js';
import { QUICK_VALIDATORS_FILE } from './schemas/standalone.js';
import { checkText } from './text-safety.js';
import { parseYamlFile, withoutValue, type YamlFile } from './yaml-file.js';

const encoder = new TextEncoder();
const sources = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([p, t]) => [p, encoder.encode(t)]));
const organisation = 'name: Tiny\ndate: 2026-11-01\n';
const role = (title: string) => `id: a\ntitle: "${title}"\nfamily: eng\nsummary: Does a.\n`;

/** Every value of `key` anywhere in a JSON Schema. */
function valuesOf(schema: unknown, key: string): unknown[] {
  if (Array.isArray(schema)) return schema.flatMap((s) => valuesOf(s, key));
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([k, v]) => (k === key ? [v] : valuesOf(v, key)));
}

describe('the quick schema validators', () => {
  it('compare UTF-16 lengths, never counting code points string by string', () => {
    const generated = readFileSync(
      fileURLToPath(new URL(`schemas/${QUICK_VALIDATORS_FILE}`, import.meta.url)),
      'utf8',
    );
    expect(generated).toContain('.length > 20000');
    expect(generated).not.toContain('ucs2length');
  });

  it('meet only minimum lengths of 1, where both counts agree', () => {
    const minimums = Object.values(schemasByKind).flatMap((s) => valuesOf(s, 'minLength'));
    expect(minimums.length).toBeGreaterThan(0);
    expect([...new Set(minimums)]).toEqual([1]);
  });

  it('still count code points: a title of 20,000 emoji fits, 20,001 do not', () => {
    const emoji = '\u{1F600}';
    const fits = loadModelFromSources(
      sources({ 'organisation.yaml': organisation, 'roles/a.yaml': role(emoji.repeat(20000)) }),
    );
    expect(fits.diagnostics).toEqual([]);
    expect(fits.ok && fits.value.roles[0]?.title.length).toBe(40000);
    const over = loadModelFromSources(
      sources({ 'organisation.yaml': organisation, 'roles/a.yaml': role(emoji.repeat(20001)) }),
    );
    expect(over.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "roles/a.yaml:2:8 RK010 'title' is longer than 20000 characters",
    ]);
    const empty = loadModelFromSources(
      sources({ 'organisation.yaml': organisation, 'roles/a.yaml': role('') }),
    );
    expect(empty.diagnostics.map((d) => d.message)).toEqual(["'title' must not be empty"]);
  });
});

describe('the text-safety rules', () => {
  const parsed = (text: string) => {
    const result = parseYamlFile('roles/a.yaml', encoder.encode(text));
    if (!result.ok) throw new Error('expected a parse');
    return result.file;
  };

  it('learn from the parse whether a file holds any text worth a closer look', () => {
    expect(parsed(role('Analyst')).plainText).toBe(true);
    // A '<' alone is no marker, nor a line break under a key that may hold several lines.
    expect(parsed(`${role('Analyst')}kpis:\n  - name: Errors\n    target: < 15%\n`).plainText).toBe(true);
    expect(parsed(`${role('Analyst')}mission: |\n  One.\n  Two.\n`).plainText).toBe(true);
    expect(parsed(role('Rolekit admin')).plainText).toBe(false);
    expect(parsed(role('<!-- task: x -->')).plainText).toBe(false);
    expect(parsed(role('bell \\a')).plainText).toBe(false);
    expect(parsed(role('two\\nlines')).plainText).toBe(false);
    expect(parsed(`${role('Analyst')}aliases:\n  - "a\\u2028b"\n`).plainText).toBe(false);
  });

  it('search the strings of a file only where its text could hold something to report', () => {
    // SUSPECT in text-safety.ts, told apart from every other pattern by what it looks for.
    const isSuspect = (re: RegExp) => re.source.includes('[Rr][Oo][Ll][Ee][Kk][Ii][Tt]|<!--');
    const original = RegExp.prototype.test;
    let searches = 0;
    RegExp.prototype.test = function (this: RegExp, text: string) {
      if (isSuspect(this) && !this.source.includes('\\\\')) searches++;
      return original.call(this, text);
    };
    try {
      expect(parsed(`${role('Analyst')}mission: |\n  One.\n  Two.\n`).plainText).toBe(true);
      expect(searches).toBe(0);
      expect(parsed(role('Rolekit admin')).plainText).toBe(false);
      expect(searches).toBeGreaterThan(0);
    } finally {
      RegExp.prototype.test = original;
    }
    // What the text shows decides: neither escapes nor characters js-yaml lets through slip past.
    expect(parsed(role('rol\\x65kit')).plainText).toBe(false);
    expect(parsed(role('rol\\\n  ekit')).plainText).toBe(false);
    expect(parsed(role('del \u007f and nel \u0085')).plainText).toBe(false);
    expect(parsed(role('\u2028')).plainText).toBe(false);
    expect(parsed(role('role\n  kit')).plainText).toBe(true);
  });

  it('walk no file whose parse found its text plain, but for the two with rules of their own', () => {
    // Any read of this value throws: a walk over it would fail the test.
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('walked');
        },
        ownKeys: () => {
          throw new Error('walked');
        },
      },
    );
    const file = (path: string, plainText: boolean): YamlFile => ({
      path,
      value: untouchable,
      locating: 'lines',
      plainText,
      locate: () => ({ file: path, line: 1, column: 1, pointer: '' }),
      lazyLocate: () => ({ file: path, line: 1, column: 1, pointer: '' }),
    });
    expect(checkText(new Map([['roles/a.yaml', file('roles/a.yaml', true)]]))).toEqual([]);
    expect(() => checkText(new Map([['roles/a.yaml', file('roles/a.yaml', false)]]))).toThrow('walked');
    expect(() => checkText(new Map([['codeowners.yaml', file('codeowners.yaml', true)]]))).toThrow('walked');
  });

  it('read only section names and labels of a plain codeowners.yaml or onboarding.yaml', () => {
    // Reading anything else throws: a walk over the whole file would fail the test.
    const untouchable = () => {
      throw new Error('walked');
    };
    const plainFile = (path: string, value: unknown): YamlFile => ({
      path,
      value,
      locating: 'lines',
      plainText: true,
      locate: () => ({ file: path, line: 1, column: 1, pointer: '' }),
      lazyLocate: (pointer) => ({ file: path, line: 1, column: 1, pointer: `/${pointer.join('/')}` }),
    });
    const repository = Object.defineProperties(
      { sections: [{ name: 'Docs [2]' }], rules: [{ section: 'Docs' }] },
      { name: { get: untouchable, enumerable: true }, description: { get: untouchable, enumerable: true } },
    );
    const onboarding = Object.defineProperties(
      { labels: ['onboarding', 'new,hire'] },
      { tasks: { get: untouchable, enumerable: true } },
    );
    const found = checkText(
      new Map([
        ['codeowners.yaml', plainFile('codeowners.yaml', { repositories: [repository] })],
        ['onboarding.yaml', plainFile('onboarding.yaml', onboarding)],
      ]),
    );
    expect(found.map((d) => `${d.code} ${d.pointer}`)).toEqual([
      'RK083 /repositories/0/sections/0/name',
      'RK084 /labels/1',
    ]);
  });
});

describe('the normalised model', () => {
  it('lists each entity’s fields in the order of its type, whatever order the file uses', () => {
    const people =
      'people:\n  - startDate: 2026-01-01\n    buddy: p2\n    manager: p2\n    roles: [a]\n    jiraAccountId: x\n' +
      '    github: p1\n    email: p1@example.com\n    name: P1\n    id: p1\n  - id: p2\n    name: P2\n    roles: [a]\n';
    const result = loadModelFromSources(
      sources({
        'organisation.yaml': organisation,
        'roles/a.yaml': `mission: M.\nsummary: S.\nfamily: eng\ntitle: A\nid: a\nseniority: lead\n`,
        'people.yaml': people,
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(Object.keys(result.value.people[0]!)).toEqual([
      'at',
      'id',
      'name',
      'email',
      'github',
      'jiraAccountId',
      'roles',
      'manager',
      'buddy',
      'startDate',
    ]);
    expect(Object.keys(result.value.roles[0]!).slice(0, 9)).toEqual([
      'at',
      'id',
      'title',
      'family',
      'seniority',
      'aliases',
      'summary',
      'mission',
      'partners',
    ]);
    // Lists shared with the parsed file are frozen with the model.
    expect(Object.isFrozen(result.value.people[0]!.roles)).toBe(true);
  });
});

describe('the loader', () => {
  const people = (n: number) =>
    `people:\n${Array.from({ length: n }, (_, i) => `  - id: p${i}\n    name: P${i}\n    roles: [a]\n`).join('')}`;

  it('leaves no parsed value of a role or people file alive in the model it made', async () => {
    // A garbage collector this test can call (vitest's workers do not expose one).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const files = {
      'organisation.yaml': organisation,
      'roles/a.yaml': `${role('Analyst')}partners:\n  - role: a\n    for: x\n`,
      'people.yaml': people(50),
      // An anchor sends the file to the careful parser, whose positions need the parsed document:
      // this one's value stays alive with the model, which shows that the test can see one that does.
      'people/anchored.yaml': 'people:\n  - id: q\n    name: &n Q\n    roles: [a]\n',
    };
    const pathOf = new Map(
      Object.entries(files).map(([path, text]) => [hash('sha256', encoder.encode(text), 'hex'), path]),
    );
    // The parse cache is the one place that is handed the parsed values: this one only watches them.
    const watched: Array<[string, WeakRef<object>]> = [];
    const result = loadModelFromSources(sources(files), {
      parsed: {
        get: () => undefined,
        set: (key, entry) =>
          watched.push([pathOf.get(key.split(' ').pop()!)!, new WeakRef((entry as { value: object }).value)]),
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    // WeakRefs hold their targets until the current job ends.
    await new Promise((done) => setImmediate(done));
    gc();
    expect(watched.map(([path]) => path).sort()).toEqual(Object.keys(files).sort());
    const alive = watched.filter(([, ref]) => ref.deref() !== undefined).map(([path]) => path);
    expect(alive).toEqual(['people/anchored.yaml']);
    // The model is still in use; what it shares with the parsed files (lists) stays, and so do positions.
    expect(result.value.people).toHaveLength(51);
    expect(result.value.people[1]!.roles).toEqual(['a']);
    expect(result.value.roles[0]!.partners).toEqual([{ role: 'a', for: 'x' }]);
    expect(result.value.people[1]!.at).toMatchObject({ file: 'people.yaml', line: 5, column: 5 });
  });

  it('keeps the value of a file that the text-safety rules or the careful parser still need', () => {
    const plain = parseYamlFile('roles/a.yaml', encoder.encode(role('Analyst')));
    const suspect = parseYamlFile('roles/a.yaml', encoder.encode(role('Rolekit admin')));
    const anchored = parseYamlFile('roles/a.yaml', encoder.encode(`${role('Analyst')}aliases: &x [b]\n`));
    if (!plain.ok || !suspect.ok || !anchored.ok) throw new Error('expected parses');
    const released = withoutValue(plain.file);
    expect(released.value).toBeUndefined();
    expect(released.locate(['title'])).toEqual(plain.file.locate(['title']));
    expect(released.locate(['title'])).toMatchObject({ line: 2, column: 8 });
    expect(withoutValue(suspect.file)).toBe(suspect.file);
    expect(anchored.file.locating).toBe('careful');
    expect(withoutValue(anchored.file)).toBe(anchored.file);
  });

  it('reads activities.yaml last, so its role-id keys cannot cost the roles and people their shared hidden classes', () => {
    // V8 keeps at most 1,536 hidden-class transitions from the empty object; RACI mappings keyed
    // by 1,600 different role ids exhaust them, and objects built afterwards get classes of their own.
    setFlagsFromString('--allow-natives-syntax');
    const sameClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
      a: object,
      b: object,
    ) => boolean;
    const n = 1600;
    const id = (i: number) => `r${String(i).padStart(4, '0')}`;
    const files: Record<string, string> = {
      'organisation.yaml': organisation,
      'people.yaml': people(3),
      'activities.yaml': `groups:\n  - id: g\n    title: G\n    activities:\n${Array.from(
        { length: n },
        (_, i) =>
          `      - id: x${i}\n        title: X\n        raci:\n          ${id(i)}: A\n          a: R\n`,
      ).join('')}`,
      'roles/a.yaml': role('A'),
    };
    for (let i = 0; i < n; i++)
      files[`roles/${id(i)}.yaml`] =
        `id: ${id(i)}\ntitle: T\nfamily: eng\nsummary: S.\njira:\n  projectRole: P\n`;
    const order: string[] = [];
    const values: unknown[] = [];
    const result = loadModelFromSources(sources(files), {
      parsed: {
        get: () => undefined,
        set: (key, entry) => order.push(key.split(' ')[0]!) && values.push(entry),
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
    expect(order.at(-1)).toBe('activities');
    expect(order.filter((kind) => kind === 'activities')).toHaveLength(1);
    const [first, second, last] = [result.value.roles[1]!, result.value.roles[2]!, result.value.roles[n]!];
    expect(sameClass(first, second) && sameClass(first, last)).toBe(true);
    expect(sameClass(first.jira!, last.jira!)).toBe(true);
    expect(sameClass(result.value.people[0]!, result.value.people[2]!)).toBe(true);
    // What the order avoids, while the parsed RACI mappings live (here the cache's entries keep
    // them): an object given a field no earlier object had gets a class of its own each time.
    const built = () => {
      const object: Record<string, string> = {};
      object['aFieldNobodyUsedBefore'] = 'P';
      return object;
    };
    expect(values).toHaveLength(n + 4);
    expect(sameClass(built(), built())).toBe(false);
  });

  it('gives each person one position object, not a position and a path of its own', () => {
    const result = loadModelFromSources(
      sources({ 'organisation.yaml': organisation, 'roles/a.yaml': role('A'), 'people.yaml': people(3) }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const at = result.value.people[2]!.at;
    // The index alone below the shared position of the list (LazyLocation.item).
    expect((at as unknown as { segments: unknown }).segments).toBe(2);
    expect([at.file, at.line, at.column, at.pointer]).toEqual(['people.yaml', 8, 5, '/people/2']);
  });

  it('hashes a file only when its hash is read, if no parse cache asked for it first', () => {
    const text = 'name: Tiny\ndate: 2026-11-01\n';
    const result = loadModelFromSources(sources({ 'organisation.yaml': text, 'roles/a.yaml': role('A') }));
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const file = result.value.files.find((f) => f.path === 'organisation.yaml')!;
    expect(Object.getOwnPropertyDescriptor(file, 'sha256')?.get).toBeTypeOf('function');
    expect(file.sha256).toBe(hash('sha256', encoder.encode(text), 'hex'));
    expect(Object.isFrozen(file)).toBe(true);
  });
});

describe('the order of diagnostics', () => {
  it('is code-unit order, never the locale’s collation (which is slow to start and differs by machine)', () => {
    const d = (file: string, line: number, message: string): Diagnostic => ({
      code: 'RK026',
      severity: 'warning',
      message,
      file,
      line,
      column: 1,
    });
    const original = String.prototype.localeCompare;
    String.prototype.localeCompare = () => {
      throw new Error('localeCompare was called');
    };
    try {
      const sorted = sortDiagnostics([
        d('people/a.yaml', 1, 'b'),
        d('roles/x.yaml', 2, 'a'),
        d('people/B.yaml', 9, 'a'),
        d('people/a.yaml', 1, 'B'),
        d('people/a.yaml', 1, 'a'),
      ]);
      expect(sorted.map((x) => `${x.file}:${x.line} ${x.message}`)).toEqual([
        'people/B.yaml:9 a',
        'people/a.yaml:1 B',
        'people/a.yaml:1 a',
        'people/a.yaml:1 b',
        'roles/x.yaml:2 a',
      ]);
    } finally {
      String.prototype.localeCompare = original;
    }
  });
});
