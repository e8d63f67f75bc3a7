import { resolve } from 'node:path';
import { EXIT_UNREACHABLE, unreachableHint } from '@rolekit/core';
import {
  type ApplyResult,
  applyPlan,
  connectionFromEnv,
  desiredSchemes,
  formatPlan,
  hasChanges,
  JiraApi,
  JiraRequestError,
  jiraPolicyProblems,
  type Plan,
  plan,
  planSummaryLine,
  type RequestStats,
  readSite,
  secretsOf,
} from '@rolekit/jira';
import type { Model } from '@rolekit/model';
import type { Command } from 'commander';
import { applyOption, examples, modelOption } from '../conventions.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type Io, redactingIo } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';
import { plural } from '../words.js';

/** `rolekit jira diff` exit codes; apply uses 0, 1 (failed or blocked) and 2 the same way. */
export const JIRA_EXIT = {
  inStep: 0,
  pending: 1,
  failed: 1,
  unusable: 2,
  unreachable: EXIT_UNREACHABLE,
} as const;

const BACKUP_DIR = '.rolekit/jira-backups';

interface JiraCommandOptions {
  model: string;
  prune: boolean;
  backupDir?: string;
}

/** Registers the `rolekit jira ...` commands. */
export function registerJiraCommands(root: Command, io: Io, result: { code: number }): void {
  const jira = root
    .command('jira')
    .description('Jira permission schemes: compare a Jira Cloud site with the model, and bring it in step');
  examples(jira, [
    [
      'rolekit jira sync',
      'dry run: what would change on the site (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN)',
    ],
    ['rolekit jira sync --apply', 'create, update and assign the permission schemes'],
  ]);
  const sync = jira
    .command('sync')
    .description(
      'show what would change on the Jira site (dry run; exit 0 in step, 1 changes pending, 2 could not compare), or with --apply change it (exit 0 done, 1 failed or blocked, 2 could not start)',
    );
  applyOption(modelOption(sync), 'create and update the permission schemes and assign them to projects')
    .option('--prune', 'also remove grants that neither the model names nor rolekit added', false)
    .option('--backup-dir <dir>', 'with --apply: where schemes are saved before they change', BACKUP_DIR)
    .action(async (opts: JiraCommandOptions & { apply: boolean }) => {
      result.code = await runJira(io, opts.apply ? 'apply' : 'diff', opts);
    });
  examples(sync, [
    ['rolekit jira sync', 'dry run: print the plan, change nothing'],
    ['rolekit jira sync --prune', 'also list grants that nobody asked for as removals'],
    ['rolekit jira sync --apply --backup-dir backups/', 'change the site, saving each scheme first'],
  ]);

  // The spellings before `sync`, kept so that scripts keep working.
  const diff = jira
    .command('diff')
    .description('the same as `jira sync` (a dry run); kept for scripts that use it');
  modelOption(diff)
    .option('--prune', 'also list grants that neither the model names nor rolekit added as removals', false)
    .action(async (opts: JiraCommandOptions) => {
      result.code = await runJira(io, 'diff', opts);
    });
  examples(diff, [
    ['rolekit jira diff', 'the same as rolekit jira sync'],
    ['rolekit jira diff --prune', 'the same as rolekit jira sync --prune'],
  ]);
  const apply = jira
    .command('apply')
    .description('the same as `jira sync --apply`; kept for scripts that use it');
  modelOption(apply)
    .option('--prune', 'also remove grants that neither the model names nor rolekit added', false)
    .option('--backup-dir <dir>', 'where schemes are saved before they change', BACKUP_DIR)
    .action(async (opts: JiraCommandOptions) => {
      result.code = await runJira(io, 'apply', opts);
    });
  examples(apply, [
    ['rolekit jira apply', 'the same as rolekit jira sync --apply'],
    ['rolekit jira apply --prune', 'the same as rolekit jira sync --apply --prune'],
  ]);
}

function statsLine(s: RequestStats): string {
  return `${plural(s.requests, 'request')} (${s.reads} read, ${s.writes} write${s.retries > 0 ? `, ${plural(s.retries, 'retry', 'retries')}` : ''})`;
}

/** Every line the jira commands print goes through here, so no form of the credentials can get out. */
function jiraSafeIo(io: Io): Io {
  const secrets = secretsOf({
    email: io.env['JIRA_EMAIL']?.trim() ?? '',
    apiToken: io.env['JIRA_API_TOKEN']?.trim() ?? '',
  });
  return redactingIo(io, secrets);
}

async function runJira(rawIo: Io, command: 'diff' | 'apply', opts: JiraCommandOptions): Promise<number> {
  const io = jiraSafeIo(rawIo);
  try {
    return await jiraCommand(io, command, opts);
  } catch (error) {
    if (error instanceof Exit) return error.code === 1 ? JIRA_EXIT.unusable : error.code;
    // Not a Jira answer: a bug. Report it here rather than in main(), so that it is redacted too.
    io.stderr(`rolekit: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env['ROLEKIT_DEBUG']) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    io.stderr('please report this with the command you ran\n');
    return 70;
  }
}

function failureHint(error: JiraRequestError, baseUrl: string): string {
  switch (error.failure) {
    case 'credentials':
      return 'Jira did not accept the credentials: check JIRA_EMAIL and JIRA_API_TOKEN (an API token, not a password) and that they belong to this site';
    case 'forbidden':
      return 'the account may not change permission schemes: it needs the Administer Jira global permission';
    case 'network':
      return `could not talk to ${baseUrl}: check JIRA_BASE_URL and the network`;
    case 'rate-limited':
    case 'server':
      return 'Jira kept failing after retries: try again later';
    default:
      return '';
  }
}

/**
 * ROLEKIT_JIRA_TIMEOUT_MS (per request, default 30 000) and ROLEKIT_JIRA_RETRY_BASE_MS (first back-off,
 * default 1000), for slow sites and for tests against a stand-in; a message when one is not a number.
 */
function jiraTuning(env: NodeJS.ProcessEnv): { timeoutMs?: number; baseDelayMs?: number } | string {
  const out: { timeoutMs?: number; baseDelayMs?: number } = {};
  for (const [name, key] of [
    ['ROLEKIT_JIRA_TIMEOUT_MS', 'timeoutMs'],
    ['ROLEKIT_JIRA_RETRY_BASE_MS', 'baseDelayMs'],
  ] as const) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < (key === 'timeoutMs' ? 1 : 0))
      return `${name} must be a number of milliseconds, not '${raw}'`;
    out[key] = value;
  }
  return out;
}

async function jiraCommand(io: Io, command: 'diff' | 'apply', opts: JiraCommandOptions): Promise<number> {
  const model: Model = await loadOrExit(io, opts.model);
  if (!model.jira) {
    io.stderr(
      `error: ${displayPath(io, resolve(io.cwd, opts.model))} has no jira.yaml: nothing to ${command}\n`,
    );
    return JIRA_EXIT.unusable;
  }
  const problems = jiraPolicyProblems(model);
  if (problems.length > 0)
    printDiagnostics(io, problems, { base: displayPath(io, resolve(io.cwd, opts.model)) });
  if (problems.some((d) => d.severity === 'error')) {
    io.stderr(
      `the model breaks its policies in Jira; nothing was ${command === 'diff' ? 'compared' : 'applied'}\n`,
    );
    return JIRA_EXIT.unusable;
  }
  const connection = connectionFromEnv(io.env, model.jira.site);
  if (!connection.ok) {
    for (const p of connection.problems) io.stderr(`error: ${p}\n`);
    return JIRA_EXIT.unusable;
  }
  const { baseUrl } = connection.value;
  const tuning = jiraTuning(io.env);
  if (typeof tuning === 'string') {
    io.stderr(`error: ${tuning}\n`);
    return JIRA_EXIT.unusable;
  }
  const api = new JiraApi(connection.value, {
    ...tuning,
    ...(io.env['ROLEKIT_DEBUG'] ? { log: (line: string) => io.stderr(`${line}\n`) } : {}),
  });
  const desired = desiredSchemes(model);

  let changes: Plan;
  try {
    const site = await readSite(api, desired);
    changes = plan(desired, site, { prune: opts.prune });
  } catch (error) {
    if (!(error instanceof JiraRequestError)) throw error;
    io.stderr(`error: reading ${baseUrl} failed: ${error.message}\n`);
    const hint = error.unreachable
      ? unreachableHint(error.unreachable, 'JIRA_BASE_URL')
      : failureHint(error, baseUrl);
    if (hint) io.stderr(`  hint: ${hint}\n`);
    io.stderr(`nothing was ${command === 'diff' ? 'compared' : 'changed'}\n`);
    return error.unreachable ? JIRA_EXIT.unreachable : JIRA_EXIT.unusable;
  }

  io.stdout(
    `Jira ${baseUrl}, model ${displayPath(io, resolve(io.cwd, opts.model))}${opts.prune ? ', --prune' : ''}\n`,
  );
  for (const line of formatPlan(changes)) io.stdout(`${line}\n`);
  io.stdout(`\n${planSummaryLine(changes)}\n`);

  if (command === 'diff') {
    io.stdout(`${statsLine(api.stats)}\n`);
    return hasChanges(changes) || changes.blockers.length > 0 ? JIRA_EXIT.pending : JIRA_EXIT.inStep;
  }
  if (changes.blockers.length > 0) {
    io.stderr(
      `nothing was applied: fix the ${plural(changes.blockers.length, 'problem')} marked ! in Jira first\n`,
    );
    return JIRA_EXIT.failed;
  }
  if (!hasChanges(changes)) {
    io.stdout(`nothing to apply; ${statsLine(api.stats)}\n`);
    return JIRA_EXIT.inStep;
  }

  io.stdout('\napplying, scheme by scheme:\n');
  const backupRoot = resolve(io.cwd, opts.backupDir ?? BACKUP_DIR);
  const applied: ApplyResult = await applyPlan(api, changes, {
    backupDir: backupRoot,
    report: (line) => io.stdout(`${line}\n`),
  });
  for (const o of applied.outcomes.filter((x) => x.status === 'not-started'))
    io.stdout(`scheme '${o.name}' (${o.scheme}): not started\n`);
  const backups = applied.backupDir ? `; backups in ${displayPath(io, applied.backupDir)}` : '';
  if (applied.ok) {
    const created = applied.outcomes.filter((o) => o.status === 'created').length;
    const updated = applied.outcomes.filter((o) => o.status === 'updated').length;
    const assigned = applied.outcomes.reduce((n, o) => n + o.assigned.length, 0);
    io.stdout(
      `\ndone: ${created} created, ${updated} updated, ${plural(assigned, 'project')} assigned${backups}; ${statsLine(applied.stats)}\n`,
    );
    return JIRA_EXIT.inStep;
  }
  const failed = applied.outcomes.find((o) => o.error);
  io.stderr(
    `\napply stopped at scheme '${failed?.name ?? '?'}' (its line above says how it was left); the schemes before it are as intended, the ones after it were not started${backups}; ${statsLine(applied.stats)}\n`,
  );
  return failed?.unreachable ? JIRA_EXIT.unreachable : JIRA_EXIT.failed;
}
