import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** Shared look for every rolekit PDF, so the RACI matrix, job descriptions and Jira matrices match. */
export const theme = {
  colours: {
    ink: '#1f2933',
    muted: '#616e7c',
    rule: '#cbd2d9',
    accent: '#2458a6',
    headerFill: '#e4ebf5',
    zebra: '#f5f7fa',
    R: '#c6e5c1',
    A: '#f6c28b',
    C: '#bcd7f5',
    I: '#e6e6e6',
    S: '#e3d3f2',
    V: '#f5e7a8',
  },
  styles: {
    title: { fontSize: 22, bold: true, color: '#1f2933', margin: [0, 0, 0, 4] },
    subtitle: { fontSize: 12, color: '#616e7c', margin: [0, 0, 0, 14] },
    h1: { fontSize: 15, bold: true, color: '#2458a6', margin: [0, 14, 0, 6] },
    h2: { fontSize: 12, bold: true, color: '#1f2933', margin: [0, 10, 0, 4] },
    body: { fontSize: 10, lineHeight: 1.25 },
    small: { fontSize: 8, color: '#616e7c' },
    tableHeader: { bold: true, fontSize: 9, fillColor: '#e4ebf5', color: '#1f2933' },
    cell: { fontSize: 9 },
  },
} as const;

/** The page margins of a rolekit PDF unless it asks for others, in points. */
export const PAGE_MARGINS = { left: 40, top: 40, right: 40, bottom: 50 } as const;

export interface PdfMeta {
  title: string;
  subject?: string;
  author: string;
  keywords?: string;
  /** Embedded as the creation date; from the model or SOURCE_DATE_EPOCH, never the clock. */
  date: Date;
  /** Printed in the page footer next to the page number. */
  footer?: string;
}

/** Page numbers and a footer line on every page, in the theme's small style. */
export function pageFooter(text: string): TDocumentDefinitions['footer'] {
  return (currentPage: number, pageCount: number): Content => ({
    columns: [
      { text, style: 'small', alignment: 'left' },
      { text: `Page ${currentPage} of ${pageCount}`, style: 'small', alignment: 'right' },
    ],
    margin: [40, 10, 40, 0],
  });
}

/** What a PDF's pages differ in; everything else about them is the same in every rolekit PDF. */
export interface PageOptions {
  /** 'A4' unless given. */
  size?: TDocumentDefinitions['pageSize'];
  /** Left to pdfmake (portrait) unless given. */
  orientation?: 'portrait' | 'landscape';
  margins?: { left: number; top: number; right: number; bottom: number };
  /** A running header, if the document has one. */
  header?: TDocumentDefinitions['header'];
  /** The footer line printed next to "Page n of m"; no footer without one. */
  footer?: string;
}

export type PageBase = Pick<
  TDocumentDefinitions,
  'pageSize' | 'pageOrientation' | 'pageMargins' | 'defaultStyle' | 'styles' | 'header' | 'footer'
>;

/**
 * The page base of every rolekit PDF: size, orientation, margins, the theme's font and styles, a
 * running header and the footer with page numbers. A generator spreads it into its definition and
 * adds its content; renderPdf adds the metadata (`info`).
 */
export function pdfPage(options: PageOptions = {}): PageBase {
  const m = options.margins ?? PAGE_MARGINS;
  return {
    pageSize: options.size ?? 'A4',
    ...(options.orientation ? { pageOrientation: options.orientation } : {}),
    pageMargins: [m.left, m.top, m.right, m.bottom],
    defaultStyle: { font: 'Roboto', fontSize: 10, color: theme.colours.ink },
    styles: theme.styles as unknown as TDocumentDefinitions['styles'],
    ...(options.header ? { header: options.header } : {}),
    ...(options.footer ? { footer: pageFooter(options.footer) } : {}),
  };
}
