import {
  type Content,
  type PdfMeta,
  pageFooter,
  renderPdf,
  type TDocumentDefinitions,
  theme,
} from '@rolekit/render';
import type { ActivityView, RefView, RoleLinkView, RoleView } from './view.js';

// The PDF is built from the same view model as the Markdown and HTML, with pdfmake (through
// @rolekit/render's locked-down kit), not by printing the HTML: no browser, fonts embedded, and
// the same bytes on every machine.

const muted = theme.colours.muted;

function h1(text: string): Content {
  return { text, style: 'h1', headlineLevel: 1 };
}

function h2(text: string): Content {
  return { text, style: 'h2', headlineLevel: 2 };
}

function bullets(items: readonly Content[]): Content {
  return { ul: [...items], style: 'body', margin: [0, 0, 0, 4] };
}

function section(title: string, items: readonly string[]): Content[] {
  return items.length === 0 ? [] : [h1(title), bullets(items)];
}

function refs(title: string, items: readonly RefView[]): Content[] {
  if (items.length === 0) return [];
  return [
    h1(title),
    bullets(
      items.map((r) => ({
        text: [{ text: r.name, bold: true }, ...(r.note ? [{ text: `: ${r.note}` }] : [])],
      })),
    ),
  ];
}

function roleName(r: RoleLinkView): string {
  return r.seniority ? `${r.title} (${r.seniority})` : r.title;
}

function activities(title: string, items: readonly ActivityView[]): Content[] {
  if (items.length === 0) return [];
  return [
    h2(title),
    bullets(
      items.map((a) => ({
        text: [
          { text: a.title, bold: true },
          { text: ` · ${a.group}`, color: muted },
          ...(a.note ? [{ text: ` · ${a.note}` }] : []),
        ],
      })),
    ),
  ];
}

/** Tables of up to this many rows are kept on one page rather than split with a row or two over. */
const UNBREAKABLE_ROWS = 10;

function table(
  header: readonly string[],
  rows: readonly (readonly Content[])[],
  widths: readonly (string | number)[],
): Content {
  const body: Content = {
    table: {
      dontBreakRows: true,
      headerRows: 1,
      widths: [...widths],
      body: [header.map((h) => ({ text: h, style: 'tableHeader' })), ...rows.map((r) => [...r])],
    },
    layout: {
      hLineColor: () => theme.colours.rule,
      vLineColor: () => theme.colours.rule,
      fillColor: (row: number) => (row > 0 && row % 2 === 0 ? theme.colours.zebra : null),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    style: 'cell',
    margin: [0, 2, 0, 6],
  };
  return rows.length <= UNBREAKABLE_ROWS ? { stack: [body], unbreakable: true } : body;
}

function cell(text: string | null, extra: Record<string, unknown> = {}): Content {
  return { text: text ?? '', style: 'cell', ...extra } as Content;
}

/** The metadata renderPdf embeds: title, subject, author and the output date. */
export function jobDescriptionPdfMeta(view: RoleView, date: Date): PdfMeta {
  return {
    title: `${view.title}: job description`,
    subject: view.summary,
    author: view.organisation.name,
    keywords: [view.family.title, ...(view.seniority ? [view.seniority.label] : []), ...view.aliases].join(
      ', ',
    ),
    date,
    footer: `${view.organisation.name} · ${view.title} · ${view.date}`,
  };
}

/**
 * The pdfmake document definition of one job description (without `info`, which renderPdf adds).
 * Pure and complete (page size, styles, footer), so a benchmark can hand the same definitions to
 * a bare pdfmake loop.
 */
export function jobDescriptionPdfDefinition(view: RoleView): Omit<TDocumentDefinitions, 'info'> {
  const cover = [view.family.title, view.seniority?.label, view.organisation.name]
    .filter(Boolean)
    .join(' · ');
  const facts: Content[] = [];
  const fact = (label: string, value: string) => facts.push(factLine(label, value));
  if (view.reportsTo) fact('Reports to', roleName(view.reportsTo));
  if (view.employment) {
    const e = view.employment;
    const parts = [e.typeLabel, e.location, e.remote ? 'Remote' : null].filter((p) => p !== null);
    if (parts.length > 0) fact('Employment', parts.join(' · '));
  }
  if (view.aliases.length > 0) fact('Also known as', view.aliases.join(', '));

  const content: Content[] = [
    { text: view.title, style: 'title' },
    { text: cover, style: 'subtitle', margin: [0, 0, 0, 4] },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 1.5, lineColor: theme.colours.accent },
      ],
      margin: [0, 0, 0, 10],
    },
    { text: view.summary, style: 'body', margin: [0, 0, 0, 6] },
  ];
  if (view.mission)
    content.push({
      text: [
        { text: 'Mission: ', bold: true },
        { text: view.mission, italics: true },
      ],
      style: 'body',
      margin: [0, 0, 0, 6],
    });
  content.push(...facts);

  if (view.responsibilities.length > 0) {
    content.push(h1('Responsibilities'));
    for (const group of view.responsibilities) {
      if (group.title) content.push(h2(group.title));
      content.push(bullets(group.items));
    }
  }
  content.push(...section('Accountabilities', view.accountabilities));
  content.push(...section('Decision rights', view.decisionRights));
  content.push(...section('Deliverables', view.deliverables));
  if (view.kpis.length > 0) {
    content.push(h1('Key performance indicators'));
    content.push(
      table(
        ['Indicator', 'Target'],
        view.kpis.map((k) => [
          {
            stack: [
              { text: k.name, style: 'cell' },
              ...(k.description ? [{ text: k.description, style: 'small' }] : []),
            ],
          },
          cell(k.target ?? '—'),
        ]),
        ['*', 160],
      ),
    );
  }
  if (view.qualifications.required.length + view.qualifications.preferred.length > 0) {
    content.push(h1('Qualifications'));
    if (view.qualifications.required.length > 0)
      content.push(h2('Required'), bullets(view.qualifications.required));
    if (view.qualifications.preferred.length > 0)
      content.push(h2('Preferred'), bullets(view.qualifications.preferred));
  }
  if (view.partners.length > 0) {
    content.push(h1('Key partners'));
    content.push(
      table(
        ['Role', 'Works with this role on'],
        view.partners.map((p) => [cell(roleName(p), { bold: true }), cell(p.for ?? '')]),
        [170, '*'],
      ),
    );
  }
  if (view.directReports.length > 0) {
    content.push(h1('Direct reports'), bullets(view.directReports.map(roleName)));
  }

  const raci = [
    ...activities('Accountable for', view.accountableFor),
    ...activities('Responsible for', view.responsibleFor),
    ...activities('Consulted on', view.consultedOn),
    ...activities('Informed of', view.informedOf),
    ...activities('Supports', view.supports),
    ...activities('Verifies', view.verifies),
  ];
  if (raci.length > 0) {
    content.push(h1('Activities (RACI)'));
    content.push(...raci);
  }

  content.push(...refs('Processes', view.processes));
  content.push(...refs('Standards', view.standards));
  content.push(...refs('Templates', view.templates));
  content.push(...section('Anti-goals', view.antiGoals));

  if (view.ownedPaths.length > 0) {
    content.push(h1('Code ownership'));
    content.push(
      table(
        ['Repository', 'Path'],
        view.ownedPaths.map((o) => [cell(o.repository), cell(o.pattern)]),
        [150, '*'],
      ),
    );
  }
  if (view.access) {
    const { github, jira } = view.access;
    content.push(h1('Access'));
    if (github) content.push(factLine('GitHub team', github.handle));
    if (jira?.holder) content.push(factLine(`Jira ${jira.holder.kind}`, jira.holder.name));
    if (jira && jira.grants.length > 0)
      content.push(
        table(
          ['Jira scheme and projects', 'Permissions'],
          jira.grants.map((g) => [
            {
              stack: [
                { text: g.scheme, style: 'cell', bold: true },
                {
                  text:
                    g.projects
                      .map((p) => `${p.key} ${p.name}${p.production ? ' (production)' : ''}`)
                      .join(', ') || 'no projects',
                  style: 'small',
                },
              ],
            },
            {
              stack: [
                ...(g.requested.length > 0 ? [{ text: g.requested.join(', '), style: 'cell' }] : []),
                { text: g.permissions.join(', '), style: 'small' },
              ],
            },
          ]),
          [170, '*'],
        ),
      );
  }
  if (view.links.length > 0) {
    content.push(h1('Links'));
    content.push(bullets(view.links.map((l) => ({ text: [{ text: l.title, bold: true }, `: ${l.url}`] }))));
  }
  if (view.sources.length > 0) {
    content.push(h1('Sources'));
    content.push({
      ul: view.sources.map((s) => ({
        text: [
          { text: s.document, bold: true },
          ...(s.section ? [{ text: `, ${s.section}` }] : []),
          ...(s.note ? [{ text: `. ${s.note}` }] : []),
        ],
      })),
      style: 'small',
    });
  }

  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10, color: theme.colours.ink },
    styles: theme.styles as unknown as TDocumentDefinitions['styles'],
    footer: pageFooter(`${view.organisation.name} · ${view.title} · ${view.date}`),
    // Never leave a section heading alone at the bottom of a page.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      nodes.getFollowingNodesOnPage().filter((n) => n.headlineLevel === undefined).length === 0,
    content,
  };
}

function factLine(label: string, value: string): Content {
  return { text: [{ text: `${label}: `, bold: true }, value], style: 'body', margin: [0, 0, 0, 2] };
}

/**
 * Renders one job description PDF (fonts embedded, page numbers, metadata dated `date`). A PDF
 * worker thread calls it too (see @rolekit/render's pdfWorkers): the view is plain data.
 */
export function renderJobDescriptionPdf(view: RoleView, date: Date): Promise<Uint8Array> {
  return renderPdf(jobDescriptionPdfDefinition(view), jobDescriptionPdfMeta(view, date));
}

/** This module, for PDF worker jobs. */
export const pdfJobsModule = import.meta.url;
