// Model text that tries to repaint the terminal or forge CI log lines: ESC sequences, CR, newlines
// followed by `::error::`, bidi overrides, in values and in file names. Nothing reaches the output raw.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

const base = fileURLToPath(new URL('../../../packages/model/test/base/', import.meta.url));
const cli = fileURLToPath(new URL('./main.ts', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
// A folder name that itself holds ESC, a newline and a forged command.
const evilDir = 'model\u001b[2J\n::error::folder';
const evilFile = 'roles/x\u001b]0;pwned\u0007\n::error file=a::name.yaml';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rolekit-escape-'));
  cpSync(base, join(dir, evilDir), { recursive: true });
  const tester = join(dir, evilDir, 'roles', 'tester.yaml');
  writeFileSync(
    tester,
    readFileSync(tester, 'utf8').replace(
      'reportsTo: lead',
      'reportsTo: "\\e[2J\\e[H\\r\\n::error::model valid\\u202e\\u0085"',
    ),
  );
  writeFileSync(join(dir, evilDir, evilFile), 'id: x\ntitle: X\nfamily: engineering\nsummary: X.\n');
});

/** No escape sequence, CR, C1 or bidi control, and no line GitHub Actions would take as a command. */
function expectInert(text: string) {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(text.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
}

describe('control characters from the model', () => {
  it('are escaped in text diagnostics: values and file names', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['validate', evilDir], io.io)).toBe(1);
    expectInert(io.stderr);
    expect(io.stderr).toContain(
      "'reportsTo' '\\u001b[2J\\u001b[H\\r\\n::error::model valid\\u202e\\u0085' is not valid",
    );
    expect(io.stderr).toContain('roles/x\\u001b]0;pwned\\u0007\\n::error file=a::name.yaml');
  });

  it('round-trip through JSON diagnostics, which stay inert on a terminal', async () => {
    const io = memoryIo({ cwd: dir });
    await main(['validate', evilDir, '--format', 'json'], io.io);
    expectInert(io.stdout);
    const parsed = JSON.parse(io.stdout) as { diagnostics: Array<{ message: string; file: string }> };
    expect(parsed.diagnostics.map((d) => d.message)).toContain(
      "'reportsTo' '\u001b[2J\u001b[H\r\n::error::model valid\u202e\u0085' is not valid",
    );
  });

  it('never reach a real process’s output raw, whatever the command prints (folder names too)', async () => {
    let stdout = '';
    let stderr = '';
    try {
      await promisify(execFile)(process.execPath, ['--import', 'tsx', cli, 'validate', join(dir, evilDir)], {
        cwd: repo,
        env: { ...process.env, INIT_CWD: dir },
      });
    } catch (error) {
      ({ stdout, stderr } = error as { stdout: string; stderr: string });
    }
    expectInert(stdout + stderr);
    // The summary line names the folder, escaped too.
    expect(stderr).toContain('model\\u001b[2J\\n::error::folder');
  }, 60_000);
});
