import type { Io } from './io.js';

/** An in-memory Io for running the CLI in-process in tests. */
export function memoryIo(options: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
  };
  return {
    io,
    get stdout() {
      return out.join('');
    },
    get stderr() {
      return err.join('');
    },
  };
}
