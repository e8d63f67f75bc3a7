// `rolekit preview --open`: the real command in its own process opens the URL it serves with the
// `open` library. $BROWSER names the program to open it with; here a script that writes down what
// it was given, so no real browser starts and the test can follow the URL to the running server.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleModelDir } from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../testing.js';
import { openBrowser } from './preview.js';

const cli = fileURLToPath(new URL('../main.ts', import.meta.url));
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolekit-preview-open-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rolekit preview --open', () => {
  it('opens the URL it serves, once, in the program $BROWSER names; Ctrl-C still stops it cleanly', async () => {
    const opened = join(dir, 'opened.txt');
    const browser = join(dir, 'fake-browser.sh');
    await writeFile(browser, `#!/bin/sh\nprintf '%s\\n' "$@" >> "${opened}"\n`);
    await chmod(browser, 0o755);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, 'preview', '--open', '--port', '0', '--model', exampleModelDir, '--out', dir],
      { cwd: repo, env: { ...process.env, BROWSER: browser }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await expect
        .poll(() => readFile(opened, 'utf8').catch(() => ''), { timeout: 150_000, interval: 250 })
        .toMatch(/\n$/);
      const urls = (await readFile(opened, 'utf8')).trim().split('\n');
      const served = stdout.match(/preview: serving (\S+) /)?.[1];
      expect(served).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/site\/$/);
      expect(urls).toEqual([served]);
      // The URL leads to the site the preview serves.
      const home = await fetch(urls[0]!);
      expect(home.status).toBe(200);
      expect(await home.text()).toMatch(/<h1 dir="auto">Example Corp<\/h1>/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await closed).toBe(0);
    expect(stderr).toBe('');
  }, 180_000);

  it('says where to go when the browser cannot be started, and does not fail', async () => {
    const run = memoryIo({ env: { BROWSER: join(dir, 'no-such-browser') } });
    await openBrowser(run.io, 'http://127.0.0.1:4173/site/');
    expect(run.stderr).toMatch(
      /^preview: could not open a browser \(.*ENOENT.*\); open http:\/\/127\.0\.0\.1:4173\/site\/\n$/,
    );
  });
});
