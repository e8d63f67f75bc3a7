import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTemplates, outputDate, runGenerator } from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel, modelFromYaml } from '@rolekit/testing';
import { launchChromium } from '@rolekit/testing/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteGenerator } from './index.js';

// Every label of the org chart and the partner map is whole and inside its box, as the browser
// sets it in its own font: titles that are long, one long word, wide (CJK, emoji), right to left.

type Browser = Awaited<ReturnType<typeof launchChromium>>;

const TITLES = [
  'Principal Staff Site Reliability Engineer / Operations Lead for Payments and Risk Platforms',
  'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
  '首席信息安全官兼数据保护负责人和合规审计协调员',
  '👩🏽‍💻 Rocket 🚀🚀🚀 Engineer 🇩🇪',
  'مهندس موثوقية المواقع الرئيسي للمنصات السحابية',
  'Lead </script><b>x</b> & "quotes"',
  'mmmmmmmmmm mmmmmmmmmm mmmmmmmmmm mmmmmmmmmm',
  'QA',
];

/** A chain of roles, each reporting to the one before and partnering the next. */
function wideModel(): Model {
  const files: Record<string, string> = {
    'organisation.yaml':
      'name: Wide Titles\ndate: 2025-03-14\nfamilies:\n  - id: eng\n    title: Engineering\n',
  };
  TITLES.forEach((title, i) => {
    files[`roles/r${i}.yaml`] = [
      `id: r${i}`,
      `title: ${JSON.stringify(title)}`,
      'family: eng',
      'summary: A role.',
      ...(i > 0 ? [`reportsTo: r${Math.floor((i - 1) / 2)}`] : []),
      `partners:\n  - role: r${(i + 1) % TITLES.length}\n    for: work`,
    ].join('\n');
  });
  return modelFromYaml(files);
}

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'rolekit-org-chart-'));
  const templates = await loadTemplates([defaultTemplatesDir]);
  for (const [name, model] of [
    ['wide', wideModel()],
    ['example', await exampleModel()],
  ] as const) {
    const run = await runGenerator(siteGenerator, {
      model,
      templates,
      options: siteGenerator.defaultOptions,
      date: outputDate(model, {}),
    });
    expect(run.diagnostics).toEqual([]);
    await mkdir(join(dir, name, 'assets'), { recursive: true });
    for (const a of run.artifacts)
      if (a.path === 'org-chart.html' || a.path === 'assets/site.css')
        await writeFile(join(dir, name, a.path), a.bytes);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(['wide', 'example'])('the org chart of the %s model', (name) => {
  it.each([390, 1280])('at %i px: every label is whole and inside its box', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, name, 'org-chart.html')).href);
    // A string, so the test needs no DOM types: per box its title, its label's text and what overflows.
    const boxes = JSON.parse(
      await page.evaluate<string>(`JSON.stringify([...document.querySelectorAll('svg a')].map((a) => {
        const box = a.querySelector('rect').getBBox();
        const text = a.querySelector('text').getBBox();
        const out = [];
        if (text.x < box.x) out.push('left');
        if (text.y < box.y) out.push('top');
        if (text.x + text.width > box.x + box.width) out.push('right');
        if (text.y + text.height > box.y + box.height) out.push('bottom');
        return {
          svg: a.closest('svg').id,
          title: a.querySelector('title').textContent,
          label: [...a.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
          out: out.join(' '),
          width: Math.round(text.width),
        };
      }))`),
    ) as Array<{ svg: string; title: string; label: string; out: string; width: number }>;
    expect(new Set(boxes.map((b) => b.svg))).toEqual(new Set(['org-chart', 'partner-map']));
    if (name === 'wide') expect(boxes.filter((b) => b.svg === 'org-chart').length).toBe(TITLES.length);
    for (const box of boxes) {
      // The label is the title, every word of it (a word too long for a line is broken, not cut).
      expect(box.label.replace(/\s+/g, ''), box.title).toBe(box.title.replace(/\s+/g, ''));
      expect(box.out, `${box.svg}: ${box.title} (${box.width} px)`).toBe('');
    }
    await context.close();
  });
});
