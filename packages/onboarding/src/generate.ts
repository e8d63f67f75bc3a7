import {
  type Artifact,
  buildEveryUnit,
  type GeneratorContext,
  type Memo,
  mapLimit,
  noMemo,
  textArtifact,
} from '@rolekit/core';
import { at, type Diagnostic, didYouMean, type Model, type Person } from '@rolekit/model';
import {
  createRenderer,
  glyphWarnings,
  type PdfWorkers,
  type PrintedEntity,
  pdfWorkersFor,
  type Renderer,
  TemplateError,
} from '@rolekit/render';
import { isBusinessDay, parseIsoDate } from './dates.js';
import { type OnboardingOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { type ChecklistDocument, checklistDocument, pdfJobsModule, renderChecklistPdf } from './pdf.js';
import { type ChecklistView, personChecklist, roleChecklist } from './view.js';

export const TEMPLATE_FOLDER = 'onboarding';
const MARKDOWN = 'text/markdown; charset=utf-8';
const PDF = 'application/pdf';

/** One checklist to write: its path without extension (roles/qa-engineer) and its view. */
export interface PlannedChecklist {
  base: string;
  view: ChecklistView;
}

/**
 * A person's start date problem: an impossible date is an error (that person gets no checklist),
 * a start on a weekend a warning (day 1 moves to the Monday).
 */
export function startDateProblem(person: Person, start: string, fromModel: boolean): Diagnostic | undefined {
  // Where the person is in people.yaml, worked out only for a problem (it reads the source).
  const where = () => (fromModel ? at(person.at) : {});
  if (parseIsoDate(start) === undefined) {
    return {
      code: 'RK141',
      severity: 'error',
      message: `${person.id}'s start date '${start}' is not a date`,
      hint: 'write the first working day as YYYY-MM-DD, e.g. 2026-12-01',
      ...where(),
    };
  }
  if (!isBusinessDay(start)) {
    return {
      code: 'RK142',
      severity: 'warning',
      message: `${person.id} starts on a weekend (${start}); their day 1 is the Monday after`,
      hint: 'set startDate in people.yaml (or --start) to the first working day',
      ...where(),
    };
  }
  return undefined;
}

/** People who get a dated checklist in a full run: a valid startDate, and a selected role when --role is given. */
function newHires(model: Model, options: ResolvedOptions): Person[] {
  if (!options.people) return [];
  return model.people.filter(
    (p) =>
      p.startDate !== undefined &&
      parseIsoDate(p.startDate) !== undefined &&
      (!options.roles || p.roles.some((r) => options.roles?.includes(r))),
  );
}

/** Every checklist of a run, in output order: roles (sorted by id), then new hires (people.yaml order). */
export function plannedChecklists(model: Model, options: ResolvedOptions): PlannedChecklist[] {
  const roles = model.roles.filter((r) => !options.roles || options.roles.includes(r.id));
  return [
    ...roles.map((role) => ({ base: `roles/${role.id}`, view: roleChecklist(model, role, options) })),
    ...newHires(model, options).map((person) => ({
      base: `people/${person.id}`,
      view: personChecklist(model, person, person.startDate as string, options),
    })),
  ];
}

/** What the checklists print of the model: the roles' titles and tasks, each new hire, their manager and buddy. */
function printedIn(model: Model, options: ResolvedOptions): PrintedEntity[] {
  const roles = model.roles.filter((r) => !options.roles || options.roles.includes(r.id));
  const people = new Map<string, Person>();
  for (const hire of newHires(model, options)) {
    for (const id of [hire.id, hire.manager, hire.buddy]) {
      const person = id === undefined ? undefined : model.person(id);
      if (person) people.set(person.id, person);
    }
  }
  return [
    ...roles.map((role) => ({
      subject: `role '${role.id}'`,
      at: role.at,
      fields: { title: role.title, onboarding: { tasks: role.onboardingTasks } },
    })),
    ...[...people.values()].map((person) => ({
      subject: `person '${person.id}'`,
      at: person.at,
      fields: { name: person.name },
    })),
  ];
}

/**
 * The pdfmake documents of a full run, without rendering them: pure, for benchmarks that render
 * the same documents with a bare pdfmake loop.
 */
export function onboardingDocuments(
  model: Model,
  input: { date: Date; options?: Partial<OnboardingOptions> },
): ChecklistDocument[] {
  const { value } = resolveOptions(input.options ?? {}, model);
  return plannedChecklists(model, value).map(({ base, view }) =>
    checklistDocument(view, `${base}.pdf`, input.date),
  );
}

/** Renders templates, collecting a TemplateError as a diagnostic (once per distinct problem). */
function markdown(renderer: Renderer, report: (d: Diagnostic) => void, seen: Set<string>) {
  return (name: string, data: unknown): string | undefined => {
    try {
      return renderer.render(name, data);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      const key = `${error.diagnostic.file}:${error.diagnostic.line}:${error.diagnostic.message}`;
      if (!seen.has(key)) report(error.diagnostic);
      seen.add(key);
      return undefined;
    }
  };
}

/** What the onboarding generator reads of its context. */
export type OnboardingContext = Pick<
  GeneratorContext<OnboardingOptions>,
  'model' | 'options' | 'templates' | 'date' | 'report' | 'inShard' | 'unit'
> & { memo?: Memo };

const PDFS_AT_ONCE = 4;

/** The Markdown and (optionally) PDF of checklists. */
async function checklistArtifacts(
  planned: readonly PlannedChecklist[],
  render: (name: string, data: unknown) => string | undefined,
  pdf: boolean,
  date: Date,
  memo: Memo,
  pool?: PdfWorkers,
): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const { base, view } of planned) {
    const text = render('checklist.md.hbs', view);
    if (text !== undefined) out.push(textArtifact(`${base}.md`, text, MARKDOWN));
  }
  if (pdf) {
    // A few at a time: pdfmake holds a document's whole layout until it is written, and 2,000
    // checklists in flight at once took 2.3 GB.
    // Thousands of checklists: worker threads render them on every core, each from its view.
    const workers = pool ?? pdfWorkersFor(planned.length);
    const pdfs = await mapLimit(planned, PDFS_AT_ONCE, async ({ base, view }) => {
      const path = `${base}.pdf`;
      // The document is a function of the view and the date alone.
      const bytes = await memo(
        { generator: 'onboarding', pdf: view, date },
        () =>
          workers
            ? workers.render({ module: pdfJobsModule, name: 'renderChecklistPdf', args: [view, path, date] })
            : renderChecklistPdf(view, path, date),
        { deferred: true }, // straight into the artifact
      );
      return { path, bytes, mediaType: PDF };
    }).finally(() => (pool ? undefined : workers?.close()));
    out.push(...pdfs);
  }
  return out;
}

export function validate(ctx: OnboardingContext): void {
  const { problems } = resolveOptions(ctx.options, ctx.model);
  for (const p of problems) ctx.report(p);
  for (const role of ctx.options.roles ?? []) {
    if (!ctx.model.role(role))
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `unknown role '${role}'${didYouMean(
          role,
          ctx.model.roles.map((r) => r.id),
        )}`,
        hint: 'use the id of a file under roles/',
      });
  }
  for (const p of createRenderer(ctx.templates, TEMPLATE_FOLDER, 'markdown').problems) ctx.report(p);
  if (ctx.options.people === false) return;
  for (const person of ctx.model.people) {
    if (person.startDate === undefined) continue;
    const problem = startDateProblem(person, person.startDate, true);
    if (problem) ctx.report(problem);
  }
}

/**
 * Every role's checklist (roles/<role>.md and .pdf), every new hire's (people/<person>.md and .pdf,
 * for people with a startDate) and index.md listing both.
 */
export async function generate(ctx: OnboardingContext): Promise<Artifact[]> {
  const { value: options } = resolveOptions(ctx.options, ctx.model);
  const renderer = createRenderer(ctx.templates, TEMPLATE_FOLDER, 'markdown');
  const render = markdown(renderer, ctx.report, new Set());
  const roles = ctx.model.roles.filter((r) => !options.roles || options.roles.includes(r.id));
  const all = [
    ...roles.map((r) => ({ base: `roles/${r.id}`, role: r.id })),
    ...newHires(ctx.model, options).map((p) => ({ base: `people/${p.id}`, person: p.id })),
  ];
  // In a sharded run, only this machine's checklists (see shardUnit); the index lists them all.
  const keep = ctx.inShard;
  const planned = keep ? all.filter(({ base }) => keep(`${base}.md`)) : all;
  if (options.pdf)
    for (const warning of glyphWarnings(printedIn(ctx.model, options), 'the onboarding PDFs'))
      ctx.report(warning);
  const memo = ctx.memo ?? noMemo;
  const unit = ctx.unit ?? buildEveryUnit(ctx.model);
  // A checklist is one unit (core's units.ts), built from what it reads of the model alone: after
  // an edit only the checklists that read what changed are built again. What the index lists of a
  // checklist comes out of its unit as a fact.
  // Thousands of checklists: worker threads render their PDFs on every core, each from its view.
  const workers = options.pdf ? pdfWorkersFor(planned.length) : undefined;
  const built = await mapLimit(planned, PDFS_AT_ONCE, async (checklist) =>
    unit<IndexEntry>(
      checklist.base,
      async ({ model, shared }) => {
        const own = shared('options', (m) => resolveOptions(ctx.options, m).value);
        const view =
          'role' in checklist
            ? roleChecklist(model, model.role(checklist.role)!, own)
            : personChecklist(
                model,
                model.person(checklist.person)!,
                model.person(checklist.person)!.startDate!,
                own,
              );
        return {
          artifacts: await checklistArtifacts(
            [{ base: checklist.base, view }],
            render,
            own.pdf,
            ctx.date,
            memo,
            workers,
          ),
          facts: indexEntry(view),
        };
      },
      isIndexEntry,
    ),
  ).finally(() => workers?.close());
  const artifacts = built.flatMap((b) => b.artifacts);

  // The index lists every role and new hire, also in a --role run or a shard, so it never shrinks
  // to a subset: there from every checklist's view, else from the units' facts.
  const everything =
    options.roles || keep
      ? plannedChecklists(ctx.model, { ...options, roles: undefined }).map(({ view }) => indexEntry(view))
      : built.map((b) => b.facts!);
  const index = render('index.md.hbs', {
    organisation: {
      name: ctx.model.organisation.name,
      github: ctx.model.organisation.github?.org ?? null,
    },
    roles: everything
      .filter((c) => c.kind === 'role')
      .map((c) => ({
        id: c.id,
        title: c.rolesLabel,
        family: c.family,
        taskCount: c.taskCount,
        pdf: options.pdf,
      })),
    people: everything
      .filter((c) => c.person !== null)
      .map((c) => ({
        ...(c.person as NonNullable<ChecklistView['person']>),
        rolesLabel: c.rolesLabel,
        taskCount: c.taskCount,
        pdf: options.pdf,
      })),
  });
  if (index !== undefined) artifacts.push(textArtifact('index.md', index, MARKDOWN));
  return artifacts;
}

/** What the index lists of a checklist. */
interface IndexEntry {
  kind: ChecklistView['kind'];
  id: string;
  family: string;
  rolesLabel: string;
  taskCount: number;
  person: ChecklistView['person'];
}

/** An index entry as the cache keeps it (a file anyone may have changed). */
function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const person = e['person'] as Record<string, unknown> | null;
  return (
    (e['kind'] === 'role' || e['kind'] === 'person') &&
    typeof e['id'] === 'string' &&
    typeof e['family'] === 'string' &&
    typeof e['rolesLabel'] === 'string' &&
    Number.isSafeInteger(e['taskCount']) &&
    (person === null ||
      (typeof person === 'object' &&
        ['id', 'name', 'start', 'startLabel'].every((k) => typeof person[k] === 'string') &&
        ['github', 'manager', 'buddy'].every((k) => person[k] === null || typeof person[k] === 'string')))
  );
}

function indexEntry(view: ChecklistView): IndexEntry {
  return {
    kind: view.kind,
    id: view.roles[0]?.id ?? '',
    family: view.roles[0]?.family ?? '',
    rolesLabel: view.rolesLabel,
    taskCount: view.taskCount,
    person: view.person,
  };
}

/**
 * One person's checklist (people/<id>.md and .pdf) from `start`, whether or not the model gives
 * them a startDate: what `rolekit onboarding --person` writes and `publish` posts.
 */
export async function personArtifacts(
  ctx: OnboardingContext,
  person: Person,
  start: string,
): Promise<{ artifacts: Artifact[]; view: ChecklistView | undefined; markdown: string | undefined }> {
  const { value: options, problems } = resolveOptions(ctx.options, ctx.model);
  for (const p of problems) ctx.report(p);
  const renderer = createRenderer(ctx.templates, TEMPLATE_FOLDER, 'markdown');
  for (const p of renderer.problems) ctx.report(p);
  const startProblem = startDateProblem(person, start, start === person.startDate);
  if (startProblem) ctx.report(startProblem);
  if (startProblem?.severity === 'error' || problems.some((p) => p.severity === 'error'))
    return { artifacts: [], view: undefined, markdown: undefined };
  const view = personChecklist(ctx.model, person, start, options);
  const render = markdown(renderer, ctx.report, new Set());
  const planned = [{ base: `people/${person.id}`, view }];
  const artifacts = await checklistArtifacts(planned, render, options.pdf, ctx.date, ctx.memo ?? noMemo);
  const md = artifacts.find((a) => a.path.endsWith('.md'));
  return { artifacts, view, markdown: md ? new TextDecoder().decode(md.bytes) : undefined };
}
