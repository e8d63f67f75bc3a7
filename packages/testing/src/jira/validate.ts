import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type JiraSchemas, jiraSchemas } from './schemas.js';
import type { ViolationKind } from './types.js';

export interface ShapeProblem {
  kind: Extract<ViolationKind, 'schema' | 'unknown-permission' | 'unknown-holder-type'>;
  /** JSON pointer into the body, e.g. `/permissions/2/holder/type`. */
  pointer: string;
  message: string;
}

export type BodyValidator = (body: unknown) => ShapeProblem[];

export interface RequestValidators {
  permissionScheme: BodyValidator;
  permissionGrant: BodyValidator;
  idBean: BodyValidator;
  createProjectRole: BodyValidator;
  actorsMap: BodyValidator;
}

export function createRequestValidators(permissionKeys: readonly string[]): RequestValidators {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const schemas: JiraSchemas['requests'] = jiraSchemas(permissionKeys).requests;
  const wrap = (fn: ValidateFunction): BodyValidator => {
    return (body) => (fn(body) ? [] : toProblems(fn.errors ?? []));
  };
  return {
    permissionScheme: wrap(ajv.compile(schemas.permissionScheme)),
    permissionGrant: wrap(ajv.compile(schemas.permissionGrant)),
    idBean: wrap(ajv.compile(schemas.idBean)),
    createProjectRole: wrap(ajv.compile(schemas.createProjectRole)),
    actorsMap: wrap(ajv.compile(schemas.actorsMap)),
  };
}

function toProblems(errors: ErrorObject[]): ShapeProblem[] {
  return errors.map((e) => {
    const pointer = e.instancePath === '' ? '/' : e.instancePath;
    if (e.keyword === 'enum' && /\/permission$/.test(e.instancePath)) {
      return { kind: 'unknown-permission', pointer, message: `${pointer}: unknown permission key` };
    }
    if (e.keyword === 'enum' && /\/holder\/type$/.test(e.instancePath)) {
      return { kind: 'unknown-holder-type', pointer, message: `${pointer}: unknown holder type` };
    }
    const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params['additionalProperty'])}'` : '';
    return { kind: 'schema', pointer, message: `${pointer}: ${e.message ?? e.keyword}${extra}` };
  });
}
