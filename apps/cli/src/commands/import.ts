import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Fragment, ImportProblem, Known, MergeResult } from '@rolekit/import';
import type { Diagnostic, Model } from '@rolekit/model';
import type { Command } from 'commander';
import { examples, modelOption } from '../conventions.js';
import { printDiagnostics } from '../diagnostics.js';
import type { Io } from '../io.js';
import { displayPath } from '../model.js';

interface CommonOptions {
  model: string;
  out: string;
  force: boolean;
  date?: string;
  name?: string;
}

/** What a source gave: fragments to merge, or problems (then nothing is written). */
export interface Gathered {
  fragments: Fragment[];
  problems: ImportProblem[];
  /** What could not be carried over into the model, one line each. */
  notCarried: string[];
  /** Checks the merged model before anything is written; returns warnings. */
  prove?: (model: Model) => Diagnostic[];
  /** Extra lines for the report. */
  notes?: string[];
}

const today = () => new Date().toISOString().slice(0, 10);

const asDiagnostic = (p: ImportProblem): Diagnostic => ({
  code: 'RK160',
  severity: 'error',
  message: p.message,
  hint: p.hint,
  file: p.file,
  line: p.line,
  ...(p.column !== undefined ? { column: p.column } : {}),
});

function common(command: Command): Command {
  return modelOption(command)
    .option('-o, --out <dir>', 'output folder (CODEOWNERS skeletons go to OUT/codeowners/)', 'out')
    .option('--force', 'replace what the folder already has (a repository, a group, a scheme)', false)
    .option('--date <yyyy-mm-dd>', 'the date of a new organisation.yaml (default: today)')
    .option('--name <organisation>', 'the name of a new organisation.yaml', 'Imported organisation');
}

/** Registers `rolekit import ...`. */
export function registerImportCommands(root: Command, io: Io, result: { code: number }): void {
  const group = examples(
    root
      .command('import')
      .description(
        'start a model from what the organisation has (CODEOWNERS files, GitHub teams, Jira schemes, RACI sheets): adds to the model folder, refuses to replace without --force, writes all or nothing',
      ),
    [
      ['rolekit import codeowners platform-api/.github/CODEOWNERS', 'rules, roles for teams, people'],
      ['rolekit import raci raci.csv --x-means R', 'activities from a RACI sheet'],
      ['rolekit import jira --model model', 'permission schemes from the Jira site'],
    ],
  );

  const codeowners = common(
    group
      .command('codeowners')
      .description('CODEOWNERS files (or repositories on GitHub) -> codeowners.yaml rules, roles and people')
      .argument(
        '[files...]',
        'CODEOWNERS files; a file’s repository is its folder’s name (above .github/ or docs/)',
      )
      .option(
        '--repo <owner/name...>',
        'read the CODEOWNERS of these repositories from GitHub (GITHUB_TOKEN)',
      )
      .option('--repository <name>', 'the repository name for a single file')
      .option(
        '--org <org>',
        'the GitHub organisation the teams belong to (default: the model’s, else the first team’s)',
      )
      .option('--paths <file>', 'a list of the repository’s paths, one a line, to prove the import against'),
  );
  examples(codeowners, [
    [
      'rolekit import codeowners platform-api/.github/CODEOWNERS --model model',
      'one repository, named by its folder',
    ],
    [
      'rolekit import codeowners CODEOWNERS --repository web-app --paths files.txt',
      'prove against the repository’s files',
    ],
  ]).action(async (files: string[], opts: CommonOptions & CodeownersCliOptions) => {
    const { gatherCodeowners } = await import('./import-codeowners.js');
    result.code = await runImport(io, opts, (known) => gatherCodeowners(io, files, opts, known));
  });

  const github = common(
    group
      .command('github')
      .description(
        'a GitHub organisation’s teams (with parent teams), members and maintainers -> roles and people (GITHUB_TOKEN)',
      )
      .requiredOption('--org <org>', 'the GitHub organisation'),
  );
  examples(github, [
    ['rolekit import github --org example-org', 'a role per team, a person per member'],
    ['rolekit import github --org example-org --model model', 'add the teams to an existing model'],
  ]).action(async (opts: CommonOptions & { org: string }) => {
    const { gatherGitHub } = await import('./import-github.js');
    const { githubSafeIo } = await import('../io.js');
    const safe = githubSafeIo(io);
    result.code = await runImport(safe, opts, (known) => gatherGitHub(safe, opts.org, known));
  });

  const jira = common(
    group
      .command('jira')
      .description(
        'a Jira site’s permission schemes, grants and projects -> jira.yaml, and roles for the project roles and groups (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN)',
      ),
  );
  examples(jira, [
    ['rolekit import jira --model model', 'schemes, grants, project roles and groups'],
    ['rolekit import jira --model model --force', 'replace the schemes jira.yaml has'],
  ]).action(async (opts: CommonOptions) => {
    const { gatherJira, jiraSafeIo } = await import('./import-jira.js');
    const safe = jiraSafeIo(io);
    result.code = await runImport(safe, opts, (known) => gatherJira(safe, known));
  });

  const raci = common(
    group
      .command('raci')
      .description('a RACI table (CSV or Markdown; activities as rows, roles as columns) -> activities.yaml')
      .argument('<file>', 'the table: .csv, or .md with pipe tables')
      .option('--x-means <letter>', 'what an X in a cell stands for (R, A, C or I)')
      .option('--group <title>', 'the activity group for rows without one (default: the file’s name)'),
  );
  examples(raci, [
    ['rolekit import raci raci.csv --model model', 'match columns to the model’s roles by title'],
    ['rolekit import raci matrix.md --x-means R --group Releases', 'Markdown tables; X means R'],
  ]).action(async (file: string, opts: CommonOptions & { xMeans?: string; group?: string }) => {
    result.code = await runImport(io, opts, (known) => gatherRaci(io, file, opts, known));
  });
}

export interface CodeownersCliOptions {
  repo?: string[];
  repository?: string;
  org?: string;
  paths?: string;
}

async function gatherRaci(
  io: Io,
  file: string,
  opts: { xMeans?: string; group?: string },
  known: Known,
): Promise<Gathered> {
  const { importRaci, readCsv, readMarkdown } = await import('@rolekit/import');
  const path = resolve(io.cwd, file);
  const shown = displayPath(io, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      fragments: [],
      notCarried: [],
      problems: [
        {
          file: shown,
          line: 0,
          message: `cannot read (${(error as NodeJS.ErrnoException).code})`,
          hint: 'check the path',
        },
      ],
    };
  }
  const markdown = /\.(md|markdown)$/i.test(file);
  const read = markdown ? readMarkdown(text, shown) : readCsv(text, shown);
  if (read.problems.length > 0) return { fragments: [], notCarried: [], problems: read.problems };
  const groupTitle = opts.group ?? basename(file, extname(file));
  const imported = importRaci(read.tables, shown, known, {
    group: groupTitle,
    ...(opts.xMeans ? { x: opts.xMeans } : {}),
    ...(known.raciLetters ? { letters: known.raciLetters } : {}),
  });
  return {
    fragments: [imported.fragment],
    problems: imported.problems,
    notCarried: [],
    notes: imported.matched.map((m) => `column ${m}`),
  };
}

/** Repository name of a local CODEOWNERS file: its folder's, above .github/, docs/ or .gitlab/. */
export function repositoryOf(file: string): string {
  const name = basename(file);
  if (!/^CODEOWNERS$/i.test(name)) return name.replace(/\.?CODEOWNERS$/i, '').replace(/\.[^.]*$/, '') || name;
  let dir = dirname(resolve(file));
  if (['.github', 'docs', '.gitlab'].includes(basename(dir))) dir = dirname(dir);
  return basename(dir);
}

/** Gathers, merges, checks and writes; prints what it did. Exit 0 written, 1 bad input, 2 usage. */
export async function runImport(
  io: Io,
  opts: CommonOptions,
  gather: (known: Known) => Promise<Gathered>,
): Promise<number> {
  const { ImportWriteError, mergeFragments, readKnown, writeChanges } = await import('@rolekit/import');
  const dir = resolve(io.cwd, opts.model);
  const out = resolve(io.cwd, opts.out);
  const base = displayPath(io, dir);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
    io.stderr(`error: --date '${opts.date}' is not YYYY-MM-DD\n`);
    return 2;
  }
  const known = await readKnown(dir);
  const gathered = await gather(known);
  if (gathered.problems.length > 0) {
    printDiagnostics(io, gathered.problems.map(asDiagnostic));
    io.stderr(
      `${gathered.problems.length} problem${gathered.problems.length === 1 ? '' : 's'} in the input; nothing was written\n`,
    );
    return 1;
  }
  const merged: MergeResult = await mergeFragments(dir, out, gathered.fragments, {
    force: opts.force,
    date: opts.date ?? today(),
    organisationName: opts.name ?? 'Imported organisation',
  });
  if (merged.conflicts.length > 0) {
    printDiagnostics(
      io,
      merged.conflicts.map((message) => ({
        code: 'RK161',
        severity: 'error' as const,
        message,
        hint: 'import into a new folder, or pass --force to replace',
      })),
    );
    io.stderr('nothing was written\n');
    return 1;
  }
  if (!merged.model) {
    printDiagnostics(io, merged.diagnostics, { base });
    io.stderr(`${base}: the import would leave an invalid model (above); nothing was written\n`);
    return 1;
  }
  const warnings = gathered.prove ? gathered.prove(merged.model) : [];
  try {
    await writeChanges(dir, out, merged.changes);
  } catch (error) {
    if (!(error instanceof ImportWriteError)) throw error;
    io.stderr(`error: ${error.message}\n`);
    return 1;
  }
  if (warnings.length > 0) printDiagnostics(io, warnings);
  const shown = (path: string) =>
    path.startsWith('out:') ? displayPath(io, resolve(out, path.slice(4))) : `${base}/${path}`;
  const lines: string[] = [];
  for (const change of merged.changes) lines.push(`${change.action} ${shown(change.path)}`);
  if (merged.changes.length === 0) lines.push(`nothing to change in ${base}`);
  for (const line of merged.log) lines.push(`  ${line}`);
  for (const note of gathered.notes ?? []) lines.push(`  ${note}`);
  if (gathered.notCarried.length > 0) {
    lines.push(`not carried over (${gathered.notCarried.length}):`);
    for (const line of gathered.notCarried) lines.push(`  ${line}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
