import {
  type Content,
  PAGE_MARGINS,
  type PdfMeta,
  pdfPage,
  renderPdf,
  type TDocumentDefinitions,
  theme,
} from '@rolekit/render';
import type { Block, Cell, JobDescriptionDocument, Span } from './document.js';
import type { PaperSize } from './layout.js';

// The PDF of a job description document (document.ts), with pdfmake through @rolekit/render's
// locked-down kit: no browser, fonts embedded, the same bytes on every machine. The structure is
// the document's; this file only decides how each kind of block looks on paper.

const muted = theme.colours.muted;

/** Page widths in points (portrait), for the rule under the title. */
const PAGE_WIDTH: Record<PaperSize, number> = { A4: 595.28, LETTER: 612, LEGAL: 612 };

/** Tables of up to this many rows are kept on one page rather than split with a row or two over. */
const UNBREAKABLE_ROWS = 10;

function runs(spans: readonly Span[]): Content[] {
  return spans.map((s) => {
    const run: Record<string, unknown> = { text: s.text };
    if (s.style === 'strong' || s.role) run['bold'] = true;
    if (s.style === 'emphasis') run['italics'] = true;
    if (s.style === 'muted') run['color'] = muted;
    if (s.style === 'code') run['color'] = theme.colours.ink;
    if (s.url) run['link'] = s.url;
    return run as unknown as Content;
  });
}

interface Look {
  colour: string;
  tint: string;
}

function h1(text: string, look: Look): Content {
  return { text, style: 'h1', color: look.colour };
}

function h2(text: string): Content {
  return { text, style: 'h2' };
}

const ITEM_GAP = 2;

function bullets(items: readonly Span[][], style: Block['style']): Content {
  return {
    ul: items.map((i) => ({ text: runs(i), margin: [0, 0, 0, ITEM_GAP] })),
    style: style === 'small' ? 'small' : 'body',
    markerColor: muted,
  } as Content;
}

function tableOf(b: Block, rows: readonly Cell[][], look: Look, header: boolean, offset: number): Content {
  const cell = (c: Cell): Content => ({
    stack: [{ text: runs(c.spans), style: 'cell' }, ...(c.note ? [{ text: c.note, style: 'small' }] : [])],
  });
  return {
    table: {
      dontBreakRows: true,
      headerRows: header ? 1 : 0,
      widths: [...b.widths],
      body: [
        ...(header ? [b.columns.map((h) => ({ text: h, style: 'tableHeader', fillColor: look.tint }))] : []),
        ...rows.map((r) => r.map(cell)),
      ],
    },
    layout: {
      hLineColor: () => theme.colours.rule,
      vLineColor: () => theme.colours.rule,
      // Zebra stripes counted over the whole table, whichever piece a row is printed in.
      fillColor: (row: number) => {
        const n = row - (header ? 1 : 0) + offset;
        return n >= 0 && n % 2 === 1 ? theme.colours.zebra : null;
      },
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    style: 'cell',
  } as Content;
}

/**
 * A block as pieces: the first is what a heading above it is kept with on one page (the first item
 * of a list, the first row of a long table, all of a short one), the rest may follow on later pages.
 */
function pieces(b: Block, look: Look): { first: Content[]; rest: Content[] } {
  switch (b.kind) {
    case 'text': {
      const text: Content =
        b.style === 'callout'
          ? {
              table: {
                widths: ['*'],
                body: [
                  [{ text: [{ text: `${b.label ?? ''}: `, bold: true }, ...runs(b.spans)], style: 'body' }],
                ],
              },
              layout: {
                hLineWidth: () => 0,
                vLineWidth: (i: number) => (i === 0 ? 3 : 0),
                vLineColor: () => look.colour,
                fillColor: () => look.tint,
                paddingLeft: () => 9,
                paddingTop: () => 5,
                paddingBottom: () => 5,
              },
              margin: [0, 0, 0, 8],
            }
          : {
              text: [...(b.label ? [{ text: `${b.label}: `, bold: true }] : []), ...runs(b.spans)],
              style: b.style === 'small' ? 'small' : 'body',
              ...(b.style === 'lead' ? { fontSize: 11.5, lineHeight: 1.3 } : {}),
              margin: [0, 0, 0, 8],
            };
      return { first: [text], rest: [] };
    }
    case 'facts':
      return {
        first: [
          {
            table: {
              widths: ['auto', '*'],
              body: b.facts.map((f) => [
                { text: f.label, bold: true, color: muted },
                { text: runs(f.value) },
              ]),
            },
            layout: 'noBorders',
            style: 'body',
            margin: [-4, 0, 0, 8],
          } as Content,
        ],
        rest: [],
      };
    case 'list': {
      const heading = b.heading ? [h2(b.heading)] : [];
      const [head, ...tail] = b.items;
      return {
        first: [...heading, ...(head ? [bullets([head], b.style)] : [])],
        rest:
          tail.length > 0
            ? [{ ...(bullets(tail, b.style) as object), margin: [0, 0, 0, 6] } as Content]
            : [{ text: '', margin: [0, 0, 0, 4] }],
      };
    }
    case 'table': {
      if (b.rows.length <= UNBREAKABLE_ROWS)
        return {
          first: [{ ...(tableOf(b, b.rows, look, true, 0) as object), margin: [0, 2, 0, 8] } as Content],
          rest: [],
        };
      // A long table: its header and first row stay with the heading, the rest follows (its rows
      // never split).
      return {
        first: [
          { ...(tableOf(b, b.rows.slice(0, 1), look, true, 0) as object), margin: [0, 2, 0, 0] } as Content,
        ],
        rest: [
          { ...(tableOf(b, b.rows.slice(1), look, false, 1) as object), margin: [0, 0, 0, 8] } as Content,
        ],
      };
    }
  }
}

/** A heading with what follows it on the same page: never a heading alone at the foot of a page. */
function kept(heading: Content[], b: Block | undefined, look: Look): Content[] {
  if (!b) return heading;
  const { first, rest } = pieces(b, look);
  return [{ stack: [...heading, ...first], unbreakable: true } as Content, ...rest];
}

/** The metadata renderPdf embeds: title, subject, author and the output date. */
export function jobDescriptionPdfMeta(doc: JobDescriptionDocument, date: Date): PdfMeta {
  return {
    title: doc.meta.title,
    subject: doc.meta.subject,
    author: doc.organisation,
    keywords: doc.meta.keywords,
    date,
    footer: doc.pageFooter,
  };
}

/**
 * The pdfmake document definition of one job description document (without `info`, which
 * renderPdf adds). Pure and complete (page size, styles, footer), so a benchmark can hand the same
 * definitions to a bare pdfmake loop.
 */
export function jobDescriptionPdfDefinition(doc: JobDescriptionDocument): Omit<TDocumentDefinitions, 'info'> {
  const look: Look = { colour: doc.brand.colour, tint: doc.brand.tint };
  const width = PAGE_WIDTH[doc.paperSize] - PAGE_MARGINS.left - PAGE_MARGINS.right;
  const content: Content[] = [];
  if (doc.brand.logo)
    content.push({ svg: doc.brand.logo.svg, fit: [160, 40], margin: [0, 0, 0, 10] } as Content);
  content.push(
    { text: doc.eyebrow, style: 'small', margin: [0, 0, 0, 2] },
    { text: doc.title, style: 'title' },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.5, lineColor: look.colour }],
      margin: [0, 2, 0, 12],
    },
  );
  for (const section of doc.sections) {
    const [first, ...others] = section.blocks;
    content.push(...kept(section.title ? [h1(section.title, look)] : [], first, look));
    for (const b of others) {
      const { first: head, rest } = pieces(b, look);
      // The first piece is small (a sub-heading and an item, a short table): never split.
      content.push({ stack: head, unbreakable: true } as Content, ...rest);
    }
  }
  return {
    ...pdfPage({ size: doc.paperSize, footer: doc.pageFooter }),
    content,
  };
}

/**
 * Renders one job description PDF (fonts embedded, page numbers, metadata dated `date`). A PDF
 * worker thread calls it too (see @rolekit/render's pdfWorkers): the document is plain data.
 */
export function renderJobDescriptionPdf(doc: JobDescriptionDocument, date: Date): Promise<Uint8Array> {
  return renderPdf(jobDescriptionPdfDefinition(doc), jobDescriptionPdfMeta(doc, date));
}

/** This module, for PDF worker jobs. */
export const pdfJobsModule = import.meta.url;
