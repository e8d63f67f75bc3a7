// pnpm bench [--model DIR] [--roles N --people N --repos N --activities N] [--only step,step]
// pnpm bench growth [--sizes 500,2000,10000] [--runs 3]
// Runs every step in its own process against a synthetic organisation and prints wall time,
// CPU time and peak memory per step. Figures, not assertions: compare them across changes.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { writeOrganisation } from './org.js';
import { steps } from './steps.js';

// `pnpm bench growth`: how validate's cost grows with size (growth.ts), instead of the steps.
if (process.argv[2] === 'growth') {
  await import('./growth.js');
  process.exit(0);
}

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    roles: { type: 'string', default: '2000' },
    people: { type: 'string', default: '20000' },
    repos: { type: 'string', default: '1000' },
    activities: { type: 'string', default: '500' },
    only: { type: 'string' },
  },
});

const root = resolve(import.meta.dirname, '..');
let modelDir = values.model ? resolve(process.env['INIT_CWD'] ?? process.cwd(), values.model) : '';
if (!modelDir) {
  modelDir = resolve(root, '.bench/org');
  const size = {
    roles: Number(values.roles),
    people: Number(values.people),
    repos: Number(values.repos),
    activities: Number(values.activities),
  };
  await writeOrganisation(modelDir, size);
  console.log(
    `synthetic organisation: ${size.roles} roles, ${size.people} people, ${size.repos} repositories, ${size.activities} activities`,
  );
}
const only = values.only?.split(',');
const selected = steps.filter((s) => !only || only.includes(s.name));

const rows: string[][] = [['step', 'wall', 'cpu', 'peak memory', 'detail']];
for (const step of selected) {
  try {
    // Every step runs the packages' builds (dist/, what npm users run; `pnpm bench` builds them
    // first): tsx compiles only the bench's own files. The harness modules that are never built
    // (each package's `./bench` entry, the rolekit-bench condition) come from their source.
    const { stdout } = await run(
      process.execPath,
      [
        '--conditions=rolekit-bench',
        '--import',
        'tsx',
        resolve(import.meta.dirname, 'step.ts'),
        step.name,
        modelDir,
      ],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as {
      wallMs: number;
      cpuMs: number;
      peakMiB: number;
      detail: string;
    };
    rows.push([
      step.name,
      `${(r.wallMs / 1000).toFixed(2)} s`,
      `${(r.cpuMs / 1000).toFixed(2)} s`,
      `${r.peakMiB.toFixed(0)} MiB`,
      r.detail,
    ]);
  } catch (error) {
    rows.push([
      step.name,
      'failed',
      '',
      '',
      String((error as { stderr?: string }).stderr ?? error).split('\n')[0] ?? '',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(
    rows
      .at(-1)!
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  '),
  );
}
