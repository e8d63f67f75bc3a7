import type { DiagnosticCode } from '../codes/index.js';
import { at, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import type {
  Activity,
  ActivityGroup,
  JiraConfig,
  OnboardingConfig,
  Organisation,
  Person,
  Policy,
  Repository,
  Role,
} from '../types.js';
import { fromPointer, isLazyLocation, type YamlFile } from '../yaml-file.js';

export interface Draft {
  organisation: Organisation;
  roles: Role[];
  people: Person[];
  activityGroups: ActivityGroup[];
  repositories: Repository[];
  jira: JiraConfig | undefined;
  policies: Policy[];
  onboarding: OnboardingConfig;
  /** What failed to parse or failed its schema, so is missing from the draft. */
  incomplete?: Incomplete;
}

export interface Incomplete {
  /** Ids (file names) of role files that are missing from the draft: references to them are not errors. */
  roles: ReadonlySet<string>;
  /** Files of which the draft holds a stand-in (organisation) or nothing (the others). */
  organisation: boolean;
  people: boolean;
  activities: boolean;
}

const COMPLETE: Incomplete = { roles: new Set(), organisation: false, people: false, activities: false };

/**
 * The look-ups every rule and the model's own look-ups share, built once from the draft. Where
 * two entries share an id the first one stands (the others are reported as RK013).
 */
export interface DraftIndex {
  readonly roles: ReadonlyMap<string, Role>;
  readonly people: ReadonlyMap<string, Person>;
  readonly activities: ReadonlyMap<string, Activity>;
  /** People holding each role, in people.yaml order (a person listing a role twice, twice). */
  readonly peopleByRole: ReadonlyMap<string, readonly Person[]>;
  /** Every person whose id an earlier person has, in order: found while indexing, asked for once. */
  readonly duplicatePeople: readonly Person[];
}

/** The role id a role file's name gives: roles/qa-engineer.yaml is qa-engineer. */
export function roleIdOfFile(path: string): string {
  const start = path.startsWith('roles/') ? 'roles/'.length : 0;
  const end = path.endsWith('.yaml') ? -'.yaml'.length : path.endsWith('.yml') ? -'.yml'.length : path.length;
  return path.slice(start, end);
}

function firstById<T extends { id: string }>(items: Iterable<T>, later?: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!map.has(item.id)) map.set(item.id, item);
    else later?.push(item);
  }
  return map;
}

export function indexDraft(draft: Draft): DraftIndex {
  const peopleByRole = new Map<string, Person[]>();
  for (const person of draft.people) {
    for (const r of person.roles) {
      const holders = peopleByRole.get(r);
      if (holders) holders.push(person);
      else peopleByRole.set(r, [person]);
    }
  }
  const duplicatePeople: Person[] = [];
  return {
    roles: firstById(draft.roles),
    people: firstById(draft.people, duplicatePeople),
    activities: firstById(draft.activityGroups.flatMap((g) => g.activities)),
    peopleByRole,
    duplicatePeople,
  };
}

/** What a rule module gets: the draft, the shared index, and the ways to report. */
export interface CheckContext {
  readonly draft: Draft;
  readonly incomplete: Incomplete;
  readonly index: DraftIndex;
  readonly files: ReadonlyMap<string, YamlFile>;
  /** Position of a field below an entity, e.g. where(role.at, 'partners', 2, 'role'). */
  where(base: SourceLocation, ...sub: Array<string | number>): SourceLocation;
  error(code: DiagnosticCode, message: string, hint: string, loc: SourceLocation): void;
  warning(code: DiagnosticCode, message: string, hint: string, loc: SourceLocation): void;
  /**
   * RK013 when `id` is already in `seen` (the first stays; the caller remembers new ones). The
   * message is worked out only for a duplicate: this runs for each of tens of thousands of entries.
   */
  seenBefore(
    seen: { has(id: string): boolean },
    id: string,
    describe: () => [message: string, hint: string, loc: SourceLocation],
  ): boolean;
  /**
   * RK012 unless the role exists; false when it does not (or its file is broken or misnamed). Where
   * references are many, callers ask index.roles first, so that a known role costs no position.
   */
  checkRole(id: string, loc: SourceLocation, context: string): boolean;
}

/** A rule module: checks one part of the model and reports what is wrong with it. */
export type Rule = (ctx: CheckContext) => void;

export function checkContext(
  draft: Draft,
  files: ReadonlyMap<string, YamlFile>,
  index: DraftIndex,
  out: Diagnostic[],
): CheckContext {
  const incomplete = draft.incomplete ?? COMPLETE;
  const error = (code: DiagnosticCode, message: string, hint: string, loc: SourceLocation) => {
    out.push({ code, severity: 'error', message, hint, ...at(loc) });
  };
  // Roles whose files are broken still exist, for suggestions and counts; listed for the first unknown reference.
  let roleIds: string[] | undefined;
  // A role whose id and file name disagree is reported once (RK014); references by either name
  // are then accepted, so one mismatch does not cascade into an error at every reference. Built
  // for the first unknown reference, not for every load of 10,000 roles.
  let misnamed: Set<string> | undefined;
  return {
    draft,
    incomplete,
    index,
    files,
    // Lazy: a position is worked out only if a diagnostic is actually made from it.
    where(base, ...sub) {
      if (isLazyLocation(base)) return base.child(...sub);
      const file = files.get(base.file);
      return file ? file.lazyLocate([...fromPointer(base.pointer), ...sub]) : base;
    },
    error,
    warning(code, message, hint, loc) {
      out.push({ code, severity: 'warning', message, hint, ...at(loc) });
    },
    seenBefore(seen, id, describe) {
      if (!seen.has(id)) return false;
      error('RK013', ...describe());
      return true;
    },
    checkRole(id, loc, context) {
      if (index.roles.has(id)) return true;
      misnamed ??= new Set(
        draft.roles.map((role) => roleIdOfFile(role.at.file)).filter((fileId) => !index.roles.has(fileId)),
      );
      if (misnamed.has(id) || incomplete.roles.has(id)) return false;
      roleIds ??= [...new Set([...index.roles.keys(), ...incomplete.roles])];
      error(
        'RK012',
        `unknown role '${id}'${context ? ` ${context}` : ''}${didYouMean(id, roleIds)}`,
        `use the id of a file under roles/ (${roleIds.length} roles defined)`,
        loc,
      );
      return false;
    },
  };
}
