// The Jira Cloud REST API v3 operations the stand-in serves, each answering as the reference
// documents (status codes, response shapes). Sections named are from
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/.

import { buildActorRoutes } from './actor-routes.js';
import { JIRA_PROJECT_PERMISSION_INFO } from './permissions.js';
import { PERMISSION_SCHEME_EXPANDS } from './schemas.js';
import {
  DEFAULT_SCHEME_ID,
  type GrantInput,
  type JiraGrant,
  type JiraHolder,
  type JiraPermissionScheme,
  type JiraProject,
  type JiraProjectRole,
  type JiraState,
  type ResolutionFailure,
} from './state.js';
import type { ViolationKind } from './types.js';
import type { RequestValidators } from './validate.js';

export const API = '/rest/api/3';

export interface Reply {
  status: number;
  body?: unknown;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** `http://127.0.0.1:port`, for `self` links. */
  base: string;
  /** Path and query as received, for page `self` links. */
  url: URL;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below /rest/api/3 with `{name}` placeholders. */
  template: string;
  pattern: RegExp;
  /** Path parameters the reference types as integers; anything else answers 404. */
  integerParams?: readonly string[];
  body?: keyof RequestValidators;
  handle(ctx: RouteContext): Reply;
}

/** An error answered in Jira's error-collection shape; with a `kind` it is also a violation. */
export class JiraApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly kind?: ViolationKind,
    readonly errors: Record<string, string> = {},
  ) {
    super(messages.join(' '));
  }
}

export function errorBody(messages: string[], errors: Record<string, string> = {}) {
  return { errorMessages: messages, errors };
}

/** Global permissions Jira returns alongside project ones from GET /permissions. */
const GLOBAL_PERMISSIONS: readonly { key: string; name: string }[] = [
  { key: 'ADMINISTER', name: 'Administer Jira' },
  { key: 'SYSTEM_ADMIN', name: 'Jira System Administrators' },
  { key: 'USER_PICKER', name: 'Browse users and groups' },
  { key: 'CREATE_SHARED_OBJECTS', name: 'Share dashboards and filters' },
  { key: 'MANAGE_GROUP_FILTER_SUBSCRIPTIONS', name: 'Manage group filter subscriptions' },
  { key: 'BULK_CHANGE', name: 'Make bulk changes' },
];

/** Registers a route: method, path template below /rest/api/3, handler. */
export type On = (
  method: Route['method'],
  template: string,
  handle: Route['handle'],
  extra?: Pick<Route, 'integerParams' | 'body'>,
) => void;

export function buildRoutes(state: JiraState, extraPermissionKeys: readonly string[]): Route[] {
  const routes: Route[] = [];
  const on: On = (method, template, handle, extra = {}) => {
    const source = template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
    routes.push({ method, template, pattern: new RegExp(`^${API}${source}$`), handle, ...extra });
  };

  // --- Permissions > Get all permissions ---------------------------------------------------------
  on('GET', '/permissions', () => {
    const permissions: Record<
      string,
      { key: string; name: string; type: 'GLOBAL' | 'PROJECT'; description: string }
    > = {};
    for (const p of GLOBAL_PERMISSIONS) permissions[p.key] = { ...p, type: 'GLOBAL', description: p.name };
    for (const p of JIRA_PROJECT_PERMISSION_INFO) {
      permissions[p.key] = { key: p.key, name: p.name, type: 'PROJECT', description: p.name };
    }
    for (const key of extraPermissionKeys)
      permissions[key] = { key, name: key, type: 'PROJECT', description: key };
    return { status: 200, body: { permissions } };
  });

  // --- Permission schemes ------------------------------------------------------------------------
  on('GET', '/permissionscheme', ({ query, base }) => {
    const expand = parseExpand(query);
    return {
      status: 200,
      body: { permissionSchemes: state.schemes.map((s) => schemeJson(state, s, base, expand, expand.any)) },
    };
  });

  on(
    'POST',
    '/permissionscheme',
    ({ query, body, base }) => {
      const expand = parseExpand(query);
      const input = body as { name: string; description?: string; permissions?: GrantInput[] };
      if (state.getScheme(input.name)) {
        throw new JiraApiError(
          400,
          [`A permission scheme with the name '${input.name}' already exists.`],
          'duplicate-name',
        );
      }
      const grants = unwrap(state.resolveGrants(input.permissions ?? []));
      const scheme = state.createScheme(input.name, input.description ?? '');
      state.replaceGrants(scheme, grants);
      // Create answers with the grants it stored, as the reference's 201 example shows.
      return { status: 201, body: schemeJson(state, scheme, base, expand, true) };
    },
    { body: 'permissionScheme' },
  );

  on(
    'GET',
    '/permissionscheme/{schemeId}',
    ({ params, query, base }) => {
      const expand = parseExpand(query);
      const scheme = schemeOr404(state, params['schemeId']!);
      return { status: 200, body: schemeJson(state, scheme, base, expand, expand.any) };
    },
    { integerParams: ['schemeId'] },
  );

  on(
    'PUT',
    '/permissionscheme/{schemeId}',
    ({ params, query, body, base }) => {
      const expand = parseExpand(query);
      const scheme = schemeOr404(state, params['schemeId']!);
      const input = body as { name: string; description?: string; permissions?: GrantInput[] };
      const clash = state.getScheme(input.name);
      if (clash && clash !== scheme) {
        throw new JiraApiError(
          400,
          [`A permission scheme with the name '${input.name}' already exists.`],
          'duplicate-name',
        );
      }
      // Resolve before touching anything so a bad grant leaves the scheme as it was.
      const grants =
        input.permissions === undefined ? undefined : unwrap(state.resolveGrants(input.permissions));
      scheme.name = input.name;
      if (input.description !== undefined) scheme.description = input.description;
      // "If a permissions list is present in the request, then it is set in the permission scheme,
      // overwriting all existing grants"; without one, grants are left alone.
      if (grants !== undefined) state.replaceGrants(scheme, grants);
      return { status: 200, body: schemeJson(state, scheme, base, expand, true) };
    },
    { integerParams: ['schemeId'], body: 'permissionScheme' },
  );

  on(
    'DELETE',
    '/permissionscheme/{schemeId}',
    ({ params }) => {
      const scheme = schemeOr404(state, params['schemeId']!);
      if (scheme.id === DEFAULT_SCHEME_ID) {
        throw new JiraApiError(400, ['The default permission scheme cannot be deleted.'], 'rejected');
      }
      state.deleteScheme(scheme);
      return { status: 204 };
    },
    { integerParams: ['schemeId'] },
  );

  on(
    'GET',
    '/permissionscheme/{schemeId}/permission',
    ({ params, query, base }) => {
      const expand = parseExpand(query);
      const scheme = schemeOr404(state, params['schemeId']!);
      return {
        status: 200,
        body: {
          expand: 'user,group,permissions,projectRole,field,all',
          permissions: scheme.grants.map((g) => grantJson(state, scheme, g, base, expand)),
        },
      };
    },
    { integerParams: ['schemeId'] },
  );

  on(
    'POST',
    '/permissionscheme/{schemeId}/permission',
    ({ params, query, body, base }) => {
      // The reference documents no 404 here; an unknown scheme is answered like Jira's other
      // lookups by id.
      const expand = parseExpand(query, true);
      const scheme = schemeOr404(state, params['schemeId']!);
      const input = body as GrantInput;
      const holder = unwrap(state.resolveHolder(input.holder));
      const grant = { permission: input.permission, holder };
      const existing = state.findGrant(scheme, grant);
      if (existing) {
        // "400 Returned if the value for expand is invalid or the same permission grant is present."
        throw new JiraApiError(
          400,
          [`The permission grant is already present (grant ${existing.id}: ${describe(existing)}).`],
          'duplicate-grant',
        );
      }
      return { status: 201, body: grantJson(state, scheme, state.addGrant(scheme, grant), base, expand) };
    },
    { integerParams: ['schemeId'], body: 'permissionGrant' },
  );

  on(
    'GET',
    '/permissionscheme/{schemeId}/permission/{permissionId}',
    ({ params, query, base }) => {
      const expand = parseExpand(query);
      const scheme = schemeOr404(state, params['schemeId']!);
      const grant = scheme.grants.find((g) => g.id === Number(params['permissionId']));
      if (!grant) throw new JiraApiError(404, [`Permission grant ${params['permissionId']} not found.`]);
      return { status: 200, body: grantJson(state, scheme, grant, base, expand) };
    },
    { integerParams: ['schemeId', 'permissionId'] },
  );

  on(
    'DELETE',
    '/permissionscheme/{schemeId}/permission/{permissionId}',
    ({ params }) => {
      // Documented as 400 (not 404) when the grant is not found.
      const scheme = state.getScheme(Number(params['schemeId']));
      const grant = scheme?.grants.find((g) => g.id === Number(params['permissionId']));
      if (!scheme || !grant) {
        throw new JiraApiError(400, [`Permission grant with id ${params['permissionId']} not found.`]);
      }
      scheme.grants.splice(scheme.grants.indexOf(grant), 1);
      return { status: 204 };
    },
    { integerParams: ['schemeId', 'permissionId'] },
  );

  // --- Project permission schemes ----------------------------------------------------------------
  on('GET', '/project/{projectKeyOrId}/permissionscheme', ({ params, query, base }) => {
    const expand = parseExpand(query);
    const project = projectOr404(state, params['projectKeyOrId']!);
    const scheme = schemeOr404(state, String(project.permissionSchemeId));
    return { status: 200, body: schemeJson(state, scheme, base, expand, expand.any) };
  });

  on(
    'PUT',
    '/project/{projectKeyOrId}/permissionscheme',
    ({ params, query, body, base }) => {
      const expand = parseExpand(query);
      const project = projectOr404(state, params['projectKeyOrId']!);
      const { id } = body as { id: number };
      const scheme = state.getScheme(id);
      // "404 Returned if the project or permission scheme is not found."
      if (!scheme) throw new JiraApiError(404, [`No permission scheme with id ${id}.`], 'unknown-reference');
      project.permissionSchemeId = scheme.id;
      return { status: 200, body: schemeJson(state, scheme, base, expand, expand.any) };
    },
    { body: 'idBean' },
  );

  // --- Project roles -----------------------------------------------------------------------------
  on('GET', '/role', ({ base }) => ({ status: 200, body: state.roles.map((r) => roleJson(r, base, true)) }));

  on(
    'POST',
    '/role',
    ({ body, base }) => {
      const input = body as { name: string; description?: string };
      if (state.role(input.name)) {
        throw new JiraApiError(
          409,
          [`A project role named '${input.name}' already exists.`],
          'duplicate-name',
        );
      }
      // The reference answers 200 here, not 201.
      return {
        status: 200,
        body: roleJson(state.createRole(input.name, input.description ?? ''), base, false),
      };
    },
    { body: 'createProjectRole' },
  );

  // --- Projects ----------------------------------------------------------------------------------
  on('GET', '/project/search', ({ query, base, url }) => {
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = Math.min(intParam(query, 'maxResults', 50), 100); // "greater than 100 ... will default to 100"
    const orderBy = query.get('orderBy') ?? 'key';
    if (!PROJECT_ORDER_BY.includes(orderBy)) {
      throw new JiraApiError(400, [`Invalid orderBy value '${orderBy}'.`], 'invalid-query');
    }
    const keys = query.getAll('keys');
    const ids = query.getAll('id');
    for (const id of ids) {
      if (!/^\d+$/.test(id)) throw new JiraApiError(400, [`Invalid project id '${id}'.`], 'invalid-query');
    }
    const text = query.get('query')?.toLowerCase();
    const field = orderBy.replace(/^[+-]/, '') === 'name' ? 'name' : 'key';
    const matches = state.projects
      .filter((p) => keys.length === 0 || keys.includes(p.key))
      .filter((p) => ids.length === 0 || ids.includes(p.id))
      .filter(
        (p) =>
          text === undefined || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text),
      )
      .sort((a, b) => a[field].localeCompare(b[field]) * (orderBy.startsWith('-') ? -1 : 1));
    return {
      status: 200,
      body: page(url, base, startAt, maxResults, matches, (p) => projectJson(state, p, base, false)),
    };
  });

  on('GET', '/project/{projectIdOrKey}', ({ params, base }) => ({
    status: 200,
    body: projectJson(state, projectOr404(state, params['projectIdOrKey']!), base, true),
  }));

  // --- Groups > Bulk get groups (the documented way to resolve group names to ids) ---------------
  on('GET', '/group/bulk', ({ query, base, url }) => {
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = intParam(query, 'maxResults', 50);
    // Multiple values are passed as repeated parameters (groupName=a&groupName=b), per the reference.
    const ids = query.getAll('groupId');
    const names = query.getAll('groupName');
    const matches = state.groups.filter(
      (g) => (ids.length === 0 && names.length === 0) || ids.includes(g.groupId) || names.includes(g.name),
    );
    return {
      status: 200,
      body: page(url, base, startAt, maxResults, matches, (g) => ({ name: g.name, groupId: g.groupId })),
    };
  });

  buildActorRoutes(state, on);
  return routes;
}

const PROJECT_ORDER_BY = [
  'category',
  'key',
  'name',
  'owner',
  'issueCount',
  'lastIssueUpdatedDate',
  'archivedDate',
  'deletedDate',
].flatMap((f) => [f, `+${f}`, `-${f}`]);

function unwrap<T>(r: { ok: true; value: T } | { ok: false; kind: ResolutionFailure; message: string }): T {
  if (r.ok) return r.value;
  throw new JiraApiError(400, [r.message], r.kind);
}

interface Expand {
  /** Known values asked for (`all` expanded). */
  values: Set<string>;
  /** "Note that permissions are included when you specify any value." */
  any: boolean;
}

/**
 * Parse `expand`. Unknown values are ignored, as Jira's expansion does, except where the reference
 * documents a 400 for them (Create permission grant), which passes `strict`.
 */
function parseExpand(query: URLSearchParams, strict = false): Expand {
  const values = query
    .getAll('expand')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const known = PERMISSION_SCHEME_EXPANDS as readonly string[];
  const unknown = values.filter((v) => !known.includes(v));
  if (strict && unknown.length > 0) {
    throw new JiraApiError(
      400,
      [`Invalid expand value(s): ${unknown.join(', ')}. Valid: ${PERMISSION_SCHEME_EXPANDS.join(', ')}.`],
      'invalid-query',
    );
  }
  return {
    values: new Set(values.includes('all') ? known : values.filter((v) => known.includes(v))),
    any: values.length > 0,
  };
}

export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw))
    throw new JiraApiError(400, [`'${name}' must be a non-negative integer.`], 'invalid-query');
  return Number(raw);
}

function schemeOr404(state: JiraState, id: string): JiraPermissionScheme {
  const scheme = state.getScheme(Number(id));
  if (!scheme) throw new JiraApiError(404, [`Permission scheme ${id} not found.`]);
  return scheme;
}

export function projectOr404(state: JiraState, keyOrId: string): JiraProject {
  const project = state.project(keyOrId);
  if (!project) throw new JiraApiError(404, [`No project could be found with key or id '${keyOrId}'.`]);
  return project;
}

export function page<T>(
  url: URL,
  base: string,
  startAt: number,
  maxResults: number,
  all: T[],
  map: (t: T) => unknown,
) {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const link = (start: number) => {
    const u = new URL(url.pathname + url.search, base);
    u.searchParams.set('startAt', String(start));
    u.searchParams.set('maxResults', String(maxResults));
    return u.toString();
  };
  return {
    self: link(startAt),
    ...(isLast ? {} : { nextPage: link(startAt + values.length) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: values.map(map),
  };
}

function describe(grant: JiraGrant): string {
  return `${grant.permission} ${grant.holder.type}${grant.holder.value ? `:${grant.holder.value}` : ''}`;
}

function schemeJson(
  state: JiraState,
  scheme: JiraPermissionScheme,
  base: string,
  expand: Expand,
  withGrants: boolean,
) {
  return {
    expand: 'permissions,user,group,projectRole,field,all',
    id: scheme.id,
    self: `${base}${API}/permissionscheme/${scheme.id}`,
    name: scheme.name,
    description: scheme.description,
    ...(withGrants
      ? { permissions: scheme.grants.map((g) => grantJson(state, scheme, g, base, expand)) }
      : {}),
  };
}

function grantJson(
  state: JiraState,
  scheme: JiraPermissionScheme,
  grant: JiraGrant,
  base: string,
  expand: Expand,
) {
  return {
    id: grant.id,
    // The reference's examples show .../permissionscheme/permission/{id}; the stand-in uses the
    // routable form with the scheme id so a client can follow it.
    self: `${base}${API}/permissionscheme/${scheme.id}/permission/${grant.id}`,
    holder: holderJson(state, grant.holder, base, expand),
    permission: grant.permission,
  };
}

/** `expand` on a holder names what could be expanded for its type, as in the reference examples. */
function holderJson(state: JiraState, holder: JiraHolder, base: string, expand: Expand) {
  const out: Record<string, unknown> = { ...holder };
  switch (holder.type) {
    case 'group': {
      out['expand'] = 'group';
      const group = state.groupById(holder.value ?? '');
      if (expand.values.has('group') && group) {
        out['group'] = {
          name: group.name,
          groupId: group.groupId,
          self: `${base}${API}/group?groupId=${group.groupId}`,
        };
      }
      break;
    }
    case 'projectRole': {
      out['expand'] = 'projectRole';
      const role = state.role(Number(holder.value));
      if (expand.values.has('projectRole') && role) out['projectRole'] = roleJson(role, base, false);
      break;
    }
    case 'user': {
      out['expand'] = 'user';
      const user = state.users.get(holder.value ?? '');
      if (expand.values.has('user') && user) {
        out['user'] = {
          self: `${base}${API}/user?accountId=${user.accountId}`,
          accountId: user.accountId,
          displayName: user.displayName,
          active: true,
          accountType: 'atlassian',
        };
      }
      break;
    }
    case 'groupCustomField':
    case 'userCustomField':
      out['expand'] = 'field';
      if (expand.values.has('field')) out['field'] = { id: holder.value, key: holder.value };
      break;
  }
  return out;
}

function roleJson(role: JiraProjectRole, base: string, withActors: boolean) {
  return {
    self: `${base}${API}/role/${role.id}`,
    name: role.name,
    id: role.id,
    description: role.description,
    ...(withActors ? { actors: [] } : {}),
  };
}

function projectJson(state: JiraState, project: JiraProject, base: string, full: boolean) {
  const summary = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${base}${API}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
  if (!full) return summary;
  const lead = state.users.get(project.leadAccountId);
  // "the project description, issue types, and project lead are included in all responses by default"
  return {
    ...summary,
    description: project.description,
    lead: {
      self: `${base}${API}/user?accountId=${project.leadAccountId}`,
      accountId: project.leadAccountId,
      displayName: lead?.displayName ?? project.leadAccountId,
      active: true,
    },
    components: [],
    issueTypes: [],
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: Object.fromEntries(
      state.roles.map((r) => [r.name, `${base}${API}/project/${project.id}/role/${r.id}`]),
    ),
  };
}
