import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import sirv from 'sirv';

export type { Browser, BrowserContext, Page } from 'playwright-core';

// Debian's real binary first: /usr/bin/chromium is a shell launcher that sources /etc/chromium.d
// (flags meant for a desktop) and prints shell noise; the others are other distributions' names.
const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The Chromium the browser tests drive: ROLEKIT_CHROMIUM when set, else Debian's (scripts/ensure-tools.mjs
 * installs it with apt before the tests; Playwright's own browser download is not used).
 */
export function chromiumPath(): string {
  const fromEnv = process.env['ROLEKIT_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`ROLEKIT_CHROMIUM names ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `no Chromium found (looked for ${CANDIDATES.join(', ')}): run node scripts/ensure-tools.mjs as root, ` +
        'apt-get install chromium, or set ROLEKIT_CHROMIUM',
    );
  return found;
}

/**
 * A headless Chromium. One per test file: starting one costs about a second, a page a few
 * milliseconds. Playwright passes --no-sandbox itself (its chromiumSandbox option is off by
 * default), which running as root in CI needs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      // Containers often have a 64 MB /dev/shm; Chromium then crashes on large pages.
      '--disable-dev-shm-usage',
      '--disable-gpu',
      // The same glyph positions on every machine, so screenshots differ only when pages do.
      '--font-render-hinting=none',
    ],
  });
}

/** What a page did that a test may forbid: requests off the allowed origins, script errors, console errors. */
export interface PageWatch {
  /** Requests to anything but file:, data:, blob:, about: and the allowed origins; each was refused. */
  external: string[];
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** console.error messages. */
  console: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  watch: PageWatch;
}

/**
 * A new page in a fresh context of `width` x `height` CSS pixels. Every request that is not to a
 * local file or one of `allowOrigins` (e.g. the test's own server) is refused and recorded, so a
 * page that reaches for the network fails its test instead of passing here and failing offline.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; allowOrigins?: string[] } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const allowed = new Set(options.allowOrigins ?? []);
  const watch: PageWatch = { external: [], errors: [], console: [] };
  await context.route(
    (url) => !['file:', 'data:', 'blob:', 'about:'].includes(url.protocol) && !allowed.has(url.origin),
    async (route) => {
      watch.external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.console.push(message.text());
  });
  return { page, context, watch };
}

/** A static file server for `dir` on 127.0.0.1 and a port the system picks; close() stops it. */
export async function serveFolder(
  dir: string,
): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: true, dotfiles: false });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** The CSS selectors of the offending elements, with the failure summary of each. */
  nodes: string[];
}

/**
 * axe-core's violations on the page as it is now (WCAG 2.x A and AA and best practices), in a shape
 * that reads well in an assertion diff: `expect(await axeViolations(page)).toEqual([])`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  }));
}

/**
 * How far the document is wider than the viewport, in CSS pixels (0 when nothing scrolls
 * sideways): what a reader on a phone sees as a page that slides left and right.
 */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Runs in the page; the package is typed for Node, so the DOM is described here.
    const { document } = globalThis as unknown as {
      document: {
        documentElement: { scrollWidth: number; clientWidth: number };
        body: { scrollWidth: number } | null;
      };
    };
    const root = document.documentElement;
    return Math.max(root.scrollWidth, document.body?.scrollWidth ?? 0) - root.clientWidth;
  });
}
