/**
 * A GitHub organisation's teams -> roles that hold them (a role per team, and one for its
 * maintainers), members -> people with those roles. Parent teams and repository permissions have no
 * place in the model yet: the parent is named in the role's summary, both are listed as not
 * carried over. Pure: the CLI reads the organisation through @rolekit/github's client.
 */
import {
  emptyFragment,
  type Fragment,
  IMPORTED_FAMILY,
  isSlug,
  type Known,
  type PersonDraft,
  type RoleDraft,
  slugify,
  uniqueId,
} from './fragment.js';

export interface OrgTeam {
  slug: string;
  name: string;
  description?: string | null;
  parent?: string;
  members: string[];
  maintainers: string[];
  repositories: Array<{ name: string; permission: string }>;
}

/** What a user's GitHub profile gives: either may be missing (no name set, email kept private). */
export interface Profile {
  name?: string | null;
  email?: string | null;
}

export interface OrgRead {
  org: string;
  teams: OrgTeam[];
  /** Profiles by lower-cased login; a login without one keeps the login as its name. */
  profiles?: ReadonlyMap<string, Profile>;
}

// The model's email pattern: a profile email it would reject is left out, not written.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function importGitHub(read: OrgRead, known: Known): { fragment: Fragment; notCarried: string[] } {
  const fragment = emptyFragment();
  const notCarried: string[] = [];
  const roleIds = new Set(known.roles.map((r) => r.id));
  const personIds = new Set(known.people.map((p) => p.id));
  const people = new Map<string, PersonDraft>();
  const created: RoleDraft[] = [];
  const holds = (login: string, role: string) => {
    const k = login.toLowerCase();
    let person = people.get(k);
    if (!person) {
      const existing = known.people.find((p) => p.github?.toLowerCase() === k);
      if (existing) {
        person = { id: existing.id, name: existing.name, github: existing.github as string, roles: [] };
      } else {
        const profile = read.profiles?.get(k);
        const name = profile?.name?.trim();
        const email = profile?.email?.trim();
        const usable = email && email.length <= 254 && EMAIL.test(email);
        if (email && !usable)
          notCarried.push(`person ${login}: the GitHub email is not an address the model accepts`);
        person = {
          id: uniqueId(slugify(login), personIds),
          name: name || login,
          ...(usable ? { email } : {}),
          github: login,
          roles: [],
        };
      }
      people.set(k, person);
    }
    if (!person.roles.includes(role)) person.roles.push(role);
  };
  const names = new Map(read.teams.map((t) => [t.slug, t.name]));
  for (const team of read.teams) {
    if (!isSlug(team.slug)) {
      notCarried.push(`team ${team.slug}: its slug is not a lowercase-and-hyphens id`);
      continue;
    }
    let id = known.roles.find((r) => r.githubTeam === team.slug)?.id;
    if (!id) {
      const titled = known.roles.find(
        (r) => !r.githubTeam && r.title.toLowerCase() === team.name.toLowerCase(),
      );
      if (titled) {
        id = titled.id;
        fragment.roles.push({
          id,
          title: titled.title,
          family: '',
          summary: '',
          github: { team: team.slug },
        });
      } else {
        id = uniqueId(team.slug, roleIds);
        const parent = team.parent ? ` A sub-team of ${names.get(team.parent) ?? team.parent}.` : '';
        created.push({
          id,
          title: team.name,
          family: IMPORTED_FAMILY.id,
          summary: `${team.description?.trim() || `Members of the GitHub team @${read.org}/${team.slug}.`}${parent}`,
          github: { team: team.slug },
        });
      }
    }
    if (team.parent)
      notCarried.push(
        `team ${team.slug}: its parent team ${team.parent} (the model has no team hierarchy; named in the role's summary)`,
      );
    for (const login of team.members) holds(login, id);
    if (team.maintainers.length > 0) {
      // A second import finds the maintainer role the first one made, rather than making another.
      const title = `${team.name} maintainer`;
      const made = known.roles.find(
        (r) =>
          r.id === `${id}-maintainer`.slice(0, 64) ||
          (!r.githubTeam && r.title.toLowerCase() === title.toLowerCase()),
      );
      const maintainer = made?.id ?? uniqueId(`${id}-maintainer`.slice(0, 64), roleIds);
      if (!made)
        created.push({
          id: maintainer,
          title,
          family: IMPORTED_FAMILY.id,
          summary: `Maintains the GitHub team @${read.org}/${team.slug}: manages its members and settings.`,
        });
      for (const login of team.maintainers) holds(login, maintainer);
    }
    for (const repo of team.repositories)
      notCarried.push(
        `team ${team.slug}: ${repo.permission} on ${repo.name} (the model has no repository permissions)`,
      );
  }
  fragment.githubOrg = read.org;
  fragment.roles.push(...created);
  fragment.people.push(...people.values());
  if (created.length > 0) fragment.families.push(IMPORTED_FAMILY);
  return { fragment, notCarried };
}
