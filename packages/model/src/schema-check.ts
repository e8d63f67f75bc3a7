import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from './diagnostics.js';
import { ajvOptions } from './schemas/ajv-options.js';
import { slug } from './schemas/defs.js';
import { type FileKind, schemasByKind } from './schemas/files.js';
import * as quickValidators from './schemas/quick-validators.generated.js';
import { didYouMean } from './suggest.js';
import { fromPointer, type YamlFile } from './yaml-file.js';

/**
 * Valid files (nearly all of them) are checked by a validator that stops at the first error,
 * generated ahead of time (src/schemas/standalone.ts) because compiling the schemas is the
 * expensive part of ajv. Only a file that fails is checked again with every error collected.
 */
const quick: Record<FileKind, (data: unknown) => boolean> = quickValidators;

const require = createRequire(import.meta.url);
let thoroughAjv: Ajv2020 | undefined;
const thorough = new Map<FileKind, ValidateFunction>();

/** Compiled on first use, once per process and kind; ajv itself is loaded only then, too. */
function thoroughValidator(kind: FileKind): ValidateFunction {
  let validate = thorough.get(kind);
  if (!validate) {
    if (!thoroughAjv) {
      const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
      thoroughAjv = new Ajv2020(ajvOptions('thorough'));
    }
    validate = thoroughAjv.compile(schemasByKind[kind]);
    thorough.set(kind, validate);
  }
  return validate;
}

/** Validates a parsed file against the JSON Schema of its kind and maps errors to positions. */
export function checkSchema(kind: FileKind, file: YamlFile): Diagnostic[] {
  if (quick[kind](file.value)) return [];
  const validate = thoroughValidator(kind);
  validate(file.value);
  // 'if' only says a then/else branch failed; a union's else branch repeats the type error already given.
  const typeErrorAt = new Set<string>();
  const errors = (validate.errors ?? []).filter((e) => {
    if (e.keyword === 'if') return false;
    if (e.keyword !== 'type') return true;
    if (typeErrorAt.has(e.instancePath)) return false;
    typeErrorAt.add(e.instancePath);
    return true;
  });
  const diagnostics = errors.map((e) => toDiagnostic(e, file));
  // allErrors can report one mistake twice (e.g. through two schema paths); keep the first of each.
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fieldName(path: string[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (/^\d+$/.test(last)) return `item ${Number(last) + 1} of '${path[path.length - 2] ?? ''}'`;
  return `'${last}'`;
}

function toDiagnostic(error: ErrorObject, file: YamlFile): Diagnostic {
  const path = fromPointer(error.instancePath);
  const base = { severity: 'error' as const, file: file.path };
  const at = (p: string[], part: 'key' | 'value' = 'value') => {
    const loc = file.locate(p, part);
    return { line: loc.line, column: loc.column, pointer: loc.pointer };
  };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      return {
        ...base,
        code: 'RK011',
        message: `unknown field '${key}'${path.length ? ` in ${fieldName(path)}` : ''}${didYouMean(key, known)}`,
        hint: known.length ? `allowed fields here: ${known.join(', ')}` : 'remove this field',
        ...at([...path, key], 'key'),
      };
    }
    case 'required': {
      const missing = String(params['missingProperty']);
      return {
        ...base,
        code: 'RK010',
        message: `missing required field '${missing}'${path.length ? ` in ${fieldName(path)}` : ''}`,
        hint: `add '${missing}:' here`,
        ...at(path),
      };
    }
    case 'type': {
      const expected = String(params['type'])
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t);
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} must be ${expected.join(' or ')}, not ${describe(error.data)}`,
        hint: hintForType(String(params['type'])),
        ...at(path),
      };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const value = String(error.data);
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} is '${value}'; it must be one of: ${allowed.join(', ')}${didYouMean(value, allowed)}`,
        hint: 'use one of the listed values',
        ...at(path),
      };
    }
    case 'const':
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} must be '${String(params['allowedValue'])}'`,
        ...at(path),
      };
    case 'pattern': {
      // The field's description says what it is; for an id it may not say what an id looks like.
      const own = error.parentSchema?.['description'] as string | undefined;
      const description =
        params['pattern'] === slug['pattern'] && !own?.includes('lowercase')
          ? `${own ? `${own} ` : ''}${String(slug['description'])}`
          : (own ?? `it must match ${String(params['pattern'])}`);
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} '${String(error.data)}' is not valid`,
        hint: description,
        ...at(path),
      };
    }
    case 'propertyNames': {
      const name = String(params['propertyName']);
      return {
        ...base,
        code: 'RK010',
        message: `'${name}' is not a valid key${path.length ? ` in ${fieldName(path)}` : ''}`,
        hint: 'keys here are ids: lowercase letters, digits and hyphens',
        ...at([...path, name], 'key'),
      };
    }
    case 'minItems':
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} must list at least ${String(params['limit'])} item(s)`,
        hint: 'add an item or remove the field',
        ...at(path),
      };
    case 'minLength':
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} must not be empty`,
        hint: 'write a value or remove the field',
        ...at(path),
      };
    case 'maxLength':
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} is longer than ${String(params['limit'])} characters`,
        hint: 'shorten it',
        ...at(path),
      };
    case 'minProperties':
    case 'maxProperties':
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} must name exactly one of: ${Object.keys((error.parentSchema?.['properties'] as object) ?? {}).join(', ')}`,
        hint: 'keep one of the fields',
        ...at(path),
      };
    default:
      return {
        ...base,
        code: 'RK010',
        message: `${fieldName(path)} ${error.message ?? 'is not valid'}`,
        ...at(path),
      };
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  object: 'a mapping',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text '${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}

function hintForType(expected: string): string {
  if (expected === 'array') return 'write a list: one `- item` per line';
  if (expected === 'object') return 'write a mapping: `key: value` lines, indented under this field';
  if (expected.includes('string')) return 'write text; quote it if it starts with a special character';
  return `write ${TYPE_NAMES[expected] ?? expected}`;
}
