// The site in a real browser (Debian's Chromium through playwright-core): generated from the example
// organisation by `rolekit generate`, opened from disk (file://) and from a static server, as a reader
// would. Expected figures come from the model, not from the pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Model } from '@rolekit/model';
import { exampleModel, exampleModelDir } from '@rolekit/testing';
import {
  axeViolations,
  type Browser,
  horizontalOverflow,
  launchChromium,
  openPage,
  type Page,
  serveFolder,
} from '@rolekit/testing/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

let browser: Browser;
let model: Model;
let out: string;
let publicOut: string;
/** The example's site with its RACI matrix split by family (raciPageCells=1). */
let splitOut: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
// Screenshots for a person to look at (ROLEKIT_SCREENSHOTS names the folder; kept after the run).
const shots = process.env['ROLEKIT_SCREENSHOTS'] ?? join(tmpdir(), 'rolekit-site-screenshots');

async function generate(args: string[]): Promise<void> {
  const run = memoryIo();
  const code = await main(['generate', ...args, '--model', exampleModelDir, '--no-cache'], run.io);
  if (code !== 0) throw new Error(`rolekit generate ${args.join(' ')} exited ${code}:\n${run.stderr}`);
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-site-browser-'));
  out = join(dir, 'internal');
  publicOut = join(dir, 'public');
  splitOut = join(dir, 'split');
  await mkdir(shots, { recursive: true });
  // The downloads the site links to are generated too, so that every link can be followed.
  [browser, model] = await Promise.all([
    launchChromium(),
    exampleModel(),
    generate(['site', 'job-descriptions', 'raci', 'onboarding', '--out', out]),
    generate(['site', '--out', publicOut, '--option', 'site.mode=public']),
    generate(['site', '--out', splitOut, '--option', 'site.raciPageCells=1']),
  ]);
  // The split pages' downloads are the RACI generator's files of the first run.
  await symlink(join(out, 'raci'), join(splitOut, 'raci'));
  server = await serveFolder(out);
}, 180_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (out) await rm(join(out, '..'), { recursive: true, force: true });
});

const site = () => join(out, 'site');
/** A page of the site, from disk or from the server. */
const at = (how: 'file' | 'http', path: string) =>
  how === 'file' ? pathToFileURL(join(site(), path)).href : `${server.url}site/${path}`;
const open = (width = 1280) => openPage(browser, { width, allowOrigins: [server.origin] });

/** Rows and cells the reader sees of a RACI page: neither they nor their row has the hidden attribute. */
function shownCells(page: Page) {
  return page.locator('#raci-matrix tr[data-activity]:not([hidden])').evaluateAll((rows) => {
    const cells = rows.flatMap((r) => Array.from(r.querySelectorAll('td[data-role]:not([hidden])')));
    const letters = cells
      .filter((c) => c.getAttribute('data-letter') && !c.querySelector('button')?.hidden)
      .map(
        (c) =>
          `${c.closest('tr')?.getAttribute('data-activity')}:${c.getAttribute('data-role')}:${c.getAttribute('data-letter')}`,
      );
    return {
      rows: rows.map((r) => r.getAttribute('data-activity') as string),
      cells: cells.length,
      letters: letters.sort() as string[],
    };
  });
}

type Keep = { role?: (id: string) => boolean; group?: string; letters?: string };
/** What the model says a RACI page shows with these filters. */
function expectedCells(keep: Keep) {
  const roles = model.roles.filter((r) => keep.role?.(r.id) ?? true).map((r) => r.id);
  const letters = keep.letters ?? 'RACI';
  const rows = model.activities.filter(
    (a) =>
      (keep.group === undefined || a.group === keep.group) &&
      a.assignments.some((x) => roles.includes(x.role) && letters.includes(x.letter)),
  );
  return {
    rows: rows.map((a) => a.id),
    cells: rows.length * roles.length,
    letters: rows
      .flatMap((a) =>
        a.assignments
          .filter((x) => roles.includes(x.role) && letters.includes(x.letter))
          .map((x) => `${a.id}:${x.role}:${x.letter}`),
      )
      .sort(),
  };
}

describe.each(['file', 'http'] as const)('the site from %s', (how) => {
  it('search finds a role by a word of its duties, and its result leads to the role', async () => {
    const { page, context, watch } = await open();
    await page.goto(at(how, 'index.html'));
    // A word only the QA Engineer's responsibilities use.
    await page.locator('#search').fill('regression');
    const results = page.locator('#search-results a');
    await expect
      .poll(() => results.first().getAttribute('href'), { timeout: 15_000 })
      .toBe('roles/qa-engineer.html');
    await results.first().click();
    await page.waitForURL(/roles\/qa-engineer\.html$/);
    expect(await page.locator('h1').textContent()).toBe('QA Engineer');
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });

  it('search builds its index on the first use of the box, not when the page loads, and once', async () => {
    const { page, context, watch } = await open();
    // Counts the MiniSearch indexes the page makes and the documents they are given.
    await page.addInitScript(() => {
      const seen = { indexes: 0, documents: 0 };
      Object.assign(window, { searchSeen: seen });
      let wrapped: unknown;
      Object.defineProperty(window, 'MiniSearch', {
        configurable: true,
        get: () => wrapped,
        set(MiniSearch: new (options: unknown) => { addAllAsync(documents: unknown[]): Promise<void> }) {
          wrapped = class extends MiniSearch {
            constructor(options: unknown) {
              super(options);
              seen.indexes++;
            }
            override addAllAsync(documents: unknown[], ...rest: unknown[]) {
              seen.documents += documents.length;
              return (super.addAllAsync as (...args: unknown[]) => Promise<void>)(documents, ...rest);
            }
          };
        },
      });
    });
    const seen = () => page.evaluate(() => (window as unknown as { searchSeen: object }).searchSeen);
    await page.goto(at(how, 'index.html'));
    await page.waitForLoadState('load');
    expect(await seen()).toEqual({ indexes: 0, documents: 0 });
    await page.locator('#search').focus();
    await page.locator('#search').fill('regression');
    const results = page.locator('#search-results a');
    await expect
      .poll(() => results.first().getAttribute('href'), { timeout: 15_000 })
      .toBe('roles/qa-engineer.html');
    await page.locator('#search').fill('release');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seen()).toEqual({ indexes: 1, documents: model.roles.length });
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });

  it('the RACI filters show exactly the rows and cells the model gives', async () => {
    const { page, context, watch } = await open();
    await page.goto(at(how, 'raci.html'));
    const shown = () => shownCells(page);
    const expected = (keep: Keep) => expectedCells(keep);
    const all = expected({});
    expect(await shown()).toEqual(all);
    expect(all.rows.length).toBeGreaterThan(20);

    await page.selectOption('#filter-role', 'qa-engineer');
    const qa = expected({ role: (id) => id === 'qa-engineer' });
    expect(await shown()).toEqual(qa);
    expect(qa.rows.length).toBeLessThan(all.rows.length);
    await page.selectOption('#filter-role', '');

    const quality = new Set(model.roles.filter((r) => r.family.id === 'quality').map((r) => r.id));
    await page.selectOption('#filter-family', 'quality');
    expect(await shown()).toEqual(expected({ role: (id) => quality.has(id) }));
    await page.selectOption('#filter-family', '');

    await page.selectOption('#filter-group', 'release-management');
    expect(await shown()).toEqual(expected({ group: 'release-management' }));
    await page.selectOption('#filter-group', '');

    // With the keyboard, as a reader without a mouse would: focus the R box, press space.
    await page.locator('input[name="letter"][value="R"]').focus();
    await page.keyboard.press('Space');
    const noR = expected({ letters: 'ACI' });
    expect(await shown()).toEqual(noR);
    expect(noR.letters.length).toBeLessThan(all.letters.length);

    // Filters combine: the QA Engineer's Accountable letters only.
    await page.selectOption('#filter-role', 'qa-engineer');
    for (const letter of ['C', 'I']) await page.locator(`input[name="letter"][value="${letter}"]`).uncheck();
    expect(await shown()).toEqual(expected({ role: (id) => id === 'qa-engineer', letters: 'A' }));
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });

  it('the org chart draws a box per role, each a link to the role', async () => {
    const { page, context, watch } = await open();
    await page.goto(at(how, 'org-chart.html'));
    const boxes = page.locator('svg#org-chart a');
    const hrefs = await boxes.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(model.roles.map((r) => `roles/${r.id}.html`).sort());
    const sizes = await boxes.evaluateAll((links) =>
      links.map((a) => {
        const box = a.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      }),
    );
    expect(sizes.every(Boolean)).toBe(true);
    await page.locator('svg#org-chart a[href="roles/qa-lead.html"]').click();
    await page.waitForURL(/roles\/qa-lead\.html$/);
    expect(await page.locator('h1').textContent()).toBe(model.role('qa-lead')?.title);
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });
});

/** Every HTML file below `dir`, relative to it. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Opens each of `pages` (below `dir`) from disk and follows every link, stylesheet and script: each
 * must resolve to a file below `root` (and its anchor); links out are collected in `outbound`.
 */
async function followLinks(
  page: Page,
  dir: string,
  root: string,
  pages: readonly string[],
  broken: string[],
  outbound: Set<string>,
): Promise<void> {
  for (const path of pages) {
    await page.goto(pathToFileURL(join(dir, path)).href);
    // Resources (stylesheets, scripts, images) and links, each with the attribute it came from.
    const refs = await page.locator('[href], [src]').evaluateAll((els) =>
      els.map((e) => ({
        tag: e.localName,
        url: (e.getAttribute('href') ?? e.getAttribute('src')) as string,
      })),
    );
    for (const { tag, url } of refs.map((r) => ({ ...r, url: new URL(r.url, page.url()).href }))) {
      const target = new URL(url);
      if (target.protocol !== 'file:') {
        // A link out (a person's mail, a GitHub team) is fine; anything the page loads must be local.
        if (tag === 'a' && ['https:', 'mailto:'].includes(target.protocol))
          outbound.add(`${target.protocol}${target.hostname}`);
        else broken.push(`${path}: <${tag}> ${url} leaves the site`);
        continue;
      }
      const file = fileURLToPath(target);
      const where = relative(root, file);
      if (where.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
        broken.push(`${path}: ${url} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && !readFileSync(file, 'utf8').includes(`id="${anchor}"`))
        broken.push(`${path}: ${url} (no element with id ${anchor})`);
    }
  }
}

describe('links', () => {
  it('every link, stylesheet and script of every page resolves to a file (and its anchor), none leaves the machine', async () => {
    const { page, context, watch } = await open();
    const broken: string[] = [];
    const outbound = new Set<string>();
    const pages = htmlFiles(site());
    expect(pages).toContain('roles/qa-engineer.html');
    expect(pages.filter((p) => p.startsWith('people/')).length).toBe(model.people.length);
    await followLinks(page, site(), out, pages, broken, outbound);
    expect(broken).toEqual([]);
    // Links out go to GitHub teams and people's mail, nowhere else.
    expect([...outbound].sort()).toEqual(['https:github.com', 'mailto:']);
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  }, 240_000);
});

/** The page's name in a screenshot file. */
const pagesToLook = [
  ['home', 'index.html'],
  ['family', 'families/quality.html'],
  ['role', 'roles/qa-engineer.html'],
  ['raci', 'raci.html'],
  ['org-chart', 'org-chart.html'],
  ['person', 'people/aisha-bello.html'],
] as const;

describe.each([390, 1280])('at %i px wide', (width) => {
  it.each(pagesToLook)('%s: nothing wider than the screen, a screenshot to look at', async (name, path) => {
    const { page, context, watch } = await open(width);
    await page.goto(at('file', path));
    expect(await horizontalOverflow(page)).toBe(0);
    // At phone width the top of the page, as far as a few screens down.
    await page.screenshot({
      path: join(shots, `${name}-${width}.png`),
      ...(width === 390 ? { fullPage: true, clip: { x: 0, y: 0, width, height: 2400 } } : {}),
    });
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });
});

/**
 * The rows of pixels, top to bottom, whose colour is `rgb` in each column `xs` of a PNG, decoded by
 * the page's own canvas (the test needs no image library).
 */
async function rowsOfColour(page: Page, png: Buffer, xs: number[], rgb: [number, number, number]) {
  return page.evaluate(
    async ({ data, xs, rgb }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      return xs.map((x) => {
        const column = g.getImageData(x, 0, 1, image.height).data;
        const ys: number[] = [];
        for (let y = 0; y < image.height; y++)
          if (column[y * 4] === rgb[0] && column[y * 4 + 1] === rgb[1] && column[y * 4 + 2] === rgb[2])
            ys.push(y);
        return ys;
      });
    },
    { data: png.toString('base64'), xs, rgb },
  );
}

describe.each([390, 1280])('the RACI matrix at %i px wide', (width) => {
  it('the sticky activity column lines up with the row: same edges, its borders drawn on the same pixels', async () => {
    const { page, context, watch } = await open(width);
    await page.goto(at('file', 'raci.html'));
    const rows = await page.locator('#raci-matrix tr[data-activity]').evaluateAll((trs) =>
      trs.map((tr) => {
        const edges = (c: Element) => {
          const r = c.getBoundingClientRect();
          return [r.top, r.bottom];
        };
        return { first: edges(tr.children[0]!), others: Array.from(tr.children).slice(1).map(edges) };
      }),
    );
    expect(rows.length).toBe(model.activities.length);
    for (const row of rows) for (const cell of row.others) expect(cell).toEqual(row.first);

    // What a reader sees: the rule colour's rows of pixels in the activity column (its right padding)
    // and in the first role column (its left padding) of a screenshot of the matrix are the same.
    const wrap = page.locator('.matrix-wrap');
    const box = (await wrap.boundingBox())!;
    const { th, td } = await page
      .locator('#raci-matrix tr[data-activity]')
      .first()
      .evaluate((tr) => ({
        th: tr.children[0]!.getBoundingClientRect().right,
        td: tr.children[1]!.getBoundingClientRect().left,
      }));
    const rule = await page.evaluate(() =>
      getComputedStyle(document.querySelector('#raci-matrix td')!)
        .borderBottomColor.match(/\d+/g)!
        .map(Number),
    );
    const [inFirst, inOthers] = await rowsOfColour(
      page,
      await wrap.screenshot(),
      [Math.floor(th - box.x) - 3, Math.ceil(td - box.x) + 2],
      rule as [number, number, number],
    );
    // At least a border per row on screen (about a dozen at 80% of an 800 px window).
    expect(inOthers!.length).toBeGreaterThan(8);
    expect(inFirst).toEqual(inOthers);
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });
});

describe('a RACI matrix split by family (site.raciPageCells=1)', () => {
  const splitSite = () => join(splitOut, 'site');
  const quality = () => new Set(model.roles.filter((r) => r.family.id === 'quality').map((r) => r.id));

  it('a family page: its filters show exactly the rows and cells the model gives, notes on focus', async () => {
    const { page, context, watch } = await open();
    await page.goto(pathToFileURL(join(splitSite(), 'raci', 'quality.html')).href);
    const family = quality();
    const inFamily = (id: string) => family.has(id);
    const all = expectedCells({ role: inFamily });
    expect(await shownCells(page)).toEqual(all);
    // The page holds the family's activities only, not the whole matrix's.
    expect(await page.locator('#raci-matrix tr[data-activity]').count()).toBe(all.rows.length);
    expect(all.rows.length).toBeLessThan(model.activities.length);
    expect(await page.locator('#filter-family').count()).toBe(0);

    await page.selectOption('#filter-role', 'qa-engineer');
    const qa = expectedCells({ role: (id) => id === 'qa-engineer' });
    expect(await shownCells(page)).toEqual(qa);
    await page.selectOption('#filter-role', '');

    await page.selectOption('#filter-group', 'release-management');
    const release = expectedCells({ role: inFamily, group: 'release-management' });
    expect(release.rows.length).toBeGreaterThan(0);
    expect(await shownCells(page)).toEqual(release);
    await page.selectOption('#filter-group', '');

    // The keyboard: Space on the R box leaves A, C and I.
    await page.locator('input[name="letter"][value="R"]').focus();
    await page.keyboard.press('Space');
    const noR = expectedCells({ role: inFamily, letters: 'ACI' });
    expect(await shownCells(page)).toEqual(noR);
    expect(noR.letters.length).toBeLessThan(all.letters.length);

    // A letter says why when it has the focus, and Tab reaches it.
    const first = page.locator('#raci-matrix button.cell:visible').first();
    await first.focus();
    const why = page.locator(`#${await first.getAttribute('aria-describedby')}`);
    await expect.poll(() => why.isVisible()).toBe(true);
    expect(await why.textContent()).toMatch(/ is (Accountable|Consulted|Informed) for /);
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  });

  it('every link of the index and the family pages resolves, and the index counts what the pages hold', async () => {
    const { page, context, watch } = await open();
    const pages = ['raci.html', ...htmlFiles(splitSite()).filter((p) => p.startsWith('raci/'))];
    expect(pages).toContain('raci/quality.html');
    const broken: string[] = [];
    await followLinks(page, splitSite(), splitOut, pages, broken, new Set());
    expect(broken).toEqual([]);
    // Each family in the index leads to its page, which has as many activities as the index says.
    await page.goto(pathToFileURL(join(splitSite(), 'raci.html')).href);
    const index = await page.locator('#raci-families tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')!.getAttribute('href'),
        activities: Number(tr.children[2]!.textContent),
      })),
    );
    expect(index.map((i) => i.href).sort()).toEqual(pages.slice(1).sort());
    for (const { href, activities } of index) {
      await page.goto(pathToFileURL(join(splitSite(), href!)).href);
      expect(await page.locator('#raci-matrix tr[data-activity]').count(), href!).toBe(activities);
    }
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    await context.close();
  }, 120_000);

  it.each(['raci.html', 'raci/quality.html'])(
    '%s: no axe violations, nothing wider than a phone, screenshots',
    async (path) => {
      for (const width of [390, 1280]) {
        const { page, context } = await open(width);
        await page.goto(pathToFileURL(join(splitSite(), path)).href);
        expect(await horizontalOverflow(page)).toBe(0);
        await page.screenshot({
          path: join(shots, `split-${path.replace(/[/.]/g, '-')}-${width}.png`),
          ...(width === 390 ? { fullPage: true, clip: { x: 0, y: 0, width, height: 2400 } } : {}),
        });
        if (width === 1280) expect(await axeViolations(page)).toEqual([]);
        await context.close();
      }
    },
  );
});

describe('accessibility (axe-core)', () => {
  it.each(pagesToLook.slice(0, 4))('%s: no violations', async (_, path) => {
    const { page, context } = await open();
    await page.goto(at('file', path));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('public mode', () => {
  it('no file names a person or their access', async () => {
    const dir = join(publicOut, 'site');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      statSync(join(dir, f)).isFile(),
    );
    expect(files).toContain('index.html');
    expect(files.some((f) => f.startsWith('people'))).toBe(false);
    const forbidden = [
      ...model.people.flatMap((p) => [p.name, `people/${p.id}.html`, ...(p.email ? [p.email] : [])]),
      ...model.roles.flatMap((r) =>
        r.github?.team ? [`${model.organisation.github?.org}/${r.github.team}`] : [],
      ),
      ...new Set(model.roles.flatMap((r) => model.jiraGrantsOf(r.id).flatMap((g) => g.permissions))),
    ];
    expect(forbidden.length).toBeGreaterThan(model.people.length);
    const found = files.flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return forbidden.filter((s) => text.includes(s)).map((s) => `${f}: ${s}`);
    });
    expect(found).toEqual([]);
  });

  it('the public home page still finds roles and has no axe violations', async () => {
    const { page, context, watch } = await open();
    await page.goto(pathToFileURL(join(publicOut, 'site', 'index.html')).href);
    await page.locator('#search').fill('regression');
    await expect
      .poll(() => page.locator('#search-results a').first().getAttribute('href'), { timeout: 15_000 })
      .toBe('roles/qa-engineer.html');
    expect(watch).toEqual({ external: [], errors: [], console: [] });
    // (axe-core then asks for the stylesheets itself, which Chromium refuses from file://: not the page's doing.)
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
