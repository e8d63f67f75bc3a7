// One measurement for `pnpm bench growth`, in a process of its own so that its peak memory is its
// own: `validate` loads the model as `rolekit validate` does (read, parse, schema, checks,
// lookups); `parse` only reads the same model files and parses them with js-yaml, as rolekit's fast
// path does, and keeps the values: the floor, since no model can be validated faster than its YAML
// is parsed. Prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '@rolekit/model';
import { CORE_SCHEMA, load } from 'js-yaml';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'validate' && mode !== 'parse') || !dir) {
  console.error('usage: growth-step.ts validate|parse <model dir>');
  process.exit(2);
}

/** The model's YAML files, where the loader looks for them: the top level, roles/ and people/. */
function modelFiles(): string[] {
  const below = (folder: string) =>
    readdirSync(join(dir!, folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(folder, name));
  const top = readdirSync(dir!, { withFileTypes: true });
  return [
    ...top.filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => e.name),
    ...top
      .filter((e) => e.isDirectory() && ['roles', 'people'].includes(e.name))
      .flatMap((e) => below(e.name)),
  ];
}

const before = process.resourceUsage();
const started = performance.now();
let detail: string;
if (mode === 'parse') {
  const values: unknown[] = [];
  let bytes = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const path of modelFiles()) {
    const buffer = readFileSync(join(dir, path));
    bytes += buffer.byteLength;
    values.push(load(decoder.decode(buffer), { schema: CORE_SCHEMA }));
  }
  detail = `${values.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
} else {
  const result = await loadModel(dir);
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    console.error(`invalid model: ${first?.file}:${first?.line} ${first?.message}`);
    process.exit(1);
  }
  const m = result.value;
  detail = `${m.roles.length} roles, ${m.people.length} people`;
}
const wallMs = performance.now() - started;
const after = process.resourceUsage();
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: (after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime) / 1000,
    peakMiB: after.maxRSS / 1024,
    // What the process held before the measured work (Node, tsx and the loaded modules).
    baselineMiB: before.maxRSS / 1024,
    detail,
  }),
);
