import { type Colours, redact, terminalSafe } from '@rolekit/core';
import pc from 'picocolors';

/** Everything a command may touch of the outside world, so commands can be run in-process by tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal: colour and progress only then. */
  isTTY: boolean;
}

export function processIo(): Io {
  return {
    // The last line of defence: whatever a command prints, no control character from the model
    // reaches the terminal or the CI log raw.
    stdout: (t) => process.stdout.write(terminalSafe(t, Boolean(process.stdout.isTTY))),
    stderr: (t) => process.stderr.write(terminalSafe(t, Boolean(process.stderr.isTTY))),
    env: process.env,
    // `pnpm rolekit` runs in the workspace root; INIT_CWD is where the user typed it, so that
    // relative paths mean what they meant there.
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org). */
export function coloursFor(io: Io): Colours {
  const enabled =
    io.isTTY && !('NO_COLOR' in io.env && io.env['NO_COLOR'] !== '') && io.env['TERM'] !== 'dumb';
  const c = pc.createColors(enabled);
  return { red: c.red, yellow: c.yellow, dim: c.dim, bold: c.bold };
}

/** Thrown by commands for a clean exit with a code; main() turns it into the process exit code. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** An Io through which no secret can be printed, whatever a message holds. */
export function redactingIo(io: Io, secrets: readonly string[]): Io {
  return {
    ...io,
    stdout: (t) => io.stdout(redact(t, secrets)),
    stderr: (t) => io.stderr(redact(t, secrets)),
  };
}

/** For the commands that talk to GitHub: GITHUB_TOKEN is never printed. */
export function githubSafeIo(io: Io): Io {
  const token = io.env['GITHUB_TOKEN']?.trim();
  return redactingIo(io, token ? [token] : []);
}
