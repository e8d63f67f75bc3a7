import type { Letter } from '@rolekit/model';
import {
  type Content,
  isolate,
  type PdfMeta,
  pdfPage,
  svgTextSpans,
  type TDocumentDefinitions,
  theme,
} from '@rolekit/render';
import { textWidth, wrap } from './metrics.js';
import type { MatrixGroup, MatrixRole, RaciMatrix, RoleSheet } from './view.js';
import { roleSheet } from './view.js';

// pdfmake document definitions for raci.pdf and the role sheets, as a pure function of the matrix,
// so that the generator and a benchmark render exactly the same documents.

export type PageSize = 'A4' | 'A3';

export interface RaciPdfOptions {
  /** Paper for raci.pdf, always landscape; role sheets are A4 portrait. */
  pageSize: PageSize;
  /** The date printed on and embedded in the PDFs (ctx.date). */
  date: Date;
  /** Role sheets for these roles only; all roles when absent. */
  roles?: readonly string[];
}

export interface PdfDocument {
  /** Relative to out/raci/. */
  path: string;
  meta: PdfMeta;
  /** A complete definition: page, margins, styles, fonts, header and footer; renderPdf adds only `info`. */
  definition: Omit<TDocumentDefinitions, 'info'>;
}

type Cell = Record<string, unknown>;

const C = theme.colours;
const PAGE: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
};
const MARGIN = { left: 40, top: 56, right: 40, bottom: 44 };

/** The matrix's geometry, in points. Widths are content widths: pdfmake adds padding and rules. */
export const LAYOUT = {
  activityMin: 190,
  activityMax: 400,
  roleMin: 18,
  roleMax: 36,
  rolePadding: 2,
  activityPadding: 4,
  rule: 0.5,
  familyRule: 1.25,
  titleSize: 6.5,
  titleLineHeight: 7.5,
  abbreviationSize: 6.5,
  bodySize: 8,
} as const;

type Layout = { readonly [K in keyof typeof LAYOUT]: number };

/** A small matrix is set larger, up to this factor, so that it fills its page. */
export const MAX_SCALE = 2;

/** LAYOUT with every length and type size times `scale` (rules stay hairlines). */
function scaled(scale: number): Layout {
  if (scale === 1) return LAYOUT;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(LAYOUT)) out[k] = k === 'rule' || k === 'familyRule' ? v : v * scale;
  return out as unknown as Layout;
}

/** ISO date (YYYY-MM-DD) of a date, in UTC, for printing. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Splits the columns into bands that fit the page, preferring to cut where the family changes. */
export function bands(roles: readonly MatrixRole[], perBand: number): MatrixRole[][] {
  if (roles.length <= perBand) return [[...roles]];
  const count = Math.ceil(roles.length / perBand);
  const out: MatrixRole[][] = [];
  let start = 0;
  for (let b = 1; b < count; b++) {
    const target = Math.round((roles.length * b) / count);
    const slack = Math.floor(perBand / 5);
    let cut = target;
    for (let d = 0; d <= slack; d++) {
      const candidates = [target - d, target + d].filter(
        (k) => k > start && k - start <= perBand && roles.length - k <= perBand * (count - b),
      );
      const boundary = candidates.find((k) => roles[k - 1]!.family.id !== roles[k]!.family.id);
      if (boundary !== undefined) {
        cut = boundary;
        break;
      }
    }
    cut = Math.min(Math.max(cut, start + 1), start + perBand);
    out.push(roles.slice(start, cut));
    start = cut;
  }
  out.push(roles.slice(start));
  return out;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const headerHeights = new WeakMap<readonly MatrixRole[], number>();

/** How tall the rotated header must be for every title to fit on two lines (within bounds). */
function headerHeight(roles: readonly MatrixRole[], scale = 1): number {
  if (scale !== 1) return fittingHeaderHeight(roles, scale);
  let height = headerHeights.get(roles);
  if (height === undefined) {
    height = fittingHeaderHeight(roles, 1);
    headerHeights.set(roles, height);
  }
  return height;
}

function fittingHeaderHeight(roles: readonly MatrixRole[], scale: number): number {
  const size = LAYOUT.titleSize * scale;
  const longest = (title: string, width: number) =>
    Math.max(...wrap(title, width, size, 99).map((l) => textWidth(l, size)));
  for (let h = 48; h < 140; h += 4) {
    const room = h * scale - 6;
    if (roles.every((r) => wrap(r.title, room, size, 99).length <= 2 && longest(r.title, room) <= room))
      return h * scale;
  }
  return 140 * scale;
}

/** A role's column header: its title set vertically (an SVG), its abbreviation underneath. */
function roleHeader(role: MatrixRole, width: number, height: number, L: Layout): Cell {
  const lines = wrap(role.title, height - 6, L.titleSize, 2);
  const mid = width / 2;
  const text = lines
    .map((line, i) => {
      const y = mid + (i - (lines.length - 1) / 2) * L.titleLineHeight + L.titleSize * 0.35;
      return `<text x="3" y="${y.toFixed(2)}" font-family="Roboto" font-size="${Number(L.titleSize.toFixed(2))}" fill="${C.ink}">${svgTextSpans(line, xml)}</text>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><g transform="translate(0 ${height}) rotate(-90)">${text}</g></svg>`;
  const abbreviationWidth = textWidth(role.abbreviation, L.abbreviationSize, true);
  const size = Math.min(L.abbreviationSize, (L.abbreviationSize * width) / abbreviationWidth);
  return {
    stack: [
      { svg, width, height },
      {
        text: role.abbreviation,
        bold: true,
        fontSize: Number(size.toFixed(2)),
        alignment: 'center',
        margin: [0, L.abbreviationSize / 6.5, 0, 0],
      },
    ],
    fillColor: C.headerFill,
  };
}

/** The coloured legend chips, for page headers and role sheets. */
function legendChips(matrix: RaciMatrix, size: number): Content {
  return {
    text: matrix.letters.flatMap((l) => [
      { text: ` ${l.letter} `, bold: true, background: C[l.letter] },
      { text: ` ${l.name}    ` },
    ]),
    fontSize: size,
  } as Content;
}

function letterCell(letter: Letter, footnote: number | undefined, fontSize: number): Cell {
  return {
    // pdfmake sets a superscript at 58% of its size: 10 gives about 6 points.
    text: footnote
      ? [
          { text: letter },
          { text: String(footnote), sup: true, fontSize: (10 * fontSize) / LAYOUT.bodySize, bold: false },
        ]
      : letter,
    bold: true,
    alignment: 'center',
    fillColor: C[letter],
    fontSize,
  };
}

function tableLayout(familyEdges: ReadonlySet<number>, L: Layout) {
  const vertical = (2 * L.rolePadding) / LAYOUT.rolePadding;
  return {
    hLineWidth: (i: number) => (i === 1 ? 1 : L.rule),
    vLineWidth: (i: number) => (familyEdges.has(i) ? L.familyRule : L.rule),
    hLineColor: () => C.rule,
    vLineColor: (i: number) => (familyEdges.has(i) ? C.muted : C.rule),
    paddingLeft: (i: number) => (i === 0 ? L.activityPadding : L.rolePadding),
    paddingRight: (i: number) => (i === 0 ? L.activityPadding : L.rolePadding),
    paddingTop: () => vertical,
    paddingBottom: () => vertical,
  };
}

/** The inner table of a group's row and its first activity: only the rules between its cells. */
function joinedLayout(familyEdges: ReadonlySet<number>, roles: number, L: Layout) {
  const outer = tableLayout(familyEdges, L);
  return {
    ...outer,
    hLineWidth: (i: number) => (i === 1 ? LAYOUT.rule : 0),
    vLineWidth: (i: number) => (i === 0 || i === roles + 1 ? 0 : outer.vLineWidth(i)),
  };
}

/**
 * Widths of the activity column and of a role column for a band of `roleCount` roles, and how
 * many roles fit across the page. Role columns stay at their minimum until the activity column
 * has its maximum; only then do they widen (up to their maximum).
 */
export function geometry(
  pageSize: PageSize,
  roleCount: number,
  L: Layout = LAYOUT,
): { perBand: number; activity: number; role: number } {
  const usable = PAGE[pageSize].width - MARGIN.left - MARGIN.right;
  // pdfmake adds the padding and the rules to the content widths; count every rule at its widest.
  const outside = (w: number) => w + 2 * L.rolePadding + L.familyRule;
  const fixed = 2 * L.activityPadding + 2 * L.familyRule;
  const room = usable - fixed;
  const perBand = Math.max(1, Math.floor((room - L.activityMin) / outside(L.roleMin)));
  const n = Math.max(1, Math.min(roleCount, perBand));
  let role: number = L.roleMin;
  if (room - n * outside(role) > L.activityMax)
    role = Math.min(L.roleMax, (room - L.activityMax) / n - outside(0));
  const activity = Math.min(L.activityMax, room - n * outside(role));
  return { perBand, activity: Math.floor(activity), role: Math.floor(role * 4) / 4 };
}

/**
 * The groups and activities a band prints: those in which one of its columns holds a letter. With
 * thousands of roles a band is a few dozen of them, and an activity row with no letter in any of
 * its columns would only be paper (a 2,000-role matrix was 1,873 pages, nearly all blank cells).
 */
function bandGroups(matrix: RaciMatrix, columns: readonly number[]): MatrixGroup[] {
  return matrix.groups
    .map((group) => ({ ...group, rows: group.rows.filter((row) => columns.some((c) => row.cells[c])) }))
    .filter((group) => group.rows.length > 0);
}

const columnIndexes = new WeakMap<RaciMatrix, Map<string, number>>();

/** Where a band's roles are among the matrix's columns. */
function bandColumns(matrix: RaciMatrix, band: readonly MatrixRole[]): number[] {
  let index = columnIndexes.get(matrix);
  if (!index) {
    index = new Map(matrix.roles.map((r, i) => [r.id, i]));
    columnIndexes.set(matrix, index);
  }
  return band.map((r) => index.get(r.id)!);
}

/** Roboto's line height, ascender to descender, in ems (pdfmake's line height 1). */
const LINE = 1.2;
/** The band heading above the table: h2 and its margin. */
const HEADING = 30;

const scales = new WeakMap<RaciMatrix, Map<PageSize, number>>();

/**
 * How much larger than LAYOUT a matrix is set: 1 when its columns take more than one band or its
 * rows more than a page; otherwise as much as the page's width and height allow, at most
 * MAX_SCALE, in steps of 0.05 (so that a small edit seldom changes it). Five roles and four
 * activities at 8 points fill a corner of the page; scaled, they are a poster.
 */
export function matrixScale(matrix: RaciMatrix, pageSize: PageSize): number {
  let byPage = scales.get(matrix);
  if (!byPage) {
    byPage = new Map();
    scales.set(matrix, byPage);
  }
  let scale = byPage.get(pageSize);
  if (scale === undefined) {
    scale = naturalScale(matrix, pageSize);
    byPage.set(pageSize, scale);
  }
  return scale;
}

function naturalScale(matrix: RaciMatrix, pageSize: PageSize): number {
  const n = matrix.roles.length;
  if (n === 0 || n > geometry(pageSize, n).perBand) return 1;
  const L = LAYOUT;
  const rows = matrix.groups.flatMap((g) => g.rows);
  const alsoWidth = (row: (typeof rows)[number]) =>
    Math.max(0, ...row.others.map((o) => textWidth(`also ${o.letter}: ${o.names.join(', ')}`, 6.5)));
  const activity = Math.min(
    L.activityMax,
    Math.max(
      L.activityMin,
      ...rows.map((r) =>
        Math.max(textWidth(r.title, L.bodySize) + textWidth(`  ${r.id}`, 5.5), alsoWidth(r)),
      ),
      ...matrix.groups.map((g) => textWidth(`${g.title}   ${g.kind ?? ''}`, 8.5, true)),
    ),
  );
  const outside = L.roleMin + 2 * L.rolePadding + L.familyRule;
  const width = activity + 2 * L.activityPadding + 2 * L.familyRule + n * outside;
  const usableWidth = PAGE[pageSize].width - MARGIN.left - MARGIN.right;
  const cell = 4 + L.rule;
  let height = headerHeight(matrix.roles) + L.abbreviationSize * LINE + 1 + cell + 1;
  for (const group of matrix.groups) {
    height += 8.5 * LINE + cell;
    for (const row of group.rows) {
      const lines = wrap(`${row.title}  ${row.id}`, activity, L.bodySize, 99).length;
      height += lines * L.bodySize * LINE + row.others.length * 6.5 * LINE + cell;
    }
  }
  const usableHeight = PAGE[pageSize].height - MARGIN.top - MARGIN.bottom - HEADING;
  // 5% to spare: the estimate of the rows' height is close, not exact.
  const fit = Math.min(MAX_SCALE, usableWidth / width, (0.95 * usableHeight) / height);
  return Math.max(1, Math.floor(fit * 20) / 20);
}

function bandTable(
  matrix: RaciMatrix,
  band: readonly MatrixRole[],
  pageSize: PageSize,
  scale = matrixScale(matrix, pageSize),
): Content {
  const L = scaled(scale);
  const { activity: activityWidth, role: roleWidth } = geometry(pageSize, band.length, L);
  const height = headerHeight(matrix.roles, scale);
  const size = (points: number) => Number((points * scale).toFixed(2));
  const columns = bandColumns(matrix, band);
  const familyEdges = new Set<number>();
  if (matrix.order === 'family')
    band.forEach((r, i) => {
      if (i > 0 && band[i - 1]!.family.id !== r.family.id) familyEdges.add(i + 1);
    });

  const header: Cell[] = [
    {
      stack: [
        { text: 'Activity', bold: true, fontSize: size(9) },
        ...(matrix.explain
          ? [
              {
                text: 'grouped by process, phase or scenario, in model order',
                fontSize: size(6.5),
                color: C.muted,
              },
            ]
          : []),
      ],
      margin: [0, Math.max(0, height - size(matrix.explain ? 12 : 11)), 0, 0],
      fillColor: C.headerFill,
    },
    ...band.map((r) => roleHeader(r, roleWidth, height, L)),
  ];
  const widths = [activityWidth, ...band.map(() => roleWidth)];
  const body: Cell[][] = [header];
  const span = (cell: Cell): Cell[] => [{ ...cell, colSpan: band.length + 1 }, ...band.map(() => ({}))];
  for (const group of bandGroups(matrix, columns)) {
    const groupRow: Cell[] = span({
      text: [
        { text: group.title, bold: true },
        ...(group.kind ? [{ text: `   ${group.kind}`, color: C.muted, fontSize: size(7), bold: false }] : []),
      ],
      fillColor: '#d5e0f0',
      fontSize: size(8.5),
      color: C.ink,
    });
    const rows = group.rows.map((row, n) => {
      const zebra = n % 2 === 1 ? C.zebra : undefined;
      const activityCell: Cell = {
        text: [
          { text: row.title },
          { text: `  ${row.id}`, fontSize: size(5.5), color: C.muted },
          ...row.others.map((o) => ({
            text: `\nalso ${o.letter}: ${o.names.join(', ')}`,
            fontSize: size(6.5),
            color: C.muted,
          })),
        ],
        fontSize: size(LAYOUT.bodySize),
        ...(zebra ? { fillColor: zebra } : {}),
      };
      return [
        activityCell,
        ...columns.map((c) => {
          const cell = row.cells[c];
          if (!cell) return zebra ? { text: '', fillColor: zebra } : { text: '' };
          return letterCell(cell.letter, cell.footnote, size(LAYOUT.bodySize));
        }),
      ];
    });
    const [first, ...rest] = rows;
    if (!first) {
      body.push(groupRow);
      continue;
    }
    // The group's row and its first activity as one row of the table (a table of two rows inside
    // it, with the same columns), so that a page never ends on a group's row: rows do not break.
    body.push(
      span({
        table: { widths, body: [groupRow, first] },
        layout: joinedLayout(familyEdges, band.length, L),
        margin: [-L.activityPadding, -2 * scale, -L.rolePadding, -2 * scale],
      }),
    );
    body.push(...rest);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: tableLayout(familyEdges, L),
  } as unknown as Content;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How many activities a band lists. */
const bandActivities = (matrix: RaciMatrix, band: readonly MatrixRole[]) =>
  bandGroups(matrix, bandColumns(matrix, band)).reduce((n, g) => n + g.rows.length, 0);

/**
 * The title page. `bandStarts` are the first pages of the bands when they are known (raci.pdf
 * joined from pieces); without them, pdfmake page references (one document).
 */
function titlePage(
  matrix: RaciMatrix,
  date: string,
  split: MatrixRole[][],
  bandStarts?: readonly number[],
): Content[] {
  const order =
    matrix.order === 'family'
      ? 'Columns are ordered by family, as organisation.yaml lists the families, then by title.'
      : 'Columns are ordered by where each role first appears in activities.yaml.';
  const without =
    matrix.rolesWithoutLetters.length === 0
      ? 'Only roles that hold a letter in some activity get a column; here every role of the model does.'
      : `Only roles that hold a letter in some activity get a column; not shown: ${matrix.rolesWithoutLetters.map((r) => r.title).join(', ')}.`;
  const key = (roles: readonly MatrixRole[]): Content =>
    ({
      table: {
        headerRows: 1,
        widths: ['auto', '*', 'auto'],
        body: [
          ['Column', 'Role', 'Family'].map((t) => ({ text: t, style: 'tableHeader' })),
          ...roles.map((r) => [
            { text: r.abbreviation, bold: true },
            { text: r.title },
            { text: r.family.title, color: C.muted },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    }) as Content;
  // Side by side, at most 14 rows a column, so that the key stays on the title page for ~40 roles.
  const keyColumns = Math.min(3, Math.max(1, Math.ceil(matrix.roles.length / 14)));
  const perColumn = Math.ceil(matrix.roles.length / keyColumns);
  const keyContent: Content =
    keyColumns === 1
      ? key(matrix.roles)
      : ({
          columns: Array.from({ length: keyColumns }, (_, i) =>
            key(matrix.roles.slice(i * perColumn, (i + 1) * perColumn)),
          ),
          columnGap: 18,
        } as Content);
  const legend: Content = {
    table: {
      widths: [16, 70, '*'],
      body: matrix.letters.map((l) => [
        { text: l.letter, bold: true, alignment: 'center', fillColor: C[l.letter] },
        { text: l.name, bold: true },
        { text: l.meaning },
      ]),
    },
    layout: 'noBorders',
    fontSize: 9,
  } as Content;
  return [
    { text: matrix.organisation.name, style: 'title' },
    { text: `RACI matrix  ·  ${matrix.variant}  ·  ${date}`, style: 'subtitle' },
    {
      // How to read the matrix is an explanatory note: documents.notes: false leaves it out.
      text: `${plural(matrix.activityCount, 'activity', 'activities')} in ${plural(matrix.groups.length, 'group')}, against the ${plural(matrix.roles.length, 'role')} that hold a letter in them.${matrix.explain ? ` ${order} ${without}` : ''}`,
      style: 'body',
    },
    {
      columns: [
        {
          width: split.length > 1 ? '38%' : '45%',
          stack: [
            { text: `Legend (${matrix.variant})`, style: 'h2' },
            legend,
            ...(matrix.explain
              ? [
                  {
                    text: 'Every activity has exactly one A and at least one R. A small number beside a letter points to a note at the end.',
                    style: 'small',
                    margin: [0, 6, 0, 0],
                  },
                ]
              : []),
          ],
        },
        {
          width: '*',
          stack: [
            { text: 'Groups', style: 'h2' },
            {
              ul: matrix.groups.map((g) => ({
                text: [
                  { text: g.title, bold: true },
                  {
                    text: `  ${g.kind ?? 'group'}, ${plural(g.rows.length, 'activity', 'activities')}`,
                    color: C.muted,
                  },
                ],
              })),
              fontSize: 9,
            },
          ],
        },
        // Beside the groups rather than under them, so that the column key of ~40 roles still fits.
        ...(split.length > 1
          ? [
              {
                width: '22%',
                stack: [
                  { text: 'Bands', style: 'h2' },
                  ...(matrix.explain
                    ? [
                        {
                          text: `The roles do not fit across one page, so the matrix is printed in ${split.length} bands of columns. A band lists the activities in which one of its roles holds a letter.`,
                          style: 'small',
                        },
                      ]
                    : []),
                  {
                    // The page number ends its own line: pdfmake sizes a page reference for
                    // "00000" and would leave a gap before any text after it, and a reference
                    // that wraps to a second line is left as "00000".
                    ul: split.map((band, i) => ({
                      stack: [
                        {
                          text: [
                            { text: `Band ${i + 1}`, bold: true },
                            ', page ',
                            bandStarts ? String(bandStarts[i] ?? '') : { pageReference: `band-${i + 1}` },
                          ],
                        },
                        {
                          text: `${band[0]!.abbreviation} to ${band[band.length - 1]!.abbreviation}, ${plural(band.length, 'role')}, ${plural(bandActivities(matrix, band), 'activity', 'activities')}`,
                          color: C.muted,
                        },
                      ],
                    })),
                    fontSize: 9,
                    margin: [0, 4, 0, 0],
                  },
                ],
              },
            ]
          : []),
      ],
      columnGap: 24,
      margin: [0, 4, 0, 0],
    } as Content,
    { text: 'Columns', style: 'h2' },
    keyContent,
  ];
}

function notesSection(matrix: RaciMatrix): Content[] {
  if (matrix.notes.length === 0) return [];
  const title = new Map(matrix.roles.map((r) => [r.id, `${r.title} (${r.abbreviation})`]));
  return [
    { text: 'Notes', style: 'h1', pageBreak: 'before' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, 190, 150, '*'],
        body: [
          ['', 'Activity', 'Role', 'Note'].map((t) => ({ text: t, style: 'tableHeader' })),
          ...matrix.notes.map((n) => [
            { text: String(n.number), color: C.muted },
            { text: n.activityTitle },
            {
              text: [
                { text: ` ${n.letter} `, bold: true, background: C[n.letter] },
                ` ${title.get(n.roleId)}`,
              ],
            },
            { text: n.text },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    } as Content,
  ];
}

function bandHeading(split: MatrixRole[][], i: number): Content {
  const band = split[i]!;
  return {
    text:
      split.length > 1
        ? `Band ${i + 1} of ${split.length}: ${band[0]!.title} to ${band[band.length - 1]!.title}`
        : 'Matrix',
    style: 'h2',
    margin: [0, 0, 0, 6],
    id: `band-${i + 1}`,
  } as Content;
}

/** raci.pdf's title, author, subject and date. */
export function matrixMeta(matrix: RaciMatrix, date: Date): PdfMeta {
  const org = matrix.organisation.name;
  return {
    title: `${org} RACI matrix`,
    author: org,
    subject: `Every activity against every role (${matrix.variant})`,
    keywords: 'RACI, roles, responsibilities',
    date,
  };
}

/**
 * The pages of raci.pdf: landscape, with room for the running header. The pieces rendered apart
 * have neither header nor footer; `running` adds them (one document, or the pieces' frame).
 */
function matrixPage(pageSize: PageSize, running?: { matrix: RaciMatrix; date: string }) {
  return pdfPage({
    size: pageSize,
    orientation: 'landscape',
    margins: MARGIN,
    ...(running
      ? {
          header: matrixHeader(running.matrix, running.date),
          footer: `${running.matrix.organisation.name} RACI matrix  ·  ${running.matrix.variant}`,
        }
      : {}),
  });
}

/** The running header of raci.pdf (every page but the first): organisation, variant, date, legend. */
function matrixHeader(matrix: RaciMatrix, date: string) {
  return (currentPage: number): Content =>
    currentPage === 1
      ? ''
      : ({
          columns: [
            {
              text: `${matrix.organisation.name}  ·  RACI matrix (${matrix.variant})  ·  ${date}`,
              style: 'small',
              width: 'auto',
            },
            { ...(legendChips(matrix, 7) as object), alignment: 'right', width: '*' },
          ],
          margin: [MARGIN.left, 22, MARGIN.right, 0],
        } as Content);
}

/**
 * raci.pdf as one pdfmake document: a title page with the legend and the column key, the matrix
 * in bands, the notes. Fine for small matrices; the generator renders the same content in pieces
 * (see `matrixPieces`), which bounds the memory a large matrix needs.
 */
export function matrixDefinition(
  matrix: RaciMatrix,
  options: Pick<RaciPdfOptions, 'pageSize' | 'date'>,
): PdfDocument {
  const date = isoDate(options.date);
  const { perBand } = geometry(options.pageSize, matrix.roles.length);
  const split = bands(matrix.roles, perBand);
  const content: Content[] = [...titlePage(matrix, date, split)];
  split.forEach((band, i) => {
    content.push({ ...(bandHeading(split, i) as object), pageBreak: 'before' } as Content);
    content.push(bandTable(matrix, band, options.pageSize));
  });
  content.push(...notesSection(matrix));
  return {
    path: 'raci.pdf',
    meta: matrixMeta(matrix, options.date),
    definition: { ...matrixPage(options.pageSize, { matrix, date }), content },
  };
}

/**
 * Whether raci.pdf is rendered in pieces and joined (many bands or many cells) rather than as one
 * pdfmake document. One document is as fast for a small matrix and embeds each font subset once;
 * for a large one pdfmake's memory grows with the whole document (a 2,000-role matrix needed 4 GB).
 */
export function inPieces(matrix: RaciMatrix, pageSize: PageSize): boolean {
  const { perBand } = geometry(pageSize, matrix.roles.length);
  return (
    bands(matrix.roles, perBand).length > PIECES.bands ||
    matrix.roles.length * matrix.activityCount > PIECES.cells
  );
}

/** Above either, raci.pdf is rendered in pieces (see inPieces). */
export const PIECES = { bands: 4, cells: 25_000 } as const;

export type PieceKind = 'title' | 'band' | 'notes' | 'frame';

/** One pdfmake document of raci.pdf's pieces; `key` holds everything its definition reads. */
export interface MatrixPiece extends PdfDocument {
  kind: PieceKind;
  key: unknown;
}

/** How many pages each piece of raci.pdf has: the band starts and the page numbers follow. */
export interface MatrixPages {
  title: number;
  bands: readonly number[];
  notes: number;
}

/**
 * raci.pdf in pieces, each its own pdfmake document without running header or footer: the title
 * page(s), one piece per column band, the notes, and a `frame` of as many pages as the whole, with
 * only the running header and the footer ("Page 7 of 1,712"), which is drawn over the joined pages
 * (see joinMatrixPdf). The title piece prints where each band starts and the frame the page count,
 * so they need `pages`; without it they are built for an estimate (ten pages a band), which is
 * as much work to render. Bands and notes do not depend on `pages`.
 */
export function matrixPieces(
  matrix: RaciMatrix,
  options: Pick<RaciPdfOptions, 'pageSize' | 'date'>,
  pages?: MatrixPages,
): MatrixPiece[] {
  const date = isoDate(options.date);
  const { perBand } = geometry(options.pageSize, matrix.roles.length);
  const split = bands(matrix.roles, perBand);
  const counts: MatrixPages = pages ?? {
    title: 1,
    bands: split.map(() => 10),
    notes: matrix.notes.length > 0 ? 1 : 0,
  };
  const starts: number[] = [];
  let next = counts.title + 1;
  for (const n of counts.bands) {
    starts.push(next);
    next += n;
  }
  const total = next - 1 + counts.notes;
  const page = matrixPage(options.pageSize);
  const meta = matrixMeta(matrix, options.date);
  const common = {
    organisation: matrix.organisation,
    variant: matrix.variant,
    letters: matrix.letters,
    pageSize: options.pageSize,
    date,
  };
  // The definition is built afresh on each read: pdfmake writes its layout into the definition it
  // renders, so a definition kept after rendering would hold a whole band's layout in memory.
  // Keys are built on read too: a worker builds every piece to render one of them, and a band's
  // key holds the band's rows.
  const piece = (
    kind: PieceKind,
    name: string,
    content: () => Content[],
    key: () => object,
  ): MatrixPiece => ({
    kind,
    path: `raci.pdf#${name}`,
    meta: { ...meta, title: `${meta.title} (${name})` },
    get key() {
      return { generator: 'raci', piece: name, ...common, ...key() };
    },
    get definition() {
      return { ...page, content: content() };
    },
  });
  const pieces: MatrixPiece[] = [
    piece(
      'title',
      'title',
      () => titlePage(matrix, date, split, starts),
      () => ({
        roles: matrix.roles,
        rolesWithoutLetters: matrix.rolesWithoutLetters,
        order: matrix.order,
        explain: matrix.explain,
        activityCount: matrix.activityCount,
        groups: matrix.groups.map((g) => ({ title: g.title, kind: g.kind, rows: g.rows.length })),
        bands: split.map((b) => ({ roles: b.length, activities: bandActivities(matrix, b) })),
        starts,
      }),
    ),
    ...split.map((band, i) =>
      piece(
        'band',
        `band-${i + 1}`,
        () => [bandHeading(split, i), bandTable(matrix, band, options.pageSize)],
        () => {
          const columns = bandColumns(matrix, band);
          return {
            band: i + 1,
            of: split.length,
            order: matrix.order,
            roles: band.map(({ id, title, abbreviation, family }) => ({
              id,
              title,
              abbreviation,
              family: family.id,
            })),
            headerHeight: headerHeight(matrix.roles, matrixScale(matrix, options.pageSize)),
            scale: matrixScale(matrix, options.pageSize),
            explain: matrix.explain,
            groups: bandGroups(matrix, columns).map((g) => ({
              title: g.title,
              kind: g.kind,
              rows: g.rows.map((r) => ({
                id: r.id,
                title: r.title,
                others: r.others,
                cells: columns.map((c) => r.cells[c] ?? null),
              })),
            })),
          };
        },
      ),
    ),
  ];
  if (matrix.notes.length > 0) {
    const notes = () => {
      const [first, ...rest] = notesSection(matrix);
      const { pageBreak: _, ...heading } = first as { pageBreak?: string };
      return [heading as Content, ...rest];
    };
    pieces.push(
      piece('notes', 'notes', notes, () => ({
        notes: matrix.notes,
        roles: matrix.roles.map((r) => ({ id: r.id, title: r.title, abbreviation: r.abbreviation })),
      })),
    );
  }
  pieces.push({
    kind: 'frame',
    path: 'raci.pdf#frame',
    meta: { ...meta, title: `${meta.title} (frame)` },
    key: { generator: 'raci', piece: 'frame', ...common, total },
    get definition() {
      return {
        ...matrixPage(options.pageSize, { matrix, date }),
        content: Array.from({ length: total }, (_, i) =>
          i === 0 ? { text: ' ' } : ({ text: ' ', pageBreak: 'before' } as Content),
        ),
      };
    },
  });
  return pieces;
}

/** Role titles, this sheet's own role in bold so that the reader finds themself. */
function holders(titles: readonly string[], own: string): Content {
  // Isolated (see isolate): two right-to-left titles side by side keep their order.
  return titles.flatMap((t, i) => [
    ...(i > 0 ? [', '] : []),
    t === own ? { text: isolate(t), bold: true } : isolate(t),
  ]) as Content;
}

function sheetContent(matrix: RaciMatrix, sheet: RoleSheet, date: string): Content[] {
  const { role } = sheet;
  const content: Content[] = [
    { text: role.title, style: 'title' },
    {
      text: `${role.family.title}  ·  column ${role.abbreviation} of the ${matrix.organisation.name} RACI matrix (${matrix.variant})  ·  ${date}`,
      style: 'subtitle',
    },
    {
      text:
        role.people.length > 0
          ? [{ text: 'Held by: ', bold: true }, role.people.map(isolate).join(', ')]
          : [
              { text: 'Held by: ', bold: true },
              { text: 'nobody in people.yaml', color: C.muted },
            ],
      style: 'body',
    },
  ];
  if (sheet.sections.length === 0) {
    content.push({
      text: 'This role holds no letter in any activity, so it has no column in the matrix.',
      style: 'body',
      margin: [0, 12, 0, 0],
    });
    return content;
  }
  content.push({
    text: sheet.sections.flatMap((s) => [
      { text: ` ${s.letter.letter} `, bold: true, background: C[s.letter.letter] },
      ` ${s.letter.name} for ${s.items.length}     `,
    ]),
    fontSize: 10,
    margin: [0, 8, 0, 0],
  } as Content);
  for (const section of sheet.sections) {
    const l = section.letter;
    content.push({
      text: [
        { text: ` ${l.letter} `, background: C[l.letter] },
        ` ${l.name}: ${plural(section.items.length, 'activity', 'activities')}`,
      ],
      style: 'h1',
    } as Content);
    content.push({ text: `${l.name}: ${l.meaning}.`, style: 'small', margin: [0, 0, 0, 4] });
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [150, '*', 95, 85],
        body: [
          ['Activity', 'Why (note in the model)', 'Responsible', 'Accountable'].map((t) => ({
            text: t,
            style: 'tableHeader',
          })),
          ...section.items.map((item) => [
            {
              text: [
                { text: item.activityTitle, bold: true },
                { text: `\n${item.groupTitle}`, color: C.muted, fontSize: 7 },
              ],
            },
            item.note ? { text: item.note } : { text: '', color: C.muted },
            { text: holders(item.responsible, role.title) },
            { text: holders(item.accountable, role.title) },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8.5,
    } as Content);
  }
  return content;
}

/** roles/<id>.pdf: what the role is A, R, C and I for, with who else holds R and A. */
export function roleSheetDefinition(
  matrix: RaciMatrix,
  roleId: string,
  options: Pick<RaciPdfOptions, 'date'>,
): PdfDocument {
  const sheet = roleSheet(matrix, roleId);
  if (!sheet) throw new Error(`no role '${roleId}' in the matrix`);
  const date = isoDate(options.date);
  const title = `${sheet.role.title}: RACI`;
  return {
    path: `roles/${roleId}.pdf`,
    meta: {
      title,
      author: matrix.organisation.name,
      subject: `What the ${sheet.role.title} is Accountable, Responsible, Consulted and Informed for`,
      keywords: 'RACI, role',
      date: options.date,
    },
    definition: {
      ...pdfPage({
        orientation: 'portrait',
        margins: { left: 40, top: 48, right: 40, bottom: 50 },
        footer: `${matrix.organisation.name}  ·  ${sheet.role.abbreviation}  ·  ${matrix.variant}  ·  ${date}`,
      }),
      content: sheetContent(matrix, sheet, date),
    },
  };
}

/**
 * Every pdfmake document the generator renders: raci.pdf (one document, or for a large matrix its
 * pieces `raci.pdf#title`, `raci.pdf#band-1`, ..., `raci.pdf#notes`, `raci.pdf#frame`, which
 * joinMatrixPdf joins; see inPieces), then one role sheet per role (id order). `pages` as in
 * matrixPieces (renderMatrixPdf returns them).
 */
export function raciPdfDefinitions(
  matrix: RaciMatrix,
  options: RaciPdfOptions & { pages?: MatrixPages },
): PdfDocument[] {
  const all = [...matrix.roles, ...matrix.rolesWithoutLetters].map((r) => r.id).sort();
  const wanted = options.roles ? all.filter((id) => options.roles!.includes(id)) : all;
  return [
    ...(inPieces(matrix, options.pageSize)
      ? matrixPieces(matrix, options, options.pages)
      : [matrixDefinition(matrix, options)]),
    ...wanted.map((id) => roleSheetDefinition(matrix, id, options)),
  ];
}
