#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OutputError } from '@rolekit/core';
import { Command, CommanderError, Option } from 'commander';
import { generate } from './commands/generate.js';
import { validate } from './commands/validate.js';
import { examples, modelOption, UsageError } from './conventions.js';
import { generatorNames, optionSummary } from './generators.js';
import { Exit, type Io, processIo } from './io.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

type Register = (root: Command, io: Io, result: { code: number }) => void;

// Each group's module loads its packages (pdf-lib, octokit, jira.js) as it is imported, so a run
// imports only the group it runs: one `rolekit generate <generator>` per turbo task starts sooner.
const commandGroups: Record<string, () => Promise<Register>> = {
  raci: async () => (await import('./commands/raci.js')).registerRaciCommands,
  codeowners: async () => (await import('./commands/codeowners.js')).registerCodeownersCommands,
  jira: async () => {
    const { registerJiraCommands } = await import('./commands/jira.js');
    const { registerJiraActorsCommand } = await import('./commands/access.js');
    return (root, io, result) => {
      registerJiraCommands(root, io, result);
      registerJiraActorsCommand(root, io, result);
    };
  },
  github: async () => (await import('./commands/access.js')).registerGithubCommands,
  audit: async () => (await import('./commands/audit.js')).registerAuditCommand,
  onboarding: async () => (await import('./commands/onboarding.js')).registerOnboardingCommands,
  import: async () => (await import('./commands/import.js')).registerImportCommands,
};

/** The command groups `argv` needs: the one it names, none for init, generate or validate, all otherwise (help, typos). */
function groupsFor(argv: readonly string[] | undefined): string[] {
  const command = argv?.find((a) => !a.startsWith('-'));
  if (
    command === 'generate' ||
    command === 'validate' ||
    command === 'init' ||
    command === 'merge-shards' ||
    command === 'preview'
  )
    return [];
  if (command !== undefined && command in commandGroups) return [command];
  return Object.keys(commandGroups);
}

/**
 * Builds the program for `argv` (every command when omitted); commands record their exit code in
 * `result` instead of exiting the process.
 */
export async function program(io: Io, result: { code: number }, argv?: readonly string[]): Promise<Command> {
  const root = new Command('rolekit')
    .description(
      'One role model, every artifact: job descriptions, RACI, CODEOWNERS, Jira schemes, onboarding.',
    )
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  examples(root, [
    ['rolekit init', 'start: a model to edit, a .gitignore and a CI workflow'],
    ['rolekit generate', 'check model/, then write every artifact into out/'],
    ['rolekit codeowners sync --help', 'every command has its own help and examples'],
  ]);

  const initCommand = root
    .command('init')
    .description('start a model repository: a small commented model to edit, a .gitignore and a CI workflow')
    .argument('[dir]', 'the repository folder (default: the current folder); the model goes to DIR/model')
    .option('--example', 'write the full example organisation instead of the small model', false)
    .option('--force', 'overwrite files that already exist (default: refuse and name them)', false)
    .action(async (dir: string | undefined, opts: { example: boolean; force: boolean }) => {
      const { init } = await import('./commands/init.js');
      result.code = await init(io, dir ?? '.', opts);
    });
  examples(initCommand, [
    ['rolekit init', 'model/, .gitignore and .github/workflows/rolekit.yml here'],
    ['rolekit init org-model', 'the same in a new folder org-model/'],
    ['rolekit init --example', 'the full example organisation, to read or start from'],
  ]);

  const validateCommand = root
    .command('validate')
    .description('check a model directory and print every problem with file:line:column')
    .argument('[dir]', 'model directory (the same as --model; default: model)');
  modelOption(validateCommand)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(
      async (dir: string | undefined, opts: { model: string; format: 'text' | 'json' }, command: Command) => {
        const fromFlag = command.getOptionValueSource('model') === 'cli';
        if (dir !== undefined && fromFlag && dir !== opts.model)
          throw new UsageError(`give the model directory once: '${dir}' or --model '${opts.model}'`);
        result.code = await validate(io, dir ?? opts.model, opts);
      },
    );
  examples(validateCommand, [
    ['rolekit validate', 'check model/'],
    ['rolekit validate --model ../org-model', 'check another directory (or: rolekit validate ../org-model)'],
    ['rolekit validate --format json', 'the same diagnostics, for machines'],
  ]);

  const generateCommand = root
    .command('generate')
    .description(`generate artifacts into OUT/<generator>/ (generators: ${generatorNames.join(', ')})`)
    .argument('[generators...]', 'generators to run (default: all)');
  modelOption(generateCommand)
    .option('-o, --out <dir>', 'output directory', 'out')
    .option(
      '--check',
      'write nothing; exit 1 listing every artifact that is missing, differs or is stale',
      false,
    )
    .option('--force', 'overwrite files that have an output’s name but that rolekit did not write', false)
    .option('-t, --templates <dir>', 'directory of templates that override the defaults')
    .option('-r, --role <id...>', 'only these roles (for generators with one file per role)')
    .option(
      '--option <generator.key=value...>',
      `a generator option, e.g. codeowners.flavour=gitlab (${optionSummary()}; docs/generators.md)`,
    )
    .option('--cache <dir>', 'remember rendered PDFs here between runs', '.rolekit/cache')
    .option('--no-cache', 'render everything, remember nothing')
    .option(
      '--shard <i/n>',
      'make only shard I of N (by a hash of each role), for N machines; join them with merge-shards',
    )
    .action(async (names: string[], opts) => {
      result.code = await generate(io, names, opts);
    });
  examples(generateCommand, [
    ['rolekit generate', 'every generator, into out/'],
    ['rolekit generate job-descriptions --role qa-engineer', 'one generator, one role'],
    ['rolekit generate --check', 'in CI: exit 1 when out/ is not what the model gives'],
  ]);

  const mergeCommand = root
    .command('merge-shards')
    .description(
      'join the folders of every shard of one run (generate --shard I/N) into one output folder, byte for byte what one machine makes',
    )
    .argument('<folders...>', "each shard's --out folder")
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--force', 'overwrite files that have an output’s name but that rolekit did not write', false)
    .action(async (folders: string[], opts: { out: string; force: boolean }) => {
      const { mergeShards } = await import('./commands/merge-shards.js');
      result.code = await mergeShards(io, folders, opts);
    });
  examples(mergeCommand, [
    ['rolekit merge-shards shard-1 shard-2 shard-3 shard-4', "four machines' shards into out/"],
    ['rolekit merge-shards shards/* --out site', 'every downloaded shard into site/'],
  ]);

  const previewCommand = root
    .command('preview')
    .description(
      'serve the site on this machine and build it again when a model or template file changes; open pages reload',
    );
  modelOption(previewCommand)
    .option('-p, --port <port>', 'port to listen on (0: any free port)', '4173')
    .option('--host <host>', 'address to listen on (default: this machine only)', '127.0.0.1')
    .option('-t, --templates <dir>', 'directory of templates that override the defaults')
    .option('--option <generator.key=value...>', 'a site option, e.g. site.mode=public')
    .option(
      '-o, --out <dir>',
      'where rolekit generate wrote the downloads (PDF, CSV) the site links to',
      'out',
    )
    .option('--open', 'open the site in your browser once it is served ($BROWSER names another program)')
    .action(
      async (opts: {
        model: string;
        port: string;
        host: string;
        templates?: string;
        option?: string[];
        out: string;
        open?: boolean;
      }) => {
        const { preview } = await import('./commands/preview.js');
        if (!/^\d+$/.test(opts.port))
          throw new UsageError(`--port must be a number from 0 to 65535, not '${opts.port}'`);
        result.code = await preview(io, { ...opts, port: Number(opts.port) });
      },
    );
  examples(previewCommand, [
    ['rolekit preview', 'serve the site of model/ at http://127.0.0.1:4173/site/'],
    ['rolekit preview --model ../org-model --port 8080', 'another model, another port'],
    ['rolekit preview --templates my-templates/', 'your own templates, rebuilt as you edit them too'],
  ]);

  for (const group of groupsFor(argv)) (await commandGroups[group]!())(root, io, result);
  return root;
}

/** Runs the CLI; returns the exit code: 0 ok, 1 problems found, 2 usage error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const result = { code: 0 };
  try {
    await (await program(io, result, argv)).parseAsync([...argv], { from: 'user' });
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
    if (error instanceof OutputError) {
      io.stderr(`error: ${error.message}\n`);
      return 1;
    }
    // A bug, not bad input: say so briefly; the stack only when asked for.
    io.stderr(`rolekit: internal error: ${(error as Error).message}\n`);
    if (io.env['ROLEKIT_DEBUG']) io.stderr(`${(error as Error).stack ?? ''}\n`);
    io.stderr('please report this with the command you ran\n');
    return 70;
  }
}

/** Run as a program (also through node_modules/.bin/rolekit, a link), not imported by a test. */
function invokedDirectly(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (invokedDirectly()) {
  // `rolekit --help | head`: the reader closed the pipe. Stop quietly, as other command-line tools
  // do, rather than crash with an unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
