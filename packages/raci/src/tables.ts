import type { MatrixCell, RaciMatrix } from './view.js';

// The matrix as CSV (for spreadsheets) and as the view model of the Markdown template.

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first), the OWASP list. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. Text
 * from the model that a spreadsheet would run as a formula gets a leading apostrophe, so that
 * opening raci.csv shows the text instead of running it (`rolekit import raci` takes it off again).
 */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * raci.csv: a header row (group, activity id, activity, then one column per role id, in the
 * matrix's column order) and one row per activity holding the bare letters. CRLF line ends as RFC
 * 4180 asks; UTF-8 without a byte order mark. Notes are in raci.md and raci.pdf, not here.
 */
export function raciCsv(matrix: RaciMatrix): string {
  const lines = [['group', 'activity id', 'activity', ...matrix.roles.map((r) => r.id)]];
  for (const group of matrix.groups)
    for (const row of group.rows)
      lines.push([group.title, row.id, row.title, ...row.cells.map((c) => c?.letter ?? '')]);
  return lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const cellText = (cell: MatrixCell | null) =>
  cell ? `${cell.letter}${cell.footnote ? `[^${cell.footnote}]` : ''}` : '';

/** Everything templates/raci/raci.md.hbs needs, every field present (null or [] when absent). */
export function markdownView(matrix: RaciMatrix, date: string) {
  const roleTitle = new Map(matrix.roles.map((r) => [r.id, r.title]));
  return {
    organisation: matrix.organisation.name,
    date,
    variant: matrix.variant,
    summary: `${plural(matrix.activityCount, 'activity', 'activities')} in ${plural(matrix.groups.length, 'group', 'groups')}`,
    order:
      matrix.order === 'family'
        ? 'Roles are ordered by family (as organisation.yaml lists them), then by title.'
        : 'Roles are ordered by where they first appear in activities.yaml.',
    without:
      matrix.rolesWithoutLetters.length > 0
        ? `Only roles that hold a letter in some activity get a column; not shown: ${matrix.rolesWithoutLetters.map((r) => r.title).join(', ')}.`
        : 'Only roles that hold a letter in some activity get a column; here every role of the model does.',
    legend: matrix.letters.map((l) => ({ letter: l.letter, name: l.name, meaning: l.meaning })),
    roles: matrix.roles.map((r) => ({
      abbreviation: r.abbreviation,
      title: r.title,
      id: r.id,
      family: r.family.title,
    })),
    groups: matrix.groups.map((group) => {
      // Only the roles that hold a letter in this group, so that each table stays narrow.
      const used = matrix.roles
        .map((_, i) => i)
        .filter((i) => group.rows.some((row) => row.cells[i] !== null));
      const notes = matrix.notes.filter((n) => group.rows.some((r) => r.id === n.activityId));
      return {
        title: group.title,
        kind: group.kind ?? null,
        description: group.description ?? null,
        sources: [...group.sources],
        columns: used.map((i) => ({ abbreviation: matrix.roles[i]!.abbreviation })),
        rows: group.rows.map((row) => ({
          id: row.id,
          title: row.title,
          others:
            row.others.length > 0
              ? `also ${row.others.map((o) => `${o.letter}: ${o.names.join(', ')}`).join('; ')}`
              : null,
          cells: used.map((i) => cellText(row.cells[i] ?? null)),
        })),
        notes: notes.map((n) => ({
          number: n.number,
          text: `${n.text.replace(/\s+/g, ' ')} (${roleTitle.get(n.roleId)}, ${n.letter}, on “${n.activityTitle}”)`,
        })),
      };
    }),
  };
}
