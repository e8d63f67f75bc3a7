// The conventions every rolekit command follows, in one place so that new commands cannot drift:
//   - a command that reads a model takes `-m, --model <dir>` (modelOption);
//   - a command that changes a service shows its plan by default and changes the service only with
//     `--apply` (applyOption);
//   - a name that is not in the model (role, person, activity, repository, generator) is a usage
//     error with a did-you-mean (unknownName);
//   - every --help ends with two or three examples (examples).
import { didYouMean } from '@rolekit/model';
import type { Command } from 'commander';

/** A mistake in how the command was called: printed as `error: ...`, exit 2. */
export class UsageError extends Error {}

export const DEFAULT_MODEL_DIR = 'model';

/** `-m, --model <dir>`: the model directory, for every command that reads a model. */
export function modelOption(command: Command): Command {
  return command.option('-m, --model <dir>', 'model directory', DEFAULT_MODEL_DIR);
}

/**
 * `--apply`: without it a command that changes a service only shows what it would change. `what`
 * says what applying does, e.g. 'open or update one pull request per repository'.
 */
export function applyOption(command: Command, what: string): Command {
  return command.option('--apply', `change the service: ${what} (without --apply: a dry run)`, false);
}

/** Two or three examples at the end of the command's --help, each `[command line, what it does]`. */
export function examples(command: Command, lines: ReadonlyArray<readonly [string, string]>): Command {
  const width = Math.max(...lines.map(([line]) => line.length));
  const text = lines.map(([line, what]) => `  $ ${line.padEnd(width)}  # ${what}`).join('\n');
  return command.addHelpText('after', `\nExamples:\n${text}\n`);
}

/**
 * The usage error for a name that is not there, with the closest existing one:
 * "unknown role 'qa-enginer'; did you mean 'qa-engineer'?". With no close match it says how many
 * there are, or where they are listed (`where`).
 */
export function unknownName(
  kind: string,
  name: string,
  candidates: Iterable<string>,
  where?: string,
): UsageError {
  const all = [...candidates];
  const suggestion = didYouMean(name, all);
  const plural = kind === 'person' ? 'people' : kind.endsWith('y') ? `${kind.slice(0, -1)}ies` : `${kind}s`;
  const fallback =
    all.length === 0 ? ` (the model has no ${plural})` : where ? ` (${where})` : ` (${all.length} ${plural})`;
  return new UsageError(`unknown ${kind} '${name}'${suggestion || fallback}`);
}
