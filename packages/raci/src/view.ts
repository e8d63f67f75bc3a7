import {
  type ActivityGroup,
  type Letter,
  letterName,
  type Model,
  type RaciVariant,
  type Role,
} from '@rolekit/model';

// The RACI matrix as plain data, built once from the model. The PDF, the role sheets, the CSV and
// the Markdown all render from this, so they cannot disagree with each other. Pure: no I/O, and
// every list is in model order or sorted, never in Map/Set order of unordered input.

export interface LetterInfo {
  readonly letter: Letter;
  /** Responsible, Accountable, ... (S is Support in RASCI and Signatory in RACI-VS). */
  readonly name: string;
  /** One line on what the letter asks of a role. */
  readonly meaning: string;
}

export interface MatrixRole {
  readonly id: string;
  readonly title: string;
  /** Short and unique within the matrix, e.g. SRE, PO, EL; for column headers and keys. */
  readonly abbreviation: string;
  readonly family: { readonly id: string; readonly title: string };
  /** How many activities the role holds each letter for. */
  readonly counts: Readonly<Partial<Record<Letter, number>>>;
  /** Names of the people who hold the role (people.yaml order). */
  readonly people: readonly string[];
}

export interface MatrixCell {
  readonly letter: Letter;
  readonly note?: string;
  /** The note's number in the matrix's footnotes, when the cell has a note. */
  readonly footnote?: number;
}

export interface MatrixRow {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly groupId: string;
  /** One entry per column of `RaciMatrix.roles`, null where the role holds no letter. */
  readonly cells: readonly (MatrixCell | null)[];
  /** Parties that are not roles, e.g. { letter: 'I', names: ['Relevant stakeholders'] }. */
  readonly others: readonly { readonly letter: Letter; readonly names: readonly string[] }[];
}

/** A group of activities as the model has it, with its sources as lines and its rows. */
export interface MatrixGroup extends Pick<ActivityGroup, 'id' | 'title' | 'kind' | 'description'> {
  /** Each source as one line: document, section (note). */
  readonly sources: readonly string[];
  readonly rows: readonly MatrixRow[];
}

export interface MatrixNote {
  readonly number: number;
  readonly activityId: string;
  readonly activityTitle: string;
  readonly roleId: string;
  readonly letter: Letter;
  readonly text: string;
}

export type RoleOrder = 'family' | 'appearance';

export interface RaciMatrix {
  readonly organisation: { readonly name: string; readonly date: string };
  readonly variant: RaciVariant;
  /** The variant's letters in its own order (RACI: R A C I; RASCI: R A S C I; RACI-VS: R A C I V S). */
  readonly letters: readonly LetterInfo[];
  /** The columns: every role that holds at least one letter, in `order`. */
  readonly roles: readonly MatrixRole[];
  /** Roles that hold no letter anywhere, so have no column (id order). */
  readonly rolesWithoutLetters: readonly MatrixRole[];
  readonly order: RoleOrder;
  readonly groups: readonly MatrixGroup[];
  /** Every cell note, numbered in reading order (group, activity, column). */
  readonly notes: readonly MatrixNote[];
  readonly activityCount: number;
  /** organisation.yaml `documents.notes`: print how to read the matrix (default true). */
  readonly explain: boolean;
}

const MEANINGS: Record<Letter, string> = {
  R: 'does the work',
  A: 'answers for the outcome and signs it off; exactly one per activity',
  C: 'asked for input before or during the work (two-way)',
  I: 'kept up to date on progress and decisions (one-way)',
  S: 'helps the Responsible role do the work',
  V: 'checks the result against the agreed criteria',
};

/** The letters of a variant with their names and meanings, in the variant's order. */
export function lettersOf(variant: RaciVariant, letters: readonly Letter[]): LetterInfo[] {
  return letters.map((letter) => ({
    letter,
    name: letterName(letter, variant),
    meaning:
      letter === 'S' && variant === 'RACI-VS'
        ? 'signs off the result before it takes effect'
        : MEANINGS[letter],
  }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const CONNECTORS = new Set(['and', 'of', 'the', 'for', 'to', 'in', '&', '+', '-', '/']);

/** Initials of a title: one letter a word, camel-case humps too (DevSecOps -> DSO), numbers whole. */
function initials(title: string): string {
  const words = title.split(/[\s/]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  if (words.length === 1) {
    const word = words[0]!.replace(/[^A-Za-z0-9]/g, '');
    if (/^[A-Z0-9]{2,5}$/.test(word)) return word;
    return word.slice(0, 3).toUpperCase();
  }
  let out = '';
  for (const raw of words) {
    const word = raw.replace(/[^A-Za-z0-9]/g, '');
    if (word === '') continue;
    if (/^\d+$/.test(word)) out += word;
    else if (/^[A-Z]{2,3}$/.test(word)) out += word;
    else out += word[0]!.toUpperCase() + word.slice(1).replace(/[^A-Z]/g, '');
  }
  return out.slice(0, 6);
}

/**
 * Unique short names for the columns, in column order: an all-capitals alias of two to four
 * letters when the role has one (SRE, PO, CTO), else the title's initials. A clash keeps the
 * first role's abbreviation and gives the next the second letter of its first word (SE, SuE),
 * then a number.
 */
export function abbreviations(roles: readonly Pick<Role, 'id' | 'title' | 'aliases'>[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const role of roles) {
    const alias = role.aliases.find((a) => /^[A-Z]{2,4}$/.test(a) && !used.has(a));
    const base = alias ?? initials(role.title);
    let candidate = base;
    if (used.has(candidate)) {
      const first = role.title.replace(/[^A-Za-z0-9\s]/g, '').split(/\s+/)[0] ?? '';
      const second = first.charAt(1).toLowerCase();
      if (second && /[a-z]/.test(second)) candidate = `${base.charAt(0)}${second}${base.slice(1)}`;
    }
    for (let n = 2; used.has(candidate); n++) candidate = `${base}${n}`;
    used.add(candidate);
    out.set(role.id, candidate);
  }
  return out;
}

function sourceLine(s: { document: string; section?: string; note?: string }): string {
  return `${s.document}${s.section ? `, ${s.section}` : ''}${s.note ? ` (${s.note})` : ''}`;
}

/** Builds the matrix once from the model. */
export function buildMatrix(model: Model, options: { order?: RoleOrder } = {}): RaciMatrix {
  const order = options.order ?? 'family';
  const { organisation } = model;

  // Which roles hold letters, and in which order they first appear in activities.yaml.
  const firstUse = new Map<string, number>();
  const counts = new Map<string, Partial<Record<Letter, number>>>();
  for (const activity of model.activities) {
    for (const a of activity.assignments) {
      if (!firstUse.has(a.role)) firstUse.set(a.role, firstUse.size);
      const c = counts.get(a.role) ?? {};
      c[a.letter] = (c[a.letter] ?? 0) + 1;
      counts.set(a.role, c);
    }
  }

  const familyIndex = new Map(organisation.families.map((f, i) => [f.id, i]));
  const familyRank = (r: Role) => familyIndex.get(r.family.id) ?? Number.MAX_SAFE_INTEGER;
  const holding = model.roles.filter((r) => firstUse.has(r.id));
  const columns =
    order === 'appearance'
      ? [...holding].sort((a, b) => firstUse.get(a.id)! - firstUse.get(b.id)!)
      : [...holding].sort(
          (a, b) =>
            familyRank(a) - familyRank(b) ||
            compare(a.title.toLowerCase(), b.title.toLowerCase()) ||
            compare(a.id, b.id),
        );
  const without = model.roles.filter((r) => !firstUse.has(r.id));
  const abbr = abbreviations([...columns, ...without]);
  const toMatrixRole = (r: Role): MatrixRole => ({
    id: r.id,
    title: r.title,
    abbreviation: abbr.get(r.id)!,
    family: { id: r.family.id, title: r.family.title },
    counts: { ...(counts.get(r.id) ?? {}) },
    people: model.peopleInRole(r.id).map((p) => p.name),
  });
  const roles = columns.map(toMatrixRole);
  const column = new Map(roles.map((r, i) => [r.id, i]));

  const notes: MatrixNote[] = [];
  const groups: MatrixGroup[] = model.activityGroups.map((group) => ({
    id: group.id,
    title: group.title,
    ...(group.kind ? { kind: group.kind } : {}),
    ...(group.description ? { description: group.description } : {}),
    sources: group.sources.map(sourceLine),
    rows: group.activities.map((activity) => {
      const byColumn = new Map<number, { letter: Letter; note?: string }>();
      for (const a of activity.assignments) byColumn.set(column.get(a.role)!, a);
      const cells: (MatrixCell | null)[] = roles.map((role, i) => {
        const a = byColumn.get(i);
        if (!a) return null;
        if (!a.note) return { letter: a.letter };
        const number = notes.length + 1;
        notes.push({
          number,
          activityId: activity.id,
          activityTitle: activity.title,
          roleId: role.id,
          letter: a.letter,
          text: a.note,
        });
        return { letter: a.letter, note: a.note, footnote: number };
      });
      const others = organisation.raci.letters
        .filter((l) => (activity.others[l]?.length ?? 0) > 0)
        .map((letter) => ({ letter, names: [...activity.others[letter]!] }));
      return {
        id: activity.id,
        title: activity.title,
        ...(activity.description ? { description: activity.description } : {}),
        groupId: group.id,
        cells,
        others,
      };
    }),
  }));

  return {
    organisation: { name: organisation.name, date: organisation.date },
    variant: organisation.raci.variant,
    letters: lettersOf(organisation.raci.variant, organisation.raci.letters),
    roles,
    rolesWithoutLetters: without.map(toMatrixRole),
    order,
    groups,
    notes,
    activityCount: model.activities.length,
    explain: organisation.documents?.notes ?? true,
  };
}

/** Who holds a letter in a row: role titles in column order, then the parties that are not roles. */
export function holdersOf(matrix: RaciMatrix, row: MatrixRow, letter: Letter): string[] {
  const out: string[] = [];
  // A row of another matrix has no entry: every column is looked at.
  const columns = sheetIndex(matrix).filled.get(row) ?? row.cells.map((_, i) => i);
  for (const i of columns) if (row.cells[i]?.letter === letter) out.push(matrix.roles[i]!.title);
  for (const o of row.others) if (o.letter === letter) out.push(...o.names);
  return out;
}

export interface RoleSheetItem {
  readonly activityId: string;
  readonly activityTitle: string;
  readonly groupTitle: string;
  readonly note?: string;
  /** Everyone who holds R and A for the activity (this role included, named like the others). */
  readonly responsible: readonly string[];
  readonly accountable: readonly string[];
}

export interface RoleSheet {
  readonly role: MatrixRole;
  /** Letters in the order a role reads them: A, R, then S and V, then C and I; empty ones left out. */
  readonly sections: readonly { readonly letter: LetterInfo; readonly items: readonly RoleSheetItem[] }[];
}

const SHEET_ORDER: readonly Letter[] = ['A', 'R', 'S', 'V', 'C', 'I'];

/**
 * Per matrix, each column's index by role id and the rows where it holds a letter, in matrix
 * order: found in one pass over the cells. Looking them up per sheet cost a pass over every row
 * and every column for each of 2,000 sheets.
 */
const sheetIndexes = new WeakMap<
  RaciMatrix,
  {
    column: Map<string, number>;
    hits: { group: MatrixGroup; row: MatrixRow }[][];
    /** Per row, the columns that hold a letter, in order. */
    filled: Map<MatrixRow, number[]>;
  }
>();

function sheetIndex(matrix: RaciMatrix) {
  let index = sheetIndexes.get(matrix);
  if (!index) {
    const column = new Map(matrix.roles.map((r, i) => [r.id, i]));
    const hits: { group: MatrixGroup; row: MatrixRow }[][] = matrix.roles.map(() => []);
    const filled = new Map<MatrixRow, number[]>();
    for (const group of matrix.groups)
      for (const row of group.rows) {
        const columns: number[] = [];
        for (let i = 0; i < row.cells.length; i++)
          if (row.cells[i]) {
            hits[i]!.push({ group, row });
            columns.push(i);
          }
        filled.set(row, columns);
      }
    index = { column, hits, filled };
    sheetIndexes.set(matrix, index);
  }
  return index;
}

/** What one role is A, R, (S, V,) C and I for, with who else holds R and A. */
export function roleSheet(matrix: RaciMatrix, roleId: string): RoleSheet | undefined {
  const { column, hits } = sheetIndex(matrix);
  const i = column.get(roleId) ?? -1;
  if (i < 0) {
    const role = matrix.rolesWithoutLetters.find((r) => r.id === roleId);
    return role ? { role, sections: [] } : undefined;
  }
  const byLetter = new Map<Letter, RoleSheetItem[]>();
  for (const { group, row } of hits[i]!) {
    const cell = row.cells[i]!;
    const items = byLetter.get(cell.letter) ?? [];
    items.push({
      activityId: row.id,
      activityTitle: row.title,
      groupTitle: group.title,
      ...(cell.note ? { note: cell.note } : {}),
      responsible: holdersOf(matrix, row, 'R'),
      accountable: holdersOf(matrix, row, 'A'),
    });
    byLetter.set(cell.letter, items);
  }
  const sections = SHEET_ORDER.filter((l) => byLetter.has(l)).map((l) => ({
    letter: matrix.letters.find((x) => x.letter === l)!,
    items: byLetter.get(l)!,
  }));
  return { role: matrix.roles[i]!, sections };
}
