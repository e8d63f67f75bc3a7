// What the model asks of Jira, in one plain shape shared by the generator (files, matrix) and the
// planner (diff, apply): per scheme, the roles granted, their Jira holders, and the grants after
// bundles are expanded and roles that share a holder are merged. Pure.
import type { JiraProject, Model, Role } from '@rolekit/model';

export type HolderType = 'projectRole' | 'group';

/** A Jira holder as the model names it: a project role or group by name (Jira ids come at apply time). */
export interface Holder {
  readonly type: HolderType;
  readonly name: string;
}

export interface Grant {
  readonly permission: string;
  readonly holder: Holder;
}

export interface DesiredRole {
  readonly role: Role;
  readonly holder: Holder;
  /** Expanded, in the order the model first requests them. */
  readonly permissions: readonly string[];
}

export interface DesiredScheme {
  /** The scheme id in jira.yaml, used for file names. */
  readonly id: string;
  /** The name in Jira, by which apply finds the scheme. */
  readonly name: string;
  readonly description?: string;
  /** Projects the model assigns this scheme to, in model order. */
  readonly projects: readonly JiraProject[];
  /** Whether any of those projects is a production project. */
  readonly production: boolean;
  /** Granted roles in model order. */
  readonly roles: readonly DesiredRole[];
  /** One grant per permission and holder, sorted by permission key, then holder. */
  readonly grants: readonly Grant[];
}

export function holderLabel(holder: Holder): string {
  return `${holder.type}:${holder.name}`;
}

/** `BROWSE_PROJECTS group:jira-qa`: identifies a grant by permission and holder. */
export function grantKey(grant: Grant): string {
  return `${grant.permission} ${holderLabel(grant.holder)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareHolders(a: Holder, b: Holder): number {
  return compare(a.type, b.type) || compare(a.name, b.name);
}

/** The stable order of grants everywhere: permission key, then holder type, then holder name. */
export function compareGrants(a: Grant, b: Grant): number {
  return compare(a.permission, b.permission) || compareHolders(a.holder, b.holder);
}

export function sameHolder(a: Holder | undefined, b: Holder | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.name === b.name;
}

/** The Jira holder a role names in its file, if any. */
export function holderOf(role: Role | undefined): Holder | undefined {
  if (role?.jira?.projectRole !== undefined) return { type: 'projectRole', name: role.jira.projectRole };
  if (role?.jira?.group !== undefined) return { type: 'group', name: role.jira.group };
  return undefined;
}

/** Sorted, de-duplicated grants. */
export function sortGrants(grants: Iterable<Grant>): Grant[] {
  const unique = new Map<string, Grant>();
  for (const g of grants) if (!unique.has(grantKey(g))) unique.set(grantKey(g), g);
  return [...unique.values()].sort(compareGrants);
}

/** Every scheme of jira.yaml in model order; empty when the model has no jira.yaml. */
export function desiredSchemes(model: Model): DesiredScheme[] {
  const jira = model.jira;
  if (!jira) return [];
  return jira.schemes.map((scheme) => {
    const projects = jira.projects.filter((p) => p.scheme === scheme.id);
    const roles: DesiredRole[] = [];
    for (const grant of scheme.grants) {
      const role = model.role(grant.role);
      const holder = holderOf(role);
      // The loader guarantees both (RK012, RK042); a grant without them cannot reach Jira anyway.
      if (!role || !holder) continue;
      roles.push({ role, holder, permissions: grant.permissions });
    }
    return {
      id: scheme.id,
      name: scheme.name,
      ...(scheme.description !== undefined ? { description: scheme.description } : {}),
      projects,
      production: projects.some((p) => p.production),
      roles,
      grants: sortGrants(
        roles.flatMap((r) => r.permissions.map((permission) => ({ permission, holder: r.holder }))),
      ),
    };
  });
}
