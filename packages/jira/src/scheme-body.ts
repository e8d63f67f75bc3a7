import { schemeDescription } from './marker.js';
import type { DesiredScheme, Grant, HolderType } from './view.js';

/** A holder in the shape of Jira Cloud REST v3 `PermissionHolder`. */
export interface HolderBody {
  type: HolderType;
  parameter: string;
  value?: string;
}

/** Jira Cloud REST v3 `PermissionScheme` create body (POST /rest/api/3/permissionscheme). */
export interface PermissionSchemeBody {
  name: string;
  description: string;
  permissions: Array<{ holder: HolderBody; permission: string }>;
}

/**
 * The body of schemes/<id>.json. Groups are named in `parameter`, which Jira accepts as is. Project
 * roles are also named in `parameter`, by name: Jira wants the role's numeric id there, which only
 * the site knows, so `rolekit jira apply` swaps names for ids (GET /role) and anyone POSTing the file
 * by hand does the same (docs/jira.md shows a jq one-liner). Every grant is listed in the managed
 * line of the description, since a scheme created from this body holds only grants rolekit chose.
 */
export function schemeFileBody(scheme: DesiredScheme): PermissionSchemeBody {
  return {
    name: scheme.name,
    description: schemeDescription(scheme, scheme.grants),
    permissions: scheme.grants.map((g) => ({
      holder: { type: g.holder.type, parameter: g.holder.name },
      permission: g.permission,
    })),
  };
}

/** Ids Jira knows the model's holders by. */
export interface HolderIds {
  /** Project role name to numeric id. */
  readonly roles: ReadonlyMap<string, number>;
  /** Group name to groupId. */
  readonly groups: ReadonlyMap<string, string>;
}

/**
 * The holder as apply sends it: a project role by id in `parameter` (Jira's documented form), a
 * group by name in `parameter` with its groupId in `value` (Jira recommends the id, as names change).
 * Undefined when the site lacks the role or group; the planner reports that before any write.
 */
export function resolvedHolder(grant: Grant, ids: HolderIds): HolderBody | undefined {
  const { type, name } = grant.holder;
  if (type === 'projectRole') {
    const id = ids.roles.get(name);
    return id === undefined ? undefined : { type, parameter: String(id) };
  }
  const groupId = ids.groups.get(name);
  return groupId === undefined ? undefined : { type, parameter: name, value: groupId };
}
