// docs/model.md, written from the schemas (and examples kept valid by tests), so that the reference
// cannot drift from what `rolekit validate` checks. `pnpm --filter @rolekit/model schemas` writes it.
import { readFileSync } from 'node:fs';
import { slug } from './defs.js';
import { type FileKind, schemasByKind } from './files.js';

type Schema = Record<string, unknown>;

/** The committed reference, at the repository root. */
export const MODEL_REFERENCE_FILE = new URL('../../../../docs/model.md', import.meta.url);

/** Where each kind of file lives in a model directory. */
export const FILE_NAMES: Record<FileKind, string> = {
  organisation: 'organisation.yaml',
  role: 'roles/<id>.yaml',
  people: 'people.yaml',
  activities: 'activities.yaml',
  codeowners: 'codeowners.yaml',
  jira: 'jira.yaml',
  policies: 'policies.yaml',
  onboarding: 'onboarding.yaml',
};

/** The example of each file: a small company's model, which a test keeps valid and clean. */
export const EXAMPLE_DIR = new URL('../../test/five-roles/', import.meta.url);
export const EXAMPLE_FILES: Record<FileKind, string> = {
  ...FILE_NAMES,
  role: 'roles/engineer.yaml',
};

/** People may be split across files and kept as CSV: said once, under people.yaml, with a CSV example. */
export const PEOPLE_CSV_EXAMPLE = `id,name,email,GitHub login,roles,manager,buddy,start date
ana,Ana Founder,,ana-shop,founder,,,
ben,Ben Product,,,product-manager,ana,,
cai,Cai Engineer,,cai-shop,engineer,ana,ben,2026-12-07
dee,Dee Designer,,,designer,ben,,
eli,Eli Support,,,support,ana,,
`;
const MORE: Partial<Record<FileKind, string[]>> = {
  people: [
    'People may be split across files and kept as an HR system exports them: `people.yaml`, `people.csv`',
    'and every `people/<name>.yaml` or `people/<name>.csv` (one per department or team, say) are read in',
    'the order of their paths and checked as one list; an id in two files is reported in both. The CSV',
    'columns are the fields above (headings in any case, `GitHub login`, `Jira account id`, `start date`',
    'also do), several roles in one cell are separated by `;`, and every problem names the cell as',
    'file:line:column. Details: [people.md](people.md).',
    '',
    'Example (`people.csv`, the same people):',
    '',
    '```csv',
    PEOPLE_CSV_EXAMPLE.trimEnd(),
    '```',
  ],
};

export function readExamples(): Record<FileKind, string> {
  return Object.fromEntries(
    Object.entries(EXAMPLE_FILES).map(([kind, path]) => [
      kind,
      readFileSync(new URL(path, EXAMPLE_DIR), 'utf8'),
    ]),
  ) as Record<FileKind, string>;
}

export interface FieldRow {
  path: string;
  type: string;
  required: string;
  description: string;
}

const isObject = (s: unknown): s is Schema => typeof s === 'object' && s !== null && !Array.isArray(s);
const code = (v: unknown) => `\`${String(v)}\``;

/** The mapping a field holds, if any: directly, as the object form of "text or object", or per list item. */
function objectForm(s: Schema): Schema | undefined {
  if (isObject(s['properties'])) return s;
  if (isObject(s['else']) && isObject(s['else']['properties'])) return s['else'];
  return undefined;
}

function typeOf(s: Schema): string {
  if (Array.isArray(s['enum'])) return `one of ${s['enum'].map(code).join(', ')}`;
  if (isObject(s['then']) && isObject(s['else'])) {
    return `${typeOf(s['then'])}, or a mapping`;
  }
  const type = s['type'];
  if (type === 'array') {
    const items = isObject(s['items']) ? s['items'] : {};
    const min = typeof s['minItems'] === 'number' ? ` (at least ${s['minItems']})` : '';
    const each = isObject(items['then'])
      ? `${typeOf(items['then'])} or mappings`
      : objectForm(items)
        ? 'mappings'
        : typeOf(items);
    return `list of ${each}${min}`;
  }
  if (type === 'object') {
    if (isObject(s['additionalProperties']))
      return `mapping of ${keyName(s)} to ${typeOf(s['additionalProperties'])}`;
    return 'mapping';
  }
  if (type === 'boolean') return '`true` or `false`';
  if (type === 'number')
    return typeof s['minimum'] === 'number' ? `number, at least ${s['minimum']}` : 'number';
  if (type === 'integer') {
    const range = typeof s['minimum'] === 'number' ? ` from ${s['minimum']} to ${s['maximum']}` : '';
    return `whole number${range}`;
  }
  if (type === 'string') {
    const pattern = s['pattern'];
    if (pattern === slug['pattern']) return 'id';
    if (pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date (YYYY-MM-DD)';
    if (typeof pattern === 'string' && pattern.startsWith('^http')) return 'URL';
    return 'text';
  }
  return 'value';
}

function keyName(s: Schema): string {
  const names = isObject(s['propertyNames']) ? s['propertyNames'] : {};
  if (Array.isArray(names['enum'])) return `letter (${names['enum'].join(', ')})`;
  return 'id';
}

function describeField(s: Schema): string {
  const own = typeof s['description'] === 'string' ? s['description'] : '';
  const fallback =
    isObject(s['items']) && typeof s['items']['description'] === 'string' ? s['items']['description'] : '';
  const text = own || fallback;
  const withDefault = 'default' in s ? `${text} Default: ${code(s['default'])}.` : text;
  return withDefault.trim();
}

/** Fields that some other field's value makes required (policies: `type`). */
function conditionallyRequired(s: Schema): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of Array.isArray(s['allOf']) ? s['allOf'] : []) {
    if (!isObject(rule) || !isObject(rule['if']) || !isObject(rule['then'])) continue;
    const condition = Object.entries(isObject(rule['if']['properties']) ? rule['if']['properties'] : {})
      .map(([field, c]) => (isObject(c) ? `${field} is ${code(c['const'])}` : field))
      .join(' and ');
    for (const field of (rule['then']['required'] as string[] | undefined) ?? [])
      out.set(field, [...(out.get(field) ?? []), condition]);
  }
  return out;
}

/** Every field below a mapping schema, depth first in declaration order. */
export function fieldRows(schema: Schema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const conditional = conditionallyRequired(schema);
  for (const [name, raw] of Object.entries((schema['properties'] as Record<string, Schema>) ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const when = conditional.get(name);
    rows.push({
      path,
      type: typeOf(raw),
      required: required.has(name) ? 'yes' : when ? `when ${when.join('; ')}` : 'no',
      description: describeField(raw),
    });
    rows.push(...childRows(raw, path));
  }
  return rows;
}

function childRows(s: Schema, path: string): FieldRow[] {
  const direct = objectForm(s);
  if (direct) return fieldRows(direct, path);
  if (s['type'] === 'array' && isObject(s['items'])) {
    const item = objectForm(s['items']);
    return item ? fieldRows(item, `${path}[]`) : [];
  }
  if (isObject(s['additionalProperties'])) {
    const value = objectForm(s['additionalProperties']);
    return value ? fieldRows(value, `${path}.<${keyName(s).replace(/ \(.*\)$/, '')}>`) : [];
  }
  return [];
}

/** A Markdown table with padded columns, as the formatter writes it, so it reads as text too. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderModelReference(examples: Record<FileKind, string> = readExamples()): string {
  const out: string[] = [
    '<!-- Generated from packages/model/src/schemas by `pnpm --filter @rolekit/model schemas`; do not edit. -->',
    '',
    '# The model reference',
    '',
    'A rolekit model is a directory of YAML files. Only `organisation.yaml` and at least one file under `roles/`',
    'are required; each other file adds what it describes. Every field below is checked by `rolekit validate`',
    '(the JSON Schemas in `packages/model/schema/`), then references between files are checked (see',
    '[diagnostics.md](diagnostics.md)). A field path `a[].b` is field `b` of each item of the list `a`;',
    '`a.<id>.b` is field `b` of each entry of the mapping `a`.',
    '',
    'The examples together are one small, valid model (`packages/model/test/five-roles/`).',
    '',
    ...Object.keys(schemasByKind).map(
      (kind) => `- [${FILE_NAMES[kind as FileKind]}](#${anchor(FILE_NAMES[kind as FileKind])})`,
    ),
  ];
  for (const [kind, schema] of Object.entries(schemasByKind) as Array<[FileKind, Schema]>) {
    out.push('', `## \`${FILE_NAMES[kind]}\``, '', String(schema['description']), '');
    out.push(
      ...table(
        ['field', 'type', 'required', 'meaning'],
        fieldRows(schema).map((r) => [`\`${r.path}\``, cell(r.type), cell(r.required), cell(r.description)]),
      ),
    );
    out.push('', `Example (\`${EXAMPLE_FILES[kind]}\`):`, '', '```yaml', examples[kind].trimEnd(), '```');
    if (MORE[kind]) out.push('', ...MORE[kind]);
  }
  return `${out.join('\n')}\n`;
}

function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
