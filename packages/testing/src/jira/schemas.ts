// JSON Schemas (draft 2020-12) for the Jira Cloud REST API v3 shapes the stand-in speaks.
// Each schema names the section of the Jira Cloud platform REST API v3 reference
// (https://developer.atlassian.com/cloud/jira/platform/rest/v3/) and the OpenAPI component
// (swagger-v3.v3.json, components.schemas) it transcribes. Where the stand-in is stricter than the
// OpenAPI document, the comment says so and why.

import type { SchemaObject } from 'ajv/dist/2020.js';
import { JIRA_PROJECT_PERMISSIONS } from './permissions.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Holder types from "About permission schemes and grants > Holder object" in the Permission schemes
 * group. The OpenAPI component types `type` as a free string; the prose lists these values.
 */
export const JIRA_HOLDER_TYPES = [
  'anyone',
  'applicationRole',
  'assignee',
  'group',
  'groupCustomField',
  'projectLead',
  'projectRole',
  'reporter',
  'sd.customer.portal.only',
  'user',
  'userCustomField',
] as const;

export type JiraHolderType = (typeof JIRA_HOLDER_TYPES)[number];

/** Expand values accepted by the permission scheme operations (the `expand` query parameter). */
export const PERMISSION_SCHEME_EXPANDS = [
  'permissions',
  'user',
  'group',
  'projectRole',
  'field',
  'all',
] as const;

// --- Requests -------------------------------------------------------------------------------

/**
 * PermissionHolder (components.schemas.PermissionHolder; Permission schemes > Holder object).
 * `required: [type]` and `additionalProperties: false` are as published; the `type` enum is the
 * prose list, so an unknown holder type is rejected by shape.
 */
export const permissionHolderRequestSchema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...JIRA_HOLDER_TYPES] },
    parameter: { type: 'string' },
    value: { type: 'string' },
    expand: { type: 'string', readOnly: true },
  },
} as const satisfies SchemaObject;

/**
 * PermissionGrant (components.schemas.PermissionGrant; Permission schemes > Create permission grant,
 * request body). The OpenAPI component marks nothing required, but the reference defines a grant as
 * "a holder and a permission", so both are required here. `permission` is limited to the given keys
 * (built-in permissions plus any app-defined ones the stand-in was configured with).
 */
export function permissionGrantRequestSchema(permissionKeys: readonly string[]): SchemaObject {
  return {
    type: 'object',
    required: ['holder', 'permission'],
    additionalProperties: true,
    properties: {
      holder: permissionHolderRequestSchema,
      permission: { type: 'string', enum: [...permissionKeys] },
      id: { type: 'integer', readOnly: true },
      self: { type: 'string', readOnly: true },
    },
  };
}

/**
 * PermissionScheme (components.schemas.PermissionScheme; Permission schemes > Create permission
 * scheme and Update permission scheme, request body). `name` is required and the body allows
 * additional properties, as published. An empty name is rejected (the stand-in's choice: the
 * reference says names must be unique and Jira's UI refuses blank names).
 */
export function permissionSchemeRequestSchema(permissionKeys: readonly string[]): SchemaObject {
  return {
    type: 'object',
    required: ['name'],
    additionalProperties: true,
    properties: {
      name: { type: 'string', minLength: 1 },
      description: { type: 'string' },
      permissions: { type: 'array', items: permissionGrantRequestSchema(permissionKeys) },
      scope: { type: 'object' },
      id: { type: 'integer', readOnly: true },
      self: { type: 'string', readOnly: true },
      expand: { type: 'string', readOnly: true },
    },
  };
}

/** IdBean (components.schemas.IdBean; Project permission schemes > Assign permission scheme). */
export const idBeanRequestSchema = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'integer' } },
} as const satisfies SchemaObject;

/**
 * CreateUpdateRoleRequestBean (Project roles > Create project role). `name` is "Required when
 * creating a project role", cannot begin or end with whitespace and is at most 255 characters.
 */
export const createProjectRoleRequestSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 255, pattern: '^\\S(.*\\S)?$' },
    description: { type: 'string' },
  },
} as const satisfies SchemaObject;

/**
 * ActorsMap (Project role actors > Add actors to project role): account ids, group names and
 * group ids. The reference recommends groupId; group is accepted for compatibility.
 */
export const actorsMapRequestSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    user: { type: 'array', items: { type: 'string', minLength: 1 } },
    group: { type: 'array', items: { type: 'string', minLength: 1 } },
    groupId: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
} as const satisfies SchemaObject;

// --- Responses ------------------------------------------------------------------------------

/** ErrorCollection (components.schemas.ErrorCollection; "Status codes" in the reference intro). */
export const errorCollectionSchema = {
  type: 'object',
  required: ['errorMessages', 'errors'],
  additionalProperties: false,
  properties: {
    errorMessages: { type: 'array', items: { type: 'string' } },
    errors: { type: 'object', additionalProperties: { type: 'string' } },
    status: { type: 'integer' },
  },
} as const satisfies SchemaObject;

/**
 * PermissionHolder as returned. The published component has `additionalProperties: false` and no
 * room for expansions, yet the `expand` query parameter promises group, user, projectRole and field
 * details; the stand-in returns them under those property names, so they are allowed here.
 */
export const permissionHolderResponseSchema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...JIRA_HOLDER_TYPES] },
    parameter: { type: 'string' },
    value: { type: 'string' },
    expand: { type: 'string' },
    group: { type: 'object' },
    user: { type: 'object' },
    projectRole: { type: 'object' },
    field: { type: 'object' },
  },
} as const satisfies SchemaObject;

/** PermissionGrant as returned (Permission schemes > Get permission scheme grant). */
export const permissionGrantResponseSchema = {
  type: 'object',
  required: ['id', 'self', 'holder', 'permission'],
  additionalProperties: true,
  properties: {
    id: { type: 'integer' },
    self: { type: 'string' },
    holder: permissionHolderResponseSchema,
    permission: { type: 'string' },
  },
} as const satisfies SchemaObject;

/** PermissionScheme as returned (Permission schemes > Get permission scheme). */
export const permissionSchemeResponseSchema = {
  type: 'object',
  required: ['id', 'self', 'name'],
  additionalProperties: true,
  properties: {
    expand: { type: 'string' },
    id: { type: 'integer' },
    self: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    scope: { type: 'object' },
    permissions: { type: 'array', items: permissionGrantResponseSchema },
  },
} as const satisfies SchemaObject;

/** PermissionSchemes (Permission schemes > Get all permission schemes). */
export const permissionSchemesResponseSchema = {
  type: 'object',
  required: ['permissionSchemes'],
  additionalProperties: false,
  properties: { permissionSchemes: { type: 'array', items: permissionSchemeResponseSchema } },
} as const satisfies SchemaObject;

/** PermissionGrants (Permission schemes > Get permission scheme grants). */
export const permissionGrantsResponseSchema = {
  type: 'object',
  required: ['permissions'],
  additionalProperties: false,
  properties: {
    expand: { type: 'string' },
    permissions: { type: 'array', items: permissionGrantResponseSchema },
  },
} as const satisfies SchemaObject;

/** Permissions with UserPermission values (Permissions > Get all permissions). */
export const permissionsResponseSchema = {
  type: 'object',
  required: ['permissions'],
  additionalProperties: false,
  properties: {
    permissions: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['key', 'name', 'type'],
        additionalProperties: true,
        properties: {
          key: { type: 'string' },
          name: { type: 'string' },
          type: { enum: ['GLOBAL', 'PROJECT'] },
          description: { type: 'string' },
        },
      },
    },
  },
} as const satisfies SchemaObject;

/** ProjectRole (components.schemas.ProjectRole; Project roles > Get all project roles). */
export const projectRoleResponseSchema = {
  type: 'object',
  required: ['id', 'name', 'self'],
  additionalProperties: false,
  properties: {
    self: { type: 'string' },
    name: { type: 'string' },
    id: { type: 'integer' },
    description: { type: 'string' },
    actors: { type: 'array' },
    scope: { type: 'object' },
    translatedName: { type: 'string' },
    currentUserRole: { type: 'boolean' },
    admin: { type: 'boolean' },
    roleConfigurable: { type: 'boolean' },
    default: { type: 'boolean' },
  },
} as const satisfies SchemaObject;

export const projectRolesResponseSchema = {
  type: 'array',
  items: projectRoleResponseSchema,
} as const satisfies SchemaObject;

/** Project (components.schemas.Project; Projects > Get project). Only the properties served. */
export const projectResponseSchema = {
  type: 'object',
  required: ['id', 'key', 'name', 'self'],
  additionalProperties: false,
  properties: {
    expand: { type: 'string' },
    self: { type: 'string' },
    id: { type: 'string' },
    key: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    lead: {
      type: 'object',
      required: ['accountId'],
      properties: { accountId: { type: 'string' }, displayName: { type: 'string' } },
    },
    components: { type: 'array' },
    issueTypes: { type: 'array' },
    assigneeType: { enum: ['PROJECT_LEAD', 'UNASSIGNED'] },
    versions: { type: 'array' },
    roles: { type: 'object', additionalProperties: { type: 'string' } },
    projectTypeKey: { type: 'string' },
    simplified: { type: 'boolean' },
    style: { type: 'string' },
    isPrivate: { type: 'boolean' },
    properties: { type: 'object' },
  },
} as const satisfies SchemaObject;

/** PageBeanProject (Projects > Get projects paginated). */
export const projectPageResponseSchema = {
  type: 'object',
  required: ['self', 'maxResults', 'startAt', 'total', 'isLast', 'values'],
  additionalProperties: false,
  properties: {
    self: { type: 'string' },
    nextPage: { type: 'string' },
    maxResults: { type: 'integer' },
    startAt: { type: 'integer' },
    total: { type: 'integer' },
    isLast: { type: 'boolean' },
    values: { type: 'array', items: projectResponseSchema },
  },
} as const satisfies SchemaObject;

/** PageBeanGroupDetails with GroupDetails values (Groups > Bulk get groups). */
export const groupPageResponseSchema = {
  type: 'object',
  required: ['self', 'maxResults', 'startAt', 'total', 'isLast', 'values'],
  additionalProperties: false,
  properties: {
    self: { type: 'string' },
    nextPage: { type: 'string' },
    maxResults: { type: 'integer' },
    startAt: { type: 'integer' },
    total: { type: 'integer' },
    isLast: { type: 'boolean' },
    values: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'groupId'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, groupId: { type: 'string' } },
      },
    },
  },
} as const satisfies SchemaObject;

/** Project roles > Get project roles for project: role name -> URL of the role in the project. */
export const projectRoleMapResponseSchema = {
  type: 'object',
  additionalProperties: { type: 'string' },
} as const satisfies SchemaObject;

/** User (components.schemas.User), as Users > Get all users and Groups > Get users from group list them. */
export const userResponseSchema = {
  type: 'object',
  required: ['accountId', 'self', 'displayName', 'active', 'accountType'],
  additionalProperties: false,
  properties: {
    self: { type: 'string' },
    accountId: { type: 'string', maxLength: 128 },
    accountType: { enum: ['atlassian', 'app', 'customer', 'unknown'] },
    displayName: { type: 'string' },
    active: { type: 'boolean' },
    emailAddress: { type: 'string' },
    timeZone: { type: 'string' },
    avatarUrls: { type: 'object' },
  },
} as const satisfies SchemaObject;

export const usersResponseSchema = {
  type: 'array',
  items: userResponseSchema,
} as const satisfies SchemaObject;

/** PageBeanUserDetails (Groups > Get users from group). */
export const userPageResponseSchema = {
  type: 'object',
  required: ['self', 'maxResults', 'startAt', 'total', 'isLast', 'values'],
  additionalProperties: false,
  properties: {
    self: { type: 'string' },
    nextPage: { type: 'string' },
    maxResults: { type: 'integer' },
    startAt: { type: 'integer' },
    total: { type: 'integer' },
    isLast: { type: 'boolean' },
    values: { type: 'array', items: userResponseSchema },
  },
} as const satisfies SchemaObject;

/** All schemas, with the request ones built for the given permission keys, each tagged as 2020-12. */
export function jiraSchemas(permissionKeys: readonly string[] = JIRA_PROJECT_PERMISSIONS) {
  const tag = (schema: SchemaObject): SchemaObject => ({ $schema: DRAFT, ...schema });
  return {
    requests: {
      permissionScheme: tag(permissionSchemeRequestSchema(permissionKeys)),
      permissionGrant: tag(permissionGrantRequestSchema(permissionKeys)),
      idBean: tag(idBeanRequestSchema),
      createProjectRole: tag(createProjectRoleRequestSchema),
      actorsMap: tag(actorsMapRequestSchema),
    },
    responses: {
      errorCollection: tag(errorCollectionSchema),
      permissionScheme: tag(permissionSchemeResponseSchema),
      permissionSchemes: tag(permissionSchemesResponseSchema),
      permissionGrant: tag(permissionGrantResponseSchema),
      permissionGrants: tag(permissionGrantsResponseSchema),
      permissions: tag(permissionsResponseSchema),
      projectRoles: tag(projectRolesResponseSchema),
      projectRole: tag(projectRoleResponseSchema),
      project: tag(projectResponseSchema),
      projectPage: tag(projectPageResponseSchema),
      groupPage: tag(groupPageResponseSchema),
      projectRoleMap: tag(projectRoleMapResponseSchema),
      userPage: tag(userPageResponseSchema),
      users: tag(usersResponseSchema),
    },
  };
}

export type JiraSchemas = ReturnType<typeof jiraSchemas>;
