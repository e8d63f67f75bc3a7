import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BlockYaml } from './block-yaml.js';
import { parseCarefully } from './yaml-file.js';

const testDir = fileURLToPath(new URL('../test/', import.meta.url));
const exampleDir = fileURLToPath(new URL('../../../model/', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

type Probe = [Array<string | number>, 'key' | 'value'];

/**
 * Every node and every key, and places that do not exist (positions fall back to an ancestor):
 * items past the end, and in each mapping every key the file uses elsewhere.
 */
function pointers(value: unknown, keys: ReadonlySet<string>, base: Array<string | number> = []): Probe[] {
  const out: Probe[] = [[base, 'value']];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...pointers(v, keys, [...base, i]));
    });
    out.push([[...base, value.length], 'value'], [[...base, 'x'], 'value']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      out.push([[...base, k], 'key'], ...pointers(v, keys, [...base, k]));
    for (const k of keys) if (!(k in value)) out.push([[...base, k], 'value'], [[...base, k], 'key']);
  } else {
    out.push([[...base, 'below'], 'value'], [[...base, 0], 'value']);
  }
  return out;
}

function keysIn(value: unknown, keys = new Set<string>()): Set<string> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(value)) keys.add(k);
      keysIn(v, keys);
    }
  }
  return keys;
}

/** Positions where the line scan and the careful parser disagree; [] when they agree everywhere. */
function disagreements(source: string): string[] {
  const careful = parseCarefully('file.yaml', source);
  const block = BlockYaml.scan(source);
  if (!careful.ok || !block) return [];
  const out: string[] = [];
  for (const [pointer, part] of pointers(careful.file.value, keysIn(careful.file.value))) {
    const found = block.locate(pointer, part);
    if (!found) continue;
    const expected = careful.file.locate(pointer, part);
    const actual = { line: found.line + 1, column: found.column + 1 };
    if (expected.line !== actual.line || expected.column !== actual.column) {
      out.push(
        `${JSON.stringify(pointer)} ${part}: ${actual.line}:${actual.column}, careful parser ${expected.line}:${expected.column}`,
      );
    }
  }
  return out;
}

// The awkward corners of plain block style, in one file.
const corners = `# a comment before anything

# another
name: x   # trailing comment
empty:
emptyWithComment: # only a comment
list:
- a
- inList: 1
-
  - c
-   d
- - e
  - f
-
nested:
  # a comment before a mapping
  inner: 1

  inner2:
    # a comment before a list
    - x
    -
      y: 2
quoted: "not # a comment"  # a comment
single: 'it''s'
flat: [ a ,b ]
trailing: [a, b,]
none: []
nestedFlow: [[a], b]
pair: [a: 1]
flowMap: {a: 1, b: [2]}
literal: |
  line 1
    line 2
  # not a comment
folded: >-
  folded
  text

kept: |+
  keep

number: -1
yes: true
tilde: ~
url: http://x.y/z
colon: a:b
dotted.key: 1
items:
  - id: one
    roles:
    - r1
    - r2
    raci:
      a: R
  - id: two
    tasks:
      - title: T
        links: []
  -
    id: three
  - id: four
    sub:
      - [x]
      - {y: 1}
texts:
- text: |
    hello
  after: 1
- |
  bye
gaps:
-
- b
last:
- z
`;

describe('positions from the line scan (block-yaml.ts)', () => {
  const files = [
    ...yamlFiles(join(testDir, 'base')),
    ...yamlFiles(join(testDir, 'corpus')),
    ...yamlFiles(exampleDir),
  ];

  it('agree with the careful parser on every position in every test and example model file', () => {
    for (const file of files) {
      let source: string;
      try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
      } catch {
        continue; // the corpus's file that is not UTF-8
      }
      expect(disagreements(source), file).toEqual([]);
    }
  });

  it('agree with the careful parser in the awkward corners of plain block style', () => {
    expect(BlockYaml.scan(corners)).toBeDefined();
    expect(disagreements(corners)).toEqual([]);
    const windows = corners.replace(/\n/g, '\r\n');
    expect(BlockYaml.scan(windows)).toBeDefined();
    expect(disagreements(windows)).toEqual([]);
  });

  it('answer for every valid test and example model file, so a valid model never needs the careful parser', () => {
    const valid = [...yamlFiles(join(testDir, 'base')), ...yamlFiles(exampleDir)];
    expect(valid.filter((file) => !BlockYaml.scan(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('leave anything less plain to the careful parser', () => {
    for (const source of [
      '---\na: 1\n',
      'a: "two\n  lines"\n',
      'a: plain\n  continued\n',
      'a: !!str 1\n',
      '"quoted key": 1\n',
      'a: [1,\n  2]\n',
      'true: 1\n',
      'a:\tb\n',
      'a: 1\rb: 2\r',
    ]) {
      expect(BlockYaml.scan(source), source).toBeUndefined();
    }
    // Inside a flow mapping, or a list that nests, only the careful parser can say.
    const block = BlockYaml.scan('a: {b: 1}\nc: [[d]]\n')!;
    expect(block.locate(['a', 'b'], 'value')).toBeUndefined();
    expect(block.locate(['c', 0], 'value')).toBeUndefined();
    expect(block.locate(['c'], 'value')).toEqual({ line: 1, column: 3 });
  });
});
