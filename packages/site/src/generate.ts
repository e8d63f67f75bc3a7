import {
  type Artifact,
  contentKey,
  type GeneratorContext,
  type Memo,
  noMemo,
  type TemplateStore,
} from '@rolekit/core';
import { isoDate, layoutOf } from '@rolekit/job-descriptions';
import type { Diagnostic } from '@rolekit/model';
import { createRenderer, type Renderer, TemplateError } from '@rolekit/render';
import { roleJson, rolesJson } from './api.js';
import { miniSearchScript, raciScript, searchScript } from './assets.js';
import { ByteArena, flat } from './bytes.js';
import { type ResolvedOptions, resolveOptions, type SiteOptions } from './options.js';
import { orgChart } from './org-chart.js';
import { raciPages } from './raci.js';
import { safeJson } from './safe-json.js';
import { type SearchDocument, searchDocumentsScript } from './search.js';
import {
  audienceOf,
  heldRoles,
  homeFamilies,
  organisationDownloads,
  type PageView,
  pageView,
  peopleContext,
  personPage,
  roleDownloads,
  type SiteRole,
  siteRoles,
} from './view.js';
import { type SiteJobs, siteJobs, usesWorker } from './worker.js';

export const TEMPLATE_FOLDER = 'site';
const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * How many times each template was rendered, for tests: they check that a role's parts of its
 * holders' pages are rendered once per role, and that a run through a memo that has every page
 * renders none (nothing else would notice if either fast path stopped being used).
 */
export const renderCounts = new Map<string, number>();

const renderers = new WeakMap<TemplateStore, Renderer>();
function rendererFor(templates: TemplateStore): Renderer {
  let renderer = renderers.get(templates);
  if (!renderer) {
    renderer = createRenderer(templates, TEMPLATE_FOLDER, 'html');
    renderers.set(templates, renderer);
  }
  return renderer;
}

export function validate(ctx: GeneratorContext<SiteOptions>): void {
  for (const p of resolveOptions(ctx.options).problems) ctx.report(p);
  for (const p of rendererFor(ctx.templates).problems) ctx.report(p);
}

/** What the search finds a role by; people's names only in internal mode. */
function searchDocument(site: SiteRole, internal: boolean): SearchDocument {
  const v = site.seen;
  const refs = (items: ReadonlyArray<{ name: string }>) => items.map((r) => r.name);
  return {
    id: v.id,
    title: v.title,
    tags: [...v.aliases, v.family.title, v.seniority?.label ?? ''].join(' '),
    summary: v.summary,
    duties: [
      v.mission ?? '',
      ...v.responsibilities.flatMap((g) => [g.title ?? '', ...g.items]),
      ...v.decisionRights,
      ...v.accountabilities,
      ...v.deliverables,
      ...v.kpis.map((k) => k.name),
      ...v.qualifications.required,
      ...v.qualifications.preferred,
      ...(internal ? [...refs(v.processes), ...refs(v.standards), ...refs(v.templates)] : []),
    ]
      .filter((s) => s !== '')
      .join('\n'),
    people: internal ? site.holders.map((h) => h.name).join('\n') : '',
    family: v.family.title,
  };
}

function firstTitled(sections: ReadonlyArray<{ title: string | null }>): number {
  const i = sections.findIndex((s) => s.title !== null);
  return i < 0 ? sections.length : i;
}

/**
 * A promise awaited later, after other work: marked as handled now, so that failing before it is
 * awaited is not an unhandled rejection (awaiting it still throws).
 */
function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

const EMPTY = new Uint8Array(0);

async function render(ctx: GeneratorContext<SiteOptions>, options: ResolvedOptions): Promise<Artifact[]> {
  const arena = new ByteArena();
  const jobs = siteJobs(usesWorker(ctx.model.roles.length));
  try {
    return await renderWith(ctx, options, arena, jobs);
  } finally {
    await jobs.close();
  }
}

async function renderWith(
  ctx: GeneratorContext<SiteOptions>,
  options: ResolvedOptions,
  arena: ByteArena,
  jobs: SiteJobs,
): Promise<Artifact[]> {
  const { model } = ctx;
  const renderer = rendererFor(ctx.templates);
  const layout = layoutOf(model);
  const date = isoDate(ctx.date);
  const internal = options.mode === 'internal';
  // What every page's head and foot show: built once, shared by the 24,000 pages' views.
  const shell = pageView(model, layout, options, date, { title: '', root: '', current: 'home' });
  const page = (fields: Parameters<typeof pageView>[4]): PageView => ({
    lang: shell.lang,
    title: fields.title,
    root: fields.root,
    current: fields.current,
    internal: shell.internal,
    organisation: shell.organisation,
    brand: shell.brand,
    footer: shell.footer,
  });
  const roles = siteRoles(model, options, ctx.date);
  const byId = new Map(roles.map((r) => [r.role.id, r]));
  const name = model.organisation.name;
  const artifacts: Artifact[] = [];
  const text = (path: string, body: string, mediaType: string): Artifact => ({
    path,
    bytes: arena.encode(body),
    mediaType,
  });
  const memo: Memo = ctx.memo ?? noMemo;
  const cached = memo !== noMemo;
  const renderText = (template: string, data: unknown) => {
    renderCounts.set(template, (renderCounts.get(template) ?? 0) + 1);
    return renderer.render(template, data);
  };
  // A page is remembered by a hash of the data its template reads (the templates and code salt
  // the cache): after a one-role edit only the pages that show that role are rendered again, and
  // the writer compares the others with its manifest without reading them (deferred).
  // `data` and `key` are called only if needed: a person page's data renders its roles' parts.
  // Without a memo the page is rendered at once and nothing is awaited: 24,000 awaits, each
  // suspending and resuming the loop that renders, cost more than some pages.
  const lazyHtml = (
    path: string,
    template: string,
    data: () => unknown,
    key: () => string,
  ): Promise<void> | undefined => {
    const render = () => arena.encode(renderText(template, data()));
    if (!cached) {
      artifacts.push({ path, bytes: render(), mediaType: HTML });
      return undefined;
    }
    const at = artifacts.push({ path, bytes: EMPTY, mediaType: HTML }) - 1;
    return memo({ generator: 'site', template, data: key() }, async () => render(), { deferred: true }).then(
      (bytes) => {
        artifacts[at]!.bytes = bytes;
      },
    );
  };
  const html = (path: string, template: string, data: unknown): Promise<void> | undefined =>
    lazyHtml(
      path,
      template,
      () => data,
      () => contentKey(data),
    );
  // Rendered every run: hashing a matrix's every cell (a million at 2,000 roles and 500 activities)
  // for a key cost more than rendering it.
  const uncachedHtml = (path: string, template: string, data: unknown) => {
    artifacts.push(text(path, renderText(template, data), HTML));
  };

  // Assets.
  artifacts.push(
    text('assets/site.css', renderText('site.css.hbs', { brand: layout.brand }), CSS),
    text('assets/minisearch.js', miniSearchScript(), JS),
    text('assets/search.js', searchScript(), JS),
  );
  // What the home page's search indexes (search.ts): remembered by the documents. The org chart's
  // layouts are started now and awaited last: in the worker thread (worker.ts) they run while the
  // pages render.
  const documents = roles.map((r) => searchDocument(r, internal));
  const searchDocuments = () => arena.encode(searchDocumentsScript(documents));
  const searchAt = artifacts.push({ path: 'assets/search-index.js', bytes: EMPTY, mediaType: JS }) - 1;
  const search = cached
    ? memo(
        { generator: 'site', asset: 'search-documents', documents: contentKey(documents) },
        async () => searchDocuments(),
        { deferred: true },
      )
    : searchDocuments();
  artifacts[searchAt]!.bytes = await search;
  const chart = settled(orgChart(model, options.chartLimit, options.partnerMapLimit, memo, jobs));

  // Home: the families, each with a page of its roles and their files (listing every role and
  // its downloads on the home page made it 1.5 MiB at 2,000 roles).
  const families = homeFamilies(model, roles, options.mode);
  await html('index.html', 'index.html.hbs', {
    page: page({ title: `Roles · ${name}`, root: '', current: 'home' }),
    organisation: {
      name,
      description: model.organisation.description ?? null,
      website: model.organisation.website ?? null,
    },
    roleCount: roles.length,
    familyCount: families.length,
    peopleCount: model.people.length,
    families: families.map((f) => ({
      id: f.id,
      title: f.title,
      description: f.description,
      roleCount: f.roles.length,
    })),
    downloads: organisationDownloads(options.mode),
  });
  for (const family of families)
    await html(`families/${family.id}.html`, 'family.html.hbs', {
      page: page({ title: `${family.title} · ${name}`, root: '../', current: 'family' }),
      family,
    });

  // A page and a JSON file per role.
  const sections = layout.sections[audienceOf(options.mode)].map((s) => s.section);
  for (const site of roles) {
    const { role, document } = site;
    const reportsTo = site.seen.reportsTo;
    const pending = html(`roles/${role.id}.html`, 'role.html.hbs', {
      page: page({ title: `${role.title} · ${name}`, root: '../', current: 'role' }),
      id: role.id,
      document,
      // The sections printed without a heading (summary, mission, employment) come first, then who holds the role.
      lead: document.sections.slice(0, firstTitled(document.sections)),
      rest: document.sections.slice(firstTitled(document.sections)),
      // The employment facts name the manager role; a layout without them still gets the line.
      reportsTo: reportsTo && !document.sections.some((s) => s.id === 'employment') ? reportsTo : null,
      holders: site.holders,
      downloads: roleDownloads(role.id, options.mode, '../'),
    });
    if (pending) await pending;
    artifacts.push(
      text(
        `api/roles/${role.id}.json`,
        `${safeJson(roleJson(site, options.mode, sections), 2)}\n`,
        JSON_TYPE,
      ),
    );
  }
  artifacts.push(
    text('api/roles.json', `${safeJson(rolesJson(model, roles, options.mode, date), 2)}\n`, JSON_TYPE),
  );

  // The RACI matrix: activities are internal (the candidate job description leaves them out too).
  // A large matrix: raci.html is an index of one page per role family (raci/<family>.html).
  if (internal) {
    const raci = raciPages(model, options.raciPageCells);
    if (!raci.split)
      uncachedHtml('raci.html', 'raci.html.hbs', {
        page: page({ title: `RACI matrix · ${name}`, root: '', current: 'raci' }),
        ...raci.page,
        span: raci.page.columns.length + 1,
      });
    else {
      await html('raci.html', 'raci-index.html.hbs', {
        page: page({ title: `RACI matrix · ${name}`, root: '', current: 'raci' }),
        roles: raci.roles,
        activities: raci.activities,
        families: raci.families,
        rolesWithoutLetters: raci.rolesWithoutLetters,
      });
      for (const view of raci.pages)
        uncachedHtml(`raci/${view.family!.id}.html`, 'raci.html.hbs', {
          page: page({
            title: `RACI matrix: ${view.family!.title} · ${name}`,
            root: '../',
            current: 'raci-family',
          }),
          ...view,
          span: view.columns.length + 1,
        });
    }
    artifacts.push(text('assets/raci.js', raciScript(), JS));
  }

  const orgChartAt = artifacts.length;
  // People: internal only. A person page is mostly its roles' parts (access, onboarding checklist),
  // the same on every holder's page: each part is rendered once, when a page that shows it first
  // is, and joined into the pages (a fifth of the pages' rendering time at 20,000 people). Its key
  // is a hash of its data, which the person's page key names.
  // A function of its own, so that V8 optimises this loop without compiling all of renderWith again.
  const personPages = async () => {
    const shared = peopleContext(model);
    type Part = { key: () => string; html: () => string };
    const parts = new Map<unknown, Part>();
    const part = (template: string, data: object): Part => {
      let known = parts.get(data);
      if (!known) {
        let key: string | undefined;
        let text: string | undefined;
        known = {
          key: () => (key ??= contentKey(data)),
          html: () => (text ??= flat(renderText(template, data))),
        };
        parts.set(data, known);
      }
      return known;
    };
    for (const person of model.people) {
      const held = heldRoles(person, byId);
      const facts = personPage(model, person, held, shared);
      // Not `{ dated, ...own } = facts`: a rest pattern copies through a slow runtime call.
      const { dated } = facts;
      const own = {
        id: facts.id,
        name: facts.name,
        email: facts.email,
        github: facts.github,
        startDate: facts.startDate,
        manager: facts.manager,
        buddy: facts.buddy,
        roles: facts.roles,
      };
      const access = held.map((r) => part('person-access.html.hbs', shared.roleAccess(r)));
      const checklists = dated
        ? [part('person-checklist.html.hbs', dated)]
        : held.map((r) => part('person-checklist.html.hbs', shared.roleChecklist(r.role)));
      const pageData = page({ title: `${person.name} · ${name}`, root: '../', current: 'person' });
      const pending = lazyHtml(
        `people/${person.id}.html`,
        'person.html.hbs',
        () => ({
          page: pageData,
          person: {
            ...own,
            access: access.map((p) => ({ html: p.html() })),
            checklists: checklists.map((p) => ({ html: p.html() })),
          },
        }),
        () =>
          contentKey({
            page: pageData,
            person: own,
            access: access.map((p) => p.key()),
            checklists: checklists.map((p) => p.key()),
          }),
      );
      if (pending) await pending;
    }
  };
  if (internal) await personPages();
  // The org chart, and the same hierarchy as a nested list (every role, however many).
  const drawn = await chart;
  const known = new Set(model.roles.map((r) => r.id));
  type Node = { id: string; title: string; reports: Node[] };
  const node = (id: string, trail: ReadonlySet<string>): Node => ({
    id,
    title: model.role(id)!.title,
    reports: model
      .reportsOf(id)
      .filter((r) => !trail.has(r.id))
      .map((r) => node(r.id, new Set([...trail, r.id]))),
  });
  const tree = model.roles
    .filter((r) => !r.reportsTo || !known.has(r.reportsTo) || r.reportsTo === r.id)
    .map((r) => node(r.id, new Set([r.id])));
  await html('org-chart.html', 'org-chart.html.hbs', {
    page: page({ title: `Org chart · ${name}`, root: '', current: 'org-chart' }),
    chart: drawn.chart,
    partners: drawn.partners,
    charted: drawn.charted,
    omitted: drawn.omitted,
    mapped: drawn.mapped,
    mapOmitted: drawn.mapOmitted,
    tree,
  });
  // In the place it had before the person pages.
  artifacts.splice(orgChartAt, 0, artifacts.pop()!);
  return artifacts;
}

/**
 * The role directory under out/site/: home with search, a page per role, the RACI matrix, the
 * org chart, a page per person (internal mode) and a JSON API. Template errors are reported.
 */
export async function generate(ctx: GeneratorContext<SiteOptions>): Promise<Artifact[]> {
  const { value: options, problems } = resolveOptions(ctx.options);
  const all: Diagnostic[] = [...problems, ...rendererFor(ctx.templates).problems];
  if (all.length > 0) {
    for (const p of all) ctx.report(p);
    return [];
  }
  try {
    return await render(ctx, options);
  } catch (error) {
    if (error instanceof TemplateError) {
      ctx.report(error.diagnostic);
      return [];
    }
    throw error;
  }
}
