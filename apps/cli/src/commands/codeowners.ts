import { resolve } from 'node:path';
import {
  exitCode,
  explainPath,
  FLAVOURS,
  type Flavour,
  formatExplanation,
  type RepositoryReport,
  type RepositoryStatus,
  type SyncMode,
  syncCodeowners,
  syncTargets,
} from '@rolekit/codeowners';
import { summarise } from '@rolekit/core';
import { EtagCache, type GitHubClient, GitHubConfigError, githubFromEnv } from '@rolekit/github';
import { didYouMean } from '@rolekit/model';
import { MultiBar, Presets } from 'cli-progress';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { applyOption, examples, modelOption, UsageError } from '../conventions.js';
import { printDiagnostics } from '../diagnostics.js';
import { coloursFor, Exit, githubSafeIo, type Io } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';
import { plural } from '../words.js';

interface SyncCommandOptions {
  model: string;
  apply: boolean;
  direct: boolean;
  allowMissingOwners: boolean;
  repo?: string[];
  concurrency: number;
  etagCache?: string | boolean;
}

const DEFAULT_ETAG_CACHE = '.rolekit/github-etags.json';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
}

/** Registers the `rolekit codeowners ...` commands. */
export function registerCodeownersCommands(root: Command, io: Io, result: { code: number }): void {
  const codeowners = root
    .command('codeowners')
    .description('CODEOWNERS: bring each repository’s file in step with the model, check it, explain it');
  const common = (command: Command) =>
    modelOption(command)
      .option('--repo <name...>', 'only these repositories (as named in codeowners.yaml)')
      .option('--concurrency <n>', 'repositories handled at the same time', positiveInteger, 4)
      .option(
        '--etag-cache [file]',
        `keep GitHub's ETags between runs, so unchanged reads cost no rate limit (default file ${DEFAULT_ETAG_CACHE})`,
      );
  examples(codeowners, [
    ['rolekit codeowners sync', 'dry run: the change each repository needs'],
    ['rolekit codeowners sync --apply', 'open or update one pull request per repository'],
    ['rolekit codeowners explain platform-api src/app.ts', 'which rule owns a path, and who that is'],
  ]);
  const syncCommand = codeowners
    .command('sync')
    .description(
      'show the change each repository needs (dry run), or with --apply open or update one pull request per repository; exit 1 when any repository failed',
    );
  applyOption(
    common(syncCommand),
    'push the rolekit/codeowners branch and open or update a pull request per repository',
  )
    .option(
      '--direct',
      'commit to the default branch instead of opening a pull request (refused on protected branches)',
      false,
    )
    .option(
      '--allow-missing-owners',
      'write even when a team or person does not exist or cannot write (a warning)',
      false,
    )
    .action(async (opts: SyncCommandOptions) => {
      result.code = await runSync(
        io,
        opts.apply ? (opts.direct ? 'direct' : 'pull-request') : 'dry-run',
        opts,
      );
    });
  examples(syncCommand, [
    ['rolekit codeowners sync', 'dry run: print each repository’s diff and planned changes, write nothing'],
    [
      'rolekit codeowners sync --apply --repo platform-api',
      'open or update the pull request for one repository',
    ],
    ['rolekit codeowners sync --apply --direct', 'commit to default branches (unprotected ones only)'],
  ]);
  const checkCommand = codeowners
    .command('check')
    .description(
      'read-only drift report for CI: exit 1 when any repository’s CODEOWNERS differs from the model',
    );
  examples(checkCommand, [
    ['rolekit codeowners check', 'in CI: exit 1 when a repository differs from the model'],
    ['rolekit codeowners check --etag-cache', 'the same, re-reading unchanged files for free'],
  ]);
  common(checkCommand).action(async (opts: SyncCommandOptions) => {
    result.code = await runSync(io, 'check', {
      ...opts,
      apply: false,
      direct: false,
      allowMissingOwners: false,
    });
  });
  const explainCommand = codeowners
    .command('explain')
    .description(
      'which rule owns a path in a repository, which roles and people that means, and which rules it overrides',
    )
    .argument('<repo>', 'repository, as named in codeowners.yaml')
    .argument('<path>', 'path of a file in the repository, e.g. src/app.ts');
  examples(explainCommand, [
    ['rolekit codeowners explain platform-api src/app.ts', 'the rule, roles and people that own a file'],
    ['rolekit codeowners explain platform-api docs/a.md --flavour gitlab', 'as GitLab reads the file'],
  ]);
  modelOption(explainCommand)
    .addOption(
      new Option('--flavour <flavour>', 'read the file as GitHub or GitLab does')
        .choices([...FLAVOURS])
        .default('github'),
    )
    .action(async (repo: string, path: string, opts: { model: string; flavour: Flavour }) => {
      result.code = await explain(io, repo, path, opts);
    });
}

/** rolekit codeowners explain REPO PATH: 0 when explained, 2 for an unknown repository. */
export async function explain(
  io: Io,
  repo: string,
  path: string,
  options: { model: string; flavour: Flavour },
): Promise<number> {
  const model = await loadOrExit(io, options.model);
  const result = explainPath(model, repo, path, options.flavour);
  if (!result.ok) throw new UsageError(result.problem);
  io.stdout(formatExplanation(result.value, model));
  return 0;
}

async function runSync(rawIo: Io, mode: SyncMode, opts: SyncCommandOptions): Promise<number> {
  const io = githubSafeIo(rawIo);
  try {
    return await sync(io, mode, opts);
  } catch (error) {
    if (error instanceof Exit || error instanceof UsageError) throw error;
    if (error instanceof GitHubConfigError) {
      io.stderr(`error: ${error.message}\n`);
      return 2;
    }
    // A bug: report it here rather than in main(), so that it is redacted too.
    io.stderr(`rolekit: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env['ROLEKIT_DEBUG']) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    io.stderr('please report this with the command you ran\n');
    return 70;
  }
}

/** Output that shares the terminal with a progress bar: lines go above the bar while it runs. */
interface Printer {
  line(text: string): void;
  progress(done: number, total: number, repository: string): void;
  stop(): void;
}

function printer(io: Io, total: number): Printer {
  if (!io.isTTY || total < 2 || io.env['CI']) {
    return { line: (t) => io.stderr(`${t}\n`), progress: () => {}, stop: () => {} };
  }
  const stream = {
    isTTY: true,
    columns: Number(io.env['COLUMNS']) || 80,
    write: (chunk: string) => {
      io.stderr(chunk);
      return true;
    },
    cursorTo: () => true,
    moveCursor: () => true,
    clearLine: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  const bars = new MultiBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: 'CODEOWNERS {bar} {value}/{total} {repository}',
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
      fps: 10,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { repository: '' });
  return {
    line: (t) => bars.log(`${t}\n`),
    progress: (done, _total, repository) => bar.update(done, { repository }),
    stop: () => bars.stop(),
  };
}

const LABELS: Record<RepositoryStatus, string> = {
  'in-step': 'in step',
  drift: 'differs',
  updated: 'committed',
  'pull-request-opened': 'pull request opened',
  'pull-request-updated': 'pull request updated',
  'pull-request-pending': 'pull request open',
  failed: 'failed',
};

/** A status in the summary line, after its count: "2 pull requests opened", "1 differs". */
function counted(status: RepositoryStatus, n: number, mode: SyncMode): string {
  const pulls = n === 1 ? 'pull request' : 'pull requests';
  switch (status) {
    case 'drift':
      return mode === 'dry-run' ? 'would change' : n === 1 ? 'differs' : 'differ';
    case 'pull-request-opened':
      return `${pulls} opened`;
    case 'pull-request-updated':
      return `${pulls} updated`;
    case 'pull-request-pending':
      return `${pulls} open already`;
    default:
      return LABELS[status];
  }
}

function details(report: RepositoryReport): string {
  if (report.status === 'failed') return report.errors[0] ?? '';
  if (report.pullRequest) return report.pullRequest.url;
  if (report.commit) return `${report.path} at ${report.commit.slice(0, 7)}`;
  return report.path ?? '';
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function sync(io: Io, mode: SyncMode, opts: SyncCommandOptions): Promise<number> {
  const model = await loadOrExit(io, opts.model);
  const base = displayPath(io, resolve(io.cwd, opts.model));
  const names = model.repositories.map((r) => r.name);
  for (const name of opts.repo ?? []) {
    if (!names.includes(name))
      throw new UsageError(`no repository '${name}' in the model${didYouMean(name, names)}`);
  }
  const { targets, diagnostics } = syncTargets(model, opts.repo);
  if (diagnostics.length > 0) printDiagnostics(io, diagnostics, { base });
  if (diagnostics.some((d) => d.severity === 'error')) {
    io.stderr(`${summarise(diagnostics).line}; nothing was compared\n`);
    return 1;
  }
  if (targets.length === 0) {
    io.stdout(`${base}: codeowners.yaml names no repositories; nothing to do\n`);
    return 0;
  }

  const out = printer(io, targets.length);
  const cacheFile =
    opts.etagCache === undefined || opts.etagCache === false
      ? undefined
      : resolve(io.cwd, opts.etagCache === true ? DEFAULT_ETAG_CACHE : opts.etagCache);
  const etags = cacheFile ? await EtagCache.load(cacheFile) : undefined;
  const gh: GitHubClient = githubFromEnv(io.env, {
    log: {
      warn: (m) => out.line(`warning: ${m}`),
      ...(io.env['ROLEKIT_DEBUG'] ? { debug: (m: string) => out.line(`debug: ${m}`) } : {}),
    },
    ...(etags ? { etags } : {}),
  });
  let reports: RepositoryReport[];
  try {
    reports = await syncCodeowners(gh, targets, {
      mode,
      // A dry run plans the changes the way --apply would make them.
      as: opts.direct ? 'direct' : 'pull-request',
      concurrency: opts.concurrency,
      allowMissingOwners: opts.allowMissingOwners,
      onResult: (report, done, total) => out.progress(done, total, report.repository),
    });
  } finally {
    out.stop();
  }
  if (cacheFile && etags) await etags.save(cacheFile);

  const c = coloursFor(io);
  for (const report of reports) {
    if (report.diff && (mode === 'dry-run' || mode === 'check')) io.stdout(report.diff);
    for (const change of report.changes ?? []) io.stdout(`${c.bold(report.repository)}: ${change}\n`);
    for (const e of report.errors) io.stderr(`${c.bold(report.repository)}: ${c.red('error')} ${e}\n`);
    for (const w of report.warnings) io.stderr(`${c.bold(report.repository)}: ${c.yellow('warning')} ${w}\n`);
  }
  const label = (r: RepositoryReport) =>
    r.status === 'drift' && mode === 'dry-run' ? 'would change' : LABELS[r.status];
  io.stdout(
    `${table([['repository', 'result', 'details'], ...reports.map((r) => [r.repository, label(r), details(r)])])}\n`,
  );

  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${counted(status as RepositoryStatus, n, mode)}`);
  const stats = gh.rolekit.stats;
  const requests = `${plural(stats.requests, 'request')} (${stats.writes} write, ${stats.notModified} not modified)`;
  io.stdout(`${plural(reports.length, 'repository', 'repositories')}: ${parts.join(', ')}; ${requests}\n`);
  if (mode === 'dry-run' && reports.some((r) => r.status === 'drift'))
    io.stdout(
      'dry run: nothing was written; run with --apply to open pull requests (or --apply --direct to commit)\n',
    );
  if (mode === 'check' && reports.some((r) => r.status === 'drift'))
    io.stderr('CODEOWNERS differ from the model: run rolekit codeowners sync --apply\n');
  if (reports.some((r) => r.unreachable))
    io.stderr(
      'GitHub could not be reached, so repositories after the failure were not tried: check GITHUB_API_URL and the network, then run again (exit 3)\n',
    );
  return exitCode(reports, mode === 'check' ? 'check' : mode === 'dry-run' ? 'dry-run' : 'apply');
}
