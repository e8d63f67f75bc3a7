import {
  type Artifact,
  buildEveryUnit,
  contentKey,
  type GeneratorContext,
  mapLimit,
  noMemo,
  textArtifact,
} from '@rolekit/core';
import { at, type Role } from '@rolekit/model';
import { glyphWarnings, pdfWorkersFor, TemplateError } from '@rolekit/render';
import { buildDocument, type JobDescriptionDocument, viewFor } from './document.js';
import { type Audience, layoutOf } from './layout.js';
import {
  type JobDescriptionFormat,
  type JobDescriptionsOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import { pdfJobsModule, renderJobDescriptionPdf } from './pdf.js';
import { renderersFor, tidyMarkdown } from './render.js';
import { buildIndexView, buildRoleView, missingForGoogle, type ViewOptions } from './view.js';

const encoder = new TextEncoder();

const MEDIA_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/**
 * Options, roles and templates, checked before anything is rendered: a template that does not
 * compile stops `rolekit generate` with the template's file and line, and nothing is written.
 */
export function validate(ctx: GeneratorContext<JobDescriptionsOptions>): void {
  const { value: options, problems } = resolveOptions(ctx.options);
  for (const p of problems) ctx.report(p);
  for (const id of options.roles ?? []) {
    if (!ctx.model.role(id))
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `unknown role '${id}'`,
        hint: `roles are ${ctx.model.roles.map((r) => r.id).join(', ')}`,
      });
  }
  if (options.formats.has('md') || options.formats.has('html')) {
    for (const p of renderersFor(ctx.templates).problems) ctx.report(p);
  }
}

/** What a role's unit tells the posting warnings: the fields Google requires that its posting lacks. */
const isPostingFacts = (facts: unknown): facts is { missing: string[] } =>
  typeof facts === 'object' &&
  facts !== null &&
  Array.isArray((facts as { missing?: unknown }).missing) &&
  (facts as { missing: unknown[] }).missing.every((m) => typeof m === 'string');

/** Where an audience's files go under out/job-descriptions/: candidates' at the top. */
export const AUDIENCE_DIR: Record<Audience, string> = { candidate: '', internal: 'internal/' };

/**
 * A warning for each role whose candidate-facing posting lacks what Google requires, once the
 * model says anything about employment (organisation.yaml or any role): a model that says nothing
 * of it publishes no postings, and 2,000 warnings about that would drown the rest.
 */
function reportIncompletePostings(
  ctx: GeneratorContext<JobDescriptionsOptions>,
  missingByRole: readonly { role: Role; missing: readonly string[] }[],
): void {
  const incomplete = missingByRole.filter((i) => i.missing.length > 0);
  if (incomplete.length === 0) return;
  const hint =
    'give the role (or organisation.yaml, for every role) `employment:` with an `address` (country at least), or `remote: true` with `remoteCountries`; see docs/job-descriptions.md';
  const posting =
    ctx.model.organisation.employment !== undefined || ctx.model.roles.some((r) => r.employment);
  if (!posting) return;
  for (const { role, missing } of incomplete)
    ctx.report({
      code: 'RK111',
      severity: 'warning',
      message: `the job posting of role '${role.id}' lacks ${missing.join(', ')}, which Google requires`,
      hint,
      ...at(role.at),
    });
}

async function render(
  ctx: GeneratorContext<JobDescriptionsOptions>,
  options: ResolvedOptions,
): Promise<Artifact[]> {
  const { model } = ctx;
  const { formats } = options;
  const renderers = formats.has('md') || formats.has('html') ? renderersFor(ctx.templates) : undefined;
  const memo = ctx.memo ?? noMemo;
  const viewOptions: ViewOptions = { date: ctx.date, lang: options.lang, formats };
  // In a sharded run, only this machine's roles (a role's files are one unit, see shardUnit).
  const keep = ctx.inShard ?? (() => true);
  const roles = (
    options.roles ? model.roles.filter((r) => options.roles?.includes(r.id)) : model.roles
  ).filter((r) => keep(`${r.id}.md`));
  if (formats.has('pdf')) {
    const printed = roles.map((role) => ({
      subject: `role '${role.id}'`,
      at: role.at,
      fields: { ...role, family: undefined },
    }));
    for (const warning of glyphWarnings(printed, 'its job description PDF')) ctx.report(warning);
  }
  // Thousands of PDFs: worker threads render them on every core, each from its document.
  const workers = formats.has('pdf') ? pdfWorkersFor(roles.length * options.audiences.length) : undefined;
  const renderPdf = (doc: JobDescriptionDocument) =>
    workers
      ? workers.render({ module: pdfJobsModule, name: 'renderJobDescriptionPdf', args: [doc, ctx.date] })
      : renderJobDescriptionPdf(doc, ctx.date);
  const unit = ctx.unit ?? buildEveryUnit(model);
  // A role's files are one unit (core's units.ts): built from what it reads of the model alone,
  // so that after an edit only the roles that read what changed are built again. What Google
  // lacks of its posting comes out of the unit as a fact, for the warnings below.
  const perRole = await mapLimit(roles, options.concurrency, async ({ id }) => {
    const built = await unit<{ missing: string[] }>(
      `role:${id}`,
      async ({ model: m, shared }) => {
        const role = m.role(id)!;
        const layout = shared('layout', layoutOf);
        const full = buildRoleView(m, role, viewOptions);
        const files: Artifact[] = [];
        for (const audience of options.audiences) {
          const document = buildDocument(full, layout, audience);
          // What the templates see: the audience's view and its document.
          const data = { ...viewFor(full, audience), document };
          // The data (with the date) is all a role's three files read, the templates salt the cache:
          // one hash keys all three, so that a run after a one-role edit renders three files.
          const key = memo === noMemo ? undefined : contentKey(data);
          const remember = (format: JobDescriptionFormat, render: () => Promise<Uint8Array>) =>
            // Straight into the artifact: the writer reads a cached file only if the output differs.
            memo({ generator: 'job-descriptions', format, audience, view: key, date: ctx.date }, render, {
              deferred: true,
            });
          const base = `${AUDIENCE_DIR[audience]}${role.id}`;
          if (formats.has('md') && renderers)
            files.push({
              path: `${base}.md`,
              bytes: await remember('md', async () =>
                encoder.encode(tidyMarkdown(renderers.md.render('role.md.hbs', data))),
              ),
              mediaType: MEDIA_TYPES.md,
            });
          if (formats.has('html') && renderers)
            files.push({
              path: `${base}.html`,
              bytes: await remember('html', async () =>
                encoder.encode(renderers.html.render('role.html.hbs', data)),
              ),
              mediaType: MEDIA_TYPES.html,
            });
          if (formats.has('pdf'))
            files.push({
              path: `${base}.pdf`,
              bytes: await remember('pdf', () => renderPdf(document)),
              mediaType: MEDIA_TYPES.pdf,
            });
        }
        return { artifacts: files, facts: { missing: missingForGoogle(full.jobPosting) } };
      },
      isPostingFacts,
    );
    return built;
  }).finally(() => workers?.close());
  const artifacts = perRole.flatMap((r) => r.artifacts);
  if (options.audiences.includes('candidate') && formats.has('html'))
    reportIncompletePostings(
      ctx,
      roles.map((role, i) => ({ role, missing: perRole[i]!.facts?.missing ?? [] })),
    );

  // The index lists every role, so a run for some roles only leaves it alone.
  if (!options.roles && renderers && keep('index.md')) {
    const index = await unit('index', ({ model: m, shared }) => {
      const layout = shared('layout', layoutOf);
      const files: Artifact[] = [];
      for (const audience of options.audiences) {
        const view = buildIndexView(m, viewOptions);
        const footer =
          audience === 'internal' && layout.notes
            ? `${view.organisation.name} role model, ${view.date}. Generated from the role model; edit the model, not this file.`
            : `${view.organisation.name}, ${view.date}`;
        const index = { ...view, audience, brand: layout.brand, footer };
        const dir = AUDIENCE_DIR[audience];
        if (formats.has('md'))
          files.push(
            textArtifact(
              `${dir}index.md`,
              tidyMarkdown(renderers.md.render('index.md.hbs', index)),
              MEDIA_TYPES.md,
            ),
          );
        if (formats.has('html'))
          files.push(
            textArtifact(
              `${dir}index.html`,
              renderers.html.render('index.html.hbs', index),
              MEDIA_TYPES.html,
            ),
          );
      }
      return { artifacts: files };
    });
    artifacts.push(...index.artifacts);
  }
  return artifacts;
}

/**
 * For every role (or the roles of `options.roles`): <role>.md, <role>.html and <role>.pdf from one
 * view model, plus index.md and index.html. Template errors are reported, never thrown.
 */
export async function generate(ctx: GeneratorContext<JobDescriptionsOptions>): Promise<Artifact[]> {
  const { value: options, problems } = resolveOptions(ctx.options);
  const templateProblems =
    options.formats.has('md') || options.formats.has('html') ? renderersFor(ctx.templates).problems : [];
  if (problems.length + templateProblems.length > 0) {
    // validate() reports these when the runner calls it; this is for callers that did not.
    for (const p of [...problems, ...templateProblems]) ctx.report(p);
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
