import { JIRA_HOLDER_TYPES, type JiraHolderType } from './schemas.js';

/** Jira Cloud's default permission scheme always has id 0 and cannot be deleted. */
export const DEFAULT_SCHEME_ID = 0;
const DEFAULT_SCHEME_NAME = 'Default Permission Scheme';
export const DEFAULT_LEAD_ACCOUNT_ID = '5b10ac8d82e05b22cc7d4e00';

export interface JiraUser {
  accountId: string;
  displayName: string;
  /** Deactivated accounts keep their id and memberships; Jira lists them only when asked. */
  active?: boolean;
  /** atlassian (people), app (bots and integrations) or customer (service management). */
  accountType?: 'atlassian' | 'app' | 'customer';
}

/** The actors of one project role in one project. */
export interface JiraRoleActors {
  /** Account ids, in the order added. */
  users: Set<string>;
  /** Group ids, in the order added. */
  groups: Set<string>;
}

export interface JiraGroup {
  name: string;
  /** Jira Cloud group ids are UUIDs; the stand-in makes them deterministic. */
  groupId: string;
}

export interface JiraProjectRole {
  id: number;
  name: string;
  description: string;
}

export interface JiraProject {
  /** Jira returns project ids as strings. */
  id: string;
  key: string;
  name: string;
  description: string;
  leadAccountId: string;
  projectTypeKey: string;
  permissionSchemeId: number;
}

/** A holder as stored: `parameter` and `value` filled the way Jira returns them. */
export interface JiraHolder {
  type: JiraHolderType;
  parameter?: string;
  value?: string;
}

export interface JiraGrant {
  id: number;
  permission: string;
  holder: JiraHolder;
}

export interface JiraPermissionScheme {
  id: number;
  name: string;
  description: string;
  grants: JiraGrant[];
}

/** A holder as a client sends it. */
export interface HolderInput {
  type: string;
  parameter?: string;
  value?: string;
}

export interface GrantInput {
  permission: string;
  holder: HolderInput;
}

export type ResolutionFailure = 'schema' | 'unknown-reference' | 'duplicate-grant';

export type Resolution<T> = { ok: true; value: T } | { ok: false; kind: ResolutionFailure; message: string };

/**
 * Everything the stand-in knows. Tests seed it before a run and read it afterwards; the REST
 * handlers go through the same methods so seeding and the API cannot disagree.
 */
export class JiraState {
  readonly users = new Map<string, JiraUser>();
  readonly groups: JiraGroup[] = [];
  readonly roles: JiraProjectRole[] = [];
  readonly projects: JiraProject[] = [];
  readonly schemes: JiraPermissionScheme[] = [];
  /** Group id -> member account ids. */
  readonly groupMembers = new Map<string, Set<string>>();
  /** `projectId roleId` -> the role's actors in that project. */
  readonly roleActors = new Map<string, JiraRoleActors>();

  private nextSchemeId = 10000;
  private nextGrantId = 10000;
  private nextRoleId = 10000;
  private nextProjectId = 10000;
  private nextGroupSerial = 1;

  constructor(options: { defaultScheme?: boolean } = {}) {
    this.addUser(DEFAULT_LEAD_ACCOUNT_ID, 'Stand-in Admin');
    if (options.defaultScheme ?? true) {
      this.schemes.push({ id: DEFAULT_SCHEME_ID, name: DEFAULT_SCHEME_NAME, description: '', grants: [] });
    }
  }

  // --- Seeding -------------------------------------------------------------------------------

  addUser(
    accountId: string,
    displayName = accountId,
    options: { active?: boolean; accountType?: JiraUser['accountType'] } = {},
  ): JiraUser {
    const user: JiraUser = { accountId, displayName, ...options };
    this.users.set(accountId, user);
    return user;
  }

  /** Seeds a group membership; the user and the group are created if missing. */
  addGroupMember(groupName: string, accountId: string): void {
    const group = this.group(groupName) ?? this.addGroup(groupName);
    if (!this.users.has(accountId)) this.addUser(accountId);
    let members = this.groupMembers.get(group.groupId);
    if (!members) {
      members = new Set();
      this.groupMembers.set(group.groupId, members);
    }
    members.add(accountId);
  }

  membersOfGroup(groupId: string): string[] {
    return [...(this.groupMembers.get(groupId) ?? [])];
  }

  /** The actors of a project role in a project; an empty record when none were added. */
  actorsOf(project: JiraProject, role: JiraProjectRole): JiraRoleActors {
    const key = `${project.id} ${role.id}`;
    let actors = this.roleActors.get(key);
    if (!actors) {
      actors = { users: new Set(), groups: new Set() };
      this.roleActors.set(key, actors);
    }
    return actors;
  }

  /**
   * Seeds actors by project key and role name (created when missing); groups by name. Users and
   * groups that do not exist are created.
   */
  addRoleActors(projectKey: string, roleName: string, actors: { users?: string[]; groups?: string[] }): void {
    const project = this.project(projectKey);
    if (!project) throw new Error(`No project '${projectKey}'.`);
    const role = this.role(roleName) ?? this.addProjectRole(roleName);
    const into = this.actorsOf(project, role);
    for (const accountId of actors.users ?? []) {
      if (!this.users.has(accountId)) this.addUser(accountId);
      into.users.add(accountId);
    }
    for (const name of actors.groups ?? [])
      into.groups.add((this.group(name) ?? this.addGroup(name)).groupId);
  }

  /** Actors as sorted strings (`user:ID`, `group:NAME`), for readable assertions. */
  actorSummary(projectKey: string, roleName: string): string[] {
    const project = this.project(projectKey);
    const role = this.role(roleName);
    if (!project || !role) return [];
    const actors = this.roleActors.get(`${project.id} ${role.id}`);
    if (!actors) return [];
    return [
      ...[...actors.users].map((u) => `user:${u}`),
      ...[...actors.groups].map((g) => `group:${this.groupById(g)?.name ?? g}`),
    ].sort();
  }

  addGroup(name: string, groupId?: string): JiraGroup {
    if (this.group(name)) throw new Error(`Group '${name}' already exists.`);
    const serial = String(this.nextGroupSerial++).padStart(12, '0');
    const group = { name, groupId: groupId ?? `00000000-0000-4000-8000-${serial}` };
    this.groups.push(group);
    return group;
  }

  addProjectRole(name: string, description = ''): JiraProjectRole {
    if (this.role(name)) throw new Error(`Project role '${name}' already exists.`);
    const role = { id: this.nextRoleId++, name, description };
    this.roles.push(role);
    return role;
  }

  addProject(
    key: string,
    name: string,
    options: {
      description?: string;
      leadAccountId?: string;
      projectTypeKey?: string;
      scheme?: string | number;
    } = {},
  ): JiraProject {
    if (this.project(key)) throw new Error(`Project '${key}' already exists.`);
    const scheme =
      options.scheme === undefined ? this.getScheme(DEFAULT_SCHEME_ID) : this.requireScheme(options.scheme);
    const project: JiraProject = {
      id: String(this.nextProjectId++),
      key,
      name,
      description: options.description ?? '',
      leadAccountId: options.leadAccountId ?? DEFAULT_LEAD_ACCOUNT_ID,
      projectTypeKey: options.projectTypeKey ?? 'software',
      permissionSchemeId: scheme?.id ?? DEFAULT_SCHEME_ID,
    };
    this.projects.push(project);
    return project;
  }

  /** Seed a scheme; grants use the REST holder shape and are resolved exactly as the API would. */
  addScheme(input: {
    name: string;
    description?: string;
    grants?: readonly GrantInput[];
  }): JiraPermissionScheme {
    if (this.getScheme(input.name)) throw new Error(`Permission scheme '${input.name}' already exists.`);
    const grants = this.resolveGrants(input.grants ?? []);
    if (!grants.ok) throw new Error(grants.message);
    const scheme = {
      id: this.nextSchemeId++,
      name: input.name,
      description: input.description ?? '',
      grants: [],
    };
    this.schemes.push(scheme);
    this.replaceGrants(scheme, grants.value);
    return scheme;
  }

  assignScheme(projectKeyOrId: string, scheme: string | number): void {
    const project = this.project(projectKeyOrId);
    if (!project) throw new Error(`No project '${projectKeyOrId}'.`);
    project.permissionSchemeId = this.requireScheme(scheme).id;
  }

  // --- Lookups -------------------------------------------------------------------------------

  /** By name or numeric id. */
  getScheme(nameOrId: string | number): JiraPermissionScheme | undefined {
    return typeof nameOrId === 'number'
      ? this.schemes.find((s) => s.id === nameOrId)
      : this.schemes.find((s) => s.name === nameOrId);
  }

  /** Grants of a scheme (by name or id), as stored. */
  grantsOf(scheme: string | number): readonly JiraGrant[] {
    return this.requireScheme(scheme).grants;
  }

  /**
   * Grants of a scheme as sorted one-line strings with names resolved, for readable assertions:
   * `BROWSE_PROJECTS projectRole:Developers`, `ADMINISTER_PROJECTS group:jira-admins`, `EDIT_ISSUES reporter`.
   */
  grantSummary(scheme: string | number): string[] {
    return this.grantsOf(scheme)
      .map((g) => {
        const label = this.holderLabel(g.holder);
        return label === undefined
          ? `${g.permission} ${g.holder.type}`
          : `${g.permission} ${g.holder.type}:${label}`;
      })
      .sort();
  }

  /** The scheme a project (by key or id) uses. */
  schemeOfProject(projectKeyOrId: string): JiraPermissionScheme | undefined {
    const project = this.project(projectKeyOrId);
    return project === undefined ? undefined : this.getScheme(project.permissionSchemeId);
  }

  /** By key (case-sensitive, as Jira documents) or id. */
  project(keyOrId: string): JiraProject | undefined {
    return this.projects.find((p) => p.key === keyOrId || p.id === keyOrId);
  }

  /** By name or numeric id. */
  role(nameOrId: string | number): JiraProjectRole | undefined {
    return typeof nameOrId === 'number'
      ? this.roles.find((r) => r.id === nameOrId)
      : this.roles.find((r) => r.name === nameOrId);
  }

  /** By name. */
  group(name: string): JiraGroup | undefined {
    return this.groups.find((g) => g.name === name);
  }

  groupById(groupId: string): JiraGroup | undefined {
    return this.groups.find((g) => g.groupId === groupId);
  }

  // --- Operations shared with the REST handlers ------------------------------------------------

  /**
   * Resolve a holder the way the reference's "Holder object" section describes: for groups,
   * `parameter` is the name and `value` the id (either may be sent; `value` is recommended); for
   * project roles both are the role id; for users both are the account id.
   */
  resolveHolder(input: HolderInput): Resolution<JiraHolder> {
    const type = input.type as JiraHolderType;
    if (!(JIRA_HOLDER_TYPES as readonly string[]).includes(type)) {
      return fail('schema', `Unknown holder type '${input.type}'.`);
    }
    const { parameter, value } = input;
    const given = value ?? parameter;
    switch (type) {
      case 'group': {
        if (given === undefined)
          return fail('schema', "A group holder needs 'parameter' (group name) or 'value' (group id).");
        const byValue = value === undefined ? undefined : this.groupById(value);
        const byName = parameter === undefined ? undefined : this.group(parameter);
        if (value !== undefined && byValue === undefined)
          return fail('unknown-reference', `No group with id '${value}'.`);
        if (parameter !== undefined && byName === undefined && value === undefined) {
          return fail('unknown-reference', `No group named '${parameter}'.`);
        }
        if (byValue && parameter !== undefined && byValue.name !== parameter) {
          return fail(
            'unknown-reference',
            `Group id '${value}' belongs to '${byValue.name}', not '${parameter}'.`,
          );
        }
        const group = (byValue ?? byName)!;
        return { ok: true, value: { type, parameter: group.name, value: group.groupId } };
      }
      case 'projectRole': {
        if (given === undefined)
          return fail('schema', "A projectRole holder needs 'parameter' or 'value' (role id).");
        if (parameter !== undefined && value !== undefined && parameter !== value) {
          return fail('schema', `projectRole parameter '${parameter}' and value '${value}' differ.`);
        }
        if (!/^\d+$/.test(given))
          return fail('unknown-reference', `Project role id must be numeric, got '${given}'.`);
        const role = this.role(Number(given));
        if (!role) return fail('unknown-reference', `No project role with id ${given}.`);
        return { ok: true, value: { type, parameter: String(role.id), value: String(role.id) } };
      }
      case 'user': {
        if (given === undefined)
          return fail('schema', "A user holder needs 'parameter' or 'value' (account id).");
        if (!this.users.has(given)) return fail('unknown-reference', `No user with account id '${given}'.`);
        return { ok: true, value: { type, parameter: given, value: given } };
      }
      case 'groupCustomField':
      case 'userCustomField': {
        if (given === undefined || !/^customfield_\d+$/.test(given)) {
          return fail('schema', `A ${type} holder needs a custom field id such as 'customfield_10000'.`);
        }
        return { ok: true, value: { type, parameter: given, value: given } };
      }
      case 'applicationRole':
        // No parameter means "any logged-in user with product access".
        return { ok: true, value: given === undefined ? { type } : { type, parameter: given, value: given } };
      default:
        // anyone, assignee, reporter, projectLead, sd.customer.portal.only take no parameter.
        return { ok: true, value: { type } };
    }
  }

  /** Resolve a list of grants, rejecting duplicates within the list. */
  resolveGrants(inputs: readonly GrantInput[]): Resolution<Omit<JiraGrant, 'id'>[]> {
    const out: Omit<JiraGrant, 'id'>[] = [];
    const seen = new Set<string>();
    for (const [i, input] of inputs.entries()) {
      const holder = this.resolveHolder(input.holder);
      if (!holder.ok) return { ...holder, message: `permissions[${i}]: ${holder.message}` };
      const grant = { permission: input.permission, holder: holder.value };
      const key = grantKey(grant);
      if (seen.has(key)) {
        return {
          ok: false,
          kind: 'duplicate-grant',
          message: `permissions[${i}] repeats an earlier grant (${key}).`,
        };
      }
      seen.add(key);
      out.push(grant);
    }
    return { ok: true, value: out };
  }

  findGrant(scheme: JiraPermissionScheme, grant: Omit<JiraGrant, 'id'>): JiraGrant | undefined {
    const key = grantKey(grant);
    return scheme.grants.find((g) => grantKey(g) === key);
  }

  addGrant(scheme: JiraPermissionScheme, grant: Omit<JiraGrant, 'id'>): JiraGrant {
    const stored = { id: this.nextGrantId++, ...grant };
    scheme.grants.push(stored);
    return stored;
  }

  /** PUT semantics: the list replaces every existing grant, and the new grants get new ids. */
  replaceGrants(scheme: JiraPermissionScheme, grants: readonly Omit<JiraGrant, 'id'>[]): void {
    scheme.grants = grants.map((g) => ({ id: this.nextGrantId++, ...g }));
  }

  createScheme(name: string, description: string): JiraPermissionScheme {
    const scheme = { id: this.nextSchemeId++, name, description, grants: [] };
    this.schemes.push(scheme);
    return scheme;
  }

  /** Projects that used the scheme fall back to the default scheme, as in Jira. */
  deleteScheme(scheme: JiraPermissionScheme): void {
    this.schemes.splice(this.schemes.indexOf(scheme), 1);
    for (const p of this.projects)
      if (p.permissionSchemeId === scheme.id) p.permissionSchemeId = DEFAULT_SCHEME_ID;
  }

  createRole(name: string, description: string): JiraProjectRole {
    return this.addProjectRole(name, description);
  }

  private requireScheme(nameOrId: string | number): JiraPermissionScheme {
    const scheme = this.getScheme(nameOrId);
    if (!scheme) throw new Error(`No permission scheme '${nameOrId}'.`);
    return scheme;
  }

  private holderLabel(holder: JiraHolder): string | undefined {
    switch (holder.type) {
      case 'group':
        return holder.parameter;
      case 'projectRole':
        return this.role(Number(holder.value))?.name ?? holder.value;
      default:
        return holder.value;
    }
  }
}

function fail(
  kind: ResolutionFailure,
  message: string,
): { ok: false; kind: ResolutionFailure; message: string } {
  return { ok: false, kind, message };
}

/** Two grants are the same when permission, holder type and holder identity match. */
function grantKey(grant: Omit<JiraGrant, 'id'>): string {
  return `${grant.permission} ${grant.holder.type}:${grant.holder.value ?? ''}`;
}
