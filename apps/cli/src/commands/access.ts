// rolekit github teams and rolekit jira actors: people-side access follows the model. The logic is
// in @rolekit/access; this file parses options, loads the model, prints and picks exit codes.
import { resolve } from 'node:path';
import {
  actorsPlanHasChanges,
  applyActors,
  applyTeams,
  DEFAULT_REMOVAL_CAP,
  desiredActors,
  desiredTeams,
  formatActorsOutcomes,
  formatActorsPlan,
  formatTeamOutcomes,
  formatTeamsPlan,
  githubTeamWriter,
  parseRemovalCap,
  planActors,
  planTeams,
  type RemovalCap,
  readActors,
  readTeams,
  teamsPlanHasChanges,
  unreachableOf,
} from '@rolekit/access';
import { EXIT_UNREACHABLE, type UnreachableKind, unreachableHint } from '@rolekit/core';
import { EtagCache, GitHubConfigError, githubFromEnv } from '@rolekit/github';
import { connectionFromEnv, JiraApi, secretsOf } from '@rolekit/jira';
import type { Command } from 'commander';
import { applyOption, examples, modelOption, UsageError } from '../conventions.js';
import { Exit, githubSafeIo, type Io, redactingIo } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';

const DEFAULT_ETAG_CACHE = '.rolekit/github-etags.json';
const BACKUP_DIR = '.rolekit/jira-backups';

interface SyncOptions {
  model: string;
  apply: boolean;
  prune: boolean;
  maxRemovals?: string;
}

function capOf(text: string | undefined): RemovalCap {
  if (text === undefined) return DEFAULT_REMOVAL_CAP;
  const cap = parseRemovalCap(text);
  if (!cap)
    throw new UsageError(
      `--max-removals takes a count (3), a fraction (0.1) or a percentage (10%), not '${text}'`,
    );
  return cap;
}

function syncOptions(command: Command, what: string): Command {
  return applyOption(modelOption(command), what)
    .option('--prune', 'also remove members that nobody in the model put there', false)
    .option(
      '--max-removals <n>',
      'refuse every removal when a run would make more than this: a count, a fraction or a percentage of the members read',
      '10%',
    );
}

/** Runs a command body; configuration errors exit 2 and bugs 70, always through the redacting io. */
async function guarded(io: Io, variable: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof Exit || error instanceof UsageError) throw error;
    if (error instanceof GitHubConfigError) {
      io.stderr(`error: ${error.message}\n`);
      return 2;
    }
    const kind = unreachableOf(error);
    if (kind !== undefined) {
      io.stderr(
        `error: ${(error as Error).message}\n  hint: ${unreachableHint(kind as UnreachableKind, variable)}\n`,
      );
      return EXIT_UNREACHABLE;
    }
    io.stderr(`rolekit: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env['ROLEKIT_DEBUG']) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    io.stderr('please report this with the command you ran\n');
    return 70;
  }
}

/** Registers `rolekit github teams`. */
export function registerGithubCommands(root: Command, io: Io, result: { code: number }): void {
  const github = root
    .command('github')
    .description('GitHub organisation: team membership that follows the model');
  examples(github, [
    ['rolekit github teams', 'dry run: who would join or leave which team (GITHUB_TOKEN)'],
    ['rolekit github teams --apply', 'add the missing members and maintainers'],
  ]);
  const teams = github
    .command('teams')
    .description(
      "make each role's GitHub team hold exactly the role's holders (dry run: exit 0 in step, 1 changes pending; with --apply: exit 0 done, 1 a team failed or removals were refused, 2 could not start)",
    );
  syncOptions(teams, 'add, promote and (with --prune) remove team members')
    .option(
      '--create-teams',
      'create teams the model names that do not exist (under the parent the model gives)',
      false,
    )
    .option('--invite', 'add people who are not organisation members, which sends them an invitation', false)
    .option('--etag-cache [file]', `keep GitHub's ETags between runs (default file ${DEFAULT_ETAG_CACHE})`)
    .action(
      async (opts: SyncOptions & { createTeams: boolean; invite: boolean; etagCache?: string | boolean }) => {
        const safe = githubSafeIo(io);
        result.code = await guarded(safe, 'GITHUB_API_URL', () => githubTeams(safe, opts));
      },
    );
  examples(teams, [
    ['rolekit github teams', 'dry run: print the plan, change nothing'],
    ['rolekit github teams --apply --create-teams', 'also create the teams that are missing'],
    [
      'rolekit github teams --apply --prune --max-removals 3',
      'also remove strangers, at most three in this run',
    ],
  ]);
}

async function githubTeams(
  io: Io,
  opts: SyncOptions & { createTeams: boolean; invite: boolean; etagCache?: string | boolean },
): Promise<number> {
  const cap = capOf(opts.maxRemovals);
  const model = await loadOrExit(io, opts.model);
  const org = model.organisation.github?.org;
  if (!org) {
    io.stderr(
      `error: ${displayPath(io, resolve(io.cwd, opts.model))}/organisation.yaml has no github.org; name the organisation there\n`,
    );
    return 2;
  }
  const cacheFile = opts.etagCache
    ? resolve(io.cwd, opts.etagCache === true ? DEFAULT_ETAG_CACHE : opts.etagCache)
    : undefined;
  const etags = cacheFile ? await EtagCache.load(cacheFile) : undefined;
  const gh = githubFromEnv(io.env, {
    log: { warn: (m) => io.stderr(`warning: ${m}\n`) },
    ...(etags ? { etags } : {}),
  });
  const desired = desiredTeams(model);
  let live: Awaited<ReturnType<typeof readTeams>>;
  try {
    live = await readTeams(gh, org, desired.teams);
  } catch (error) {
    if (unreachableOf(error) !== undefined) throw error;
    io.stderr(
      `error: could not read the teams of ${org}: ${gh.rolekit.describe(error)}; nothing was changed\n`,
    );
    return 2;
  }
  const plan = planTeams(desired, live, {
    prune: opts.prune,
    cap,
    createTeams: opts.createTeams,
    invite: opts.invite,
  });
  const stats = () =>
    `${gh.rolekit.stats.requests} requests (${gh.rolekit.stats.writes} writes, ${gh.rolekit.stats.notModified} not modified)`;
  if (!opts.apply) {
    io.stdout(formatTeamsPlan(plan));
    io.stderr(`dry run: nothing was changed; ${stats()}\n`);
    if (cacheFile && etags) await etags.save(cacheFile);
    return teamsPlanHasChanges(plan) ? 1 : 0;
  }
  const outcomes = await applyTeams(plan, githubTeamWriter(gh, live), (e) => gh.rolekit.describe(e));
  if (cacheFile && etags) await etags.save(cacheFile);
  io.stdout(formatTeamOutcomes(plan, outcomes));
  io.stderr(`${stats()}\n`);
  const failed = outcomes.some(
    (o) =>
      o.status === 'rolled-back' ||
      o.status === 'partial' ||
      (o.status === 'blocked' && !o.error?.includes('--create-teams')),
  );
  if (outcomes.some((o) => o.unreachable)) {
    io.stderr(
      'GitHub could not be reached, so the teams after the failure were not tried: check GITHUB_API_URL and the network, then run again (exit 3)\n',
    );
    return EXIT_UNREACHABLE;
  }
  return failed || plan.removals.blocked ? 1 : 0;
}

/** Registers `rolekit jira actors` on the `jira` command that registerJiraCommands made. */
export function registerJiraActorsCommand(root: Command, io: Io, result: { code: number }): void {
  const jira = root.commands.find((c) => c.name() === 'jira') ?? root.command('jira');
  const actors = jira
    .command('actors')
    .description(
      'make the actors of each project role in each project the Jira accounts of the people holding the roles mapped to it (dry run: exit 0 in step, 1 changes pending; with --apply: exit 0 done, 1 failed or refused, 2 could not start)',
    );
  syncOptions(actors, 'add and (with --prune) remove project role actors, saving each project role first')
    .option(
      '--backup-dir <dir>',
      'with --apply: where project role actors are saved before they change',
      BACKUP_DIR,
    )
    .action(async (opts: SyncOptions & { backupDir: string }) => {
      const safe = redactingIo(
        io,
        secretsOf({
          email: io.env['JIRA_EMAIL']?.trim() ?? '',
          apiToken: io.env['JIRA_API_TOKEN']?.trim() ?? '',
        }),
      );
      result.code = await guarded(safe, 'JIRA_BASE_URL', () => jiraActors(safe, opts));
    });
  examples(actors, [
    ['rolekit jira actors', 'dry run: who would be added to or removed from which project role'],
    ['rolekit jira actors --apply', 'add the missing actors, saving each project role first'],
    [
      'rolekit jira actors --apply --prune --max-removals 5',
      'also remove actors nobody asked for, five at most',
    ],
  ]);
}

async function jiraActors(io: Io, opts: SyncOptions & { backupDir: string }): Promise<number> {
  const cap = capOf(opts.maxRemovals);
  const model = await loadOrExit(io, opts.model);
  const connection = connectionFromEnv(io.env, model.jira?.site);
  if (!connection.ok) {
    for (const p of connection.problems) io.stderr(`error: ${p}\n`);
    return 2;
  }
  const api = new JiraApi(connection.value);
  const desired = desiredActors(model);
  let live: Awaited<ReturnType<typeof readActors>>;
  try {
    live = await readActors(api, desired.pairs);
  } catch (error) {
    if (unreachableOf(error) !== undefined) throw error;
    io.stderr(
      `error: could not read the project roles: ${api.redact((error as Error).message)}; nothing was changed\n`,
    );
    return 2;
  }
  const plan = planActors(desired, live, { prune: opts.prune, cap });
  const stats = () =>
    `${api.stats.requests} requests (${api.stats.writes} writes, ${api.stats.retries} retries)`;
  if (!opts.apply) {
    io.stdout(formatActorsPlan(plan));
    io.stderr(`dry run: nothing was changed; ${stats()}\n`);
    return actorsPlanHasChanges(plan) ? 1 : 0;
  }
  const applied = await applyActors(api, plan, live, {
    backupDir: resolve(io.cwd, opts.backupDir),
    describe: (e) => api.redact((e as Error)?.message ?? String(e)),
  });
  io.stdout(formatActorsOutcomes(plan, applied.outcomes));
  io.stderr(`${applied.backupDir ? `backups in ${displayPath(io, applied.backupDir)}; ` : ''}${stats()}\n`);
  if (applied.outcomes.some((o) => o.unreachable)) {
    io.stderr(
      'Jira could not be reached, so the project roles after the failure were not tried: check JIRA_BASE_URL and the network, then run again (exit 3)\n',
    );
    return EXIT_UNREACHABLE;
  }
  const failed = applied.outcomes.some(
    (o) => o.status === 'rolled-back' || o.status === 'partial' || o.status === 'blocked',
  );
  return failed || plan.removals.blocked ? 1 : 0;
}
