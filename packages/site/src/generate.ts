import {
  type Artifact,
  buildEveryUnit,
  contentKey,
  type GeneratorContext,
  type Memo,
  noMemo,
  type Share,
  type TemplateStore,
  type UnitOutput,
} from '@rolekit/core';
import { isoDate, layoutOf } from '@rolekit/job-descriptions';
import type { Diagnostic } from '@rolekit/model';
import { createRenderer, type Renderer, TemplateError } from '@rolekit/render';
import { roleJson, rolesJsonEntry, rolesJsonOf } from './api.js';
import { miniSearchScript, raciScript, searchScript } from './assets.js';
import { ByteArena, flat } from './bytes.js';
import { type ResolvedOptions, resolveOptions, type SiteOptions } from './options.js';
import { orgChart } from './org-chart.js';
import { raciPages } from './raci.js';
import { isRoleFacts, type RoleFacts, searchDocument } from './role-facts.js';
import { safeJson } from './safe-json.js';
import { searchDocumentsScript } from './search.js';
import {
  audienceOf,
  familiesOf,
  homeEntry,
  organisationDownloads,
  type PageView,
  pageView,
  peopleParts,
  personPage,
  roleDownloads,
  type SiteRole,
  siteRole,
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
  const date = isoDate(ctx.date);
  const internal = options.mode === 'internal';
  const unit = ctx.unit ?? buildEveryUnit(model);
  // Every page is built in a unit (core's units.ts) from what it reads of the model: after an edit
  // only the units that read what changed are built again. Values several units need (the pages'
  // head and foot, a role's view, a role's part of its holders' pages) are shared: built once a
  // run, and each unit that uses one depends on what it read.
  // What every page's head and foot show: built once, shared by the 24,000 pages' views.
  const shellOf = (share: Share) =>
    share('shell', (m) => pageView(m, layoutOf(m), options, date, { title: '', root: '', current: 'home' }));
  const page = (shell: PageView, fields: Parameters<typeof pageView>[4]): PageView => ({
    lang: shell.lang,
    title: fields.title,
    root: fields.root,
    current: fields.current,
    internal: shell.internal,
    organisation: shell.organisation,
    brand: shell.brand,
    footer: shell.footer,
  });
  const siteRoleOf = (share: Share, id: string): SiteRole =>
    share(`role:${id}`, (m) => siteRole(m, m.role(id)!, options, ctx.date));
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
  // the cache): the writer compares pages with its manifest without reading them (deferred).
  // `data` and `key` are called only if needed: a person page's data renders its roles' parts.
  // Without a memo the page is rendered at once and nothing is awaited: 24,000 awaits, each
  // suspending and resuming the loop that renders, cost more than some pages.
  const lazyHtml = (
    path: string,
    template: string,
    data: () => unknown,
    key: () => string,
  ): Artifact | Promise<Artifact> => {
    const render = () => arena.encode(renderText(template, data()));
    if (!cached) return { path, bytes: render(), mediaType: HTML };
    return memo({ generator: 'site', template, data: key() }, async () => render(), { deferred: true }).then(
      (bytes) => ({ path, bytes, mediaType: HTML }),
    );
  };
  const html = (path: string, template: string, data: unknown) =>
    lazyHtml(
      path,
      template,
      () => data,
      () => contentKey(data),
    );
  /** Awaits only what has to be awaited (see lazyHtml). */
  const settle = <T>(value: T | Promise<T>, then: (value: T) => void): Promise<void> | undefined => {
    if (value instanceof Promise) return value.then(then);
    then(value);
    return undefined;
  };
  const add = (value: Artifact | Promise<Artifact>) => settle(value, (a) => artifacts.push(a));
  const collect = (value: UnitOutput<unknown> | Promise<UnitOutput<unknown>>) =>
    settle(value, (out) => artifacts.push(...out.artifacts));

  // Assets.
  const layout = layoutOf(model);
  artifacts.push(
    text('assets/site.css', renderText('site.css.hbs', { brand: layout.brand }), CSS),
    text('assets/minisearch.js', miniSearchScript(), JS),
    text('assets/search.js', searchScript(), JS),
  );
  const chart = settled(
    (async () => {
      const out = unit('org-chart', async ({ model: m, shared }) => {
        const drawn = await orgChart(m, options.chartLimit, options.partnerMapLimit, memo, jobs);
        const known = new Set(m.roles.map((r) => r.id));
        type Node = { id: string; title: string; reports: Node[] };
        const node = (id: string, trail: ReadonlySet<string>): Node => ({
          id,
          title: m.role(id)!.title,
          reports: m
            .reportsOf(id)
            .filter((r) => !trail.has(r.id))
            .map((r) => node(r.id, new Set([...trail, r.id]))),
        });
        const tree = m.roles
          .filter((r) => !r.reportsTo || !known.has(r.reportsTo) || r.reportsTo === r.id)
          .map((r) => node(r.id, new Set([r.id])));
        const shell = shellOf(shared);
        const page = await html('org-chart.html', 'org-chart.html.hbs', {
          page: pageOf(shell, `Org chart · ${shell.organisation.name}`, '', 'org-chart'),
          chart: drawn.chart,
          partners: drawn.partners,
          charted: drawn.charted,
          omitted: drawn.omitted,
          mapped: drawn.mapped,
          mapOmitted: drawn.mapOmitted,
          tree,
        });
        return { artifacts: [page] };
      });
      return out instanceof Promise ? await out : out;
    })(),
  );
  const pageOf = (shell: PageView, title: string, root: string, current: PageView['current']) =>
    page(shell, { title, root, current });

  // A page and a JSON file per role; what the pages about every role need of it comes out as facts.
  const facts: RoleFacts[] = [];
  for (const { id } of model.roles) {
    const out = unit<RoleFacts>(
      `roles/${id}`,
      ({ shared }) => {
        const sections = shared('sections', (m) =>
          layoutOf(m).sections[audienceOf(options.mode)].map((s) => s.section),
        );
        const site = siteRoleOf(shared, id);
        const { role, document } = site;
        const shell = shellOf(shared);
        const reportsTo = site.seen.reportsTo;
        const json = text(
          `api/roles/${role.id}.json`,
          `${safeJson(roleJson(site, options.mode, sections), 2)}\n`,
          JSON_TYPE,
        );
        const own: RoleFacts = {
          home: homeEntry(site),
          api: rolesJsonEntry(site),
          search: searchDocument(site, internal),
        };
        const pageOut = html(`roles/${role.id}.html`, 'role.html.hbs', {
          page: pageOf(shell, `${role.title} · ${shell.organisation.name}`, '../', 'role'),
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
        return pageOut instanceof Promise
          ? pageOut.then((p) => ({ artifacts: [p, json], facts: own }))
          : { artifacts: [pageOut, json], facts: own };
      },
      isRoleFacts,
    );
    const pending = settle(out, (o) => {
      artifacts.push(...o.artifacts);
      facts.push(o.facts!);
    });
    if (pending) await pending;
  }

  // The pages about every role, from the roles' facts: built every run, each cheap.
  // What the home page's search indexes (search.ts): remembered by the documents.
  const documents = facts.map((f) => f.search);
  const searchDocuments = () => arena.encode(searchDocumentsScript(documents));
  const searchIndex = cached
    ? await memo(
        { generator: 'site', asset: 'search-documents', documents: contentKey(documents) },
        async () => searchDocuments(),
        { deferred: true },
      )
    : searchDocuments();
  // Home: the families, each with a page of its roles and their files (listing every role and
  // its downloads on the home page made it 1.5 MiB at 2,000 roles).
  const shell = pageView(model, layout, options, date, { title: '', root: '', current: 'home' });
  const families = familiesOf(
    model,
    facts.map((f) => f.home),
    options.mode,
  );
  await add(
    html('index.html', 'index.html.hbs', {
      page: pageOf(shell, `Roles · ${name}`, '', 'home'),
      organisation: {
        name,
        description: model.organisation.description ?? null,
        website: model.organisation.website ?? null,
      },
      roleCount: facts.length,
      familyCount: families.length,
      peopleCount: model.people.length,
      families: families.map((f) => ({
        id: f.id,
        title: f.title,
        description: f.description,
        roleCount: f.roles.length,
      })),
      downloads: organisationDownloads(options.mode),
    }),
  );
  for (const family of families)
    await add(
      html(`families/${family.id}.html`, 'family.html.hbs', {
        page: pageOf(shell, `${family.title} · ${name}`, '../', 'family'),
        family,
      }),
    );
  artifacts.push(
    text(
      'api/roles.json',
      `${safeJson(
        rolesJsonOf(
          model,
          facts.map((f) => f.api),
          options.mode,
          date,
        ),
        2,
      )}\n`,
      JSON_TYPE,
    ),
  );

  // The RACI matrix: activities are internal (the candidate job description leaves them out too).
  // A large matrix: raci.html is an index of one page per role family (raci/<family>.html).
  // Rendered whenever its unit is built: hashing a matrix's every cell (a million at 2,000 roles
  // and 500 activities) for a key cost more than rendering it.
  if (internal) {
    await collect(
      unit('raci', ({ model: m, shared }) => {
        const shell = shellOf(shared);
        const name = shell.organisation.name;
        const raci = raciPages(m, options.raciPageCells);
        const files: Array<Artifact | Promise<Artifact>> = [];
        if (!raci.split)
          files.push(
            text(
              'raci.html',
              renderText('raci.html.hbs', {
                page: pageOf(shell, `RACI matrix · ${name}`, '', 'raci'),
                ...raci.page,
                span: raci.page.columns.length + 1,
              }),
              HTML,
            ),
          );
        else {
          files.push(
            html('raci.html', 'raci-index.html.hbs', {
              page: pageOf(shell, `RACI matrix · ${name}`, '', 'raci'),
              roles: raci.roles,
              activities: raci.activities,
              families: raci.families,
              rolesWithoutLetters: raci.rolesWithoutLetters,
            }),
          );
          for (const view of raci.pages)
            files.push(
              text(
                `raci/${view.family!.id}.html`,
                renderText('raci.html.hbs', {
                  page: pageOf(shell, `RACI matrix: ${view.family!.title} · ${name}`, '../', 'raci-family'),
                  ...view,
                  span: view.columns.length + 1,
                }),
                HTML,
              ),
            );
        }
        return files.some((f) => f instanceof Promise)
          ? Promise.all(files).then((artifacts) => ({ artifacts }))
          : { artifacts: files as Artifact[] };
      }),
    );
    artifacts.push(text('assets/raci.js', raciScript(), JS));
  }

  // People: internal only. A person page is mostly its roles' parts (access, onboarding checklist),
  // the same on every holder's page: each part is built once (shared), rendered once, when a page
  // that shows it first is, and joined into the pages (a fifth of the pages' rendering time at
  // 20,000 people). Its key is a hash of its data, which the person's page key names.
  // A function of its own, so that V8 optimises this loop without compiling all of renderWith again.
  const personPages = async () => {
    type Part = { key: () => string; html: () => string };
    // By the data's identity: a shared value is one object a run. Rendering is a pure function of
    // the data, so remembering it across units reads nothing of the model.
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
    for (const { id } of model.people) {
      const out = unit(`people/${id}`, ({ model: m, shared }) => {
        const person = m.person(id)!;
        const people = peopleParts(shared, siteRoleOf);
        const held: SiteRole[] = [];
        for (const roleId of person.roles) if (m.role(roleId)) held.push(siteRoleOf(shared, roleId));
        const facts = personPage(m, person, held, people);
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
        const access = held.map((r) => part('person-access.html.hbs', people.roleAccess(r)));
        const checklists = dated
          ? [part('person-checklist.html.hbs', dated)]
          : held.map((r) => part('person-checklist.html.hbs', people.roleChecklist(r.role)));
        const shell = shellOf(shared);
        const pageData = pageOf(shell, `${person.name} · ${shell.organisation.name}`, '../', 'person');
        const built = lazyHtml(
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
        return built instanceof Promise ? built.then((a) => ({ artifacts: [a] })) : { artifacts: [built] };
      });
      const pending = collect(out);
      if (pending) await pending;
    }
  };
  if (internal) await personPages();
  artifacts.push(...(await chart).artifacts);
  artifacts.push({ path: 'assets/search-index.js', bytes: searchIndex, mediaType: JS });
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
