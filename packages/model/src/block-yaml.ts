// Source positions in plain block-style YAML without a second parser. A valid model still needs
// positions for its warnings, and running the careful parser (yaml) over a large file only for
// them costs more than a tenth of a second. Most model files are plain: `key: value` lines, `- `
// items, one-line values. In such a file indentation alone gives the structure, so a position is
// found by scanning lines. A file with anything else (multi-line or quoted keys, multi-line flow
// collections or quoted values, tags, tabs, directives...) is left to the careful parser. A test
// checks that both give the same position for every node of every test and example model file.

/** A line's structure; `undefined` for a blank or comment line, or the text of a block scalar. */
interface Line {
  indent: number;
  /** Columns of the `- ` item indicators that start the line. */
  dashes: number[];
  /** A mapping key on this line after the dashes, and its column. */
  key?: string;
  keyColumn: number;
  /** Column of the value that follows the dashes or `key:` on this line; -1 if the line ends there. */
  valueColumn: number;
  /** The value is a one-line flow collection: `[` or `{` ... */
  flow: boolean;
  /** ... and for a flat list of plain items (`[a, b]`), the column of each item. */
  flowItems?: number[];
}

const LINE = /^( *)((?:-(?: +|$))*)(.*)$/;
const KEY = /^([A-Za-z_][\w.-]*):(?: +|$)/;
/** Keys a YAML 1.2 core schema reads as something other than the same text. */
const NOT_TEXT_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const BLOCK_SCALAR = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?: +#.*)?$/;
/** A quoted value that closes on its own line, then at most a comment. */
const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(?: +#.*)? *$/;

/** Splits a file into lines it understands, or returns undefined if the file is not that plain. */
function scanLines(source: string): Array<Line | undefined> | undefined {
  if (source.includes('\t') || /\r(?!\n)/.test(source)) return undefined;
  const lines: Array<Line | undefined> = [];
  // While inside a block scalar (| or >): lines indented deeper than this are its text.
  let blockScalarParent = -1;
  for (const text of source.split(/\r?\n/)) {
    const blank = /^ *(?:#.*)?$/.test(text);
    const m = LINE.exec(text)!;
    const indent = m[1]!.length;
    if (blockScalarParent >= 0 && (blank || indent > blockScalarParent)) {
      lines.push(undefined);
      continue;
    }
    blockScalarParent = -1;
    if (blank) {
      lines.push(undefined);
      continue;
    }
    const dashes: number[] = [];
    for (let i = 0; i < m[2]!.length; i++) if (m[2]![i] === '-') dashes.push(indent + i);
    let column = indent + m[2]!.length;
    let rest = m[3]!;
    const line: Line = { indent, dashes, keyColumn: -1, valueColumn: -1, flow: false };
    const key = KEY.exec(rest);
    if (key) {
      if (NOT_TEXT_KEYS.has(key[1]!)) return undefined;
      line.key = key[1]!;
      line.keyColumn = column;
      column += key[0].length;
      rest = rest.slice(key[0].length);
    } else if (dashes.length === 0) {
      return undefined; // a value on a line of its own: a continuation of a multi-line value
    }
    if (rest === '' || rest.startsWith('#')) {
      lines.push(line);
      continue;
    }
    const first = rest[0]!;
    if (first === '"' || first === "'") {
      if (!QUOTED.test(rest)) return undefined;
    } else if (first === '[' || first === '{') {
      // One line, nothing inside that could hide a bracket or start a comment.
      if (/["'#]/.test(rest) || !rest.trimEnd().endsWith(first === '[' ? ']' : '}')) return undefined;
      line.flow = true;
      if (first === '[') line.flowItems = flowItems(rest, column);
    } else if (first === '|' || first === '>') {
      if (!BLOCK_SCALAR.test(rest)) return undefined;
      blockScalarParent = line.key === undefined ? dashes[dashes.length - 1]! : line.keyColumn;
    } else if ('&*!%@`?,:]}'.includes(first) || /: |:$/.test(rest)) {
      return undefined;
    }
    line.valueColumn = column;
    lines.push(line);
  }
  return lines;
}

/** Columns of the items of a flat one-line list such as `[a, b]`; undefined for anything nested. */
function flowItems(text: string, column: number): number[] | undefined {
  const inside = text.trimEnd().slice(1, -1);
  if (/[[\]{}:]/.test(inside)) return undefined;
  const columns: number[] = [];
  let offset = column + 1;
  for (const item of inside.split(',')) {
    const lead = item.length - item.trimStart().length;
    if (item.trim() !== '') columns.push(offset + lead);
    offset += item.length + 1;
  }
  return columns;
}

/** What starts at a column of a line: a sequence item, a mapping key or a value. */
function startsAt(line: Line, column: number): 'seq' | 'map' | 'value' {
  if (line.dashes.includes(column)) return 'seq';
  return column === line.keyColumn ? 'map' : 'value';
}

/** Column of the node after the dash at `dash`, on the same line; -1 if the line ends there. */
function afterDash(line: Line, dash: number): number {
  const next = line.dashes.find((d) => d > dash);
  if (next !== undefined) return next;
  return line.keyColumn >= 0 ? line.keyColumn : line.valueColumn;
}

export interface Position {
  /** 0-based, as are columns. */
  line: number;
  column: number;
}

/** A plain block-style YAML file that can say where a node starts. */
export class BlockYaml {
  /** The entries of each collection looked into so far, by where it starts: item lines or key -> line. */
  readonly #entries = new Map<string, number[] | Map<string, number>>();

  private constructor(private readonly lines: ReadonlyArray<Line | undefined>) {}

  /** The file's lines, or undefined if the file is not plain enough (see the top of this file). */
  static scan(source: string): BlockYaml | undefined {
    const lines = scanLines(source);
    return lines && new BlockYaml(lines);
  }

  /**
   * Where the node at `pointer` starts, or its deepest existing ancestor, exactly as the careful
   * parser would say; undefined where only the careful parser can tell (an empty value, a position
   * inside a flow collection).
   */
  locate(pointer: ReadonlyArray<string | number>, part: 'key' | 'value'): Position | undefined {
    const root = this.#first(-1);
    if (root === undefined) return undefined;
    let position: Position = { line: root, column: this.lines[root]!.indent };
    for (let p = 0; p < pointer.length; p++) {
      const start = this.lines[position.line]!;
      const kind = startsAt(start, position.column);
      if (kind === 'value') {
        if (!start.flow) return position; // a scalar: the careful parser stops here too
        if (!start.flowItems) return undefined;
        const item = start.flowItems[Number(pointer[p])];
        return item === undefined ? position : { line: position.line, column: item };
      }
      const entries = this.#entriesOf(position, kind);
      // Looked up as the careful parser does: keys as text, items by Number().
      const found = entries instanceof Map ? entries.get(String(pointer[p])) : entries[Number(pointer[p])];
      if (found === undefined) return position;
      if (kind === 'map' && part === 'key' && p === pointer.length - 1) {
        return { line: found, column: position.column };
      }
      const line = this.lines[found]!;
      const column = kind === 'map' ? line.valueColumn : afterDash(line, position.column);
      const child = column >= 0 ? { line: found, column } : this.#below(found, position.column);
      if (!child) return undefined;
      position = child;
    }
    return position;
  }

  /** The first line after `from` that holds anything, or undefined at the end of the file. */
  #first(from: number): number | undefined {
    let i = from + 1;
    while (i < this.lines.length && !this.lines[i]) i++;
    return i < this.lines.length ? i : undefined;
  }

  /**
   * Lines where the entries of the collection at `at` start: the first on its first line, then
   * lines indented exactly to its column. Deeper lines belong to entries; a shallower one ends it.
   */
  #entriesOf(at: Position, kind: 'seq' | 'map'): number[] | Map<string, number> {
    const id = `${at.line}:${at.column}`;
    let entries = this.#entries.get(id);
    if (entries) return entries;
    const lines: number[] = [at.line];
    for (let i = this.#first(at.line); i !== undefined; i = this.#first(i)) {
      const l = this.lines[i]!;
      if (l.indent < at.column) break;
      if (l.indent > at.column) continue;
      const item = l.dashes[0] === at.column;
      if (kind === 'map' && item) continue; // a sequence under the previous key, at the key's indentation
      if (kind === 'seq' && !item) break; // the parent mapping's next key
      lines.push(i);
    }
    if (kind === 'seq') entries = lines;
    else {
      entries = new Map();
      for (const i of lines) if (!entries.has(this.lines[i]!.key!)) entries.set(this.lines[i]!.key!, i);
    }
    this.#entries.set(id, entries);
    return entries;
  }

  /** A value that starts on the lines after its key or dash at column `parent`, if not empty. */
  #below(from: number, parent: number): Position | undefined {
    const i = this.#first(from);
    if (i === undefined) return undefined;
    const l = this.lines[i]!;
    if (l.indent > parent) return { line: i, column: l.indent };
    // A sequence may sit at its key's own indentation.
    if (l.indent === parent && l.dashes[0] === parent && this.lines[from]!.keyColumn === parent) {
      return { line: i, column: parent };
    }
    return undefined;
  }
}
