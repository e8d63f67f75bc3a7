import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, horizontalOverflow, launchChromium, openPage, serveFolder } from './browser.js';

// The harness the site tests stand on: each helper must be able to fail, so each is shown a page
// that should make it fail.
let browser: Browser;
let dir: string;

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title>${head}</head><body><main><h1>Heading</h1>${body}</main></body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'rolekit-browser-'));
  await writeFile(join(dir, 'good.html'), page('<p id="p">Plain text, <a href="bad.html">a link</a>.</p>'));
  await writeFile(
    join(dir, 'bad.html'),
    page(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><div style="width:2000px">wide</div>',
      '<script>fetch("https://example.invalid/track").catch(() => {}); throw new Error("boom");</script>',
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the browser harness', () => {
  it('opens a page from file:// and from its own static server, with the same text', async () => {
    const server = await serveFolder(dir);
    try {
      for (const url of [pathToFileURL(join(dir, 'good.html')).href, `${server.url}good.html`]) {
        const { page, context, watch } = await openPage(browser, { allowOrigins: [server.origin] });
        await page.goto(url);
        expect(await page.locator('#p').textContent()).toBe('Plain text, a link.');
        expect(watch).toEqual({ external: [], errors: [], console: [] });
        await context.close();
      }
      const missing = await fetch(`${server.url}nothing.html`);
      expect(missing.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('refuses and records requests off the allowed origins, and records script errors', async () => {
    const { page, context, watch } = await openPage(browser);
    await page.goto(pathToFileURL(join(dir, 'bad.html')).href);
    await expect.poll(() => watch.external).toEqual(['https://example.invalid/track']);
    expect(watch.errors).toEqual(['boom']);
    await context.close();
  });

  it('measures sideways overflow at a phone width', async () => {
    const { page, context } = await openPage(browser, { width: 390 });
    await page.goto(pathToFileURL(join(dir, 'good.html')).href);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(pathToFileURL(join(dir, 'bad.html')).href);
    expect(await horizontalOverflow(page)).toBeGreaterThan(1500);
    await context.close();
  });

  it('reports axe-core violations (an image without a text alternative), none on a plain page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(pathToFileURL(join(dir, 'good.html')).href);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(pathToFileURL(join(dir, 'bad.html')).href);
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain('image-alt');
    expect(violations.find((v) => v.id === 'image-alt')?.nodes[0]).toMatch(/^img: /);
    await context.close();
  });
});
