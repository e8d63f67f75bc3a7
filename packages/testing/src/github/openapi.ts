/**
 * GitHub's OpenAPI description (the extracted fixture) turned into a router and ajv validators.
 *
 * The description is OpenAPI 3.0, whose schemas are not quite JSON Schema: `nullable` instead of a
 * `null` type, `discriminator`, and vendor keys. `toJsonSchema` converts them so ajv (draft-07) can
 * check both what clients send and what the stand-in answers.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  'x-multi-segment'?: boolean;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: JsonObject }>;
  headers?: Record<string, JsonObject>;
}

export interface OpenApiOperation {
  operationId: string;
  summary?: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonObject }> };
  responses: Record<string, OpenApiResponse | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  'x-source': { package: string; version: string; file: string; integrity: string; operations: string[] };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas?: Record<string, JsonObject>;
    parameters?: Record<string, OpenApiParameter>;
    responses?: Record<string, OpenApiResponse>;
    headers?: Record<string, JsonObject>;
  };
}

/** Reads the fixture from the package root; works from src/ and from dist/ alike. */
export function loadGitHubOpenApi(): OpenApiDocument {
  const url = new URL('../../fixtures/github-openapi.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as OpenApiDocument;
}

const SCHEMA_BASE = 'https://stand-in.rolekit.invalid/github/schemas/';

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Converts an OpenAPI 3.0 schema object to JSON Schema draft-07.
 * - `nullable: true` becomes a `null` type (or an `anyOf` with null when there is no `type`: GitHub
 *   puts `nullable` beside `oneOf`, which ajv's own `nullable` support rejects);
 * - `discriminator` is dropped (GitHub maps `array` to an array schema, which no validator accepts);
 * - `oneOf` becomes `anyOf` (GitHub's alternatives overlap);
 * - component `$ref`s point at schemas registered under SCHEMA_BASE.
 */
export function toJsonSchema(node: Json, keysAreNames = false): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (keysAreNames) {
      out[key] = toJsonSchema(value);
    } else if (key === 'nullable' || key === 'discriminator' || key.startsWith('x-')) {
      // handled below, or annotation only
    } else if (key === 'oneOf') {
      // GitHub's oneOf alternatives overlap (a plain basic-error is also a valid
      // repository-rule-violation-error, every property being optional), so a literal oneOf
      // rejects GitHub's own answers. anyOf keeps the intent.
      out['anyOf'] = toJsonSchema(value);
    } else if (key === 'enum' || key === 'default' || key === 'const') {
      out[key] = value;
    } else if (key === '$ref' && typeof value === 'string') {
      const match = /^#\/components\/schemas\/(.+)$/.exec(value);
      if (!match) throw new Error(`unsupported $ref in schema: ${value}`);
      out[key] = SCHEMA_BASE + match[1];
    } else {
      out[key] = toJsonSchema(value, key === 'properties' || key === 'patternProperties');
    }
  }
  if (keysAreNames || node['nullable'] !== true) return out;
  const type = out['type'];
  if (typeof type === 'string') {
    out['type'] = [type, 'null'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

// Formats used by GitHub's description. Checked loosely: the point is catching a stand-in that
// answers a number where GitHub answers a timestamp, not RFC pedantry.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const STRING_FORMATS: Record<string, (value: string) => boolean> = {
  'date-time': (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  uri: (v) => /^[a-z][a-z0-9+.-]*:\S*$/i.test(v),
  'uri-template': (v) => !/\s/.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+$/.test(v),
  'repo.nwo': (v) => /^[\w.-]+\/[\w.-]+$/.test(v),
  binary: () => true,
};
const NUMBER_FORMATS: Record<string, (value: number) => boolean> = {
  int32: (v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31,
  int64: (v) => Number.isSafeInteger(v),
  double: (v) => Number.isFinite(v),
  timestamp: (v) => Number.isInteger(v) && v >= 0,
};

function createAjv(doc: OpenApiDocument, options: { coerceTypes: boolean; useDefaults: boolean }): Ajv {
  // strict: false because OpenAPI annotations (readOnly, deprecated, title...) are not all draft-07.
  const ajv = new Ajv({ strict: false, allErrors: true, ...options });
  for (const [name, validate] of Object.entries(STRING_FORMATS))
    ajv.addFormat(name, { type: 'string', validate });
  for (const [name, validate] of Object.entries(NUMBER_FORMATS))
    ajv.addFormat(name, { type: 'number', validate });
  for (const [name, schema] of Object.entries(doc.components.schemas ?? {})) {
    ajv.addSchema(toJsonSchema(schema) as JsonObject, SCHEMA_BASE + name);
  }
  return ajv;
}

type Segment = { literal: string } | { param: string; multi: boolean };

export interface CompiledOperation {
  operationId: string;
  method: string;
  template: string;
  segments: Segment[];
  parameters: OpenApiParameter[];
  /** Coerces and validates path and query parameters in place, filling defaults. */
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  validateBody?: ValidateFunction;
  bodyRequired: boolean;
  /** status -> validator of the JSON body; a status with no JSON content maps to undefined. */
  responses: Map<string, ValidateFunction | undefined>;
}

export interface RouteMatch {
  operation: CompiledOperation;
  params: Record<string, string>;
}

function resolveRef<T>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  if (typeof value === 'object' && value !== null && '$ref' in value && typeof value.$ref === 'string') {
    const path = value.$ref.replace(/^#\//, '').split('/');
    let node: unknown = doc;
    for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined) throw new Error(`unresolvable $ref ${value.$ref}`);
    return node as T;
  }
  return value as T;
}

function parametersSchema(parameters: OpenApiParameter[]): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    properties[parameter.name] = toJsonSchema(parameter.schema ?? {});
    if (parameter.required) required.push(parameter.name);
  }
  return { type: 'object', properties, required };
}

/** Every operation of the fixture, with its route and validators. */
export class GitHubApi {
  readonly doc: OpenApiDocument;
  readonly operations: CompiledOperation[] = [];
  readonly byId = new Map<string, CompiledOperation>();

  constructor(doc: OpenApiDocument = loadGitHubOpenApi()) {
    this.doc = doc;
    const coercing = createAjv(doc, { coerceTypes: true, useDefaults: true });
    const strict = createAjv(doc, { coerceTypes: false, useDefaults: false });
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const parameters = (op.parameters ?? []).map((p) => resolveRef<OpenApiParameter>(doc, p));
        const segments: Segment[] = template
          .split('/')
          .slice(1)
          .map((part) => {
            const name = /^\{(.+)\}$/.exec(part)?.[1];
            if (name === undefined) return { literal: part };
            const multi = parameters.find((p) => p.name === name)?.['x-multi-segment'] === true;
            return { param: name, multi };
          });
        const bodySchema = op.requestBody?.content['application/json']?.schema;
        const responses = new Map<string, ValidateFunction | undefined>();
        for (const [status, raw] of Object.entries(op.responses)) {
          const schema = resolveRef<OpenApiResponse>(doc, raw).content?.['application/json']?.schema;
          responses.set(status, schema ? strict.compile(toJsonSchema(schema) as JsonObject) : undefined);
        }
        const compiled: CompiledOperation = {
          operationId: op.operationId,
          method: method.toUpperCase(),
          template,
          segments,
          parameters,
          validatePath: coercing.compile(parametersSchema(parameters.filter((p) => p.in === 'path'))),
          validateQuery: coercing.compile(parametersSchema(parameters.filter((p) => p.in === 'query'))),
          bodyRequired: op.requestBody?.required === true,
          responses,
        };
        if (bodySchema) compiled.validateBody = strict.compile(toJsonSchema(bodySchema) as JsonObject);
        this.operations.push(compiled);
        this.byId.set(op.operationId, compiled);
      }
    }
    // Literal segments beat parameters: /branches/{branch}/protection before /branches/{branch}.
    const literals = (op: CompiledOperation) => op.segments.filter((s) => 'literal' in s).length;
    this.operations.sort((a, b) => literals(b) - literals(a) || b.segments.length - a.segments.length);
  }

  /**
   * Finds the operation for a raw (still percent-encoded) pathname. Returns the operations whose
   * path matches when none has this method, so the caller can tell "no route" from "wrong method".
   */
  match(method: string, rawPath: string): RouteMatch | { pathMatches: CompiledOperation[] } {
    const parts = rawPath.split('/').slice(1);
    const pathMatches: CompiledOperation[] = [];
    for (const operation of this.operations) {
      const params = matchSegments(operation.segments, parts);
      if (!params) continue;
      if (operation.method === method) return { operation, params };
      pathMatches.push(operation);
    }
    return { pathMatches };
  }
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const walk = (si: number, pi: number): boolean => {
    if (si === segments.length) return pi === parts.length;
    const segment = segments[si] as Segment;
    if ('literal' in segment) return parts[pi] === segment.literal && walk(si + 1, pi + 1);
    if (pi >= parts.length) {
      // `contents/{path}` with an empty path: Octokit drops the slash, GitHub lists the root.
      if (!segment.multi || si !== segments.length - 1) return false;
      params[segment.param] = '';
      return true;
    }
    if (!segment.multi) {
      if (parts[pi] === '') return false;
      params[segment.param] = decode(parts[pi] as string);
      return walk(si + 1, pi + 1);
    }
    // A multi-segment parameter (a file path, a ref, a branch) may span raw slashes; Octokit
    // sends them encoded as %2F, curl and browsers send them raw. Try the longest span first.
    for (let end = parts.length; end > pi; end--) {
      params[segment.param] = parts.slice(pi, end).map(decode).join('/');
      if (walk(si + 1, end)) return true;
    }
    return false;
  };
  try {
    return walk(0, 0) ? params : undefined;
  } catch {
    return undefined; // malformed percent-encoding: no route
  }
}

function decode(part: string): string {
  return decodeURIComponent(part);
}

/** GitHub-style phrases for ajv errors, e.g. `"sha" wasn't supplied.` */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((error) => {
    if (error.keyword === 'required') {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      const parent = error.instancePath ? `${where}${error.instancePath}` : where;
      return `"${field}" wasn't supplied${parent === 'body' ? '' : ` in ${parent}`}.`;
    }
    return `For '${where}${error.instancePath}', ${error.message ?? 'is invalid'}.`;
  });
}
