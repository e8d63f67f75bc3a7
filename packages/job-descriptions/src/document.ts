import type { JobDescriptionSection } from '@rolekit/model';
import { type Audience, type Brand, INTERNAL_ONLY, type PaperSize, type ResolvedLayout } from './layout.js';
import type { ActivityView, RefView, RoleLinkView, RoleView } from './view.js';

// One description of a job description: an ordered list of sections, each a list of blocks of
// styled text, built from a role's view and the organisation's layout. The Markdown and HTML
// templates and the PDF builder all render this, so a section is written once, here, and appears in
// all three. Pure data (no functions), so it can go to a PDF worker thread or a site generator.

/** A run of text. Every field is always present, for the strict templates. */
export interface Span {
  text: string;
  style: 'plain' | 'strong' | 'emphasis' | 'code' | 'muted';
  /** An http(s) link. */
  url: string | null;
  /** Another role's id: a link to its page in the same format (`<id>.md`, `<id>.html`). */
  role: string | null;
}

export interface Fact {
  label: string;
  value: Span[];
}

export interface Cell {
  spans: Span[];
  /** A second, smaller line. */
  note: string | null;
}

export interface Block {
  kind: 'text' | 'facts' | 'list' | 'table';
  /** text: lead (the summary), callout (the mission), plain or small; list: plain or small. */
  style: 'lead' | 'callout' | 'plain' | 'small';
  /** list: a sub-heading (a responsibility group, Required / Preferred). */
  heading: string | null;
  /** text: a bold label before it ("Mission"). */
  label: string | null;
  /** text */
  spans: Span[];
  /** list: one line of spans per item. */
  items: Span[][];
  facts: Fact[];
  /** table */
  columns: string[];
  /** table: relative widths for the PDF, a number of points or '*'. */
  widths: Array<number | '*'>;
  rows: Cell[][];
}

export interface Section {
  id: JobDescriptionSection;
  /** The heading, or null for a section printed without one. */
  title: string | null;
  /** For HTML ids and links: `decision-rights`. */
  anchor: string;
  blocks: Block[];
}

export interface JobDescriptionDocument {
  audience: Audience;
  title: string;
  /** Family · seniority · organisation. */
  eyebrow: string;
  organisation: string;
  date: string;
  lang: string;
  paperSize: PaperSize;
  brand: Brand;
  sections: Section[];
  /** The closing line; tool wording only in the internal version, and only with notes on. */
  footer: string;
  /** The PDF's running footer. */
  pageFooter: string;
  /** PDF metadata. */
  meta: { title: string; subject: string; keywords: string };
}

const span = (text: string, style: Span['style'] = 'plain', link: Partial<Pick<Span, 'url' | 'role'>> = {}) =>
  ({ text, style, url: link.url ?? null, role: link.role ?? null }) satisfies Span;

function block(kind: Block['kind'], fields: Partial<Block>): Block {
  return {
    kind,
    style: 'plain',
    heading: null,
    label: null,
    spans: [],
    items: [],
    facts: [],
    columns: [],
    widths: [],
    rows: [],
    ...fields,
  };
}

const list = (items: Span[][], heading: string | null = null, style: Block['style'] = 'plain') =>
  block('list', { items, heading, style });
const plainList = (items: readonly string[], heading: string | null = null) =>
  list(
    items.map((t) => [span(t)]),
    heading,
  );

function roleName(r: RoleLinkView): Span[] {
  return [
    span(r.title, 'plain', { role: r.id }),
    ...(r.seniority ? [span(` · ${r.seniority}`, 'muted')] : []),
  ];
}

function refItems(items: readonly RefView[]): Span[][] {
  return items.map((r) => [
    r.url ? span(r.name, 'plain', { url: r.url }) : span(r.name, 'strong'),
    ...(r.note ? [span(`: ${r.note}`)] : []),
  ]);
}

function activityItems(items: readonly ActivityView[]): Span[][] {
  return items.map((a) => [
    span(a.title, 'strong'),
    span(` · ${a.group}`, 'muted'),
    ...(a.note ? [span(` · ${a.note}`)] : []),
  ]);
}

function employmentFacts(view: RoleView): Fact[] {
  const facts: Fact[] = [];
  const fact = (label: string, value: Span[]) => facts.push({ label, value });
  const e = view.employment;
  if (e?.typeLabel) fact('Employment', [span(e.typeLabel)]);
  if (e?.location || e?.remote) {
    const where = e.remote ? (e.location ? `${e.location}, or remote` : 'Remote') : (e.location ?? '');
    fact('Location', [span(where)]);
  }
  if (e?.remote && e.remoteCountries.length > 0) fact('Remote from', [span(e.remoteCountries.join(', '))]);
  if (e?.salary) fact('Salary', [span(e.salary.text)]);
  if (view.reportsTo) fact('Reports to', roleName(view.reportsTo));
  if (e?.validThrough) fact('Apply by', [span(e.validThrough)]);
  if (view.aliases.length > 0) fact('Also known as', [span(view.aliases.join(', '))]);
  return facts;
}

function kpiBlock(view: RoleView): Block[] {
  if (view.kpis.length === 0) return [];
  // A Target column only when some indicator has a target: an empty column says nothing.
  if (!view.kpis.some((k) => k.target !== null))
    return [
      list(
        view.kpis.map((k) => [span(k.name), ...(k.description ? [span(`: ${k.description}`, 'muted')] : [])]),
      ),
    ];
  return [
    block('table', {
      columns: ['Indicator', 'Target'],
      widths: ['*', 170],
      rows: view.kpis.map((k) => [
        { spans: [span(k.name)], note: k.description },
        { spans: [span(k.target ?? '—')], note: null },
      ]),
    }),
  ];
}

function accessBlocks(view: RoleView): Block[] {
  if (!view.access) return [];
  const { github, jira } = view.access;
  const facts: Fact[] = [];
  if (github)
    facts.push({
      label: 'GitHub team',
      value: [span(github.handle, 'code', github.url ? { url: github.url } : {})],
    });
  if (jira?.holder) facts.push({ label: `Jira ${jira.holder.kind}`, value: [span(jira.holder.name)] });
  const blocks: Block[] = facts.length > 0 ? [block('facts', { facts })] : [];
  if (jira && jira.grants.length > 0)
    blocks.push(
      block('table', {
        columns: ['Jira permission scheme and projects', 'Allows'],
        widths: [180, '*'],
        rows: jira.grants.map((g) => [
          {
            spans: [span(g.scheme, 'strong')],
            note:
              g.projects.map((p) => `${p.key} ${p.name}${p.production ? ' (production)' : ''}`).join(', ') ||
              'no projects',
          },
          {
            spans: [span(g.requested.join(', '))],
            note: `Permission keys: ${g.permissions.join(', ')}`,
          },
        ]),
      }),
    );
  return blocks;
}

/** The blocks of one section for a view; [] leaves the section out. */
function sectionBlocks(id: JobDescriptionSection, view: RoleView, notes: boolean): Block[] {
  switch (id) {
    case 'overview':
      return [
        block('text', { style: 'lead', spans: [span(view.summary)] }),
        ...(view.mission
          ? [block('text', { style: 'callout', label: 'Mission', spans: [span(view.mission)] })]
          : []),
      ];
    case 'employment': {
      const facts = employmentFacts(view);
      return facts.length > 0 ? [block('facts', { facts })] : [];
    }
    case 'qualifications':
      return [
        ...(view.qualifications.required.length > 0
          ? [plainList(view.qualifications.required, 'Required')]
          : []),
        ...(view.qualifications.preferred.length > 0
          ? [plainList(view.qualifications.preferred, 'Preferred')]
          : []),
      ];
    case 'responsibilities':
      return view.responsibilities.map((g) => plainList(g.items, g.title));
    case 'accountabilities':
      return view.accountabilities.length > 0 ? [plainList(view.accountabilities)] : [];
    case 'decisionRights':
      return view.decisionRights.length > 0 ? [plainList(view.decisionRights)] : [];
    case 'deliverables':
      return view.deliverables.length > 0 ? [plainList(view.deliverables)] : [];
    case 'kpis':
      return kpiBlock(view);
    case 'partners':
      if (view.partners.length === 0) return [];
      return [
        block('table', {
          columns: ['Role', 'Works with this role on'],
          widths: [170, '*'],
          rows: view.partners.map((p) => [
            { spans: [span(p.title, 'strong', { role: p.id })], note: p.seniority },
            { spans: p.for ? [span(p.for)] : [], note: null },
          ]),
        }),
      ];
    case 'directReports':
      return view.directReports.length > 0 ? [list(view.directReports.map(roleName))] : [];
    case 'processes':
      return view.processes.length > 0 ? [list(refItems(view.processes))] : [];
    case 'standards':
      return view.standards.length > 0 ? [list(refItems(view.standards))] : [];
    case 'templates':
      return view.templates.length > 0 ? [list(refItems(view.templates))] : [];
    case 'antiGoals':
      return view.antiGoals.length > 0 ? [plainList(view.antiGoals)] : [];
    case 'links':
      return view.links.length > 0
        ? [list(view.links.map((l) => [span(l.title, 'plain', { url: l.url })]))]
        : [];
    case 'activities': {
      const lists = (
        [
          ['Accountable for', view.accountableFor],
          ['Responsible for', view.responsibleFor],
          ['Consulted on', view.consultedOn],
          ['Informed of', view.informedOf],
          ['Supports', view.supports],
          ['Verifies', view.verifies],
        ] as const
      )
        .filter(([, items]) => items.length > 0)
        .map(([heading, items]) => list(activityItems(items), heading));
      if (lists.length === 0) return [];
      const note = block('text', {
        style: 'small',
        spans: [span(`Where this role stands in ${view.organisation.name}'s activities.`)],
      });
      return notes ? [note, ...lists] : lists;
    }
    case 'codeOwnership':
      if (view.ownedPaths.length === 0) return [];
      return [
        block('table', {
          columns: ['Repository', 'Path'],
          widths: [160, '*'],
          rows: view.ownedPaths.map((o) => [
            { spans: [span(o.repository)], note: null },
            { spans: [span(o.pattern, 'code')], note: o.note },
          ]),
        }),
      ];
    case 'access':
      return accessBlocks(view);
    case 'sources':
      if (view.sources.length === 0) return [];
      return [
        list(
          view.sources.map((s) => [
            span(s.document, 'emphasis'),
            ...(s.section ? [span(`, ${s.section}`)] : []),
            ...(s.note ? [span(`. ${s.note}`)] : []),
          ]),
          null,
          'small',
        ),
      ];
  }
}

const anchorOf = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The view one audience may see: a candidate's has no RACI, code ownership, access or sources, so
 * that no template (the defaults or an organisation's own) can print them on a candidate's page.
 */
export function viewFor(view: RoleView, audience: Audience): RoleView {
  if (audience === 'internal') return view;
  return {
    ...view,
    accountableFor: [],
    responsibleFor: [],
    consultedOn: [],
    informedOf: [],
    supports: [],
    verifies: [],
    activityCount: 0,
    ownedPaths: [],
    access: null,
    sources: [],
  };
}

/** The document of one role for one audience: the layout's sections that have something to say. */
export function buildDocument(
  view: RoleView,
  layout: ResolvedLayout,
  audience: Audience,
): JobDescriptionDocument {
  const seen = viewFor(view, audience);
  const sections: Section[] = [];
  for (const { section, title } of layout.sections[audience]) {
    if (audience === 'candidate' && INTERNAL_ONLY.has(section)) continue;
    const blocks = sectionBlocks(section, seen, layout.notes);
    if (blocks.length > 0) sections.push({ id: section, title, anchor: anchorOf(section), blocks });
  }
  const eyebrow = [view.family.title, view.seniority?.label, view.organisation.name]
    .filter(Boolean)
    .join(' · ');
  const place = `${view.organisation.name}, ${view.date}`;
  return {
    audience,
    title: view.title,
    eyebrow,
    organisation: view.organisation.name,
    date: view.date,
    lang: view.lang,
    paperSize: layout.paperSize,
    brand: layout.brand,
    sections,
    footer:
      audience === 'internal' && layout.notes
        ? `${view.organisation.name} role model, ${view.date}. Generated from the role model; edit the model, not this file.`
        : place,
    pageFooter: `${view.organisation.name} · ${view.title} · ${view.date}`,
    meta: {
      title:
        audience === 'internal'
          ? `${view.title}: job description (internal)`
          : `${view.title}: job description`,
      subject: view.summary,
      keywords: [view.family.title, ...(view.seniority ? [view.seniority.label] : []), ...view.aliases].join(
        ', ',
      ),
    },
  };
}
