// From what the model wants and what the site has to the changes that bring one to the other, per
// scheme. Pure: no network, no clock; apply.ts reads the site and carries the plan out.

import { parseMarker, sameDescription, schemeDescription } from './marker.js';
import { type HolderBody, type HolderIds, type PermissionSchemeBody, resolvedHolder } from './scheme-body.js';
import {
  type DesiredScheme,
  type Grant,
  grantKey,
  type Holder,
  type HolderType,
  holderLabel,
  sortGrants,
} from './view.js';

// --- What the site has (filled by apply.ts from the REST API) ---------------------------------------

/** A holder as Jira returns it. */
export interface RemoteHolder {
  type: string;
  parameter?: string;
  value?: string;
}

export interface RemoteGrant {
  id: number;
  permission: string;
  holder: RemoteHolder;
}

export interface RemoteScheme {
  id: number;
  name: string;
  description?: string;
  permissions: RemoteGrant[];
}

export interface RemoteProject {
  key: string;
  /** The scheme the project uses now; undefined when the project does not exist. */
  schemeId?: number;
  exists: boolean;
}

export interface RemoteState {
  schemes: readonly RemoteScheme[];
  /** Every project role of the site. */
  roles: ReadonlyArray<{ id: number; name: string }>;
  /** The model's groups that exist on the site. */
  groups: ReadonlyArray<{ name: string; groupId: string }>;
  /** The model's projects. */
  projects: readonly RemoteProject[];
}

// --- The plan ------------------------------------------------------------------------------------

/** A grant that is on the site, named the way the model names holders where it can be. */
export interface SiteGrant {
  remote: RemoteGrant;
  /** `projectRole:Developers`, `group:jira-qa`, `reporter`, `user:5b10...`. */
  label: string;
  /** Set when the holder is a project role or group rolekit could name. */
  grant?: Grant;
}

export interface GrantToAdd {
  grant: Grant;
  /** The holder as apply sends it (ids resolved); undefined only in a plan with blockers. */
  holder?: HolderBody;
}

export interface ProjectPlan {
  key: string;
  name: string;
  /** The scheme the project uses now. */
  fromSchemeId?: number;
  fromSchemeName?: string;
  /** Whether the project must be (re)assigned to this scheme. */
  change: boolean;
}

export interface SchemePlan {
  desired: DesiredScheme;
  /** The scheme on the site with the same name; undefined when it must be created. */
  remote?: RemoteScheme;
  /** Grants to add, in stable order (all of them when the scheme is created). */
  add: GrantToAdd[];
  /** Grants to remove: rolekit's own that the model dropped, and with --prune everyone else's too. */
  remove: SiteGrant[];
  /** Grants the model does not name and rolekit did not add: kept (reported; --prune removes them). */
  kept: SiteGrant[];
  /** Description rolekit writes: the model's text, a note, and the managed-grants line. */
  description: string;
  descriptionChanged: boolean;
  /** The create body, with ids resolved, when the scheme is new. */
  createBody?: PermissionSchemeBody;
  projects: ProjectPlan[];
}

export interface Plan {
  schemes: SchemePlan[];
  /** Things rolekit cannot do for you (missing project roles, groups, projects): nothing is applied. */
  blockers: string[];
  prune: boolean;
}

export interface PlanOptions {
  /** Also remove grants that neither the model names nor rolekit added. */
  prune?: boolean;
}

export function holderIds(remote: RemoteState): HolderIds {
  // The first of two same-named roles wins, as in Jira's own name lookups.
  const roles = new Map<string, number>();
  for (const r of remote.roles) if (!roles.has(r.name)) roles.set(r.name, r.id);
  return { roles, groups: new Map(remote.groups.map((g) => [g.name, g.groupId])) };
}

/** Names a grant on the site the way the model names holders (project roles by name, groups by name). */
export function nameSiteGrant(remote: RemoteGrant, state: RemoteState): SiteGrant {
  const { type, parameter, value } = remote.holder;
  const given = value ?? parameter;
  const named = (holderType: HolderType, name: string): SiteGrant => {
    const holder: Holder = { type: holderType, name };
    return { remote, label: holderLabel(holder), grant: { permission: remote.permission, holder } };
  };
  if (type === 'projectRole' && given !== undefined) {
    const role = state.roles.find((r) => String(r.id) === given);
    return role ? named('projectRole', role.name) : { remote, label: `projectRole:#${given}` };
  }
  if (type === 'group') {
    const name = parameter ?? state.groups.find((g) => g.groupId === value)?.name;
    return name !== undefined ? named('group', name) : { remote, label: `group:#${value ?? ''}` };
  }
  return { remote, label: given === undefined ? type : `${type}:${given}` };
}

function missingHolders(schemes: readonly DesiredScheme[], ids: HolderIds): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const scheme of schemes) {
    for (const r of scheme.roles) {
      const label = holderLabel(r.holder);
      if (seen.has(label)) continue;
      seen.add(label);
      const known =
        r.holder.type === 'projectRole' ? ids.roles.has(r.holder.name) : ids.groups.has(r.holder.name);
      if (known) continue;
      const users = schemes
        .flatMap((s) => s.roles)
        .filter((x) => holderLabel(x.holder) === label)
        .map((x) => x.role.id);
      const roles = [...new Set(users)].join(', ');
      out.push(
        r.holder.type === 'projectRole'
          ? `project role '${r.holder.name}' does not exist in Jira (held by ${roles}): create it under Settings > System > Project roles, or change jira.projectRole in the role file`
          : `group '${r.holder.name}' does not exist in Jira (held by ${roles}): create it in the Atlassian admin, or change jira.group in the role file`,
      );
    }
  }
  return out;
}

/** The changes that bring the site in step with the model, scheme by scheme. */
export function plan(desired: readonly DesiredScheme[], state: RemoteState, options: PlanOptions = {}): Plan {
  const prune = options.prune ?? false;
  const ids = holderIds(state);
  const blockers = missingHolders(desired, ids);
  const projectsByKey = new Map(state.projects.map((p) => [p.key, p]));
  const schemeById = new Map(state.schemes.map((s) => [s.id, s]));
  for (const scheme of desired) {
    for (const p of scheme.projects) {
      if (projectsByKey.get(p.key)?.exists === false) {
        blockers.push(
          `project ${p.key} (${p.name}) does not exist in Jira: create it, or remove it from jira.yaml`,
        );
      }
    }
  }

  const schemes = desired.map((scheme): SchemePlan => {
    const remote = state.schemes.find((s) => s.name === scheme.name);
    const projects = scheme.projects.map((p): ProjectPlan => {
      const site = projectsByKey.get(p.key);
      const from = site?.schemeId;
      return {
        key: p.key,
        name: p.name,
        ...(from !== undefined ? { fromSchemeId: from } : {}),
        ...(from !== undefined && schemeById.has(from) ? { fromSchemeName: schemeById.get(from)!.name } : {}),
        change: site?.exists !== false && (remote === undefined || from !== remote.id),
      };
    });
    const toAdd = (grants: readonly Grant[]) =>
      grants.map((grant): GrantToAdd => {
        const holder = resolvedHolder(grant, ids);
        return holder ? { grant, holder } : { grant };
      });

    if (!remote) {
      const description = schemeDescription(scheme, scheme.grants);
      const add = toAdd(scheme.grants);
      return {
        desired: scheme,
        add,
        remove: [],
        kept: [],
        description,
        descriptionChanged: true,
        createBody: {
          name: scheme.name,
          description,
          permissions: add
            .filter((a) => a.holder !== undefined)
            .map((a) => ({ holder: a.holder!, permission: a.grant.permission })),
        },
        projects,
      };
    }

    const wanted = new Set(scheme.grants.map(grantKey));
    const managed = new Set((parseMarker(remote.description) ?? []).map(grantKey));
    const site = remote.permissions.map((g) => nameSiteGrant(g, state));
    const present = new Set(site.filter((s) => s.grant).map((s) => grantKey(s.grant!)));
    const missing = scheme.grants.filter((g) => !present.has(grantKey(g)));
    const remove: SiteGrant[] = [];
    const kept: SiteGrant[] = [];
    for (const s of site) {
      const key = s.grant ? grantKey(s.grant) : undefined;
      if (key !== undefined && wanted.has(key)) continue;
      if (prune || (key !== undefined && managed.has(key))) remove.push(s);
      else kept.push(s);
    }
    // rolekit's own grants afterwards: those it adds now and those it added before that the model
    // still wants. A wanted grant someone else made stays theirs.
    const stillManaged = scheme.grants.filter((g) => managed.has(grantKey(g)) && present.has(grantKey(g)));
    const description = schemeDescription(scheme, sortGrants([...missing, ...stillManaged]));
    const bySiteOrder = (a: SiteGrant, b: SiteGrant) =>
      a.remote.permission < b.remote.permission
        ? -1
        : a.remote.permission > b.remote.permission
          ? 1
          : a.label < b.label
            ? -1
            : a.label > b.label
              ? 1
              : a.remote.id - b.remote.id;
    return {
      desired: scheme,
      remote,
      add: toAdd(missing),
      remove: remove.sort(bySiteOrder),
      kept: kept.sort(bySiteOrder),
      description,
      descriptionChanged: !sameDescription(remote.description, description),
      projects,
    };
  });
  return { schemes, blockers, prune };
}

/** Whether a scheme needs any write: creation, grants, description or a project assignment. */
export function schemeChanges(s: SchemePlan): boolean {
  return (
    s.remote === undefined ||
    s.add.length > 0 ||
    s.remove.length > 0 ||
    s.descriptionChanged ||
    s.projects.some((p) => p.change)
  );
}

export interface PlanSummary {
  create: number;
  change: number;
  inStep: number;
  add: number;
  remove: number;
  kept: number;
  assign: number;
}

export function summarisePlan(p: Plan): PlanSummary {
  return {
    create: p.schemes.filter((s) => !s.remote).length,
    change: p.schemes.filter((s) => s.remote && schemeChanges(s)).length,
    inStep: p.schemes.filter((s) => !schemeChanges(s)).length,
    add: p.schemes.reduce((n, s) => n + s.add.length, 0),
    remove: p.schemes.reduce((n, s) => n + s.remove.length, 0),
    kept: p.schemes.reduce((n, s) => n + s.kept.length, 0),
    assign: p.schemes.reduce((n, s) => n + s.projects.filter((x) => x.change).length, 0),
  };
}

/** Whether applying the plan would change anything. */
export function hasChanges(p: Plan): boolean {
  return p.schemes.some(schemeChanges);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function schemeTitle(s: SchemePlan): string {
  return `scheme '${s.desired.name}' (${s.desired.id}${s.remote ? `, id ${s.remote.id}` : ''})`;
}

/**
 * The plan as a person reads it, one change a line:
 *
 *   + BROWSE_PROJECTS      group:jira-qa
 *   - DELETE_ISSUES        projectRole:Developers
 *     EDIT_ISSUES          reporter   (kept: not in the model, not added by rolekit; --prune removes it)
 */
export function formatPlan(p: Plan): string[] {
  const lines: string[] = [];
  const width = Math.max(
    16,
    ...p.schemes.flatMap((s) => [
      ...s.add.map((a) => a.grant.permission.length),
      ...s.remove.map((r) => r.remote.permission.length),
      ...s.kept.map((k) => k.remote.permission.length),
    ]),
  );
  const row = (sign: string, permission: string, label: string, note = '') =>
    `${sign} ${permission.padEnd(width)}  ${label}${note}`;
  for (const s of p.schemes) {
    if (!schemeChanges(s)) {
      lines.push(
        `${schemeTitle(s)}: in step${s.kept.length > 0 ? ` (${plural(s.kept.length, 'grant')} not rolekit's, kept)` : ''}`,
      );
    } else if (!s.remote) {
      lines.push(`${schemeTitle(s)}: create with ${plural(s.add.length, 'grant')}`);
    } else {
      const parts = [
        ...(s.add.length > 0 ? [`${s.add.length} to add`] : []),
        ...(s.remove.length > 0 ? [`${s.remove.length} to remove`] : []),
        ...(s.descriptionChanged ? ['description'] : []),
        ...(s.projects.some((x) => x.change)
          ? [`${plural(s.projects.filter((x) => x.change).length, 'project')} to assign`]
          : []),
      ];
      lines.push(`${schemeTitle(s)}: ${parts.join(', ')}`);
    }
    for (const a of s.add) lines.push(row('+', a.grant.permission, holderLabel(a.grant.holder)));
    for (const r of s.remove)
      lines.push(
        row(
          '-',
          r.remote.permission,
          r.label,
          p.prune && !isManagedRemoval(s, r) ? '   (not rolekit’s; --prune)' : '',
        ),
      );
    for (const k of s.kept)
      lines.push(
        row(
          ' ',
          k.remote.permission,
          k.label,
          '   (kept: not in the model, not added by rolekit; --prune removes it)',
        ),
      );
    if (s.remote && s.descriptionChanged) lines.push('~ description: model text and managed-grants line');
    for (const x of s.projects.filter((x) => x.change)) {
      const from =
        x.fromSchemeName ?? (x.fromSchemeId !== undefined ? `scheme ${x.fromSchemeId}` : 'no scheme');
      lines.push(`~ project ${x.key} (${x.name}): ${from} -> ${s.desired.name}`);
    }
  }
  for (const b of p.blockers) lines.push(`! ${b}`);
  return lines;
}

function isManagedRemoval(s: SchemePlan, r: SiteGrant): boolean {
  if (!r.grant) return false;
  const key = grantKey(r.grant);
  return (parseMarker(s.remote?.description) ?? []).some((g) => grantKey(g) === key);
}

/** One line: what applying would do, or that the site is in step. */
export function planSummaryLine(p: Plan): string {
  const n = summarisePlan(p);
  if (p.blockers.length > 0)
    return `${plural(p.blockers.length, 'problem')} to fix in Jira first; nothing can be applied`;
  if (!hasChanges(p)) return `in step: ${plural(p.schemes.length, 'scheme')}, nothing to change`;
  const parts = [
    ...(n.create > 0 ? [`${n.create} to create`] : []),
    ...(n.change > 0 ? [`${n.change} to change`] : []),
    ...(n.inStep > 0 ? [`${n.inStep} in step`] : []),
  ];
  return `${plural(p.schemes.length, 'scheme')} (${parts.join(', ')}): ${plural(n.add, 'grant')} to add, ${n.remove} to remove, ${plural(n.assign, 'project')} to assign`;
}
