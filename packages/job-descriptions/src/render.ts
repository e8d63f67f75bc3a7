import type { TemplateStore } from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';
import { createRenderer, type Renderer } from '@rolekit/render';

/** The templates' folder under templates/ (and under an override directory). */
export const TEMPLATE_FOLDER = 'job-description';

export interface Renderers {
  md: Renderer;
  html: Renderer;
  /** Every template problem of both, once each. */
  problems: Diagnostic[];
}

// Compiling is done once per template store: validate and generate share the result.
const cache = new WeakMap<TemplateStore, Renderers>();

/** The Markdown and HTML renderers of templates/job-description/, compiled and checked. */
export function renderersFor(templates: TemplateStore): Renderers {
  const cached = cache.get(templates);
  if (cached) return cached;
  const md = createRenderer(templates, TEMPLATE_FOLDER, 'markdown');
  const html = createRenderer(templates, TEMPLATE_FOLDER, 'html');
  const seen = new Set<string>();
  const problems: Diagnostic[] = [];
  // Both renderers compile every template of the folder, so each problem is found twice.
  for (const p of [...md.problems, ...html.problems]) {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  const renderers = { md, html, problems };
  cache.set(templates, renderers);
  return renderers;
}

/** Markdown as it should be on disk: no runs of blank lines where sections were left out, one final newline. */
export function tidyMarkdown(text: string): string {
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
