import type { Model, Person } from '@rolekit/model';

/** How one role appears in CODEOWNERS. */
export interface RoleOwners {
  role: string;
  /** team: the role's GitHub team; people: the logins of the people who hold it; none: nobody. */
  via: 'team' | 'people' | 'none';
  /** `@org/team`, or `@login` per person (sorted); empty for none. */
  owners: readonly string[];
  /** Everyone who holds the role, in people.yaml order (also for a team, to explain who that is). */
  people: readonly Person[];
}

/** An owner GitHub accepts: `@user`, `@org/team` or an email address. */
const OWNER =
  /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

export function isValidOwner(owner: string): boolean {
  return OWNER.test(owner);
}

const byLogin = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/** The owners a role stands for: its team when it has one, else the logins of its holders. */
export function ownersOfRole(model: Model, roleId: string): RoleOwners {
  const role = model.role(roleId);
  const people = model.peopleInRole(roleId);
  const org = model.organisation.github?.org;
  if (role?.github && org)
    return { role: roleId, via: 'team', owners: [`@${org}/${role.github.team}`], people };
  const logins = [...new Set(people.flatMap((p) => (p.github ? [p.github] : [])))].sort(byLogin);
  if (logins.length > 0) return { role: roleId, via: 'people', owners: logins.map((l) => `@${l}`), people };
  return { role: roleId, via: 'none', owners: [], people };
}

/** The owners of a rule: each role's owners in the rule's order, each owner once. */
export function ownersOfRoles(
  model: Model,
  roleIds: readonly string[],
): { owners: string[]; roles: RoleOwners[] } {
  const roles = roleIds.map((id) => ownersOfRole(model, id));
  const seen = new Set<string>();
  const owners: string[] = [];
  for (const owner of roles.flatMap((r) => r.owners)) {
    if (seen.has(owner.toLowerCase())) continue;
    seen.add(owner.toLowerCase());
    owners.push(owner);
  }
  return { owners, roles };
}
