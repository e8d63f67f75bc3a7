// People as an HR system exports them: a CSV file (people.csv, or people/<team>.csv) with a heading
// row and one person per row. It is read into the very value people.yaml parses to, so the schema,
// the checks of meaning and the text checks are the same, and every position they report points at
// the cell (file:line:column, the column counted in characters as an editor does).
import { parse } from 'csv-parse/sync';
import type { DiagnosticCode } from './codes/index.js';
import type { Diagnostic, SourceLocation } from './diagnostics.js';
import { didYouMean } from './suggest.js';
import { decodeModelFile, lazyLocation, type ParsedFile, toPointer, type YamlFile } from './yaml-file.js';

/** The columns, named as people.yaml's fields; headings are matched ignoring case, spaces, `_` and `-`. */
export const PEOPLE_CSV_COLUMNS = [
  'id',
  'name',
  'email',
  'github',
  'jiraAccountId',
  'roles',
  'manager',
  'buddy',
  'startDate',
] as const;
type Column = (typeof PEOPLE_CSV_COLUMNS)[number];

/** Headings HR systems use for the same columns (compared after normalising). */
export const PEOPLE_CSV_ALIASES: Readonly<Record<string, Column>> = {
  fullname: 'name',
  githublogin: 'github',
  githubusername: 'github',
  jiraaccount: 'jiraAccountId',
  role: 'roles',
  managerid: 'manager',
  buddyid: 'buddy',
  emailaddress: 'email',
};

/** Several roles in one cell are separated by semicolons (commas separate the cells). */
export const ROLE_SEPARATOR = ';';
const REQUIRED: readonly Column[] = ['id', 'name', 'roles'];

const normaliseHeading = (heading: string) => heading.toLowerCase().replace(/[\s_-]+/g, '');
const BY_HEADING = new Map<string, Column>([
  ...PEOPLE_CSV_COLUMNS.map((c) => [normaliseHeading(c), c] as const),
  ...Object.entries(PEOPLE_CSV_ALIASES),
]);

/**
 * rolekit's own CSV files put an apostrophe before text a spreadsheet would run as a formula
 * (see csvField in @rolekit/raci); reading one back takes it off, like `rolekit import raci`.
 */
const GUARDED_FORMULA = /^'[=+\-@\t\r]/;

interface Row {
  /** The cells as csv-parse read them (quotes removed, doubled quotes undone). */
  cells: string[];
  /** Offset of the row's first character in the text. */
  start: number;
  /** The row's text as written, from `start` (quotes and all). */
  raw: string;
}

interface Sheet {
  text: string;
  rows: Row[];
}

function diagnostic(
  path: string,
  code: DiagnosticCode,
  message: string,
  hint: string,
  where: { line: number; column: number } = { line: 1, column: 1 },
): Diagnostic {
  return { code, severity: 'error', message, hint, file: path, line: where.line, column: where.column };
}

/** Reads the rows of a CSV text, or says where it stops being CSV. */
function readRows(path: string, text: string): Sheet | Diagnostic {
  const rows: Row[] = [];
  // The offset where the next record's raw text starts: raw texts follow one another exactly.
  let offset = 0;
  try {
    parse(text, {
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // With `raw`, each record comes as { record, raw } (csv-parse's types do not say so).
      on_record: (row) => {
        const { record, raw } = row as unknown as { record: string[]; raw: string };
        // A record's raw text starts with the empty lines skipped before it.
        let skipped = 0;
        while (raw.charCodeAt(skipped) === 10) skipped++;
        rows.push({ cells: record, start: offset + skipped, raw: raw.slice(skipped) });
        offset += raw.length;
        return null;
      },
    });
  } catch (error) {
    const e = error as { code?: string; raw?: string; message?: string };
    const raw = e.raw ?? '';
    // Where csv-parse stopped: at the end of what it read of the failing record, or, for a quote
    // never closed, at that quote.
    let at = offset + raw.length;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') at = offset + (openQuote(raw) ?? 0);
    else if (e.code === 'INVALID_OPENING_QUOTE') at = Math.max(offset, at - 1);
    const message = (e.message ?? 'not CSV').split(':')[0]!.toLowerCase();
    return diagnostic(
      path,
      'RK009',
      `not a readable CSV file: ${message}`,
      e.code === 'CSV_QUOTE_NOT_CLOSED' || e.code === 'INVALID_OPENING_QUOTE'
        ? 'a cell that holds a quote, comma or line break is written in double quotes, with each quote inside it doubled ("")'
        : 'save the sheet as CSV: comma-separated, quotes around cells holding commas, quotes or line breaks',
      new Lines(text).position(at),
    );
  }
  return { text, rows };
}

/** Offset of the opening quote of the cell that is never closed in a record's raw text. */
function openQuote(raw: string): number | undefined {
  let open: number | undefined;
  let cellStart = true;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (open !== undefined) {
      if (ch === '"') {
        if (raw[i + 1] === '"') i++;
        else open = undefined;
      }
    } else if (ch === '"' && cellStart) open = i;
    cellStart = ch === ',' || ch === '\n';
  }
  return open;
}

/** Offsets where each cell of a row starts in its raw text, and whether it is quoted. */
function cellStarts(raw: string): Array<{ offset: number; quoted: boolean }> {
  const out: Array<{ offset: number; quoted: boolean }> = [];
  let i = 0;
  for (;;) {
    const quoted = raw[i] === '"';
    out.push({ offset: i, quoted });
    if (quoted) {
      i++;
      while (i < raw.length && !(raw[i] === '"' && raw[i + 1] !== '"')) i += raw[i] === '"' ? 2 : 1;
      i++;
    }
    while (i < raw.length && raw[i] !== ',' && raw[i] !== '\n') i++;
    if (raw[i] !== ',') return out;
    i++;
  }
}

/** Line starts of a text, for turning offsets into line and column (1-based). */
class Lines {
  readonly #starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }
}

/** What a cell holds: without rolekit's formula guard and surrounding spaces. */
function cellText(cell: string): { text: string; skipped: number } {
  const unguarded = GUARDED_FORMULA.test(cell) ? 1 : 0;
  const body = cell.slice(unguarded);
  const text = body.trim();
  return { text, skipped: unguarded + (text ? body.indexOf(text) : 0) };
}

/** Parses a people CSV file's bytes into the value people.yaml would hold. Never throws. */
export function parsePeopleCsv(path: string, bytes: Uint8Array): ParsedFile {
  const decoded = decodeModelFile(path, bytes);
  if (!('source' in decoded)) return decoded;
  // LF only, so that lines are counted as an editor counts them.
  const sheet = readRows(path, decoded.source.replace(/\r\n?/g, '\n'));
  if (!('rows' in sheet)) return { ok: false, diagnostics: [sheet] };
  const [heading, ...body] = sheet.rows;
  if (!heading || heading.cells.every((c) => c.trim() === '')) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK003',
          'file is empty',
          `start with a heading row naming the columns: ${PEOPLE_CSV_COLUMNS.join(',')}`,
        ),
      ],
    };
  }
  let lines: Lines | undefined;
  const position = (offset: number) => {
    lines ??= new Lines(sheet.text);
    return lines.position(offset);
  };
  const cellPosition = (row: Row, index: number, inside = 0) => {
    const cell = cellStarts(row.raw)[index];
    if (!cell) return position(row.start);
    const { skipped } = cellText(row.cells[index] ?? '');
    return position(row.start + cell.offset + (cell.quoted ? 1 : 0) + skipped + inside);
  };

  const columns: Array<Column | undefined> = [];
  const problems: Diagnostic[] = [];
  heading.cells.forEach((cell, i) => {
    const name = cell.trim();
    const column = BY_HEADING.get(normaliseHeading(name));
    if (!column) {
      problems.push(
        diagnostic(
          path,
          'RK011',
          name
            ? `unknown column '${name}'${didYouMean(name, PEOPLE_CSV_COLUMNS)}`
            : `column ${i + 1} has no heading`,
          `the columns are ${PEOPLE_CSV_COLUMNS.join(', ')}; remove the others from the export`,
          cellPosition(heading, i),
        ),
      );
    } else if (columns.includes(column)) {
      problems.push(
        diagnostic(
          path,
          'RK002',
          `duplicate column '${name}': '${column}' is already column ${columns.indexOf(column) + 1}`,
          'keep one of the two columns',
          cellPosition(heading, i),
        ),
      );
    }
    columns.push(column);
  });
  for (const column of REQUIRED) {
    if (!columns.includes(column))
      problems.push(
        diagnostic(
          path,
          'RK010',
          `missing required column '${column}'`,
          `add a '${column}' column to the heading row (${PEOPLE_CSV_COLUMNS.join(',')})`,
        ),
      );
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };

  const rows: Row[] = [];
  const people: Array<Record<string, unknown>> = [];
  for (const row of body) {
    // A row of empty cells is what a spreadsheet leaves below its last line.
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (row.cells.length !== columns.length) {
      const extra = row.cells.length > columns.length;
      problems.push(
        diagnostic(
          path,
          'RK009',
          `this row has ${row.cells.length} cells; the heading row has ${columns.length}`,
          extra
            ? 'quote cells that hold a comma ("Doe, Jane"), or remove the extra cells'
            : 'add the missing cells (leave a cell empty between two commas)',
          extra ? cellPosition(row, columns.length) : position(row.start),
        ),
      );
      continue;
    }
    const person: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const { text } = cellText(row.cells[i]!);
      if (column === 'roles') person[column] = splitRoles(text).map((r) => r.text);
      // An empty required cell stays, so that the schema points at the cell, not at the row.
      else if (text || REQUIRED.includes(column!)) person[column!] = text;
    });
    rows.push(row);
    people.push(person);
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };

  const locate = (
    pointer: ReadonlyArray<string | number>,
    part: 'key' | 'value' = 'value',
  ): SourceLocation => {
    const where = (p: { line: number; column: number }) => ({
      file: path,
      ...p,
      pointer: toPointer(pointer),
    });
    // Pointers from the schema check hold indices as text.
    const index = (segment: string | number | undefined) =>
      segment === undefined || segment === '' ? Number.NaN : Number(segment);
    const row = pointer[0] === 'people' ? rows[index(pointer[1])] : undefined;
    if (!row) return where({ line: 1, column: 1 });
    const column = columns.indexOf(pointer[2] as Column);
    if (pointer.length < 3 || column < 0) return where(position(row.start));
    if (part === 'key' && pointer.length === 3) return where(cellPosition(heading, column));
    if (pointer[2] === 'roles' && pointer.length > 3) {
      const item = splitRoles(cellText(row.cells[column]!).text)[index(pointer[3])];
      return where(cellPosition(row, column, item?.offset ?? 0));
    }
    return where(cellPosition(row, column));
  };
  const file: YamlFile = {
    path,
    value: { people },
    locating: 'csv',
    locate,
    lazyLocate: (pointer, part = 'value') => lazyLocation(file, pointer, part),
  };
  return { ok: true, file };
}

/** The roles of a cell, each with its offset in the cell's text. */
function splitRoles(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const part of text.split(ROLE_SEPARATOR)) {
    const trimmed = part.trim();
    if (trimmed) out.push({ text: trimmed, offset: offset + part.indexOf(trimmed) });
    offset += part.length + ROLE_SEPARATOR.length;
  }
  return out;
}

/**
 * A people CSV file whose value is already known (see ParseCache in load.ts): it is read again
 * only if a diagnostic asks where something is, and then positions are those of a first parse.
 */
export function knownPeopleCsv(path: string, bytes: Uint8Array, value: unknown): YamlFile {
  let parsed: YamlFile | undefined;
  const file: YamlFile = {
    path,
    value,
    locating: 'csv',
    locate(pointer, part = 'value') {
      if (!parsed) {
        const result = parsePeopleCsv(path, bytes);
        // These bytes parsed before; should they not now, point at the file's start.
        parsed = result.ok
          ? result.file
          : { ...file, locate: (p) => ({ file: path, line: 1, column: 1, pointer: toPointer(p) }) };
      }
      return parsed.locate(pointer, part);
    },
    lazyLocate: (pointer, part = 'value') => lazyLocation(file, pointer, part),
  };
  return file;
}
