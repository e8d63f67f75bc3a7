import {
  type Artifact,
  contentKey,
  type GeneratorContext,
  mapLimit,
  noMemo,
  textArtifact,
} from '@rolekit/core';
import { glyphWarnings, pdfWorkersFor, TemplateError } from '@rolekit/render';
import {
  type JobDescriptionFormat,
  type JobDescriptionsOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import { pdfJobsModule, renderJobDescriptionPdf } from './pdf.js';
import { renderersFor, tidyMarkdown } from './render.js';
import { buildIndexView, buildRoleView, type RoleView, type ViewOptions } from './view.js';

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

async function render(
  ctx: GeneratorContext<JobDescriptionsOptions>,
  options: ResolvedOptions,
): Promise<Artifact[]> {
  const { model } = ctx;
  const { formats } = options;
  const renderers = formats.has('md') || formats.has('html') ? renderersFor(ctx.templates) : undefined;
  const memo = ctx.memo ?? noMemo;
  const viewOptions: ViewOptions = { date: ctx.date, lang: options.lang, formats };
  const roles = options.roles ? model.roles.filter((r) => options.roles?.includes(r.id)) : model.roles;

  if (formats.has('pdf')) {
    const printed = roles.map((role) => ({
      subject: `role '${role.id}'`,
      at: role.at,
      fields: { ...role, family: undefined },
    }));
    for (const warning of glyphWarnings(printed, 'its job description PDF')) ctx.report(warning);
  }
  // Thousands of PDFs: worker threads render them on every core, each from its role's view.
  const workers = formats.has('pdf') ? pdfWorkersFor(roles.length) : undefined;
  const renderPdf = (view: RoleView) =>
    workers
      ? workers.render({ module: pdfJobsModule, name: 'renderJobDescriptionPdf', args: [view, ctx.date] })
      : renderJobDescriptionPdf(view, ctx.date);
  const perRole = await mapLimit(roles, options.concurrency, async (role) => {
    const view = buildRoleView(model, role, viewOptions);
    // The view (with the date) is all a role's three files read, the templates salt the cache: one
    // hash of the view keys all three, so that a run after a one-role edit renders three files.
    const viewKey = memo === noMemo ? undefined : contentKey(view);
    const remember = (format: JobDescriptionFormat, render: () => Promise<Uint8Array>) =>
      memo({ generator: 'job-descriptions', format, view: viewKey, date: ctx.date }, render);
    const files: Artifact[] = [];
    if (formats.has('md') && renderers)
      files.push({
        path: `${role.id}.md`,
        bytes: await remember('md', async () =>
          encoder.encode(tidyMarkdown(renderers.md.render('role.md.hbs', view))),
        ),
        mediaType: MEDIA_TYPES.md,
      });
    if (formats.has('html') && renderers)
      files.push({
        path: `${role.id}.html`,
        bytes: await remember('html', async () =>
          encoder.encode(renderers.html.render('role.html.hbs', view)),
        ),
        mediaType: MEDIA_TYPES.html,
      });
    if (formats.has('pdf'))
      files.push({
        path: `${role.id}.pdf`,
        bytes: await remember('pdf', () => renderPdf(view)),
        mediaType: MEDIA_TYPES.pdf,
      });
    return files;
  }).finally(() => workers?.close());
  const artifacts = perRole.flat();

  // The index lists every role, so a run for some roles only leaves it alone.
  if (!options.roles && renderers) {
    const index = buildIndexView(model, viewOptions);
    if (formats.has('md'))
      artifacts.push(
        textArtifact('index.md', tidyMarkdown(renderers.md.render('index.md.hbs', index)), MEDIA_TYPES.md),
      );
    if (formats.has('html'))
      artifacts.push(
        textArtifact('index.html', renderers.html.render('index.html.hbs', index), MEDIA_TYPES.html),
      );
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
