import { createRequire } from 'node:module';
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import type { Node, YAMLError } from 'yaml';
import { BlockYaml } from './block-yaml.js';
import type { DiagnosticCode } from './codes/index.js';
import type { Diagnostic, SourceLocation } from './diagnostics.js';
import { scanText } from './text-safety.js';

const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;

/**
 * The careful parser's package, loaded on first use: a model in plain block style that loads
 * cleanly, or whose diagnostics the line scan places, never needs it (each of turbo's generate
 * tasks saves loading its 70 modules).
 */
function yaml(): typeof import('yaml') {
  yamlPackage ??= require('yaml') as typeof import('yaml');
  return yamlPackage;
}

/**
 * A people.yaml of 20,000 people is about 5 MB; anything far larger is a mistake or an attack.
 * Larger organisations split people across people/*.yaml (or .csv) files, each within the limit.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_DEPTH = 32;
const MAX_ALIASES = 100;

/** One decoder for every file: decoding whole buffers keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A parsed YAML file that can still answer "where is this value?" for diagnostics. */
export interface YamlFile {
  readonly path: string;
  /** What the file parsed to; undefined once the loader has let go of it (see withoutValue). */
  readonly value: unknown;
  /**
   * Which parser positions come from: the line scan (plain files the fast path read), the careful
   * one, or a people CSV file's cells (people-csv.ts).
   */
  readonly locating: 'lines' | 'careful' | 'csv';
  /**
   * True when the parse found no text that the text-safety rules must look at closely (see
   * scanText); undefined where nobody looked yet.
   */
  readonly plainText?: boolean;
  locate(pointer: ReadonlyArray<string | number>, part?: 'key' | 'value'): SourceLocation;
  /** Like locate, but line and column are worked out only when read (most never are). */
  lazyLocate(pointer: ReadonlyArray<string | number>, part?: 'key' | 'value'): SourceLocation;
}

/** Anchors are the one feature whose expansion must be bounded, so such files take the careful path. */
const ANCHOR = /(^|[\s[{,:-])&[^\s]/m;

/**
 * A position whose line and column are worked out on first read. Getters live on the prototype,
 * so creating one per entity costs one small object; consumers copy fields explicitly (see at()).
 */
class LazyLocation implements SourceLocation {
  #resolved: SourceLocation | undefined;
  constructor(
    private readonly source: Pick<YamlFile, 'path' | 'locate'>,
    private readonly parent: LazyLocation | undefined,
    /** Below the parent: a path, or one key or index (see item). */
    private readonly segments: ReadonlyArray<string | number> | string | number,
    private readonly part: 'key' | 'value',
  ) {}
  /** The full path, put together only when someone asks where this is. */
  private get path(): ReadonlyArray<string | number> {
    const own = typeof this.segments === 'object' ? this.segments : [this.segments];
    return this.parent ? [...this.parent.path, ...own] : own;
  }
  get file(): string {
    return this.source.path;
  }
  get pointer(): string {
    return toPointer(this.path);
  }
  get line(): number {
    return this.#resolve().line;
  }
  get column(): number {
    return this.#resolve().column;
  }
  /** A position below this one, without working out either (checks make many, use few). */
  child(...sub: Array<string | number>): LazyLocation {
    return new LazyLocation(this.source, this, sub, 'value');
  }
  /**
   * The position of one item below this one, e.g. people/7 below people: one object, where a path
   * of its own was a second (the 100,000 people of a large model each have a position).
   */
  item(segment: string | number): LazyLocation {
    return new LazyLocation(this.source, this, segment, 'value');
  }
  /**
   * Where an entity was written is not what it says: its JSON (which incremental runs hash to tell
   * whether an entity changed) leaves the position out, so a comment added above it changes nothing.
   */
  toJSON(): undefined {
    return undefined;
  }
  #resolve(): SourceLocation {
    this.#resolved ??= this.source.locate(this.path, this.part);
    return this.#resolved;
  }
}

export function isLazyLocation(value: unknown): value is LazyLocation {
  return value instanceof LazyLocation;
}

export function lazyLocation(
  file: Pick<YamlFile, 'path' | 'locate'>,
  pointer: ReadonlyArray<string | number>,
  part: 'key' | 'value',
): SourceLocation {
  return new LazyLocation(file, undefined, pointer, part);
}

export type ParsedFile = { ok: true; file: YamlFile } | { ok: false; diagnostics: Diagnostic[] };

function diagnostic(
  path: string,
  code: DiagnosticCode,
  message: string,
  hint: string,
  line = 1,
  column = 1,
): Diagnostic {
  return { code, severity: 'error', message, hint, file: path, line, column };
}

/** RK004 for nesting beyond MAX_DEPTH, found by the parser's stack, the careful parser or our own walk. */
function tooDeepDiagnostic(path: string, line?: number, column?: number): Diagnostic {
  return diagnostic(
    path,
    'RK004',
    `nesting deeper than ${MAX_DEPTH} levels`,
    'flatten the structure; no model field nests this deep',
    line,
    column,
  );
}

function tooDeep(path: string, line?: number, column?: number): ParsedFile {
  return { ok: false, diagnostics: [tooDeepDiagnostic(path, line, column)] };
}

/** A file that could not be read as a model file, for one reason. */
function failed(...args: Parameters<typeof diagnostic>): ParsedFile {
  return { ok: false, diagnostics: [diagnostic(...args)] };
}

/** Parses one model file's bytes. Never throws on bad input: every problem becomes a diagnostic. */
export function parseYamlFile(path: string, bytes: Uint8Array): ParsedFile {
  const decoded = decodeModelFile(path, bytes);
  return 'source' in decoded ? parseText(path, decoded.source, bytes) : decoded;
}

/** The text of a model file (YAML or CSV), or why it is not one. */
export function decodeModelFile(path: string, bytes: Uint8Array): { source: string } | ParsedFile {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return failed(
      path,
      'RK004',
      `file is ${bytes.byteLength} bytes; model files may be at most ${MAX_FILE_BYTES} bytes`,
      'split it (one file per role under roles/, people across people/<team>.yaml) or remove what does not belong in the model',
    );
  }
  let source: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    source = UTF8.decode(bytes);
  } catch {
    return failed(
      path,
      'RK005',
      'file is not UTF-8 text',
      'model files are YAML text; save it as UTF-8 or move it out of the model directory',
    );
  }
  if (source.startsWith('\uFEFF')) source = source.slice(1);
  return { source };
}

/**
 * Fast path first: js-yaml builds plain values several times faster than a full document with
 * source positions, and a valid model never needs positions. Positions come from the careful
 * parser, on first use, for the files a diagnostic points into. Anything unusual (anchors, more
 * than one document, an empty file, any parse error) goes straight to the careful parser, whose
 * diagnostics are precise. A file the fast path read keeps its bytes, not its text, for positions:
 * the bytes are already read (and outside the JavaScript heap), so the text is decoded again only
 * for the few files a diagnostic points into, and the garbage collector never copies it.
 */
function parseText(path: string, source: string, bytes: Uint8Array): ParsedFile {
  // includes() first: it is a plain scan, where the pattern would be tried at every line.
  if (!source.includes('&') || !ANCHOR.test(source)) {
    let value: unknown;
    try {
      const documents = loadAll(source, undefined, { schema: CORE_SCHEMA, json: false });
      value = documents.length === 1 ? documents[0] : undefined;
    } catch {
      value = undefined;
    }
    // One walk for the depth limit and the text-safety rules' first look (text-safety.ts).
    const scan = value !== undefined && value !== null ? scanText(value, MAX_DEPTH, source) : 'deep';
    if (scan !== 'deep')
      return { ok: true, file: knownYamlFile(path, bytes, value, 'lines', scan === 'plain') };
  }
  return parseCarefully(path, source);
}

/** Positions in a file the fast path read: from its lines if it is plain, else from the careful parser. */
function lineLocator(path: string, source: string): YamlFile['locate'] {
  let careful: YamlFile['locate'] | undefined;
  let block: BlockYaml | undefined | null;
  return (pointer, part = 'value') => {
    if (block === undefined) block = BlockYaml.scan(source) ?? null;
    const found = block?.locate(pointer, part);
    if (found)
      return {
        file: path,
        line: found.line + 1,
        column: found.column + 1,
        pointer: toPointer(pointer),
      };
    if (!careful) {
      const result = parseCarefully(path, source);
      // Both parsers accepted the text; should they ever disagree, point at the file's start.
      careful = result.ok ? result.file.locate : fileStart(path);
    }
    return careful(pointer, part);
  };
}

/**
 * A file whose value is already known, from the fast path just now or remembered from an earlier
 * parse of these very bytes (see ParseCache in load.ts): nothing is parsed unless a diagnostic asks
 * where something is, and then positions come from the same parser, and so are the same, as after
 * the first parse.
 */
export function knownYamlFile(
  path: string,
  bytes: Uint8Array,
  value: unknown,
  locating: YamlFile['locating'],
  plainText?: boolean,
): YamlFile {
  let locate: YamlFile['locate'] | undefined;
  // Positions need the bytes only: lazy positions hold this, not the file, so that the file's
  // value is not kept alive by every entity normalised from it (see withoutValue).
  const place: Pick<YamlFile, 'path' | 'locate'> = {
    path,
    locate(pointer, part = 'value') {
      locate ??= knownLocator(path, bytes, locating);
      return locate(pointer, part);
    },
  };
  return {
    path,
    value,
    locating,
    ...(plainText === undefined ? {} : { plainText }),
    locate: place.locate,
    lazyLocate: (pointer, part = 'value') => lazyLocation(place, pointer, part),
  };
}

/**
 * The file without its parsed value, once the loader has normalised it, when nothing can need the
 * value again: the fast path read it (so its positions come from the bytes, and nothing it made
 * holds the value) and its text is plain (so the text-safety rules never walk it). Otherwise the
 * file as it is. A large model's role and people files are most of its memory; without this the
 * parsed values would stay alive beside the model made from them.
 */
export function withoutValue(file: YamlFile): YamlFile {
  if (file.locating !== 'lines' || file.plainText !== true) return file;
  return { ...file, value: undefined };
}

function knownLocator(path: string, bytes: Uint8Array, locating: YamlFile['locating']): YamlFile['locate'] {
  // These bytes parsed before, so neither step can fail; should one, point at the file's start.
  const decoded = decodeModelFile(path, bytes);
  if (!('source' in decoded)) return fileStart(path);
  if (locating === 'lines') return lineLocator(path, decoded.source);
  const careful = parseCarefully(path, decoded.source);
  return careful.ok ? careful.file.locate : fileStart(path);
}

function fileStart(path: string): YamlFile['locate'] {
  return (pointer) => ({ file: path, line: 1, column: 1, pointer: toPointer(pointer) });
}

/** The careful parser alone (exported for the test that compares positions with block-yaml.ts). */
export function parseCarefully(path: string, source: string): ParsedFile {
  const { isScalar, LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  let documents: ReturnType<typeof parseAllDocuments>;
  try {
    documents = parseAllDocuments(source, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
    });
  } catch {
    // A pathological nesting depth exhausts the parser's stack before any other check can run.
    return tooDeep(path);
  }
  const docs = Array.isArray(documents) ? documents : [documents];
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const fromYamlError = (error: YAMLError): Diagnostic => {
    const { line, column } = position(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      return diagnostic(
        path,
        'RK002',
        'duplicate key: a key may appear only once in a mapping',
        'remove or rename one of the two keys',
        line,
        column,
      );
    }
    if (/call stack/i.test(error.message)) return tooDeepDiagnostic(path, line, column);
    const message =
      error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'YAML syntax error';
    return diagnostic(
      path,
      'RK001',
      `YAML syntax error: ${lowerFirst(message)}`,
      'fix the YAML at this position (check indentation, quotes and colons)',
      line,
      column,
    );
  };

  const errors = docs.flatMap((d) => d.errors.map(fromYamlError));
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  if (docs.length > 1) {
    const second = docs[1]!;
    const { line, column } = position(second.range?.[0] ?? 0);
    return failed(
      path,
      'RK001',
      'file holds more than one YAML document',
      'remove the `---` separator; one file holds one document',
      line,
      column,
    );
  }
  const doc = docs[0];
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return failed(
      path,
      'RK003',
      'file is empty',
      'add the file’s content (see its schema) or delete the file',
    );
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // Only alias expansion can fail here ("billion laughs"): report it, never the stack.
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK004',
          `too many YAML aliases (${(error as Error).message.split('\n')[0]})`,
          'write values out instead of using anchors and aliases',
        ),
      ],
    };
  }
  const deep = findTooDeep(value, []);
  if (deep) {
    const loc = locateNode(doc.contents as Node, deep, 'value');
    const { line, column } = position(loc);
    return tooDeep(path, line, column);
  }

  const root = doc.contents as Node;
  const file: YamlFile = {
    path,
    value,
    locating: 'careful',
    locate(pointer, part = 'value') {
      const { line, column } = position(locateNode(root, pointer, part));
      return { file: path, line, column, pointer: toPointer(pointer) };
    },
    lazyLocate: (pointer, part = 'value') => lazyLocation(file, pointer, part),
  };
  return { ok: true, file };
}

/** The path to the first value nested deeper than MAX_DEPTH, or undefined; allocates only on the way out. */
function findTooDeep(value: unknown, path: Array<string | number>): Array<string | number> | undefined {
  const walk = (v: unknown, depth: number): Array<string | number> | undefined => {
    if (depth > MAX_DEPTH) return [];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], depth + 1);
        if (found) return [i, ...found];
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        const found = walk((v as Record<string, unknown>)[k], depth + 1);
        if (found) return [k, ...found];
      }
    }
    return undefined;
  };
  const found = walk(value, path.length);
  return found ? [...path, ...found] : undefined;
}

/** Offset of the node at `pointer`, or of the deepest ancestor that exists. */
function locateNode(root: Node, pointer: ReadonlyArray<string | number>, part: 'key' | 'value'): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = root;
  let offset = root.range?.[0] ?? 0;
  for (let i = 0; i < pointer.length; i++) {
    const segment = pointer[i];
    const last = i === pointer.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      if (last && part === 'key') return keyNode.range?.[0] ?? offset;
      const valueNode = pair.value as Node | null;
      offset = valueNode?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      node = valueNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
