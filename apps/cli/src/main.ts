#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { registerCodeownersCommands } from './commands/codeowners.js';
import { generate, UsageError } from './commands/generate.js';
import { registerJiraCommands } from './commands/jira.js';
import { registerOnboardingCommands } from './commands/onboarding.js';
import { registerRaciCommands } from './commands/raci.js';
import { validate } from './commands/validate.js';
import { generators } from './generators.js';
import { Exit, type Io, processIo } from './io.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Builds the program; commands record their exit code in `result` instead of exiting the process. */
export function program(io: Io, result: { code: number }): Command {
  const root = new Command('rolekit')
    .description(
      'One role model, every artifact: job descriptions, RACI, CODEOWNERS, Jira schemes, onboarding.',
    )
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  root
    .command('validate')
    .description('check a model directory and print every problem with file:line:column')
    .argument('[dir]', 'model directory', 'model')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (dir: string, opts: { format: 'text' | 'json' }) => {
      result.code = await validate(io, dir, opts);
    });

  root
    .command('generate')
    .description(
      `generate artifacts into OUT/<generator>/ (generators: ${generators.map((g) => g.name).join(', ') || 'none yet'})`,
    )
    .argument('[generators...]', 'generators to run (default: all)')
    .option('-m, --model <dir>', 'model directory', 'model')
    .option('-o, --out <dir>', 'output directory', 'out')
    .option(
      '--check',
      'write nothing; exit 1 listing every artifact that is missing, differs or is stale',
      false,
    )
    .option('-t, --templates <dir>', 'directory of templates that override the defaults')
    .option('-r, --role <id...>', 'only these roles (for generators with one file per role)')
    .option('--option <generator.key=value...>', 'a generator option, e.g. codeowners.flavour=gitlab')
    .option('--cache <dir>', 'remember rendered PDFs here between runs', '.rolekit/cache')
    .option('--no-cache', 'render everything, remember nothing')
    .action(async (names: string[], opts) => {
      result.code = await generate(io, names, opts);
    });

  registerRaciCommands(root, io, result);
  registerCodeownersCommands(root, io, result);
  registerJiraCommands(root, io, result);
  registerOnboardingCommands(root, io, result);
  return root;
}

/** Runs the CLI; returns the exit code: 0 ok, 1 problems found, 2 usage error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const result = { code: 0 };
  try {
    await program(io, result).parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof Exit) return error.code;
    if (error instanceof CommanderError) {
      // --help and --version exit 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return 2;
    }
    // A bug, not bad input: say so briefly; the stack only when asked for.
    io.stderr(`rolekit: internal error: ${(error as Error).message}\n`);
    if (io.env['ROLEKIT_DEBUG']) io.stderr(`${(error as Error).stack ?? ''}\n`);
    io.stderr('please report this with the command you ran\n');
    return 70;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
