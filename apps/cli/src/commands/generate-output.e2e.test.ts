// The output folder under attack and under accident, through the CLI: planted links, files rolekit
// did not write, an --out that is a file, a run killed with SIGKILL while writing, and two runs at
// once (real processes, real signals).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  type FSWatcher,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticOrganisation } from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = fileURLToPath(new URL('../main.ts', import.meta.url));
const JD = ['job-descriptions', '--option', 'job-descriptions.pdf=false', '--no-cache'];

let dir: string;
const run = async (...args: string[]) => {
  const io = memoryIo({ cwd: dir });
  const code = await main(args, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rolekit-out-'));
  cpSync(join(repo, 'model'), join(dir, 'model'), {
    recursive: true,
    filter: (s) => !s.includes('node_modules'),
  });
  // Big enough that writing takes a while: 800 files.
  for (const [file, text] of syntheticOrganisation({ roles: 400, people: 400, repos: 20, activities: 20 })) {
    mkdirSync(dirname(join(dir, 'big', file)), { recursive: true });
    writeFileSync(join(dir, 'big', file), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--out that cannot be used', () => {
  it('a file is a one-line usage error, exit 2, for write and --check', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    for (const check of [[], ['--check']]) {
      const result = await run('generate', ...JD, '--out', 'a-file', ...check);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe("error: --out 'a-file' is a file, not a folder\n");
    }
    const below = await run('generate', ...JD, '--out', 'a-file/sub');
    expect(below.code).toBe(2);
    expect(below.stderr).toBe("error: --out 'a-file/sub' cannot be used: a part of the path is a file\n");
  });
});

describe('a pull request that plants things in out/', () => {
  it('a folder link plus a manifest entry: nothing outside --out is written or deleted', async () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'keep.json'), 'precious');
    const gen = join(dir, 'planted', 'job-descriptions');
    mkdirSync(gen, { recursive: true });
    symlinkSync(elsewhere, join(gen, 'schemes'));
    const hash = createHash('sha256').update('precious').digest('hex');
    writeFileSync(
      join(gen, '.rolekit-manifest.json'),
      JSON.stringify({ generator: 'job-descriptions', files: { 'schemes/keep.json': hash } }),
    );
    const result = await run('generate', ...JD, '--out', 'planted');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error: planted/job-descriptions/schemes is a symbolic link; rolekit never follows links in its output folder: remove it\nnothing was written\n',
    );
    expect(readdirSync(elsewhere)).toEqual(['keep.json']);
    expect(readFileSync(join(elsewhere, 'keep.json'), 'utf8')).toBe('precious');
    expect(readdirSync(gen).sort()).toEqual(['.rolekit-manifest.json', 'schemes']);
  });

  it('a file of the user’s with an output’s name is kept unless --force', async () => {
    const gen = join(dir, 'mine', 'job-descriptions');
    mkdirSync(gen, { recursive: true });
    writeFileSync(join(gen, 'qa-engineer.md'), 'my notes\n');
    const refused = await run('generate', ...JD, '--out', 'mine');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'error: mine/job-descriptions/qa-engineer.md was not written by rolekit (it is not in mine/job-descriptions/.rolekit-manifest.json) and would be overwritten: move it away, or run again with --force to replace it\n',
    );
    expect(readdirSync(gen)).toEqual(['qa-engineer.md']);
    expect(readFileSync(join(gen, 'qa-engineer.md'), 'utf8')).toBe('my notes\n');
    const forced = await run('generate', ...JD, '--out', 'mine', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(gen, 'qa-engineer.md'), 'utf8')).toMatch(/^# QA Engineer\n/);
  });
});

/** The CLI in a process of its own. */
function child(args: string[]): {
  proc: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stderr: string }>;
} {
  const proc = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repo,
    env: { ...process.env, INIT_CWD: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    proc.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { proc, done };
}

/** Calls `act` once a file whose name passes `match` appears in `folder`. */
function when(folder: string, match: (name: string) => boolean, act: () => void): FSWatcher {
  let fired = false;
  const watcher = watch(folder, (_event, name) => {
    if (!fired && name && match(name)) {
      fired = true;
      act();
    }
  });
  return watcher;
}

// Recursive: job descriptions write internal/ beside the candidate files, and a kill can leave both.
const tmpIn = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.rolekit-tmp'))
    .sort();

describe('runs that are killed or overlap', () => {
  it('after kill -9 while writing, --check reports the leftovers and the next run removes them', async () => {
    let leftovers: string[] = [];
    let out = '';
    // The kill lands while temporary files exist; on a very fast disk it may come too late, so try again.
    for (let attempt = 0; attempt < 4 && leftovers.length === 0; attempt++) {
      out = `killed-${attempt}`;
      const gen = join(dir, out, 'job-descriptions');
      mkdirSync(gen, { recursive: true });
      const first = child(['generate', ...JD, '--model', 'big', '--out', out]);
      const watcher = when(
        gen,
        (n) => n.endsWith('.rolekit-tmp') && !n.startsWith('.rolekit-lock'),
        () => first.proc.kill('SIGKILL'),
      );
      const ended = await first.done;
      watcher.close();
      if (ended.signal !== 'SIGKILL') continue;
      leftovers = tmpIn(gen);
    }
    expect(leftovers.length).toBeGreaterThan(0);

    const check = await run('generate', ...JD, '--model', 'big', '--out', out, '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`leftover ${out}/job-descriptions/${leftovers[0]}\n`);
    expect(check.stdout).toMatch(
      new RegExp(
        `job-descriptions: \\d+ missing, \\d+ differ, 0 stale, ${leftovers.length} leftover temporary files`,
      ),
    );

    // The killed run's lock is still there; the next run sees its owner is gone and waits it out.
    const next = await run('generate', ...JD, '--model', 'big', '--out', out);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(
      `removed  ${leftovers.length} temporary file(s) left in ${out}/job-descriptions`,
    );
    const gen = join(dir, out, 'job-descriptions');
    expect(tmpIn(gen)).toEqual([]);
    expect(readdirSync(gen).filter((n) => n.startsWith('.rolekit-lock'))).toEqual([]);
    const after = await run('generate', ...JD, '--model', 'big', '--out', out, '--check');
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('job-descriptions: up to date (1604 files)');
  }, 120_000);

  it('a second run while the first holds the lock is refused, naming the first; the first finishes', async () => {
    const out = 'two-runs';
    const gen = join(dir, out, 'job-descriptions');
    mkdirSync(gen, { recursive: true });
    const first = child(['generate', ...JD, '--model', 'big', '--out', out]);
    // Stop the first run the moment it holds the lock, so the second certainly meets it.
    const stopped = new Promise<void>((resolve) => {
      const watcher = when(
        gen,
        (n) => n === '.rolekit-lock-owner',
        () => {
          first.proc.kill('SIGSTOP');
          watcher.close();
          resolve();
        },
      );
    });
    await stopped;
    try {
      const second = child(['generate', ...JD, '--model', 'model', '--out', out]);
      const result = await second.done;
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `error: ${out}/job-descriptions is being written by another rolekit run (pid ${first.proc.pid} on `,
      );
      expect(result.stderr).toContain('wait for it to finish and run again');
    } finally {
      first.proc.kill('SIGCONT');
    }
    expect((await first.done).code).toBe(0);
    expect(existsSync(join(gen, 'role-0000.md'))).toBe(true);
    expect(existsSync(join(gen, 'qa-engineer.md'))).toBe(false);
    const check = await run('generate', ...JD, '--model', 'big', '--out', out, '--check');
    expect(check.stdout).toContain('job-descriptions: up to date (1604 files)');
  }, 120_000);
});
