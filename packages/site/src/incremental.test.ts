import {
  type Artifact,
  loadTemplates,
  type Memo,
  outputDate,
  runGenerator,
  stableStringify,
  type TemplateStore,
} from '@rolekit/core';
import type { Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleSources, modelFromYaml } from '@rolekit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { flattened } from './bytes.js';
import { renderCounts } from './generate.js';
import { siteGenerator } from './index.js';

// The site's two fast paths, checked by counting renders (the bytes alone would not show that
// either stopped being used): a role's parts of its holders' pages are rendered once per role,
// and a run through ctx.memo renders only the pages whose data changed, with the same bytes as
// a run without it.

// raci.html.hbs is left out: the matrix is rendered every run (its key would cost more).
const PAGE_TEMPLATES = [
  'index.html.hbs',
  'family.html.hbs',
  'role.html.hbs',
  'org-chart.html.hbs',
  'person.html.hbs',
  'person-access.html.hbs',
  'person-checklist.html.hbs',
];

/** A memo held in memory, as the disk cache behaves: same key, same bytes. */
function memoryMemo(): Memo {
  const store = new Map<string, Uint8Array>();
  return async (key, produce) => {
    const name = stableStringify(key);
    let bytes = store.get(name);
    if (bytes === undefined) {
      bytes = await produce();
      store.set(name, bytes);
    }
    return bytes;
  };
}

let templates: TemplateStore;
let sources: Record<string, string>;
let model: Model;
beforeAll(async () => {
  templates = await loadTemplates([defaultTemplatesDir]);
  sources = exampleSources();
  model = modelFromYaml(sources);
}, 60_000);

async function generate(m: Model, memo?: Memo): Promise<Artifact[]> {
  renderCounts.clear();
  const run = await runGenerator(siteGenerator, {
    model: m,
    templates,
    options: { ...siteGenerator.defaultOptions },
    date: outputDate(m, {}),
    ...(memo ? { memo } : {}),
  });
  expect(run.diagnostics).toEqual([]);
  return run.artifacts;
}

const decoder = new TextDecoder();
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"'`=]/g,
    (c) =>
      `&${{ '&': 'amp;', '<': 'lt;', '>': 'gt;', '"': 'quot;', "'": '#x27;', '`': '#x60;', '=': '#x3D;' }[c]}`,
  );
const texts = (artifacts: readonly Artifact[]) =>
  new Map(artifacts.map((a) => [a.path, decoder.decode(a.bytes)]));
const renders = () => Object.fromEntries(PAGE_TEMPLATES.map((t) => [t, renderCounts.get(t) ?? 0]));

describe('person pages', () => {
  it("render each role's access and checklist once, however many people hold it", async () => {
    flattened.count = 0;
    const pages = texts(await generate(model));
    const held = new Set(model.people.flatMap((p) => p.roles.filter((r) => model.role(r))));
    const dated = model.people.filter((p) => p.startDate !== undefined).length;
    const undatedRoles = new Set(
      model.people
        .filter((p) => p.startDate === undefined)
        .flatMap((p) => p.roles.filter((r) => model.role(r))),
    );
    // The example has people sharing roles, so once per role is fewer renders than once per holder.
    expect(model.people.reduce((n, p) => n + p.roles.length, 0)).toBeGreaterThan(held.size);
    expect(renders()).toMatchObject({
      'person.html.hbs': model.people.length,
      'person-access.html.hbs': held.size,
      'person-checklist.html.hbs': undatedRoles.size + dated,
    });
    // Each part is flattened once, so the holders' pages do not walk its pieces again (bytes.ts).
    expect(flattened.count).toBe(held.size + undatedRoles.size + dated);
    // Every holder's page shows the role's part.
    for (const person of model.people)
      for (const id of person.roles) {
        const role = model.role(id);
        if (role)
          expect(pages.get(`people/${person.id}.html`)).toContain(`Through ${escapeHtml(role.title)}</h3>`);
      }
  });
});

describe("through the runner's memo", () => {
  it('renders no page again when nothing changed, and gives the same bytes as a run without it', async () => {
    const fresh = texts(await generate(model));
    const memo = memoryMemo();
    expect(texts(await generate(model, memo))).toEqual(fresh);
    expect(renderCounts.get('person.html.hbs')).toBe(model.people.length);
    const again = await generate(model, memo);
    expect(texts(again)).toEqual(fresh);
    expect(renders()).toEqual(Object.fromEntries(PAGE_TEMPLATES.map((t) => [t, 0])));
  });

  it('after a one-role edit renders only the pages that show the role, and their bytes are those of a fresh run', async () => {
    const memo = memoryMemo();
    const before = texts(await generate(model, memo));
    // A role many people hold, renamed: its page, its holders' pages and the pages that name it change.
    const role = [...model.roles].sort(
      (a, b) => model.peopleInRole(b.id).length - model.peopleInRole(a.id).length,
    )[0]!;
    const file = Object.keys(sources).find((p) => sources[p]!.includes(`id: ${role.id}\n`))!;
    const edited = modelFromYaml({
      ...sources,
      [file]: sources[file]!.replace(`title: ${role.title}`, `title: ${role.title} (renamed)`),
    });
    expect(edited.role(role.id)!.title).toBe(`${role.title} (renamed)`);

    const after = texts(await generate(edited, memo));
    const counts = renders();
    expect(after).toEqual(texts(await generate(edited)));
    const changed = (prefix: string) =>
      [...after].filter(([path, text]) => path.startsWith(prefix) && before.get(path) !== text).length;
    expect(counts['person.html.hbs']).toBe(changed('people/'));
    expect(counts['person.html.hbs']).toBeGreaterThanOrEqual(model.peopleInRole(role.id).length);
    expect(counts['person.html.hbs']).toBeLessThan(model.people.length);
    expect(counts['role.html.hbs']).toBe(changed('roles/'));
    expect(counts['role.html.hbs']).toBeLessThan(model.roles.length);
    // The renamed role's own parts, rendered once for all its holders.
    expect(counts['person-access.html.hbs']).toBeGreaterThanOrEqual(1);
    expect(counts['person-access.html.hbs']).toBeLessThan(model.roles.length);
  });
});
