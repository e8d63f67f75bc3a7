import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type YAMLError,
} from 'yaml';
import type { Diagnostic, SourceLocation } from './diagnostics.js';

/** Model files are small documents written by people; anything far larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
const MAX_ALIASES = 100;

/** A parsed YAML file that can still answer "where is this value?" for diagnostics. */
export interface YamlFile {
  readonly path: string;
  readonly value: unknown;
  locate(pointer: ReadonlyArray<string | number>, part?: 'key' | 'value'): SourceLocation;
}

export type ParsedFile = { ok: true; file: YamlFile } | { ok: false; diagnostics: Diagnostic[] };

function diagnostic(
  path: string,
  code: string,
  message: string,
  hint: string,
  line = 1,
  column = 1,
): Diagnostic {
  return { code, severity: 'error', message, hint, file: path, line, column };
}

/** Parses one model file's bytes. Never throws on bad input: every problem becomes a diagnostic. */
export function parseYamlFile(path: string, bytes: Uint8Array): ParsedFile {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK004',
          `file is ${bytes.byteLength} bytes; model files may be at most ${MAX_FILE_BYTES} bytes`,
          'split it (one file per role under roles/) or remove what does not belong in the model',
        ),
      ],
    };
  }
  let source: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK005',
          'file is not UTF-8 text',
          'model files are YAML text; save it as UTF-8 or move it out of the model directory',
        ),
      ],
    };
  }
  if (source.startsWith('\uFEFF')) source = source.slice(1);

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
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK004',
          `nesting deeper than ${MAX_DEPTH} levels`,
          'flatten the structure; no model field nests this deep',
        ),
      ],
    };
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
    if (/call stack/i.test(error.message)) {
      return diagnostic(
        path,
        'RK004',
        `nesting deeper than ${MAX_DEPTH} levels`,
        'flatten the structure; no model field nests this deep',
        line,
        column,
      );
    }
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
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK001',
          'file holds more than one YAML document',
          'remove the `---` separator; one file holds one document',
          line,
          column,
        ),
      ],
    };
  }
  const doc = docs[0];
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK003',
          'file is empty',
          'add the file’s content (see its schema) or delete the file',
        ),
      ],
    };
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
  const deep = findTooDeep(value, doc.contents as Node, []);
  if (deep) {
    const loc = locateNode(doc.contents as Node, deep, 'value');
    const { line, column } = position(loc);
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          path,
          'RK004',
          `nesting deeper than ${MAX_DEPTH} levels`,
          'flatten the structure; no model field nests this deep',
          line,
          column,
        ),
      ],
    };
  }

  const root = doc.contents as Node;
  return {
    ok: true,
    file: {
      path,
      value,
      locate(pointer, part = 'value') {
        const { line, column } = position(locateNode(root, pointer, part));
        return { file: path, line, column, pointer: toPointer(pointer) };
      },
    },
  };
}

function findTooDeep(
  value: unknown,
  _node: Node,
  path: Array<string | number>,
): Array<string | number> | undefined {
  if (path.length > MAX_DEPTH) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findTooDeep(value[i], _node, [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findTooDeep(v, _node, [...path, k]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Offset of the node at `pointer`, or of the deepest ancestor that exists. */
function locateNode(root: Node, pointer: ReadonlyArray<string | number>, part: 'key' | 'value'): number {
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
