/**
 * What an import adds to a model, in the shape of the YAML files (so that writing it is a plain
 * merge), and what the model folder already holds that an import must match against. Pure.
 */

export interface RoleDraft {
  id: string;
  title: string;
  family: string;
  summary: string;
  aliases?: string[];
  github?: { team: string };
  jira?: { projectRole: string } | { group: string };
}

export interface PersonDraft {
  id: string;
  name: string;
  email?: string;
  github?: string;
  jiraAccountId?: string;
  roles: string[];
}

export interface RuleDraft {
  pattern: string;
  owners: string[];
  section?: string;
  note?: string;
}

export interface RepositoryDraft {
  name: string;
  description?: string;
  sections?: Array<{ name: string; optional?: boolean; approvals?: number }>;
  rules: RuleDraft[];
}

export interface ActivityDraft {
  id: string;
  title: string;
  raci: Record<string, string>;
}

export interface ActivityGroupDraft {
  id: string;
  title: string;
  activities: ActivityDraft[];
}

export interface JiraDraft {
  site?: string;
  projects: Array<{ key: string; name: string; scheme: string }>;
  schemes: Array<{
    id: string;
    name: string;
    description?: string;
    grants: Array<{ role: string; permissions: string[] }>;
  }>;
}

export interface FamilyDraft {
  id: string;
  title: string;
  description?: string;
}

/** A piece of a model; several fragments merge into one folder. */
export interface Fragment {
  githubOrg?: string;
  families: FamilyDraft[];
  roles: RoleDraft[];
  people: PersonDraft[];
  repositories: RepositoryDraft[];
  activityGroups: ActivityGroupDraft[];
  jira?: JiraDraft;
  /** Files outside the model folder (CODEOWNERS skeletons), by path relative to the output folder. */
  outputs: Array<{ path: string; text: string }>;
}

export const emptyFragment = (): Fragment => ({
  families: [],
  roles: [],
  people: [],
  repositories: [],
  activityGroups: [],
  outputs: [],
});

/** What the folder already has, read loosely (the folder may be new, or partial). */
export interface Known {
  githubOrg?: string;
  /** The letters of the organisation's RACI variant. */
  raciLetters?: string[];
  familyIds: string[];
  roles: Array<{
    id: string;
    title: string;
    aliases: string[];
    githubTeam?: string;
    jira?: { projectRole?: string; group?: string };
  }>;
  people: Array<{
    id: string;
    name: string;
    github?: string;
    email?: string;
    jiraAccountId?: string;
    roles: string[];
  }>;
}

export const emptyKnown = (): Known => ({ familyIds: [], roles: [], people: [] });

/** The family every imported role lands in unless it matched an existing role. */
export const IMPORTED_FAMILY: FamilyDraft = {
  id: 'imported',
  title: 'Imported',
  description: 'Roles rolekit import created; move each to its real family.',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text) && text.length <= 64;
}

/** A readable slug from any text: `Release Manager (EU)` -> `release-manager-eu`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'item' : slug;
}

/** `base`, else `base-2`, `base-3`... whichever `taken` does not hold; records the one chosen. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  taken.add(id);
  return id;
}

/** `platform-team` -> `Platform Team`. */
export function titleOf(slug: string): string {
  return slug
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
}
