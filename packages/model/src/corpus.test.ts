// One broken model per diagnostic code. Each case folder under test/corpus/ overlays the valid
// model in test/base/ (a `<file>.delete` marker removes a file) and pins the exact diagnostics in
// expected.txt as `file:line:column severity CODE message`. UPDATE_CORPUS=1 rewrites expected.txt;
// read the diff before committing it.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { CODE_SECTIONS, DIAGNOSTIC_CODES, isDiagnosticCode } from './codes/index.js';
import { DIAGNOSTICS_DOC, renderDiagnosticsDoc } from './codes/render.js';
import type { Diagnostic } from './diagnostics.js';
import { loadModel, loadModelFromSources, type ParseCache } from './load.js';

const testDir = fileURLToPath(new URL('../test/', import.meta.url));

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

function sourcesFor(caseDir: string): Map<string, Uint8Array> {
  const sources = new Map<string, Uint8Array>();
  const baseDir = join(testDir, 'base');
  for (const file of filesBelow(baseDir)) sources.set(relative(baseDir, file), readFileSync(file));
  for (const file of filesBelow(caseDir)) {
    const path = relative(caseDir, file);
    if (path === 'expected.txt' || path === 'links.json' || path.startsWith('outside/')) continue;
    if (path.endsWith('.delete')) sources.delete(path.slice(0, -'.delete'.length));
    else sources.set(path, readFileSync(file));
  }
  return sources;
}

const cases = readdirSync(join(testDir, 'corpus')).sort();

/**
 * Cases about the model folder itself (symbolic links) hold `links.json` ({ link: target }) and
 * files for an `outside/` folder beside the model: they are loaded from a real folder.
 */
const onDisk = (caseDir: string) =>
  statSync(join(caseDir, 'links.json'), { throwIfNoEntry: false }) !== undefined;

async function loadFromDisk(caseDir: string, options: { parsed?: ParseCache } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'rolekit-corpus-'));
  for (const [path, bytes] of sourcesFor(caseDir)) {
    mkdirSync(dirname(join(root, 'model', path)), { recursive: true });
    writeFileSync(join(root, 'model', path), bytes);
  }
  const outside = join(caseDir, 'outside');
  if (statSync(outside, { throwIfNoEntry: false })) {
    for (const file of filesBelow(outside)) {
      mkdirSync(dirname(join(root, 'outside', relative(outside, file))), { recursive: true });
      writeFileSync(join(root, 'outside', relative(outside, file)), readFileSync(file));
    }
  }
  const links = JSON.parse(readFileSync(join(caseDir, 'links.json'), 'utf8')) as Record<string, string>;
  for (const [link, target] of Object.entries(links)) symlinkSync(target, join(root, 'model', link));
  return loadModel(join(root, 'model'), options);
}

const load = async (caseDir: string, options: { parsed?: ParseCache } = {}) =>
  onDisk(caseDir) ? loadFromDisk(caseDir, options) : loadModelFromSources(sourcesFor(caseDir), options);

const format = (diagnostics: readonly Diagnostic[]) =>
  diagnostics
    .map(
      (d) =>
        `${d.file}:${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.code} ${d.message}${d.hint ? `\n  hint: ${d.hint}` : ''}`,
    )
    .join('\n');

/** A parse cache that keeps values the way the CLI's does: through v8's serialiser. */
function serialisingCache(): ParseCache & { hits: number } {
  const entries = new Map<string, Buffer>();
  return {
    hits: 0,
    get(key) {
      const bytes = entries.get(key);
      if (bytes) this.hits++;
      return bytes && deserialize(bytes);
    },
    set(key, value) {
      entries.set(key, serialize(value));
    },
  };
}

describe('the base model', () => {
  it('is valid and clean, so every diagnostic below comes from its case', () => {
    const result = loadModelFromSources(sourcesFor(join(testDir, 'base')));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('broken-model corpus', () => {
  it('has a case for every diagnostic code the loader emits', () => {
    const checks = readdirSync(fileURLToPath(new URL('checks/', import.meta.url))).map((f) => `checks/${f}`);
    const source = [...checks, 'load.ts', 'schema-check.ts', 'text-safety.ts', 'yaml-file.ts']
      .map((f) => readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8'))
      .join('\n');
    const emitted = new Set(source.match(/'RK\d{3}'/g)?.map((c) => c.slice(1, -1).toLowerCase()));
    const covered = new Set(cases.map((c) => c.slice(0, 5)));
    expect([...emitted].filter((code) => !covered.has(code)).sort()).toEqual([]);
  });

  it.each(cases)('%s', async (name) => {
    const caseDir = join(testDir, 'corpus', name);
    const result = await load(caseDir);
    const actual = format(result.diagnostics);
    const expectedFile = join(caseDir, 'expected.txt');
    if (process.env['UPDATE_CORPUS']) writeFileSync(expectedFile, `${actual}\n`);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
    // The case's own code is among the diagnostics, and an error case never yields a model.
    const code = name.slice(0, 5).toUpperCase();
    expect(result.diagnostics.map((d) => d.code)).toContain(code);
    const errorCase = result.diagnostics.some((d) => d.code === code && d.severity === 'error');
    expect(result.ok).toBe(!errorCase);
  });

  it.each(cases)('%s: the same diagnostics with every file that parsed remembered', async (name) => {
    const caseDir = join(testDir, 'corpus', name);
    const cache = serialisingCache();
    const first = await load(caseDir, { parsed: cache });
    const again = await load(caseDir, { parsed: cache });
    // A folder whose links are refused is never parsed, so nothing is remembered.
    if (!onDisk(caseDir)) expect(cache.hits).toBeGreaterThan(0);
    expect(format(again.diagnostics)).toBe(format(first.diagnostics));
    expect(again.ok).toBe(first.ok);
  });
});

describe('the diagnostics catalogue (src/codes)', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));

  it('is what docs/diagnostics.md says (pnpm --filter @rolekit/model diagnostics rewrites it)', () => {
    expect(readFileSync(join(root, DIAGNOSTICS_DOC), 'utf8')).toBe(renderDiagnosticsDoc());
  });

  it('has every code any package or the CLI emits, once', () => {
    const sources = ['packages', 'apps'].flatMap((top) =>
      readdirSync(join(root, top)).flatMap((pkg) => {
        const src = join(root, top, pkg, 'src');
        return statSync(src, { throwIfNoEntry: false })?.isDirectory() ? filesBelow(src) : [];
      }),
    );
    const source = sources
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/testing/src/'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const codes = [...new Set(source.match(/'RK\d{3}'/g)?.map((c) => c.slice(1, -1)))].sort();
    expect(codes.filter((code) => !isDiagnosticCode(code))).toEqual([]);
    const listed = CODE_SECTIONS.flatMap((s) => Object.keys(s.codes));
    expect(listed.length).toBe(new Set(listed).size);
  });

  it('gives each code of the corpus the severity the catalogue gives it', async () => {
    for (const name of cases) {
      const result = await load(join(testDir, 'corpus', name));
      for (const d of result.diagnostics)
        expect(`${d.code} ${d.severity}`).toBe(`${d.code} ${DIAGNOSTIC_CODES[d.code].severity}`);
    }
  });
});
