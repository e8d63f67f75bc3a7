import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { benchAudit } from '@rolekit/access/bench';
import { benchCodeownersSync } from '@rolekit/codeowners/bench';
import {
  type Artifact,
  type DiskMemo,
  diskMemo,
  type Generator,
  loadTemplates,
  outputDate,
  runGenerator,
} from '@rolekit/core';
import { benchImport } from '@rolekit/import/bench';
import {
  buildDocument,
  buildRoleView,
  jobDescriptionPdfDefinition,
  layoutOf,
} from '@rolekit/job-descriptions';
import { loadModel, type Model } from '@rolekit/model';
import { onboardingDocuments } from '@rolekit/onboarding';
import { buildMatrix, raciCsv, raciPdfDefinitions } from '@rolekit/raci';
import { barePdfmake, pdfWorkerCount, type TDocumentDefinitions } from '@rolekit/render';
import { defaultTemplatesDir } from '@rolekit/templates';
import { renderingSalt } from '../apps/cli/src/cache.js';
import { generatorNames, loadGenerators } from '../apps/cli/src/generators.js';

export interface Step {
  name: string;
  /** Returns a short detail for the table (e.g. how many artifacts, the ratio to bare pdfmake). */
  run(modelDir: string): Promise<string>;
}

/** Rendering caches live here between steps, so the incremental step finds what full runs left. */
const cacheRoot = resolve(import.meta.dirname, '../.bench/cache');

async function model(dir: string): Promise<Model> {
  const result = await loadModel(dir);
  if (!result.ok) throw new Error(`invalid model: ${result.diagnostics[0]?.message}`);
  return result.value;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const generators = await loadGenerators();
const byName = (name: string) => generators.find((g) => g.name === name)!;

async function generate(
  m: Model,
  generator: Generator<unknown>,
  options: Record<string, unknown> = {},
  memo?: DiskMemo,
) {
  const templates = await loadTemplates([defaultTemplatesDir]);
  const started = performance.now();
  const run = await runGenerator(generator, {
    model: m,
    templates,
    date: outputDate(m),
    options,
    ...(memo ? { memo: memo.memo } : {}),
  });
  const errors = run.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${generator.name}: ${errors[0]!.message}`);
  return { artifacts: run.artifacts, ms: performance.now() - started };
}

function describe(artifacts: readonly Artifact[]): string {
  const pdfs = artifacts.filter((a) => a.path.endsWith('.pdf')).length;
  const mib = artifacts.reduce((n, a) => n + a.bytes.byteLength, 0) / 1024 / 1024;
  return `${artifacts.length} files (${pdfs} PDF), ${mib.toFixed(1)} MiB`;
}

const root = resolve(import.meta.dirname, '..');
const pdfGenerators = ['job-descriptions', 'onboarding', 'raci'] as const;

// Each CLI process reports its own CPU time and peak memory as it exits (process.resourceUsage
// covers one process only), on a line of its own after anything the CLI printed.
const usageReporter = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nUSAGE '+JSON.stringify({cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,peakMiB:u.maxRSS/1024})+'\\n')})`;

interface CliRun {
  cpuMs: number;
  peakMiB: number;
}

/**
 * How turbo starts `pnpm generate`'s one task: the Node flags and CLI file of the CLI package's
 * `generate` script (`node --max-semi-space-size=64 dist/main.js`).
 */
function generateScript(): { flags: string[]; main: string } {
  const dir = join(root, 'apps/cli');
  const script = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.generate as string;
  const words = script.split(' ');
  const at = words.findIndex((w) => w.endsWith('.js'));
  if (words[0] !== 'node' || at < 0) throw new Error(`rolekit: unexpected generate script '${script}'`);
  return { flags: words.slice(1, at), main: resolve(dir, words[at]!) };
}

let built: Promise<unknown> | undefined;

/** The CLI and its packages built, as turbo builds them before any generate task. */
function buildCli(): Promise<unknown> {
  built ??= promisify(execFile)(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'build', '--filter=rolekit...', '--output-logs=errors-only'],
    {
      cwd: root,
    },
  );
  return built;
}

/** `rolekit generate <generators> <args>` in a process of its own, exactly as turbo runs its task. */
async function cli(generators: readonly string[], args: string[]): Promise<CliRun> {
  await buildCli();
  const { flags, main } = generateScript();
  const { stderr } = await promisify(execFile)(
    process.execPath,
    [...flags, '--import', usageReporter, main, 'generate', ...generators, ...args],
    { cwd: root, env: { ...process.env, INIT_CWD: root }, maxBuffer: 64 * 1024 * 1024 },
  );
  const line = stderr.split('\n').findLast((l) => l.startsWith('USAGE '));
  return JSON.parse(line!.slice('USAGE '.length)) as CliRun;
}

/** `rolekit merge-shards` of the folders into `out`, as the merge job runs it; its wall time. */
async function timedMerge(folders: string[], out: string): Promise<number> {
  await buildCli();
  const { main } = generateScript();
  const started = performance.now();
  await promisify(execFile)(process.execPath, [main, 'merge-shards', ...folders, '--out', out], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  return performance.now() - started;
}

/** The named generators in one process, as `pnpm generate`'s task runs them; wall, CPU, peak. */
async function generateOnce(names: readonly string[], args: string[]) {
  await buildCli(); // not timed: turbo restores a build it has made before
  const started = performance.now();
  const run = await cli(names, args);
  return { ms: performance.now() - started, cpuMs: run.cpuMs, peakMiB: run.peakMiB };
}

/** `make` of each item in turn, letting go of each item once made (the yardstick's definitions). */
function* oneAtATime<T, R>(items: T[], make: (item: T) => R): IterableIterator<R> {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    items[i] = undefined as T;
    yield make(item);
  }
}

/** pdfmake alone over the same document definitions, one after another: the yardstick. */
async function bare(
  definitions: Iterable<Omit<TDocumentDefinitions, 'info'>>,
): Promise<{ ms: number; count: number }> {
  const pdfmake = barePdfmake();
  const started = performance.now();
  let count = 0;
  // One definition at a time: pdfmake writes its layout into the definition it renders, so a list
  // of them would hold every document's layout at once.
  for (const definition of definitions) {
    await pdfmake.createPdf(definition as TDocumentDefinitions).getBuffer();
    count++;
  }
  return { ms: performance.now() - started, count };
}

async function memoFor(generator: string): Promise<DiskMemo> {
  // Each PDF step starts from an empty cache of its own, so its figure is a full rendering.
  const templates = await loadTemplates([defaultTemplatesDir]);
  return diskMemo(join(cacheRoot, generator), await renderingSalt(generator, templates));
}

/** A PDF step: the generator (filling the rendering cache), then bare pdfmake on the same documents. */
function pdfStep(
  name: string,
  generator: string,
  options: Record<string, unknown>,
  definitions: (m: Model) => Iterable<Omit<TDocumentDefinitions, 'info'>>,
): Step {
  return {
    name,
    async run(dir) {
      const m = await model(dir);
      await rm(join(cacheRoot, generator), { recursive: true, force: true });
      const memo = await memoFor(generator);
      const { artifacts, ms } = await generate(m, byName(generator), options, memo);
      // maxRSS only grows: read now, it is the generator's peak (with the model), before the yardstick's.
      const peak = process.resourceUsage().maxRSS / 1024;
      const yardstick = await bare(definitions(m));
      // The generator as users run it (worker threads on more than two cores), the yardstick on one thread.
      const workers = pdfWorkerCount();
      const threads = workers > 1 ? `, ${workers} worker threads` : ', in its own thread';
      return `${describe(artifacts)}; generator ${seconds(ms)}${threads} (peak ${peak.toFixed(0)} MiB), bare pdfmake ${seconds(yardstick.ms)} on one thread for ${yardstick.count} PDFs, ratio ${(ms / yardstick.ms).toFixed(2)}`;
    },
  };
}

export const steps: Step[] = [
  {
    name: 'validate',
    async run(dir) {
      const started = performance.now();
      const m = await model(dir);
      return `${m.roles.length} roles, ${m.people.length} people, ${m.activities.length} activities, ${m.repositories.length} repositories; load ${seconds(performance.now() - started)}`;
    },
  },
  {
    name: 'markdown+html',
    async run(dir) {
      const m = await model(dir);
      const jd = await generate(m, byName('job-descriptions'), { formats: ['md', 'html'] });
      const onboarding = await generate(m, byName('onboarding'), { pdf: false });
      // The RACI generator always renders raci.pdf, so its tables are timed on their own.
      const started = performance.now();
      const csv = raciCsv(buildMatrix(m, { order: 'family' }));
      const raciMs = performance.now() - started;
      const text = [...jd.artifacts, ...onboarding.artifacts].filter((a) => !a.path.endsWith('.pdf'));
      return `${text.length} Markdown/HTML files; job descriptions ${seconds(jd.ms)}, onboarding ${seconds(onboarding.ms)}, RACI matrix as CSV (${(csv.length / 1024).toFixed(0)} KiB) ${seconds(raciMs)}`;
    },
  },
  {
    name: 'site',
    async run(dir) {
      // The role directory (out/site/), internal mode: every page, the JSON API, the search index
      // and the org chart laid out by ELK (the top roles of the hierarchy, chartLimit).
      const m = await model(dir);
      const site = await generate(m, byName('site'));
      const size = (a: Artifact) => a.bytes.byteLength;
      const pages = site.artifacts.filter((a) => a.path.endsWith('.html'));
      const largest = pages.reduce((big, a) => (size(a) > size(big) ? a : big), pages[0]!);
      // A large matrix is split into a page per role family (raci/<family>.html).
      const raci = pages.filter((a) => a.path === 'raci.html' || a.path.startsWith('raci/'));
      const raciLargest = raci.reduce((big, a) => (size(a) > size(big) ? a : big), raci[0]!);
      const index = site.artifacts.find((a) => a.path === 'assets/search-index.js')!;
      const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
      return `${site.artifacts.length} files in ${seconds(site.ms)}; largest page ${largest.path} ${kib(size(largest))}; largest RACI page ${raciLargest.path} ${kib(size(raciLargest))} of ${raci.length}; search index ${kib(size(index))}; all ${kib(site.artifacts.reduce((n, a) => n + size(a), 0))}`;
    },
  },
  pdfStep('job-description PDFs', 'job-descriptions', { formats: ['pdf'] }, (m) =>
    // Both versions of every role, as the generator writes them.
    oneAtATime(
      [...m.roles].flatMap((role) =>
        (['candidate', 'internal'] as const).map((audience) => ({ role, audience })),
      ),
      ({ role, audience }) =>
        jobDescriptionPdfDefinition(
          buildDocument(
            buildRoleView(m, role, {
              date: outputDate(m),
              lang: 'en',
              formats: new Set(['md', 'html', 'pdf']),
            }),
            layoutOf(m),
            audience,
          ),
        ),
    ),
  ),
  pdfStep('onboarding PDFs', 'onboarding', {}, (m) =>
    oneAtATime(onboardingDocuments(m, { date: outputDate(m) }), (d) => d.definition),
  ),
  pdfStep('raci PDFs', 'raci', {}, (m) =>
    oneAtATime(
      raciPdfDefinitions(buildMatrix(m, { order: 'family' }), { pageSize: 'A4', date: outputDate(m) }),
      (d) => d.definition,
    ),
  ),
  {
    name: 'every PDF',
    async run(dir) {
      // What `pnpm generate` does for the PDFs: the three PDF generators in its one process, here
      // with no rendering cache, so every PDF is rendered.
      const out = resolve(root, '.bench/out-pdf');
      await rm(out, { recursive: true, force: true });
      const run = await generateOnce(pdfGenerators, ['--model', dir, '--out', out, '--no-cache']);
      return `${pdfGenerators.join(', ')} in one process: ${seconds(run.ms)} wall, ${seconds(run.cpuMs)} CPU, largest peak ${run.peakMiB.toFixed(0)} MiB`;
    },
  },
  {
    name: 'every PDF sharded',
    async run(dir) {
      // `pnpm generate -- --shard I/N` on N machines, simulated here: each shard is the three PDF
      // generators in one process, as one machine runs them. First each shard alone (its
      // wall is what that machine would take; the slowest is the N-machine wall), then all N at once
      // on this machine (2 cores: 4 shards cannot beat 2), then merge-shards.
      const base = resolve(root, '.bench/out-shards');
      await rm(base, { recursive: true, force: true });
      const whole = await generateOnce(pdfGenerators, [
        '--model',
        dir,
        '--out',
        join(base, 'whole'),
        '--no-cache',
      ]);
      const parts = [`one machine ${seconds(whole.ms)} wall, ${seconds(whole.cpuMs)} CPU`];
      for (const count of [2, 4]) {
        const shards = Array.from({ length: count }, (_, i) => i + 1);
        const args = (i: number, at: string) => [
          '--model',
          dir,
          '--out',
          join(base, `${at}-${count}`, `shard-${i}`),
          '--no-cache',
          '--shard',
          `${i}/${count}`,
        ];
        const alone = [];
        for (const i of shards) alone.push(await generateOnce(pdfGenerators, args(i, 'alone')));
        const slowest = Math.max(...alone.map((r) => r.ms));
        const started = performance.now();
        const together = await Promise.all(
          shards.map((i) => generateOnce(pdfGenerators, args(i, 'together'))),
        );
        const togetherMs = performance.now() - started;
        const merged = await timedMerge(
          shards.map((i) => join(base, `alone-${count}`, `shard-${i}`)),
          join(base, `merged-${count}`),
        );
        parts.push(
          `${count} shards: slowest alone ${seconds(slowest)} (speed-up ${(whole.ms / slowest).toFixed(2)} on ${count} machines, ${seconds(alone.reduce((n, r) => n + r.cpuMs, 0))} CPU in all), all ${count} at once here ${seconds(togetherMs)} wall (${(whole.ms / togetherMs).toFixed(2)}x, ${seconds(together.reduce((n, r) => n + r.cpuMs, 0))} CPU), merge ${seconds(merged)}`,
        );
      }
      return parts.join('; ');
    },
  },
  {
    name: 'codeowners + jira',
    async run(dir) {
      const m = await model(dir);
      const codeowners = await generate(m, byName('codeowners'));
      const jira = await generate(m, byName('jira'));
      return `codeowners ${codeowners.artifacts.length} files in ${seconds(codeowners.ms)}; jira ${jira.artifacts.length} files in ${seconds(jira.ms)}`;
    },
  },
  {
    name: 'incremental (one role edited)',
    async run(dir) {
      // `rolekit generate` of every generator in one process, as `pnpm generate`'s one turbo task
      // runs it (turbo reruns it, since the model is one of its inputs): a full run fills the
      // rendering caches, then one role's summary changes and the second run renders only what
      // reads that role (caches are keyed by content) and rewrites only changed files.
      const copy = resolve(root, '.bench/org-edited');
      const out = resolve(root, '.bench/out-incremental');
      const cache = join(cacheRoot, 'incremental');
      for (const d of [copy, out, cache]) await rm(d, { recursive: true, force: true });
      await cp(dir, copy, { recursive: true });
      // No names: every generator, exactly the command line of `pnpm generate`'s task.
      const names: string[] = [];
      const args = ['--model', copy, '--out', out, '--cache', cache];
      const full = await generateOnce(names, args);
      const file = join(copy, 'roles/role-0007.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: /m, 'summary: Edited. '));
      const again = await generateOnce(names, args);
      return `first run ${seconds(full.ms)}; after editing one role ${seconds(again.ms)} wall, ${seconds(again.cpuMs)} CPU, ${generatorNames.length} generators in one process, peak ${again.peakMiB.toFixed(0)} MiB`;
    },
  },
  {
    name: 'import',
    async run() {
      // CODEOWNERS of 1,000 repositories (60 rules each) and a 500 x 200 RACI sheet into one folder.
      const started = performance.now();
      const result = await benchImport({ repositories: 1000, rules: 60, activities: 500, roles: 200 });
      return `${seconds(performance.now() - started)}: ${JSON.stringify(result)}`;
    },
  },
  {
    name: 'codeowners sync',
    async run() {
      const result = await benchCodeownersSync({ repositories: 1000, concurrency: 8 });
      return JSON.stringify(result);
    },
  },
  {
    name: 'access audit',
    async run(dir) {
      // Both stand-ins seeded from the model with a few planted drifts, audited twice with one ETag cache.
      const { seeded, runs } = await benchAudit(await model(dir));
      const figures = runs.map(
        (r, i) =>
          `run ${i + 1}: ${seconds(r.ms)}, GitHub ${r.githubRequests} requests (${r.githubNotModified} not modified), Jira ${r.jiraRequests} requests, ${r.findings} findings`,
      );
      return `${seeded}; ${figures.join('; ')}`;
    },
  },
];
