import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const base = join(repo, 'packages/model/test/base');

function brokenModel(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-validate-'));
  cpSync(base, dir, { recursive: true });
  writeFileSync(
    join(dir, 'roles/tester.yaml'),
    'id: tester\ntitle: Tester\nfamily: engineering\nsummary: Tests.\njira:\n  projectRole: Testers\npartners:\n  - role: qa-lead\n',
  );
  return dir;
}

describe('rolekit validate', () => {
  it('passes on the example organisation with exit 0 and a summary', async () => {
    const run = memoryIo({ cwd: repo });
    expect(await main(['validate'], run.io)).toBe(0);
    expect(run.stdout).toMatch(
      /^model: valid \(23 roles, \d+ people, \d+ activities, \d+ repositories, \d+ policies\); 0 errors, 0 warnings in \d+ ms\n$/,
    );
    expect(run.stderr).toBe('');
  });

  it('prints every problem like a compiler and exits 1', async () => {
    const dir = brokenModel();
    const run = memoryIo({ cwd: dir });
    expect(await main(['validate', '.'], run.io)).toBe(1);
    expect(run.stderr).toBe(
      [
        "roles/tester.yaml:8:11 error RK012 unknown role 'qa-lead' in partners",
        '  hint: use the id of a file under roles/ (4 roles defined)',
        '.: invalid; 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('gives machines JSON with file, line and column', async () => {
    const dir = brokenModel();
    const run = memoryIo({ cwd: dir });
    expect(await main(['validate', '.', '--format', 'json'], run.io)).toBe(1);
    const parsed = JSON.parse(run.stdout) as { diagnostics: unknown[]; summary: { errors: number } };
    expect(parsed.summary.errors).toBe(1);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RK012',
        file: 'roles/tester.yaml',
        line: 8,
        column: 11,
        severity: 'error',
      }),
    ]);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const dir = brokenModel();
    const tty = memoryIo({ cwd: dir, isTTY: true });
    await main(['validate', '.'], tty.io);
    expect(tty.stderr).toContain('\u001b[');
    const noColour = memoryIo({ cwd: dir, isTTY: true, env: { NO_COLOR: '1' } });
    await main(['validate', '.'], noColour.io);
    expect(noColour.stderr).not.toContain('\u001b[');
    const pipe = memoryIo({ cwd: dir });
    await main(['validate', '.'], pipe.io);
    expect(pipe.stderr).not.toContain('\u001b[');
  });

  it('exits 2 on usage errors and 0 on --help and --version', async () => {
    const bad = memoryIo();
    expect(await main(['validate', '--format', 'xml'], bad.io)).toBe(2);
    expect(bad.stderr).toContain("argument 'xml' is invalid");
    expect(await main(['frobnicate'], memoryIo().io)).toBe(2);
    const help = memoryIo();
    expect(await main(['validate', '--help'], help.io)).toBe(0);
    expect(help.stdout).toContain('Usage: rolekit validate [options] [dir]');
    const version = memoryIo();
    expect(await main(['--version'], version.io)).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('says so when the directory does not exist', async () => {
    const run = memoryIo({ cwd: tmpdir() });
    expect(await main(['validate', 'no-such-model'], run.io)).toBe(1);
    expect(run.stderr).toContain('error RK006 model directory');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
