// pnpm bench growth [--sizes 500,2000,10000] [--runs 3]
// How validate's cost grows with the organisation. At each size (people ten times the roles,
// repositories half, activities a quarter: the shape of the default 2,000-role organisation), the
// median of --runs loads (read, parse, schema, checks, lookups) beside a bare js-yaml parse of the
// very same files, the floor. Every run is a process of its own (growth-step.ts), so that its peak
// memory is its own and nothing is warm. Figures, not assertions.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { writeOrganisation } from './org.js';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    sizes: { type: 'string', default: '500,2000,10000' },
    runs: { type: 'string', default: '3' },
  },
});
const root = resolve(import.meta.dirname, '..');
const runs = Math.max(1, Number(values.runs));

interface Measured {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
  baselineMiB: number;
  detail: string;
}

async function measure(mode: 'validate' | 'parse', dir: string): Promise<Measured> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--conditions=rolekit-source',
      '--import',
      'tsx',
      resolve(import.meta.dirname, 'growth-step.ts'),
      mode,
      dir,
    ],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measured;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const rows: string[][] = [
  [
    'roles',
    'people',
    'files',
    'bare js-yaml parse',
    'validate',
    'ratio',
    'validate per 1,000 roles',
    'peak memory (validate / parse)',
  ],
];
const print = (row: string[]) => console.log(row.join('  |  '));
print(rows[0]!);
for (const roles of values.sizes.split(',').map(Number)) {
  const size = { roles, people: roles * 10, repos: roles / 2, activities: roles / 4 };
  const dir = resolve(root, `.bench/growth-${roles}`);
  await writeOrganisation(dir, size);
  const parse: Measured[] = [];
  const validate: Measured[] = [];
  // Interleaved, so that a burst of load on a shared machine falls on both.
  for (let i = 0; i < runs; i++) {
    parse.push(await measure('parse', dir));
    validate.push(await measure('validate', dir));
  }
  const parseMs = median(parse.map((m) => m.wallMs));
  const validateMs = median(validate.map((m) => m.wallMs));
  const row = [
    roles.toLocaleString('en'),
    size.people.toLocaleString('en'),
    parse[0]!.detail,
    `${seconds(parseMs)} (CPU ${seconds(median(parse.map((m) => m.cpuMs)))})`,
    `${seconds(validateMs)} (CPU ${seconds(median(validate.map((m) => m.cpuMs)))})`,
    (validateMs / parseMs).toFixed(2),
    seconds((validateMs / roles) * 1000),
    `${Math.max(...validate.map((m) => m.peakMiB)).toFixed(0)} / ${Math.max(...parse.map((m) => m.peakMiB)).toFixed(0)} MiB (process start ${validate[0]!.baselineMiB.toFixed(0)} MiB)`,
  ];
  rows.push(row);
  print(row);
}
