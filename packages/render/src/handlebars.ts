import type { TemplateStore } from '@rolekit/core';
import type { Diagnostic } from '@rolekit/model';
import { LETTER_NAMES, type Letter } from '@rolekit/model';
import Handlebars from 'handlebars';
import { namesUsed } from './names-used.js';

export type OutputMode = 'markdown' | 'html' | 'text';

/**
 * The helpers every template may use (documented in docs/templates.md). Templates are compiled
 * with knownHelpersOnly, so a helper not listed here is an error at compile time, not a blank.
 */
export const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** {{#if (eq a b)}} */
  eq: (a: unknown, b: unknown) => a === b,
  /** {{#if (not x)}} */
  not: (a: unknown) => !a || (Array.isArray(a) && a.length === 0),
  /** {{#if (any list)}}: true for a non-empty list. */
  any: (a: unknown) => Array.isArray(a) && a.length > 0,
  /** {{join list ", "}} */
  join: (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  /** {{count list}} */
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  /** {{plural n "role" "roles"}} */
  plural: (n: unknown, one: unknown, many: unknown) => (n === 1 ? one : many),
  /** {{lower s}} / {{upper s}} */
  lower: (s: unknown) => String(s ?? '').toLowerCase(),
  upper: (s: unknown) => String(s ?? '').toUpperCase(),
  /** {{letterName "A"}} -> Accountable */
  letterName: (letter: unknown) => LETTER_NAMES[String(letter) as Letter] ?? String(letter),
  /** {{mdCell s}}: text safe inside a Markdown table cell. */
  mdCell: (s: unknown) =>
    String(s ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\r?\n/g, ' '),
  /** {{json value}}: JSON for <script type="application/ld+json">, with </ escaped. */
  json: (value: unknown) =>
    new Handlebars.SafeString(
      JSON.stringify(value, null, 2)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026'),
    ),
};

export { LETTER_NAMES };

/**
 * `{{> partial key=value}}` renders the partial over a copy of the context with the hash added,
 * which Handlebars makes key by key into what becomes a slow dictionary object: for a job
 * description's view (some 45 fields, 13 partial calls a document) those copies were a third of
 * the rendering time. So templates are compiled with each such call rewritten to
 * `{{> partial (PARTIAL_CONTEXT "partial" key=value)}}`, and that helper gives
 *
 * - a partial that reads nothing of its context but names the hash has (see partialReads) the
 *   hash alone, which it renders the same as the copy;
 * - any other partial the copy Handlebars would make, the same keys in the same order, made by
 *   Object.assign at a fraction of the cost.
 *
 * Not in HELPERS: templates do not name it, and the hint for an unknown helper does not list it.
 */
const PARTIAL_CONTEXT = 'rolekit-partial-context';

/** The PARTIAL_CONTEXT helper of one environment, given what each of its partials reads. */
function partialContext(reads: ReadonlyMap<string, readonly string[]>): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    // (partial name, [context], options); the name is '' for a partial named at run time.
    const options = args[args.length - 1] as Handlebars.HelperOptions;
    const hash = options.hash as Record<string, unknown>;
    const names = reads.get(args[0] as string);
    if (names?.every((name) => Object.hasOwn(hash, name))) return hash;
    // Without a context argument the partial renders over the current context, which is `this`.
    return Object.assign({}, args.length > 2 ? args[1] : this, hash);
  };
}

/**
 * Markdown output cannot let model text become HTML: GitHub hides a comment and everything after it
 * up to a `-->`, so a summary that starts with `<!--` would hide the rest of a job description, and
 * a `<details>` would fold it away (a tag, a declaration `<!x …>` or a `<?…?>` is raw HTML to
 * CommonMark). Markdown templates are compiled with every `{{value}}` rewritten to
 * `{{rolekit-inert value}}`, so whatever a template (ours or an organisation's) prints goes
 * through inertMarkup; the comments and tags a template writes itself are its text, and stay, and
 * `{{{value}}}` prints a value as it is.
 */
const INERT = 'rolekit-inert';

const OWN_MARKER = /^<!-- (?:rolekit|task):(?:(?!-->|<!--)[^\n])* -->$/;

/**
 * A `<` that starts raw HTML in CommonMark (a tag, a closing tag, a declaration, CDATA or a
 * processing instruction), with the backslashes before it: an even number escape each other.
 */
const HTML_START = /(\\*)<(?=[A-Za-z/?]|![A-Za-z[])/g;

/**
 * Printed text that cannot become HTML: a comment's opener or closer with an em dash where its two
 * hyphens were, and a `<` that would start a tag backslash-escaped (GitHub shows it as `<`).
 */
export function inertMarkup(value: unknown): string {
  // What Handlebars prints for a value without escaping: nothing for null and undefined.
  const text = value === null || value === undefined ? '' : String(value);
  // Most texts hold no `<` and no `-->`, and one test is cheaper than the passes below.
  if (!text.includes('<') && !text.includes('-->')) return text;
  // One of rolekit's own markers (onboarding's `<!-- task:… -->`): the model refuses those (RK080),
  // so only a generator prints one, and an organisation's template may print it with `{{marker}}`.
  if (OWN_MARKER.test(text)) return text;
  return text
    .replace(/<!--/g, '<!\u2014')
    .replace(/-->/g, '\u2014>')
    .replace(HTML_START, (start, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\<` : start));
}

type Block = hbs.AST.Program | undefined;
type Expression = hbs.AST.Expression;

/** Whether a template uses decorators ({{#*inline}}), which can stand in for a partial at run time. */
function hasDecorators(program: Block): boolean {
  return (program?.body ?? []).some((node) => {
    if (node.type === 'DecoratorBlock' || node.type === 'Decorator') return true;
    const block = node as Partial<hbs.AST.BlockStatement>;
    return hasDecorators(block.program) || hasDecorators(block.inverse);
  });
}

/**
 * Rewrites, in place, each partial call with a hash as described at PARTIAL_CONTEXT. `named`
 * false passes no partial's name, so every call gets the copy.
 */
function withPartialContexts(program: Block, named: boolean): void {
  for (const node of program?.body ?? []) {
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const partial = node as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement;
      // More than one argument is a compile error, which Handlebars reports as it is.
      if (partial.hash && partial.params.length <= 1) {
        const loc = partial.hash.loc;
        const name =
          named && partial.type === 'PartialStatement' && partial.name.type === 'PathExpression'
            ? partial.name.original
            : '';
        const path: hbs.AST.PathExpression = {
          type: 'PathExpression',
          data: false,
          depth: 0,
          parts: [PARTIAL_CONTEXT],
          original: PARTIAL_CONTEXT,
          loc,
        };
        const literal: hbs.AST.StringLiteral = { type: 'StringLiteral', value: name, original: name, loc };
        const call: hbs.AST.SubExpression = {
          type: 'SubExpression',
          path,
          params: [literal, ...partial.params],
          hash: partial.hash,
          loc,
        };
        partial.params = [call];
        (partial as { hash?: hbs.AST.Hash }).hash = undefined;
      }
    }
    const block = node as Partial<hbs.AST.BlockStatement>;
    withPartialContexts(block.program, named);
    withPartialContexts(block.inverse, named);
  }
}

/**
 * Rewrites, in place, each `{{value}}` and `{{helper args}}` that prints into
 * `{{rolekit-inert value}}` (see INERT). A field moved into the helper's argument keeps strict
 * mode's lookup, so a misspelt field is still an error, not a blank.
 */
function withInertOutput(program: Block): void {
  for (const node of program?.body ?? []) {
    // `{{{value}}}` prints as it is, as in HTML templates.
    if (node.type === 'MustacheStatement' && (node as hbs.AST.MustacheStatement).escaped) {
      const mustache = node as hbs.AST.MustacheStatement;
      const loc = mustache.loc;
      const name = simpleName(mustache.path);
      const isCall =
        mustache.params.length > 0 ||
        mustache.hash !== undefined ||
        (name !== undefined && CALLABLE.has(name));
      let argument: Expression;
      if (isCall) {
        const call: hbs.AST.SubExpression = {
          type: 'SubExpression',
          path: mustache.path as hbs.AST.PathExpression,
          params: mustache.params,
          hash: mustache.hash,
          loc,
        };
        argument = call;
      } else {
        // `{{"name"}}` prints the field `name`, where the same literal as an argument is text.
        const path = mustache.path;
        const field =
          path.type === 'PathExpression'
            ? (path as hbs.AST.PathExpression)
            : ({
                type: 'PathExpression',
                data: false,
                depth: 0,
                parts: [String((path as hbs.AST.StringLiteral).original)],
                original: String((path as hbs.AST.StringLiteral).original),
                loc,
              } as hbs.AST.PathExpression);
        // The compiler looks a mustache's own path up strictly, an argument's leniently.
        (field as { strict?: boolean }).strict = true;
        argument = field;
      }
      mustache.path = { type: 'PathExpression', data: false, depth: 0, parts: [INERT], original: INERT, loc };
      mustache.params = [argument];
      (mustache as { hash?: hbs.AST.Hash }).hash = undefined;
    }
    const block = node as Partial<hbs.AST.BlockStatement>;
    withInertOutput(block.program);
    withInertOutput(block.inverse);
  }
}

/** Helpers a template can call; a name among them is a call, not a field, in `{{name}}`. */
const CALLABLE = new Set([...Object.keys(HELPERS), 'if', 'unless', 'each', 'with', 'lookup', 'log']);
/** Block helpers that render their block and {{else}} over the same context. */
const SAME_CONTEXT = new Set(['if', 'unless']);
/** Block helpers that render their block over another context, and {{else}} over the same. */
const OTHER_CONTEXT = new Set(['each', 'with']);

/**
 * The names a partial reads off its context, when it reads nothing else of it: fields at its top
 * (`{{heading}}`, `(any items)`, `{{#each items}}`, also inside {{#if}} and {{else}}), never the
 * context itself (`{{this}}`, `{{> other}}` without an argument) nor a field from inside another
 * block (`{{../title}}` in {{#each}}). Null whenever in doubt: blocks of other helpers, partial
 * blocks, decorators. Exported for tests.
 */
export function partialReads(program: hbs.AST.Program): string[] | null {
  const names = new Set<string>();
  return readsAtTop(program, names) ? [...names] : null;
}

function readsAtTop(program: Block, names: Set<string>): boolean {
  for (const node of program?.body ?? []) {
    if (node.type === 'ContentStatement' || node.type === 'CommentStatement') continue;
    if (node.type === 'MustacheStatement') {
      if (!readsOfCall(node as hbs.AST.MustacheStatement, names)) return false;
    } else if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      const helper = simpleName(block.path);
      if (helper === undefined || !(SAME_CONTEXT.has(helper) || OTHER_CONTEXT.has(helper))) return false;
      if (!readsOfArguments(block.params, block.hash, names)) return false;
      const inside = SAME_CONTEXT.has(helper)
        ? readsAtTop(block.program, names)
        : readsNoParent(block.program);
      if (!inside || !readsAtTop(block.inverse, names)) return false;
    } else if (node.type === 'PartialStatement') {
      const partial = node as hbs.AST.PartialStatement;
      // Without an argument, the other partial renders over this context, whatever it reads.
      if (partial.params.length === 0 || partial.name.type !== 'PathExpression') return false;
      if (!readsOfArguments(partial.params, partial.hash, names)) return false;
    } else {
      return false;
    }
  }
  return true;
}

/** A helper's name, or undefined for anything else in a helper's place. */
function simpleName(path: hbs.AST.PathExpression | hbs.AST.Literal): string | undefined {
  if (path.type !== 'PathExpression') return undefined;
  const p = path as hbs.AST.PathExpression;
  return !p.data && p.depth === 0 && p.parts.length === 1 && p.original === p.parts[0]
    ? p.parts[0]
    : undefined;
}

/** `{{name}}`, `{{helper args}}` or `(helper args)` at the partial's top. */
function readsOfCall(
  node: { path: hbs.AST.PathExpression | hbs.AST.Literal; params: Expression[]; hash?: hbs.AST.Hash },
  names: Set<string>,
): boolean {
  const helper = simpleName(node.path);
  if (helper !== undefined && CALLABLE.has(helper)) return readsOfArguments(node.params, node.hash, names);
  // Not a helper: a field of the context, with no arguments. (`{{"name"}}` looks a name up too.)
  return (
    node.path.type === 'PathExpression' &&
    node.params.length === 0 &&
    !node.hash &&
    readsOfValue(node.path, names)
  );
}

function readsOfArguments(params: Expression[], hash: hbs.AST.Hash | undefined, names: Set<string>): boolean {
  return (
    params.every((p) => readsOfValue(p, names)) &&
    (hash?.pairs ?? []).every((p) => readsOfValue(p.value, names))
  );
}

function readsOfValue(value: Expression, names: Set<string>): boolean {
  switch (value.type) {
    case 'PathExpression': {
      const path = value as hbs.AST.PathExpression;
      if (path.data) return true; // @index, @root: the data, not the context
      if (path.depth > 0 || path.parts.length === 0) return false; // ../x, this
      names.add(path.parts[0]!);
      return true;
    }
    case 'SubExpression':
      return readsOfCall(value as hbs.AST.SubExpression, names);
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'UndefinedLiteral':
    case 'NullLiteral':
      return true;
    default:
      return false;
  }
}

/** Inside a block over another context: fine as long as nothing reaches back with `../`. */
function readsNoParent(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return true;
  const n = node as { type?: string; depth?: number };
  if (n.type === 'DecoratorBlock' || n.type === 'Decorator' || n.type === 'PartialBlockStatement')
    return false;
  if (n.type === 'PathExpression') return (n.depth ?? 0) === 0;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(child) ? !child.every(readsNoParent) : !readsNoParent(child)) return false;
  }
  return true;
}

/** Handlebars' two compiler passes, which every environment carries (not in its typings). */
interface Compilers {
  Compiler: new () => { compile(program: hbs.AST.Program, options: CompileOptions): unknown };
  JavaScriptCompiler: new () => JavaScriptCompiler;
}
interface JavaScriptCompiler {
  compile(
    environment: unknown,
    options: CompileOptions,
    context: undefined,
    asObject: true,
  ): TemplateSpecification;
  /** Code that reads `name` off `parent` (documented as overridable: docs/compiler-api.md). */
  nameLookup(parent: unknown, name: string, type: string): unknown;
  quotedString(text: string): string;
}

/**
 * Handlebars' second pass, with helpers read straight off the helper table: stock code reads
 * every helper through `lookupProperty`, a guard against a template reaching the table's
 * prototype (`constructor`), once per call (3 million calls for the site at 2,000 roles). With
 * knownHelpersOnly a template can name only a listed helper, never `constructor`, and the
 * table holds each one it names as its own property, so the guard never changes the answer.
 */
const { JavaScriptCompiler: StockJavaScriptCompiler } = Handlebars as unknown as Compilers;
class DirectHelperCompiler extends (StockJavaScriptCompiler as new () => JavaScriptCompiler) {
  override nameLookup(parent: unknown, name: string, type: string): unknown {
    return type === 'helper'
      ? [parent, '[', this.quotedString(name), ']']
      : super.nameLookup(parent, name, type);
  }
}
// The compiler of a template's blocks is `this.compiler`, so they are compiled the same way.
Object.assign(DirectHelperCompiler.prototype, { compiler: DirectHelperCompiler });

/** The compile options of an output mode; the same for every renderer of that mode. */
function compileOptionsOf(mode: OutputMode): CompileOptions {
  return {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries([...Object.keys(HELPERS), PARTIAL_CONTEXT, INERT].map((h) => [h, true])),
    noEscape: mode !== 'html',
    preventIndent: mode === 'html',
  };
}

/**
 * A template's code, compiled as env.compile() would on its first render: from its syntax tree
 * (with the PARTIAL_CONTEXT rewrite), through Handlebars' two passes, to the functions that
 * env.template() makes a template of in any environment (as for precompiled templates).
 */
function compileSpec(
  source: string,
  mode: OutputMode,
  named: boolean,
  located = false,
): TemplateSpecification {
  const tree = Handlebars.parseWithoutProcessing(source);
  if (mode === 'markdown') withInertOutput(tree);
  withPartialContexts(tree, named);
  // compile() works on a copy of the options (its passes add to them), with `data` on by default.
  const settings: CompileOptions = { data: true, ...compileOptionsOf(mode) };
  // parse() of a syntax tree applies the standalone-line rules, as it does to a template's text.
  const ast = Handlebars.parse(tree as unknown as string, settings);
  if (!located) withoutCallLocations(ast);
  const { Compiler } = Handlebars as unknown as Compilers;
  try {
    const environment = new Compiler().compile(ast, settings);
    return new DirectHelperCompiler().compile(environment, settings, undefined, true);
  } catch (error) {
    // Compiled again with every location, to throw the error with its line and column.
    if (!located) return compileSpec(source, mode, named, true);
    throw error;
  }
}

/**
 * Removes, in place, the location of each helper call and block (not of the fields it reads).
 * Handlebars passes a call's location to the helper in a new object every time it is called
 * (`options.loc`, three objects: a third of a million calls for the site's 2,000 role pages);
 * none of the helpers reads it. A field's location stays: strict mode names it when the field is
 * missing. A compile error is thrown with every location (compileSpec compiles again).
 */
function withoutCallLocations(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) withoutCallLocations(item);
    return;
  }
  const n = node as { type?: string; loc?: unknown };
  if (n.type === 'BlockStatement' || n.type === 'MustacheStatement' || n.type === 'SubExpression')
    n.loc = undefined;
  for (const [key, child] of Object.entries(n)) if (key !== 'loc') withoutCallLocations(child);
}

/** The code of a template and its blocks as compiled for `mode` (partial calls named), for tests. */
export function compiledCode(source: string, mode: OutputMode): string {
  const spec = compileSpec(source, mode, true) as unknown as Record<string, unknown>;
  return Object.values(spec)
    .filter((part) => typeof part === 'function')
    .map(String)
    .join('\n');
}

/** What a template's text gives, whichever renderer compiles it. */
interface Parsed {
  /** Uses {{#*inline}}, which can stand in for a partial of the folder at run time. */
  decorators: boolean;
  /** As a partial, what it reads of its context (see partialReads). */
  reads: readonly string[] | null;
  /** The names it could call as helpers (see namesUsed). */
  names: ReadonlySet<string>;
  /** Compiled, by output mode and whether partial calls pass their names; or why not. */
  specs: Map<string, TemplateSpecification | Error>;
}

// Templates by their text, for the process: a run creates a renderer per output mode and per
// step (validate, then generate), and each used to parse and compile every template of its
// folder again. Compiling is a pure function of the text and the options, so a template is
// parsed once and compiled once per mode. Cleared when large, for a long-lived process.
const parsedTemplates = new Map<string, Parsed | Error>();

function parsed(source: string): Parsed | Error {
  let entry = parsedTemplates.get(source);
  if (entry === undefined) {
    if (parsedTemplates.size >= 500) parsedTemplates.clear();
    try {
      const tree = Handlebars.parseWithoutProcessing(source);
      entry = {
        decorators: hasDecorators(tree),
        reads: partialReads(tree),
        names: namesUsed(tree, PARTIAL_CONTEXT),
        specs: new Map(),
      };
    } catch (error) {
      entry = error as Error;
    }
    parsedTemplates.set(source, entry);
  }
  return entry;
}

/** The template compiled for a mode, from the cache or now; throws what compiling threw. */
function specOf(source: string, entry: Parsed, mode: OutputMode, named: boolean): TemplateSpecification {
  const key = `${mode}:${named}`;
  let spec = entry.specs.get(key);
  if (spec === undefined) {
    try {
      spec = compileSpec(source, mode, named);
    } catch (error) {
      spec = error as Error;
    }
    entry.specs.set(key, spec);
  }
  if (spec instanceof Error) throw spec;
  return spec;
}

/** A template problem, with the template's file and line, for the CLI to print as a diagnostic. */
export class TemplateError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function templateDiagnostic(
  file: string,
  message: string,
  hint: string,
  line?: number,
  column?: number,
): Diagnostic {
  return {
    code: 'RK070',
    severity: 'error',
    message,
    hint,
    file,
    ...(line ? { line } : {}),
    ...(column !== undefined ? { column: column + 1 } : {}),
  };
}

/** Turns Handlebars' error texts into a diagnostic that names the template file and line. */
function explain(error: Error, file: string): Diagnostic {
  const text = error.message;
  const parse = /Parse error on line (\d+):\n([\s\S]*?)\n[-^]*\n.*got '([^']+)'/.exec(text);
  if (parse) {
    const found =
      parse[3] === 'EOF'
        ? 'the template ends too early (an unclosed {{#block}}?)'
        : `unexpected ${parse[3]} near '${parse[2]?.trim()}'`;
    return templateDiagnostic(
      file,
      `template syntax error: ${found}`,
      'check the {{ }} and {{#block}}…{{/block}} pairs near this line',
      Number(parse[1]),
    );
  }
  const mismatch = /(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(text);
  if (mismatch) {
    return templateDiagnostic(
      file,
      `template syntax error: {{/${mismatch[2]}}} closes {{#${mismatch[1]}}}`,
      'close each block with its own name',
      Number(mismatch[3]),
      Number(mismatch[4]),
    );
  }
  const helper = /unknown helper (\S+)/.exec(text);
  if (helper) {
    const at = / - (\d+):(\d+)$/.exec(text);
    return templateDiagnostic(
      file,
      `unknown helper '${helper[1]}'`,
      `available helpers: ${Object.keys(HELPERS).join(', ')}`,
      at ? Number(at[1]) : undefined,
      at ? Number(at[2]) : undefined,
    );
  }
  const missing = /"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(text);
  if (missing) {
    return templateDiagnostic(
      file,
      `template names field '${missing[1]}', which the model does not have here`,
      'fields are case-sensitive; each generator’s page (docs/job-descriptions.md, docs/onboarding.md, docs/raci.md) lists them',
      Number(missing[2]),
      Number(missing[3]),
    );
  }
  // Strict mode looks a field up with `in`, which throws a bare TypeError on a string or number.
  const primitive = /Cannot use 'in' operator to search for '([^']+)' in ([\s\S]*)$/.exec(text);
  if (primitive) {
    const value = primitive[2]!.length > 40 ? `${primitive[2]!.slice(0, 40)}…` : primitive[2];
    return templateDiagnostic(
      file,
      `template names field '${primitive[1]}' on a text ('${value}'), which has no fields`,
      'inside {{#each}} over a list of texts, write {{this}}',
    );
  }
  const partial = /The partial (\S+) could not be found/.exec(text);
  if (partial)
    return templateDiagnostic(
      file,
      `unknown partial '${partial[1]}'`,
      'partials live in the partials/ folder next to the templates',
      undefined,
    );
  const other = / - (\d+):(\d+)$/.exec(text);
  return templateDiagnostic(
    file,
    `template error: ${text.replace(/ - \d+:\d+$/, '')}`,
    'fix the template',
    other ? Number(other[1]) : undefined,
    other ? Number(other[2]) : undefined,
  );
}

export interface Renderer {
  /** Renders templates/<folder>/<name>; throws TemplateError (never a bare Handlebars error). */
  render(name: string, data: unknown): string;
  /** Every template of the folder compiled and checked once; problems as diagnostics. */
  readonly problems: Diagnostic[];
  /** The helpers its environment holds (those the folder's templates name, and Handlebars' hooks), sorted. */
  readonly helpers: readonly string[];
}

/**
 * A Handlebars environment for one generator's folder: its own helpers and partials (from
 * <folder>/partials/), strict mode so a misspelt field is an error, and escaping by output mode:
 * HTML escapes everything from the model, Markdown and text do not.
 */
export function createRenderer(templates: TemplateStore, folder: string, mode: OutputMode): Renderer {
  const env = Handlebars.create();
  const problems: Diagnostic[] = [];
  const names = templates.list(folder);
  const entries = new Map(names.map((name) => [name, parsed(templates.get(name)!.source)]));
  // Only the helpers the folder's templates name: each top-level render wraps every registered
  // one again (names-used.ts). A template that does not compile renders nothing.
  const used = new Set<string>();
  for (const entry of entries.values())
    if (!(entry instanceof Error)) for (const n of entry.names) used.add(n);
  for (const [name, helper] of Object.entries(HELPERS)) if (used.has(name)) env.registerHelper(name, helper);
  for (const name of UNLESS_USED) if (!used.has(name)) env.unregisterHelper(name);
  // What each partial reads of its context (see PARTIAL_CONTEXT), filled in as partials are registered.
  const reads = new Map<string, readonly string[]>();
  if (used.has(PARTIAL_CONTEXT)) env.registerHelper(PARTIAL_CONTEXT, partialContext(reads));
  if (mode === 'markdown') env.registerHelper(INERT, inertMarkup);
  // With {{#*inline}} anywhere in the folder, no partial call passes a name: each gets the copy.
  const named = ![...entries.values()].some((entry) => !(entry instanceof Error) && entry.decorators);

  const compiled = new Map<string, { fn: Handlebars.TemplateDelegate; file: string }>();
  // A partial is named without its .hbs and output extension: partials/list.md.hbs is {{> list}}.
  // When a folder has the same partial for several outputs (list.md.hbs, list.html.hbs), the one
  // for this renderer's mode wins, whatever the sort order.
  const partialMode = new Map<string, boolean>();
  for (const name of names) {
    const template = templates.get(name)!;
    const entry = entries.get(name)!;
    try {
      if (entry instanceof Error) throw entry;
      // Every template is compiled now, so a syntax error or an unknown helper in any of them
      // surfaces before anything is rendered: in its own output's mode (role.html.hbs as HTML),
      // where the renderer of that mode finds it compiled. A renderer of another mode compiles
      // it for itself only if it is asked to render it (what it rejects does not depend on mode).
      const own = MODE_OF_EXTENSION[/\.(md|html|txt)\.hbs$/.exec(name)?.[1] ?? ''] ?? mode;
      const spec = specOf(template.source, entry, own, named);
      let fn: Handlebars.TemplateDelegate;
      if (own === mode) fn = env.template(spec);
      else {
        let lazy: Handlebars.TemplateDelegate | undefined;
        fn = ((context: unknown, options?: Handlebars.RuntimeOptions) => {
          lazy ??= env.template(specOf(template.source, entry, mode, named));
          return lazy(context, options);
        }) as Handlebars.TemplateDelegate;
      }
      const relativeName = name.slice(folder.length + 1);
      if (relativeName.startsWith('partials/')) {
        const base = relativeName.slice('partials/'.length).replace(/\.hbs$/, '');
        const ext = /\.(md|html|txt)$/.exec(base)?.[1];
        const partialName = base.replace(/\.(md|html|txt)$/, '');
        const forThisMode = ext === undefined || ext === MODE_EXTENSIONS[mode];
        if (forThisMode || !partialMode.get(partialName)) {
          partialMode.set(partialName, forThisMode);
          if (named && entry.reads) reads.set(partialName, entry.reads);
          else reads.delete(partialName);
          // Errors raised while the partial renders name the partial's file, not the caller's.
          const file = template.file;
          env.registerPartial(partialName, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
            try {
              return fn(context, options);
            } catch (error) {
              if (error instanceof Error && !(PARTIAL_FILE in error))
                Object.assign(error, { [PARTIAL_FILE]: file });
              throw error;
            }
          }) as Handlebars.TemplateDelegate);
        }
      }
      compiled.set(relativeName, { fn, file: template.file });
    } catch (error) {
      problems.push(explain(error as Error, template.file));
    }
  }

  return {
    problems,
    helpers: Object.keys(env.helpers).sort(),
    render(name, data) {
      const entry = compiled.get(name);
      if (!entry) {
        const file = templates.get(`${folder}/${name}`)?.file ?? `${folder}/${name}`;
        throw new TemplateError(
          problems.find((p) => p.file === file) ??
            templateDiagnostic(
              file,
              `template '${folder}/${name}' is missing`,
              'restore it from the default templates',
            ),
        );
      }
      try {
        return entry.fn(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (error) {
        const file = (error as { [PARTIAL_FILE]?: string })[PARTIAL_FILE] ?? entry.file;
        throw new TemplateError(explain(error as Error, file));
      }
    },
  };
}

/**
 * Handlebars' own helpers that an environment keeps only if a template names them. Not the hooks,
 * nor `if` (which `unless` calls) and `each` (which a section over a list, `{{#items}}`, calls).
 */
const UNLESS_USED = ['unless', 'with', 'lookup', 'log'];

const MODE_EXTENSIONS: Record<OutputMode, string> = { markdown: 'md', html: 'html', text: 'txt' };
const MODE_OF_EXTENSION: Record<string, OutputMode> = { md: 'markdown', html: 'html', txt: 'text' };
const PARTIAL_FILE = Symbol('rolekit.partialFile');

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
