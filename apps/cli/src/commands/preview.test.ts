// `rolekit preview` in a real browser: HR edits a role's YAML and sees the page change as they save.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleModelDir } from '@rolekit/testing';
import { type Browser, launchChromium, openPage } from '@rolekit/testing/browser';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../testing.js';
import { injectClient, type Preview, startPreview } from './preview.js';

const target = { generator: 'site', page: 'roles/qa-engineer.html' };
let browser: Browser;
let dir: string;
let preview: Preview;
const run = memoryIo();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolekit-preview-test-'));
  await cp(exampleModelDir, join(dir, 'model'), { recursive: true });
  run.io.cwd = dir;
  [browser, preview] = await Promise.all([
    launchChromium(),
    startPreview(run.io, {
      model: 'model',
      port: 0,
      host: '127.0.0.1',
      out: 'out',
    }),
  ]);
}, 180_000);

afterAll(async () => {
  await preview?.close();
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const ROLE_PAGE = target.page;
const roleFile = () => join(dir, 'model', 'roles', 'qa-engineer.yaml');

describe('rolekit preview', () => {
  it('serves the site on 127.0.0.1 only, with the reload script in served pages', async () => {
    expect(preview.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${target.generator}/$`));
    const home = await (await fetch(preview.url)).text();
    expect(home).toMatch(/<script src="\/__rolekit\/preview\.js\?build=1"><\/script><\/body>/);
    // The root sends the reader to the site.
    const root = await fetch(new URL('/', preview.url), { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, `/${target.generator}/`]);
    // Nothing outside the private build folder is served, however the path is spelled.
    for (const path of [
      '/site/../../etc/passwd',
      '/site/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fmodel/roles/qa-engineer.yaml',
    ])
      expect((await fetch(new URL(path, preview.url))).status, path).toBe(404);
  });

  it('reloads a role page when its YAML is saved, shows the problems of a bad edit over the last good page', async () => {
    const { page, context, watch } = await openPage(browser, { allowOrigins: [new URL(preview.url).origin] });
    await page.goto(`${preview.url}${ROLE_PAGE}`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('QA Engineer');
    const original = await readFile(roleFile(), 'utf8');

    // A good edit: the open page reloads by itself and shows the new title.
    await writeFile(roleFile(), original.replace(/^title: QA Engineer$/m, 'title: QA Engineer <Preview> ✓'));
    expect(await preview.nextBuild()).toBe(true);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('QA Engineer <Preview> ✓');

    // A bad edit: the page stays, with the diagnostics (file:line:column) over it; the terminal has them too.
    await writeFile(roleFile(), original.replace(/^reportsTo: qa-lead$/m, 'reportsTo: qa-leed'));
    expect(await preview.nextBuild()).toBe(false);
    const problems = page.locator('#rolekit-preview-problems');
    await expect
      .poll(() => problems.textContent(), { timeout: 15_000 })
      .toMatch(/roles\/qa-engineer\.yaml:19:\d+.*qa-leed/s);
    expect(await problems.getAttribute('role')).toBe('alert');
    expect(await page.locator('h1').textContent()).toBe('QA Engineer <Preview> ✓');
    expect(run.stderr).toMatch(/roles\/qa-engineer\.yaml:19:\d+/);
    expect(run.stderr).toContain('still serving the last good site');
    // A page opened now gets the last good site and the problems at once.
    const fresh = await context.newPage();
    await fresh.goto(`${preview.url}${ROLE_PAGE}`);
    await expect.poll(() => fresh.locator('#rolekit-preview-problems').count(), { timeout: 15_000 }).toBe(1);
    expect(await fresh.locator('h1').textContent()).toBe('QA Engineer <Preview> ✓');

    // Fixed: both pages reload, the problems are gone.
    await writeFile(roleFile(), original);
    expect(await preview.nextBuild()).toBe(true);
    for (const p of [page, fresh]) {
      await expect.poll(() => p.locator('h1').textContent(), { timeout: 15_000 }).toBe('QA Engineer');
      expect(await p.locator('#rolekit-preview-problems').count()).toBe(0);
    }
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('injectClient', () => {
  it('puts the script before the last </body>, or at the end', () => {
    expect(injectClient('<body><p>&lt;/body&gt;</p></body></html>', 3)).toBe(
      '<body><p>&lt;/body&gt;</p><script src="/__rolekit/preview.js?build=3"></script></body></html>',
    );
    expect(injectClient('<p>x', 1)).toBe('<p>x<script src="/__rolekit/preview.js?build=1"></script>');
  });
});
