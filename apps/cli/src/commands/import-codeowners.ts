import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CODEOWNERS_MAX_BYTES, type Flavour } from '@rolekit/codeowners';
import {
  type CodeownersSource,
  compareOwners,
  generatedCodeowners,
  type ImportProblem,
  importCodeowners,
  type Known,
  parseCodeowners,
  pathsToProve,
} from '@rolekit/import';
import type { Diagnostic } from '@rolekit/model';
import type { Io } from '../io.js';
import { displayPath } from '../model.js';
import { type CodeownersCliOptions, type Gathered, repositoryOf } from './import.js';

/** Reads local files (and, with --repo, GitHub), imports them and proves the result before writing. */
export async function gatherCodeowners(
  io: Io,
  files: readonly string[],
  opts: CodeownersCliOptions,
  known: Known,
): Promise<Gathered> {
  const problems: ImportProblem[] = [];
  const sources: CodeownersSource[] = [];
  if (files.length === 0 && !opts.repo?.length)
    return {
      fragments: [],
      notCarried: [],
      problems: [
        {
          file: '(arguments)',
          line: 0,
          message: 'no CODEOWNERS file and no --repo',
          hint: 'name files, or --repo OWNER/NAME',
        },
      ],
    };
  if (opts.repository && files.length + (opts.repo?.length ?? 0) !== 1)
    problems.push({
      file: '(arguments)',
      line: 0,
      message: '--repository names the repository of one file only',
      hint: 'import one file with --repository, or let each file’s folder name its repository',
    });
  const texts: Array<{ repository: string; file: string; text: string }> = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    try {
      texts.push({
        repository: opts.repository ?? repositoryOf(path),
        file: displayPath(io, path),
        text: await readFile(path, 'utf8'),
      });
    } catch (error) {
      problems.push({
        file: displayPath(io, path),
        line: 0,
        message: `cannot read (${(error as NodeJS.ErrnoException).code})`,
        hint: 'check the path',
      });
    }
  }
  if (opts.repo?.length) {
    const { readRemoteCodeowners } = await import('./import-github.js');
    const remote = await readRemoteCodeowners(io, opts.repo);
    problems.push(...remote.problems);
    texts.push(...remote.files.map((f) => ({ ...f, repository: opts.repository ?? f.repository })));
  }
  for (const { repository, file, text } of texts) {
    // GitHub ignores such a file, and the import's overlap checks grow with the square of its rules.
    const bytes = Buffer.byteLength(text);
    if (bytes >= CODEOWNERS_MAX_BYTES) {
      problems.push({
        file,
        line: 1,
        message: `${bytes.toLocaleString('en-US')} bytes: GitHub ignores a CODEOWNERS file of 3 MB or more`,
        hint: 'split the rules by repository, or use wider patterns, then import again',
      });
      continue;
    }
    const parsed = parseCodeowners(text, file);
    problems.push(...parsed.problems);
    sources.push({ repository, parsed: parsed.parsed });
  }
  let given: string[] = [];
  if (opts.paths) {
    try {
      given = (await readFile(resolve(io.cwd, opts.paths), 'utf8')).split(/\r?\n/).filter(Boolean);
    } catch (error) {
      problems.push({
        file: opts.paths,
        line: 0,
        message: `cannot read (${(error as NodeJS.ErrnoException).code})`,
        hint: 'check the path',
      });
    }
  }
  if (problems.length > 0) return { fragments: [], problems, notCarried: [] };
  const imported = importCodeowners(sources, known, opts.org ? { org: opts.org } : {});
  const flavour: Flavour = imported.gitlab ? 'gitlab' : 'github';
  const notCarried = [
    ...imported.kept.map(
      (k) => `${k.file}:${k.line}: kept by hand outside the managed block: ${k.text} (${k.reason})`,
    ),
    ...imported.dropped.map(
      (k) => `${k.file}:${k.line}: not imported, it never decides an owner: ${k.text} (${k.reason})`,
    ),
  ];
  const notes = imported.gitlab
    ? ['GitLab sections found: generate with --option codeowners.flavour=gitlab']
    : [];
  return {
    fragments: [imported.fragment],
    problems: imported.problems,
    notCarried,
    notes,
    prove: (model) => {
      const warnings: Diagnostic[] = [];
      for (const source of sources) {
        const skeleton = imported.fragment.outputs.find(
          (o) => o.path === `codeowners/${source.repository}/CODEOWNERS`,
        )?.text;
        if (skeleton === undefined) continue;
        const generated = generatedCodeowners(model, flavour, source.repository, skeleton);
        const paths = pathsToProve(source.parsed, given);
        const differences = compareOwners(source.parsed, generated, paths);
        notes.push(
          differences.length === 0
            ? `${source.repository}: owners of ${paths.length} paths checked, all as before`
            : `${source.repository}: owners of ${differences.length} of ${paths.length} paths differ`,
        );
        for (const d of differences.slice(0, 20))
          warnings.push({
            code: 'RK163',
            severity: 'warning',
            message: `${source.repository}: '${d.path}' was owned by ${d.before || 'nobody'}, would be owned by ${d.after || 'nobody'}`,
            hint: 'keep the rule by hand after the END marker, or report this as a bug',
            file: source.parsed.file,
          });
      }
      return warnings;
    },
  };
}
