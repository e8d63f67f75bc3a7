/**
 * From a repository's rules in the model to the rules in CODEOWNERS order. GitHub applies the last
 * pattern that matches a path, so a general rule must come before the specific ones it contains.
 *
 * Order: a stable topological sort on containment. Rule A must come before rule B when A matches
 * every path B matches and not the other way round (A is strictly more general); rules that only
 * overlap or are disjoint keep the order the model gives them. So `*` goes first, `/src/` before
 * `/src/auth/`, `*.sql` before `/src/*.sql`, and `/src/` and `*.sql` stay in model order (neither
 * is more specific; the model decides which wins for `/src/schema.sql`).
 *
 * Shadowing: after ordering, a rule whose every path is also matched by later rules never decides
 * an owner (equivalent spellings such as `/docs/` and `/docs/**`, a duplicate, or a directory
 * split into `/docs/*` and `/docs/*\/`). That is a warning at the rule's place in the model.
 */
import {
  at,
  codeownersPatternProblem,
  type Diagnostic,
  type GitLabSection,
  type Model,
  type OwnershipRule,
  type Repository,
} from '@rolekit/model';
import type { Flavour } from './options.js';
import { isValidOwner, ownersOfRoles, type RoleOwners } from './owners.js';
import { type CompiledPattern, compilePattern, covers } from './pattern.js';

export interface LaidOutRule {
  rule: OwnershipRule;
  /** 1-based position of the rule in the repository's list in the model. */
  number: number;
  pattern: CompiledPattern;
  owners: readonly string[];
  roles: readonly RoleOwners[];
}

export interface RuleGroup {
  /** GitLab only: the section; undefined for rules outside any section (and always on GitHub). */
  section?: GitLabSection;
  /** In CODEOWNERS order. */
  rules: readonly LaidOutRule[];
}

export interface RepositoryLayout {
  repository: Repository;
  flavour: Flavour;
  groups: readonly RuleGroup[];
}

/** Stable topological order: general before specific, model order otherwise. */
export function orderBySpecificity<T extends { pattern: CompiledPattern }>(rules: readonly T[]): T[] {
  const n = rules.length;
  // before[j]: how many unplaced rules are strictly more general than rule j.
  const generalisations: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const a = (rules[i] as T).pattern;
      const b = (rules[j] as T).pattern;
      if (covers(a, b) && !covers(b, a)) (generalisations[j] as number[]).push(i);
    }
  }
  const placed = new Array<boolean>(n).fill(false);
  const out: T[] = [];
  while (out.length < n) {
    let next = -1;
    for (let j = 0; j < n && next < 0; j++) {
      if (!placed[j] && (generalisations[j] as number[]).every((i) => placed[i])) next = j;
    }
    // Containment decided on witnesses is acyclic for real patterns; should it not be, model order breaks the tie.
    if (next < 0) next = placed.indexOf(false);
    placed[next] = true;
    out.push(rules[next] as T);
  }
  return out;
}

/** Rules (in CODEOWNERS order) that later rules shadow completely, with the later rules that do. */
export function findShadowed<T extends { pattern: CompiledPattern }>(
  ordered: readonly T[],
): Array<{ rule: T; by: T[] }> {
  const out: Array<{ rule: T; by: T[] }> = [];
  ordered.forEach((rule, i) => {
    const later = ordered.slice(i + 1);
    const { witnesses } = rule.pattern;
    if (witnesses.length === 0 || later.length === 0) return;
    const single = later.filter((l) => covers(l.pattern, rule.pattern));
    if (single.length > 0) {
      out.push({ rule, by: [single.at(-1) as T] });
      return;
    }
    const deciders: T[] = [];
    for (const path of witnesses) {
      const decider = later.findLast((l) => l.pattern.matches(path));
      if (!decider) return;
      if (!deciders.includes(decider)) deciders.push(decider);
    }
    out.push({ rule, by: later.filter((l) => deciders.includes(l)) });
  });
  return out;
}

const where = (rule: OwnershipRule) => `${rule.at.file}:${rule.at.line}`;

/**
 * Lays out one repository: owners resolved, unsupported patterns and owner-less rules reported
 * (the model checks both; the generator does not trust that), rules ordered, shadowing reported.
 */
export function layoutRepository(
  model: Model,
  repository: Repository,
  flavour: Flavour,
): { layout: RepositoryLayout; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const usable: Array<LaidOutRule & { sectionName: string | undefined }> = [];
  repository.rules.forEach((rule, index) => {
    const problem = codeownersPatternProblem(rule.pattern);
    if (problem) {
      diagnostics.push({
        code: 'RK032',
        severity: 'error',
        message: `pattern '${rule.pattern}' ${problem.message}`,
        hint: problem.hint,
        ...at(rule.at),
      });
      return;
    }
    const { owners, roles } = ownersOfRoles(model, rule.owners);
    for (const nobody of roles.filter((r) => r.via === 'none')) {
      diagnostics.push({
        code: 'RK031',
        severity: 'error',
        message: `role '${nobody.role}' owns '${rule.pattern}' in ${repository.name} but has no GitHub team and nobody holding it has a GitHub login`,
        hint: `add github: { team: ... } to roles/${nobody.role}.yaml, or a github login to a person who holds it`,
        ...at(rule.at),
      });
    }
    for (const owner of owners.filter((o) => !isValidOwner(o))) {
      diagnostics.push({
        code: 'RK124',
        severity: 'error',
        message: `'${owner}' (owner of '${rule.pattern}' in ${repository.name}) is not a CODEOWNERS owner`,
        hint: 'owners are @user, @org/team or an email address; check the team slug and the GitHub logins',
        ...at(rule.at),
      });
    }
    if (owners.length === 0) return;
    usable.push({
      rule,
      number: index + 1,
      pattern: compilePattern(rule.pattern),
      owners,
      roles,
      sectionName: flavour === 'gitlab' ? rule.section : undefined,
    });
  });

  const groupKeys: Array<string | undefined> = [undefined];
  if (flavour === 'gitlab') groupKeys.push(...repository.sections.map((s) => s.name));
  const groups: RuleGroup[] = [];
  for (const key of groupKeys) {
    const members = usable.filter((r) => r.sectionName === key).map(({ sectionName: _, ...rule }) => rule);
    const section = key === undefined ? undefined : repository.sections.find((s) => s.name === key);
    if (section?.optional && section.approvals !== undefined && section.approvals > 1) {
      diagnostics.push({
        code: 'RK122',
        severity: 'warning',
        message: `section '${section.name}' in ${repository.name} is optional and asks for ${section.approvals} approvals; GitLab cannot require approvals from an optional section`,
        hint: 'drop optional: true to require the approvals, or drop approvals',
        ...at(repository.at),
      });
    }
    if (members.length === 0) continue;
    const ordered = orderBySpecificity(members);
    for (const { rule, by } of findShadowed(ordered)) {
      const inSection = section ? ` in section '${section.name}'` : '';
      const later = by.map((b) => `'${b.rule.pattern}' (${where(b.rule)})`).join(' and ');
      diagnostics.push({
        code: 'RK121',
        severity: 'warning',
        message: `rule '${rule.rule.pattern}' in ${repository.name}${inSection} never decides an owner: ${later} ${by.length === 1 ? 'matches' : 'together match'} every path it matches and ${by.length === 1 ? 'comes' : 'come'} after it in CODEOWNERS`,
        hint: 'remove the rule, merge its owners into the later rule, or make it more specific than the later rule',
        ...at(rule.rule.at),
      });
    }
    groups.push({ ...(section ? { section } : {}), rules: ordered });
  }
  return { layout: { repository, flavour, groups }, diagnostics };
}
