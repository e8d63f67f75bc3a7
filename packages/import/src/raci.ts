/**
 * A RACI table as people keep it (activities as rows, roles as columns, a letter per cell) ->
 * activities.yaml groups, with the columns matched to the model's roles by id, title or alias, and
 * new roles for columns that match none. CSV through csv-parse; Markdown pipe tables by hand (one
 * table per `#` heading, which names the group). Every problem names file:line:column (the column
 * is the field's number), and any problem means nothing is imported. Pure.
 */

import { closest } from '@rolekit/model';
import { parse } from 'csv-parse/sync';
import type { ImportProblem } from './codeowners-file.js';
import {
  type ActivityGroupDraft,
  emptyFragment,
  type Fragment,
  IMPORTED_FAMILY,
  type Known,
  type RoleDraft,
  slugify,
  uniqueId,
} from './fragment.js';

export interface Cell {
  text: string;
  line: number;
  column: number;
}

/** One table: a heading row and data rows, each cell with its place in the file. */
export interface RaciTable {
  group?: string;
  header: Cell[];
  rows: Cell[][];
}

export interface RaciOptions {
  /** What an X means, e.g. R (a simple matrix marks involvement with X). */
  x?: string;
  /** The group for rows without a group column or heading. */
  group: string;
  /** The letters the organisation's RACI variant allows. */
  letters?: readonly string[];
  /** Activity ids the model already has. */
  activityIds?: readonly string[];
}

export interface RaciImport {
  fragment: Fragment;
  /** Columns matched to roles of the model, `Title -> id`. */
  matched: string[];
  problems: ImportProblem[];
}

function problem(
  file: string,
  cell: { line: number; column: number },
  message: string,
  hint: string,
): ImportProblem {
  return { file, line: cell.line, column: cell.column, message, hint };
}

/** Reads a CSV file into one table; a CSV error is a problem at its line. */
export function readCsv(text: string, file: string): { tables: RaciTable[]; problems: ImportProblem[] } {
  type Row = { record: string[]; raw: string; info: { lines: number } };
  let records: Row[];
  try {
    // LF only, so that csv-parse counts lines as an editor does.
    records = parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Row[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return {
      tables: [],
      problems: [
        {
          file,
          line: e.lines ?? 1,
          message: `not a readable CSV file: ${(e.message ?? 'parse error').replace(/^Invalid Record Length: /, '')}`,
          hint: 'save the sheet as CSV (comma-separated, quotes around cells holding commas or line breaks)',
        },
      ],
    };
  }
  // info.lines is where a record ends; a quoted cell may span lines, so count back to its start.
  const toCells = (r: Row) => {
    const body = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
    const line = r.info.lines - (body.match(/\n/g)?.length ?? 0);
    // raci.csv guards a formula-like cell with an apostrophe (see csvField); read the text it guards.
    return r.record.map((text, i) => ({
      text: /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text,
      line,
      column: i + 1,
    }));
  };
  const [header, ...rows] = records.map(toCells);
  return { tables: header ? [{ header, rows }] : [], problems: [] };
}

/** Splits a pipe-table row into cells; `\|` is a literal bar. */
function pipeCells(line: string, number: number): Cell[] {
  const body = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  const out: Cell[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (body[i] === '|') {
      out.push({ text: current.trim(), line: number, column: out.length + 1 });
      current = '';
    } else current += body[i];
  }
  out.push({ text: current.trim(), line: number, column: out.length + 1 });
  return out;
}

/** Reads every pipe table of a Markdown file; the heading above a table names its group. */
export function readMarkdown(text: string, file: string): { tables: RaciTable[]; problems: ImportProblem[] } {
  const lines = text.split(/\r?\n/);
  const tables: RaciTable[] = [];
  let heading: string | undefined;
  let current: RaciTable | undefined;
  lines.forEach((line, index) => {
    const number = index + 1;
    const h = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (h) heading = h[1];
    if (!line.trim().startsWith('|')) {
      current = undefined;
      return;
    }
    const cells = pipeCells(line, number);
    if (!current) {
      current = { ...(heading ? { group: heading } : {}), header: cells, rows: [] };
      tables.push(current);
    } else if (current.rows.length === 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.text))) {
      // the separator row
    } else current.rows.push(cells);
  });
  void file;
  return { tables, problems: [] };
}

const UNKNOWN = '\0unknown';
const GROUP = /^(group|phase|process|stage|area)$/i;
const ACTIVITY_ID = /^(activity id|id|key)$/i;
const ACTIVITY = /^(activity|activities|task|tasks|deliverable|step|decision)$/i;

/** Matches a column heading to a role: id, title or alias, ignoring case and spacing. */
function matchRole(heading: string, known: Known): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const h = norm(heading);
  return known.roles.find((r) => r.id === h || norm(r.title) === h || r.aliases.some((a) => norm(a) === h))
    ?.id;
}

export function importRaci(
  tables: readonly RaciTable[],
  file: string,
  known: Known,
  options: RaciOptions,
): RaciImport {
  const problems: ImportProblem[] = [];
  const fragment = emptyFragment();
  const matched: string[] = [];
  const letters = options.letters ?? ['R', 'A', 'C', 'I'];
  const roleIds = new Set(known.roles.map((r) => r.id));
  const created = new Map<string, RoleDraft>();
  const activityIds = new Set(options.activityIds ?? []);
  const groups = new Map<string, ActivityGroupDraft>();
  const groupIds = new Set<string>();
  const x = options.x?.toUpperCase();
  if (x !== undefined && !letters.includes(x))
    problems.push({
      file,
      line: 1,
      message: `X cannot mean '${options.x}'`,
      hint: `say what X means with one of ${letters.join(', ')}`,
    });

  for (const table of tables) {
    const kinds = table.header.map((c) =>
      GROUP.test(c.text.trim())
        ? 'group'
        : ACTIVITY_ID.test(c.text.trim())
          ? 'id'
          : ACTIVITY.test(c.text.trim())
            ? 'title'
            : 'role',
    );
    // Without an "activity" heading, the first column that is not a group or id holds the activities.
    if (!kinds.includes('title')) {
      const first = kinds.indexOf('role');
      if (first >= 0) kinds[first] = 'title';
    }
    const roles: Array<string | undefined> = table.header.map((cell, i) => {
      if (kinds[i] !== 'role') return undefined;
      const heading = cell.text.trim();
      if (/[\r\n]/.test(heading)) {
        problems.push(
          problem(file, cell, 'a column heading on several lines', 'write the role’s title on one line'),
        );
        return UNKNOWN;
      }
      if (heading === '') {
        problems.push(
          problem(file, cell, 'a column without a heading', 'name the role the column stands for'),
        );
        return undefined;
      }
      const id = matchRole(heading, known);
      if (id) {
        matched.push(`${heading} -> ${id}`);
        return id;
      }
      const candidates = known.roles.flatMap((r) => [r.title, r.id, ...r.aliases]);
      const near = closest(heading, candidates);
      if (near) {
        problems.push(
          problem(
            file,
            cell,
            `unknown column '${heading}'; did you mean '${near}'?`,
            'rename the column to the role’s title or id; a heading far from every role creates a new role',
          ),
        );
        // Its cells are still checked, so that one run reports every problem.
        return UNKNOWN;
      }
      const key = heading.toLowerCase();
      const existing = created.get(key);
      if (existing) return existing.id;
      const role: RoleDraft = {
        // A heading with no Latin letters or digits (Arabic, CJK, emoji) is named by its column.
        id: uniqueId(slugify(heading) === 'item' ? `role-${cell.column}` : slugify(heading), roleIds),
        title: heading,
        family: IMPORTED_FAMILY.id,
        summary: `Imported from the RACI table ${file.split('/').pop()}: say what this role is for.`,
      };
      created.set(key, role);
      return role.id;
    });
    const seen = new Map<string, Cell>();
    roles.forEach((id, i) => {
      if (!id || id === UNKNOWN) return;
      const before = seen.get(id);
      if (before)
        problems.push(
          problem(
            file,
            table.header[i] as Cell,
            `a second column for role ${id} (the first is column ${before.column})`,
            'merge the two columns into one',
          ),
        );
      else seen.set(id, table.header[i] as Cell);
    });
    const col = (kind: (typeof kinds)[number]) => kinds.indexOf(kind);
    for (const row of table.rows) {
      if (row.every((c) => c.text.trim() === '')) continue;
      const line = { line: row[0]?.line ?? 0, column: 1 };
      const title = row[col('title')]?.text.trim() ?? '';
      if (title === '') {
        problems.push(
          problem(file, line, 'a row without an activity', 'name the activity in its first column'),
        );
        continue;
      }
      if (row.length > table.header.length) {
        const extra = row[table.header.length] as Cell;
        if (row.slice(table.header.length).some((c) => c.text.trim() !== ''))
          problems.push(
            problem(
              file,
              extra,
              'a cell beyond the last column',
              'give the column a heading, or remove the cell',
            ),
          );
      }
      if (/[\r\n]/.test(title))
        problems.push(
          problem(
            file,
            row[col('title')] as Cell,
            'an activity title on several lines',
            'write the title on one line',
          ),
        );
      const raci: Record<string, string> = {};
      let accountable: Cell | undefined;
      let responsible = false;
      roles.forEach((role, i) => {
        const cell = row[i];
        if (!role || !cell) return;
        let letter = cell.text
          .replace(/\[\^\d+\]/g, '')
          .trim()
          .toUpperCase();
        if (letter === '' || letter === '-' || letter === '–') return;
        if (letter === 'X') {
          if (x === undefined) {
            problems.push(
              problem(
                file,
                cell,
                'an X, but nothing says what X means',
                'pass --x-means R (or A, C, I) to say what an X stands for',
              ),
            );
            return;
          }
          letter = x;
        }
        if (!letters.includes(letter)) {
          const several = /^[A-Z](\s*[/,+&]\s*|\s+)?[A-Z]$/.test(letter);
          problems.push(
            problem(
              file,
              cell,
              several
                ? `'${cell.text.trim()}' is two letters; a role holds one letter per activity`
                : `'${cell.text.trim()}' is not a RACI letter`,
              `write one of ${letters.join(', ')} (or leave the cell empty)`,
            ),
          );
          return;
        }
        if (letter === 'A') {
          if (accountable)
            problems.push(
              problem(
                file,
                cell,
                `a second A for '${title}' (the first is in column ${accountable.column})`,
                'an activity has exactly one Accountable: make the other one R or C',
              ),
            );
          accountable = cell;
        }
        if (letter === 'R') responsible = true;
        if (role !== UNKNOWN) raci[role] = letter;
      });
      if (!accountable)
        problems.push(
          problem(file, line, `no A for '${title}'`, 'mark the one role that is Accountable with A'),
        );
      if (!responsible)
        problems.push(
          problem(file, line, `no R for '${title}'`, 'mark at least one role that does the work with R'),
        );
      const groupTitle =
        (col('group') >= 0 ? row[col('group')]?.text.trim() : undefined) || table.group || options.group;
      let group = groups.get(groupTitle);
      if (!group) {
        group = { id: uniqueId(slugify(groupTitle), groupIds), title: groupTitle, activities: [] };
        groups.set(groupTitle, group);
      }
      const givenId = col('id') >= 0 ? row[col('id')]?.text.trim() : undefined;
      const id = uniqueId(
        givenId && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(givenId) ? givenId : slugify(title),
        activityIds,
      );
      group.activities.push({ id, title, raci });
    }
  }
  fragment.activityGroups.push(...groups.values());
  fragment.roles.push(...created.values());
  if (created.size > 0) fragment.families.push(IMPORTED_FAMILY);
  return { fragment, matched: [...new Set(matched)], problems };
}
