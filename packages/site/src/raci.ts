import type { Model } from '@rolekit/model';
import { buildMatrix, type LetterInfo, type RaciMatrix } from '@rolekit/raci';
import { SPLIT_CELLS } from './options.js';

export { SPLIT_CELLS };

// The interactive RACI page's view: the very matrix the RACI generator prints (its columns, its
// order, its notes), as rows of cells that each carry their letter and why. A large matrix is
// split into one page per role family (see SPLIT_CELLS).

export interface RaciCellView {
  /** '' for an empty cell of a large matrix: raci.js names it from its column (see COMPACT_CELLS). */
  role: string;
  /** '' where the role holds no letter. */
  letter: string;
  /** For a lettered cell: the id of the element that says why (aria-describedby); else null. */
  whyId: string | null;
  /** "QA Engineer is Accountable for Sign off a release", and the model's note when it has one. */
  why: string | null;
  note: string | null;
}

export interface RaciRowView {
  id: string;
  title: string;
  description: string | null;
  group: string;
  /** Parties that are not roles, in words: "I: Relevant stakeholders". */
  others: string | null;
  cells: RaciCellView[];
  /**
   * The same cells, as the default template writes them: each run of bare empty cells (see
   * COMPACT_CELLS) as its markup, `<td></td>` each, then the cell after it (null at the row's end).
   * A large matrix's row is mostly bare cells: 500,000 at 2,000 roles, each of them two helper
   * calls in Handlebars; as runs a row takes a few.
   */
  runs: Array<{ bare: string; cell: RaciCellView | null }>;
}

/** `cells` as runs of bare cells, each followed by one that is not (RaciRowView.runs). */
function runsOf(cells: readonly RaciCellView[]): RaciRowView['runs'] {
  const runs: RaciRowView['runs'] = [];
  let bare = 0;
  for (const cell of cells) {
    if (cell === EMPTY) bare++;
    else {
      runs.push({ bare: '<td></td>'.repeat(bare), cell });
      bare = 0;
    }
  }
  if (bare > 0) runs.push({ bare: '<td></td>'.repeat(bare), cell: null });
  return runs;
}

export interface RaciPageView {
  letters: LetterInfo[];
  columns: Array<{ id: string; title: string; abbreviation: string; family: string; familyTitle: string }>;
  /** The families the role filter can narrow to; empty on a family's page (it has one). */
  families: Array<{ id: string; title: string }>;
  groups: Array<{ id: string; title: string; description: string | null; rows: RaciRowView[] }>;
  /** Roles that hold no letter anywhere (on a family's page: of the family), so have no column. */
  rolesWithoutLetters: Array<{ id: string; title: string }>;
  /** The family a split matrix's page shows; null for the whole matrix. */
  family: { id: string; title: string } | null;
}

/** A family's line in the index of a split matrix. */
export interface RaciFamilyLink {
  id: string;
  title: string;
  /** Roles of the family with a column (a letter somewhere), activities on its page, letters they hold. */
  roles: number;
  activities: number;
  letters: number;
}

/** The RACI page(s): the whole matrix, or an index and a page per family. */
export type RaciPages =
  | { split: false; page: RaciPageView }
  | {
      split: true;
      roles: number;
      activities: number;
      families: RaciFamilyLink[];
      pages: RaciPageView[];
      rolesWithoutLetters: Array<{ id: string; title: string }>;
    };

/**
 * Above this many cells the empty ones are written as a bare `<td></td>` and raci.js gives them
 * their data-role and data-letter from their column: at 2,000 roles by 500 activities the named
 * empty cells alone made a 46 MiB page. Small matrices keep every attribute in the HTML. The pages
 * of a split matrix always write them bare (they are parts of a large one).
 */
export const COMPACT_CELLS = 100_000;
const EMPTY: RaciCellView = { role: '', letter: '', whyId: null, why: null, note: null };

/** The page of `columns` (indices into the matrix's roles) and the rows where one of them holds a letter. */
function pageOf(
  model: Model,
  matrix: RaciMatrix,
  columns: readonly number[],
  family: { id: string; title: string } | null,
  compact: boolean,
): RaciPageView {
  const names = new Map(matrix.letters.map((l) => [l.letter, l.name]));
  const roles = columns.map((i) => matrix.roles[i]!);
  const familyIds = new Set(roles.map((r) => r.family.id));
  let rowNumber = 0;
  const groups = matrix.groups.map((group) => ({
    id: group.id,
    title: group.title,
    description: group.description ?? null,
    rows: group.rows
      .filter((row) => family === null || columns.some((i) => row.cells[i]))
      .map((row): RaciRowView => {
        rowNumber++;
        const cells = columns.map((i, k): RaciCellView => {
          const cell = row.cells[i];
          const role = matrix.roles[i]!;
          if (!cell)
            return compact ? EMPTY : { role: role.id, letter: '', whyId: null, why: null, note: null };
          return {
            role: role.id,
            letter: cell.letter,
            whyId: `why-${rowNumber}-${k + 1}`,
            why: `${role.title} is ${names.get(cell.letter) ?? cell.letter} for ${row.title}`,
            note: cell.note ?? null,
          };
        });
        return {
          id: row.id,
          title: row.title,
          description: row.description ?? null,
          group: group.id,
          others:
            row.others.length > 0
              ? row.others.map((o) => `${o.letter}: ${o.names.join(', ')}`).join('; ')
              : null,
          cells,
          runs: runsOf(cells),
        };
      }),
  }));
  return {
    letters: [...matrix.letters],
    columns: roles.map((r) => ({
      id: r.id,
      title: r.title,
      abbreviation: r.abbreviation,
      family: r.family.id,
      familyTitle: r.family.title,
    })),
    families:
      family === null
        ? model.organisation.families
            .filter((f) => familyIds.has(f.id))
            .map((f) => ({ id: f.id, title: f.title }))
        : [],
    groups: groups.filter((g) => g.rows.length > 0 || family === null),
    rolesWithoutLetters: matrix.rolesWithoutLetters
      .filter((r) => family === null || r.family.id === family.id)
      .map((r) => ({ id: r.id, title: r.title })),
    family,
  };
}

/** The whole matrix as one page (its empty cells bare above `compactAbove` cells). */
export function raciPage(model: Model, compactAbove = COMPACT_CELLS): RaciPageView {
  const matrix = buildMatrix(model);
  const columns = matrix.roles.map((_, i) => i);
  return pageOf(model, matrix, columns, null, columns.length * matrix.activityCount > compactAbove);
}

/** The matrix on one page, or above `splitAbove` cells an index and one page per role family. */
export function raciPages(model: Model, splitAbove = SPLIT_CELLS): RaciPages {
  const matrix = buildMatrix(model);
  const cells = matrix.roles.length * matrix.activityCount;
  if (cells <= splitAbove) {
    const columns = matrix.roles.map((_, i) => i);
    return { split: false, page: pageOf(model, matrix, columns, null, cells > COMPACT_CELLS) };
  }
  const pages: RaciPageView[] = [];
  const families: RaciFamilyLink[] = [];
  // The matrix orders its columns by family, in organisation.yaml's order of families.
  const byFamily = new Map<string, number[]>();
  matrix.roles.forEach((r, i) => {
    const list = byFamily.get(r.family.id);
    if (list) list.push(i);
    else byFamily.set(r.family.id, [i]);
  });
  for (const [id, columns] of byFamily) {
    const title = matrix.roles[columns[0]!]!.family.title;
    const page = pageOf(model, matrix, columns, { id, title }, true);
    const rows = page.groups.flatMap((g) => g.rows);
    pages.push(page);
    families.push({
      id,
      title,
      roles: columns.length,
      activities: rows.length,
      letters: rows.reduce((n, r) => n + r.cells.filter((c) => c.letter !== '').length, 0),
    });
  }
  return {
    split: true,
    roles: matrix.roles.length,
    activities: matrix.activityCount,
    families,
    pages,
    rolesWithoutLetters: matrix.rolesWithoutLetters.map((r) => ({ id: r.id, title: r.title })),
  };
}
