import { join, resolve } from 'node:path';
import {
  EXIT_UNREACHABLE,
  loadTemplates,
  outputDate,
  ServiceUnreachableError,
  unreachableHint,
  writeArtifacts,
} from '@rolekit/core';
import { type GitHubClient, GitHubConfigError, githubFromEnv } from '@rolekit/github';
import type { Diagnostic, Model } from '@rolekit/model';
import {
  type DesiredIssue,
  defaultOptions,
  desiredIssue,
  type PublishPlan,
  parseIsoDate,
  personArtifacts,
  planIssue,
  publishIssue,
  publishTarget,
} from '@rolekit/onboarding';
import { defaultTemplatesDir } from '@rolekit/templates';
import { type Command, Option } from 'commander';
import { applyOption, examples, modelOption, UsageError, unknownName } from '../conventions.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, githubSafeIo, type Io } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';
import { plural } from '../words.js';
import { prepareOutRoot } from './generate.js';

interface OnboardingCliOptions {
  person?: string;
  start?: string;
  model: string;
  out?: string;
  templates?: string;
  pdf?: boolean;
  apply: boolean;
}

/**
 * Registers `rolekit onboarding --person ID` (write one person's checklist) and its subcommand
 * `rolekit onboarding publish --person ID [--apply]` (their GitHub issue). Options given before
 * `publish` still count for it (`onboarding --person ID publish`), as they did when publish was an
 * argument.
 */
export function registerOnboardingCommands(root: Command, io: Io, result: { code: number }): void {
  const onboardingCommand = root
    .command('onboarding')
    .description(
      "write one person's onboarding checklist (Markdown and PDF) to OUT/onboarding/people/; `onboarding publish` opens it as a GitHub issue",
    )
    // Options after `publish` are publish's own, so that its --help and its options are its own.
    .enablePositionalOptions();
  personOptions(onboardingCommand)
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--no-pdf', 'write the Markdown checklist only')
    // Kept hidden to say where --apply goes, rather than only that it is unknown here.
    .addOption(new Option('--apply').hideHelp().default(false))
    .action(async (opts: OnboardingCliOptions) => {
      result.code = await onboarding(io, undefined, opts);
    });
  examples(onboardingCommand, [
    ['rolekit onboarding --person li-wei --start 2026-12-01', "write one new hire's checklist to out/"],
    ['rolekit onboarding publish --person li-wei', 'dry run: print the GitHub issue'],
    ['rolekit onboarding publish --person li-wei --apply', 'open or update the issue'],
  ]);

  const publishCommand = onboardingCommand
    .command('publish')
    .description(
      "open or update the person's onboarding issue in the repository onboarding.yaml names (a dry run without --apply)",
    );
  applyOption(
    personOptions(publishCommand),
    'create or update the issue (GITHUB_TOKEN, GITHUB_API_URL)',
  ).action(async (own: OnboardingCliOptions, command: Command) => {
    result.code = await onboarding(io, 'publish', withParentOptions(own, command));
  });
  examples(publishCommand, [
    ['rolekit onboarding publish --person li-wei', 'dry run: print the issue and what would change'],
    ['rolekit onboarding publish --person li-wei --apply', 'create the issue, or update it keeping ticks'],
    ['rolekit onboarding publish --person li-wei --start 2027-01-04', 'with another first day'],
  ]);
}

/** The options both forms take: who, from when, which model, which templates. */
function personOptions(command: Command): Command {
  return modelOption(
    command
      .option('-p, --person <id>', 'the person, by id in people.yaml (required)')
      .option('-s, --start <date>', "first working day, YYYY-MM-DD (default: the person's startDate)"),
  ).option('-t, --templates <dir>', 'directory of templates that override the defaults');
}

/** publish's options, with those given before `publish` filling in what was not given after it. */
function withParentOptions(own: OnboardingCliOptions, command: Command): OnboardingCliOptions {
  const parent = command.parent;
  if (!parent) return own;
  const merged: Record<string, unknown> = { ...own };
  for (const [key, value] of Object.entries(parent.opts())) {
    if (parent.getOptionValueSource(key) === 'cli' && command.getOptionValueSource(key) !== 'cli') {
      if (key === 'out' || key === 'pdf')
        throw new UsageError(
          `--${key === 'pdf' ? 'no-pdf' : key} is for writing files; publish writes nothing to disk`,
        );
      merged[key] = value;
    }
  }
  return merged as unknown as OnboardingCliOptions;
}

async function onboarding(
  rawIo: Io,
  action: 'publish' | undefined,
  opts: OnboardingCliOptions,
): Promise<number> {
  const io = githubSafeIo(rawIo);
  if (opts.start !== undefined && parseIsoDate(opts.start) === undefined)
    throw new UsageError(`--start '${opts.start}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01`);
  if (action !== 'publish' && opts.apply) throw new UsageError("--apply goes with 'publish'");
  if (opts.person === undefined) throw new UsageError("required option '-p, --person <id>' not specified");

  const model = await loadOrExit(io, opts.model);
  const person = model.person(opts.person);
  if (!person)
    throw unknownName(
      'person',
      opts.person,
      model.people.map((p) => p.id),
    );
  const start = opts.start ?? person.startDate;
  if (start === undefined)
    throw new UsageError(`${person.id} has no startDate in people.yaml; pass --start YYYY-MM-DD`);

  const templates = await loadTemplates([
    defaultTemplatesDir,
    ...(opts.templates ? [resolve(io.cwd, opts.templates)] : []),
  ]);
  const diagnostics: Diagnostic[] = [];
  const base = displayPath(io, resolve(io.cwd, opts.model));
  const checklist = await personArtifacts(
    {
      model,
      templates,
      date: outputDate(model, io.env),
      options: { ...defaultOptions, pdf: action !== 'publish' && opts.pdf !== false },
      report: (d) => diagnostics.push(d),
    },
    person,
    start,
  );
  if (diagnostics.length > 0) printDiagnostics(io, diagnostics, { base });
  if (
    diagnostics.some((d) => d.severity === 'error') ||
    !checklist.view ||
    checklist.markdown === undefined
  ) {
    io.stderr(`nothing was ${action === 'publish' ? 'published' : 'written'}\n`);
    return 1;
  }

  if (action !== 'publish') {
    const root = resolve(io.cwd, opts.out ?? 'out');
    const dir = join(root, 'onboarding');
    prepareOutRoot(root, displayPath(io, root), false);
    const report = await writeArtifacts('onboarding', dir, checklist.artifacts, {
      partial: true,
      root,
      shown: displayPath(io, root),
    });
    const shown = displayPath(io, dir);
    io.stdout(
      `onboarding: ${checklist.artifacts.map((a) => `${shown}/${a.path}`).join(', ')} (${report.written.length} written, ${report.unchanged.length} unchanged)\n`,
    );
    return 0;
  }
  return publish(
    io,
    model,
    desiredIssue(model, person, checklist.view, checklist.markdown),
    opts.apply,
    base,
  );
}

function printIssue(io: Io, title: string, body: string): void {
  io.stdout(`title: ${title}\n\n${body.replace(/\n*$/, '\n')}\n`);
}

function printPlan(io: Io, plan: PublishPlan, desired: DesiredIssue): void {
  if (plan.action === 'create') {
    io.stdout(
      `create a new issue, labels ${plan.labels.join(', ') || '(none)'}, assigned to ${plan.assignees.join(', ') || 'nobody'}\n`,
    );
    printIssue(io, plan.title, plan.body);
  } else if (plan.action === 'update') {
    const lines = plan.changes.removed.length + plan.changes.added.length;
    const what = [
      plan.title !== undefined ? 'the title' : '',
      plan.body !== undefined ? `${plural(lines, 'line')} of the body` : '',
    ].filter(Boolean);
    io.stdout(`update #${plan.number}: ${what.join(' and ')}; ${plural(plan.kept.length, 'tick')} kept\n`);
    for (const line of plan.changes.removed) io.stdout(`- ${line}\n`);
    for (const line of plan.changes.added) io.stdout(`+ ${line}\n`);
    if (plan.dropped.length > 0)
      io.stdout(`ticked tasks no longer in the model (they leave the issue): ${plan.dropped.join(', ')}\n`);
    io.stdout('\n');
    printIssue(io, plan.title ?? desired.title, plan.body ?? '(body unchanged)');
  } else if (plan.reason === 'closed') {
    io.stdout(`#${plan.number} is closed; rolekit leaves closed onboarding issues alone\n`);
  } else {
    io.stdout(`#${plan.number} is up to date (${plural(plan.kept.length, 'ticked task')})\n`);
  }
  for (const warning of plan.warnings) io.stderr(`warning: ${warning}\n`);
}

async function publish(
  io: Io,
  model: Model,
  desired: DesiredIssue,
  apply: boolean,
  base: string,
): Promise<number> {
  const target = publishTarget(model);
  if ('code' in target) {
    printDiagnostics(io, [target], { base });
    io.stderr('nothing was published\n');
    return 1;
  }
  const where = `${target.owner}/${target.repo}`;
  io.stdout(`${where}: onboarding issue for ${model.person(desired.personId)?.name} (${desired.personId})\n`);
  if (!apply && !io.env['GITHUB_TOKEN']?.trim()) {
    // A dry run without a token still shows the issue; it cannot say whether it exists.
    printPlan(io, planIssue(desired, []), desired);
    io.stdout('dry run: GITHUB_TOKEN is not set, so GitHub was not asked whether the issue exists\n');
    return 0;
  }

  let client: GitHubClient;
  try {
    client = githubFromEnv(io.env, {
      log: {
        warn: (m) => io.stderr(`${m}\n`),
        ...(io.env['ROLEKIT_DEBUG'] ? { debug: (m) => io.stderr(`${m}\n`) } : {}),
      },
    });
  } catch (error) {
    if (error instanceof GitHubConfigError) {
      io.stderr(`error: ${error.message}\n`);
      throw new Exit(2);
    }
    throw error;
  }
  try {
    const result = await publishIssue(client, target, desired, { apply });
    printPlan(io, result.plan, desired);
    const requests = `${plural(result.requests.total, 'request')}, ${plural(result.requests.writes, 'write')}`;
    if (result.unassignable.length > 0)
      io.stderr(
        `warning: GitHub would not assign ${result.unassignable.join(', ')}; the issue has no such assignee\n`,
      );
    if (!apply && result.plan.action !== 'none') {
      io.stdout(`dry run: nothing was written; run with --apply to ${result.plan.action} it (${requests})\n`);
    } else if (result.applied) {
      const verb = result.plan.action === 'create' ? 'created' : 'updated';
      io.stdout(`${verb} #${result.number}${result.url ? ` ${result.url}` : ''} (${requests})\n`);
    } else {
      io.stdout(`nothing to write (${requests})\n`);
    }
    return 0;
  } catch (error) {
    io.stderr(`error: ${where}: ${client.rolekit.describe(error)}\n`);
    if (error instanceof ServiceUnreachableError) {
      io.stderr(`  hint: ${unreachableHint(error.kind, 'GITHUB_API_URL')}\n`);
      io.stderr(
        apply
          ? 'the issue may or may not have been published: run again, rolekit finds it by its marker before writing\n'
          : 'could not compare with GitHub\n',
      );
      return EXIT_UNREACHABLE;
    }
    io.stderr(apply ? 'the issue was not published\n' : 'could not compare with GitHub\n');
    return 1;
  }
}
