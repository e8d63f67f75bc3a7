import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, loadModelFromSources, type Model } from '@rolekit/model';

/** The example organisation in the repository's model/ folder. */
export const exampleModelDir = fileURLToPath(new URL('../../../model/', import.meta.url));

/** The example organisation's YAML files, path -> text, to edit and load again (modelFromYaml). */
export function exampleSources(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml'))
        files[relative(exampleModelDir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(exampleModelDir);
  return files;
}

let cached: Promise<Model> | undefined;

/** Loads the example organisation once per test process; fails the test loudly if it is invalid. */
export function exampleModel(): Promise<Model> {
  cached ??= loadModel(exampleModelDir).then((result) => {
    if (!result.ok) {
      const lines = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
      throw new Error(`the example model is invalid:\n${lines.join('\n')}`);
    }
    return result.value;
  });
  return cached;
}

/** Builds a model from in-memory YAML texts (path -> text); throws with the diagnostics if invalid. */
export function modelFromYaml(files: Record<string, string>): Model {
  const encoder = new TextEncoder();
  const result = loadModelFromSources(new Map(Object.entries(files).map(([p, t]) => [p, encoder.encode(t)])));
  if (!result.ok) {
    throw new Error(
      result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'),
    );
  }
  return result.value;
}

/**
 * Runs `fn` with ROLEKIT_PDF_WORKERS set to `count` (what the PDF generators read when they decide
 * on worker threads), and puts the variable back afterwards.
 */
export async function withPdfWorkers<T>(count: number, fn: () => Promise<T>): Promise<T> {
  const before = process.env['ROLEKIT_PDF_WORKERS'];
  process.env['ROLEKIT_PDF_WORKERS'] = String(count);
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env['ROLEKIT_PDF_WORKERS'];
    else process.env['ROLEKIT_PDF_WORKERS'] = before;
  }
}
