// `rolekit --help | head -1`: the reader goes away after one line; rolekit must stop quietly.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./main.ts', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('a closed pipe on stdout', () => {
  it('ends the run quietly, with no EPIPE error', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--help'], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Close our end before the help arrives, as `head` does once it has its line.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);
});
