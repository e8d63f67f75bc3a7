import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTemplates, outputDate, runGenerator } from '@rolekit/core';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel } from '@rolekit/testing';
import { launchChromium } from '@rolekit/testing/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteGenerator } from './index.js';

// A matrix above COMPACT_CELLS writes its empty cells bare (<td></td>) and raci.js names them from
// their column. The example's page, and the same page with its empty cells bare, must give the
// same DOM (every cell's data-role, data-letter and hidden) under every filter.

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

let browser: Browser;
let dir: string;
beforeAll(async () => {
  const [b, model] = await Promise.all([launchChromium(), exampleModel()]);
  browser = b;
  const run = await runGenerator(siteGenerator, {
    model,
    templates: await loadTemplates([defaultTemplatesDir]),
    options: siteGenerator.defaultOptions,
    date: outputDate(model, {}),
  });
  const text = (path: string) => new TextDecoder().decode(run.artifacts.find((a) => a.path === path)!.bytes);
  const site = new Map(['raci.html', 'assets/raci.js'].map((p) => [p, text(p)]));
  const full = site.get('raci.html')!;
  const bare = full.replace(/<td data-role="[^"]+" data-letter=""><\/td>/g, '<td></td>');
  expect(bare.length).toBeLessThan(full.length);
  dir = await mkdtemp(join(tmpdir(), 'rolekit-raci-compact-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'assets/raci.js'), site.get('assets/raci.js')!);
  await writeFile(join(dir, 'full.html'), full);
  await writeFile(join(dir, 'bare.html'), bare);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function state(name: string, act: (page: Page) => Promise<void>): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(join(dir, name)).href);
    await act(page);
    // A string, so the test needs no DOM types: each row's hidden, then each cell's role|letter|hidden.
    return await page.evaluate<string>(`
      [...document.querySelectorAll('#raci-matrix tr')]
        .map((tr) => [tr.hidden, ...[...tr.cells].map((c) => c.dataset.role + '|' + c.dataset.letter + '|' + c.hidden)].join(','))
        .join('\\n') + document.getElementById('raci-count').textContent`);
  } finally {
    await page.close();
  }
}

describe('a RACI page with bare empty cells', () => {
  it.each([
    ['no filter', async () => {}],
    ['a family', async (p: Page) => void (await p.selectOption('#filter-family', { index: 1 }))],
    [
      'a role, without R',
      async (p: Page) => {
        await p.selectOption('#filter-role', { index: 2 });
        await p.uncheck('input[name="letter"][value="R"]');
      },
    ],
  ])(
    'behaves as the full page: %s',
    async (_, act) => {
      const full = await state('full.html', act);
      expect(full).toMatch(/\|A\|false/);
      expect(full.match(/\|\|(true|false)/g)?.length).toBeGreaterThan(100);
      expect(await state('bare.html', act)).toBe(full);
    },
    60_000,
  );
});
