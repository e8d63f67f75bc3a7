import type { Model } from '@rolekit/model';
import { buildMatrix, type LetterInfo } from '@rolekit/raci';

// The interactive RACI page's view: the very matrix the RACI generator prints (its columns, its
// order, its notes), as rows of cells that each carry their letter and why.

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
}

export interface RaciPageView {
  letters: LetterInfo[];
  columns: Array<{ id: string; title: string; abbreviation: string; family: string; familyTitle: string }>;
  families: Array<{ id: string; title: string }>;
  groups: Array<{ id: string; title: string; description: string | null; rows: RaciRowView[] }>;
  /** Roles that hold no letter anywhere, so have no column. */
  rolesWithoutLetters: Array<{ id: string; title: string }>;
}

/**
 * Above this many cells the empty ones are written as a bare `<td></td>` and raci.js gives them
 * their data-role and data-letter from their column: at 2,000 roles by 500 activities the named
 * empty cells alone made a 46 MiB page. Small matrices keep every attribute in the HTML.
 */
export const COMPACT_CELLS = 100_000;
const EMPTY: RaciCellView = { role: '', letter: '', whyId: null, why: null, note: null };

export function raciPage(model: Model, compactAbove = COMPACT_CELLS): RaciPageView {
  const matrix = buildMatrix(model);
  const cellCount = matrix.roles.length * matrix.groups.reduce((n, g) => n + g.rows.length, 0);
  const compact = cellCount > compactAbove;
  const names = new Map(matrix.letters.map((l) => [l.letter, l.name]));
  const familyIds = new Set(matrix.roles.map((r) => r.family.id));
  let rowNumber = 0;
  return {
    letters: [...matrix.letters],
    columns: matrix.roles.map((r) => ({
      id: r.id,
      title: r.title,
      abbreviation: r.abbreviation,
      family: r.family.id,
      familyTitle: r.family.title,
    })),
    families: model.organisation.families
      .filter((f) => familyIds.has(f.id))
      .map((f) => ({ id: f.id, title: f.title })),
    groups: matrix.groups.map((group) => ({
      id: group.id,
      title: group.title,
      description: group.description ?? null,
      rows: group.rows.map((row) => {
        rowNumber++;
        return {
          id: row.id,
          title: row.title,
          description: row.description ?? null,
          group: group.id,
          others:
            row.others.length > 0
              ? row.others.map((o) => `${o.letter}: ${o.names.join(', ')}`).join('; ')
              : null,
          cells: row.cells.map((cell, i) => {
            const role = matrix.roles[i]!;
            if (!cell)
              return compact ? EMPTY : { role: role.id, letter: '', whyId: null, why: null, note: null };
            return {
              role: role.id,
              letter: cell.letter,
              whyId: `why-${rowNumber}-${i + 1}`,
              why: `${role.title} is ${names.get(cell.letter) ?? cell.letter} for ${row.title}`,
              note: cell.note ?? null,
            };
          }),
        };
      }),
    })),
    rolesWithoutLetters: matrix.rolesWithoutLetters.map((r) => ({ id: r.id, title: r.title })),
  };
}
