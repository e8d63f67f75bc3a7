import type { SourceLocation } from './diagnostics.js';

// The normalised, read-only model that generators receive. Everything here has been validated:
// references resolve, RACI rules hold, lists are in model order. Shorthand forms of the YAML
// (a plain string where an object is allowed) are expanded, so generators handle one shape only.

export type Letter = 'R' | 'A' | 'C' | 'I' | 'S' | 'V';
export type RaciVariant = 'RACI' | 'RASCI' | 'RACI-VS';
export type Phase = 'before-day-1' | 'day-1' | 'week-1' | 'day-30' | 'day-60' | 'day-90';
export type Seniority =
  | 'associate'
  | 'engineer'
  | 'senior'
  | 'lead'
  | 'principal'
  | 'manager'
  | 'head'
  | 'chief'
  | 'executive';

export interface Located {
  /** Where this entity was written, for diagnostics. */
  readonly at: SourceLocation;
}

export interface Source {
  readonly document: string;
  readonly section?: string;
  readonly note?: string;
}

export interface Link {
  readonly title: string;
  readonly url: string;
}

export interface NamedRef {
  readonly name: string;
  readonly url?: string;
  readonly note?: string;
}

export interface Kpi {
  readonly name: string;
  readonly target?: string;
  readonly description?: string;
}

export interface ResponsibilityGroup {
  /** Undefined for the items a role lists without a heading. */
  readonly title?: string;
  readonly items: readonly string[];
}

export interface OnboardingTask extends Located {
  readonly id?: string;
  readonly title: string;
  readonly phase: Phase;
  /** new-hire, manager, buddy, or role:<id>. */
  readonly owner: string;
  readonly description?: string;
  readonly links: readonly Link[];
}

export interface Family {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface Partner {
  readonly role: string;
  readonly for?: string;
}

export interface PostalAddress {
  readonly street?: string;
  readonly locality?: string;
  readonly region?: string;
  readonly postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

export interface Salary {
  /** ISO 4217. */
  readonly currency: string;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly unit: 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
}

/** How a role is employed: what a job posting needs beyond the role. */
export interface Employment {
  readonly type?: string;
  readonly location?: string;
  readonly address?: PostalAddress;
  readonly remote?: boolean;
  readonly remoteCountries?: readonly string[];
  readonly datePosted?: string;
  readonly validThrough?: string;
  readonly salary?: Salary;
}

export type JobDescriptionSection =
  | 'overview'
  | 'employment'
  | 'qualifications'
  | 'responsibilities'
  | 'accountabilities'
  | 'decisionRights'
  | 'deliverables'
  | 'kpis'
  | 'partners'
  | 'directReports'
  | 'processes'
  | 'standards'
  | 'templates'
  | 'antiGoals'
  | 'links'
  | 'activities'
  | 'codeOwnership'
  | 'access'
  | 'sources';

/** One section of a job description layout, with the heading it is printed under when not the default. */
export interface LayoutSection {
  readonly section: JobDescriptionSection;
  readonly title?: string;
}

/** How the organisation's documents look (organisation.yaml `documents`); every field optional. */
export interface DocumentsConfig {
  readonly paperSize?: 'A4' | 'LETTER' | 'LEGAL';
  readonly brandColour?: string;
  /** SVG markup. */
  readonly logo?: string;
  readonly notes?: boolean;
  readonly jobDescriptions?: {
    readonly candidate?: readonly LayoutSection[];
    readonly internal?: readonly LayoutSection[];
    readonly titles?: Readonly<Partial<Record<JobDescriptionSection, string>>>;
  };
}

export interface Role extends Located {
  readonly id: string;
  readonly title: string;
  readonly family: Family;
  readonly seniority?: Seniority;
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly mission?: string;
  readonly reportsTo?: string;
  readonly partners: readonly Partner[];
  readonly responsibilities: readonly ResponsibilityGroup[];
  readonly decisionRights: readonly string[];
  readonly accountabilities: readonly string[];
  readonly deliverables: readonly string[];
  readonly kpis: readonly Kpi[];
  readonly processes: readonly NamedRef[];
  readonly standards: readonly NamedRef[];
  readonly templates: readonly NamedRef[];
  readonly antiGoals: readonly string[];
  readonly qualifications: { readonly required: readonly string[]; readonly preferred: readonly string[] };
  /** The role's own employment fields; organisation.employment holds the defaults. */
  readonly employment?: Employment;
  readonly github?: {
    readonly team: string;
    /** Parent team slug, used when the team is created. */
    readonly parent?: string;
    /** Roles whose holders maintain the team. */
    readonly maintainers: readonly string[];
  };
  readonly jira?: { readonly projectRole?: string; readonly group?: string };
  readonly onboardingTasks: readonly OnboardingTask[];
  readonly sources: readonly Source[];
  readonly links: readonly Link[];
}

export interface Person extends Located {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly github?: string;
  readonly jiraAccountId?: string;
  readonly roles: readonly string[];
  readonly manager?: string;
  readonly buddy?: string;
  readonly startDate?: string;
}

export interface Assignment {
  readonly role: string;
  readonly letter: Letter;
  readonly note?: string;
}

export interface Activity extends Located {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly group: string;
  /** In the order the model lists them. */
  readonly assignments: readonly Assignment[];
  /** Parties that are not roles, by letter. */
  readonly others: Readonly<Partial<Record<Letter, readonly string[]>>>;
}

export interface ActivityGroup extends Located {
  readonly id: string;
  readonly title: string;
  readonly kind?: 'process' | 'phase' | 'scenario';
  readonly description?: string;
  readonly sources: readonly Source[];
  readonly activities: readonly Activity[];
}

export interface GitLabSection {
  readonly name: string;
  readonly optional: boolean;
  readonly approvals?: number;
}

export interface OwnershipRule extends Located {
  readonly pattern: string;
  readonly owners: readonly string[];
  readonly section?: string;
  readonly note?: string;
}

export interface Repository extends Located {
  readonly name: string;
  readonly description?: string;
  readonly sections: readonly GitLabSection[];
  readonly rules: readonly OwnershipRule[];
}

export interface JiraGrant extends Located {
  readonly role: string;
  /** As written: permission keys and bundle ids. */
  readonly requested: readonly string[];
  /** Expanded, de-duplicated, in the order first requested. */
  readonly permissions: readonly string[];
}

export interface JiraScheme extends Located {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly grants: readonly JiraGrant[];
}

export interface JiraProject extends Located {
  readonly key: string;
  readonly name: string;
  readonly scheme: string;
  readonly production: boolean;
}

export interface JiraBundle {
  readonly id: string;
  readonly title?: string;
  /** Expanded to permission keys. */
  readonly permissions: readonly string[];
}

export interface JiraConfig extends Located {
  readonly site: string;
  readonly bundles: readonly JiraBundle[];
  readonly projects: readonly JiraProject[];
  readonly schemes: readonly JiraScheme[];
}

export type Policy = SeparationOfDutiesPolicy | TwoPersonPolicy | ApprovalPolicy;

interface PolicyBase extends Located {
  readonly id: string;
  readonly statement: string;
  readonly sources: readonly Source[];
}

export interface SeparationOfDutiesPolicy extends PolicyBase {
  readonly type: 'separation-of-duties';
  readonly roles: readonly string[];
  readonly conflictsWith: readonly string[];
  readonly activities: readonly string[];
  readonly letters: readonly Letter[];
  readonly jiraPermissions: readonly string[];
}

export interface TwoPersonPolicy extends PolicyBase {
  readonly type: 'two-person';
  readonly activities: readonly string[];
}

export interface ApprovalPolicy extends PolicyBase {
  readonly type: 'approval';
  readonly activities: readonly string[];
  readonly approvers: readonly string[];
}

export interface Organisation extends Located {
  readonly name: string;
  readonly description?: string;
  readonly date: string;
  readonly website?: string;
  readonly families: readonly Family[];
  readonly raci: { readonly variant: RaciVariant; readonly letters: readonly Letter[] };
  readonly github?: { readonly org: string };
  /** Employment defaults for every role. */
  readonly employment?: Employment;
  readonly documents?: DocumentsConfig;
  /** Outside generators, as organisation.yaml names them. */
  readonly generators: readonly GeneratorSource[];
}

/** A generator from outside rolekit: an installed package or a file in the model folder. */
export interface GeneratorSource extends Located {
  readonly package?: string;
  /** Relative to the model folder, starting with ./ */
  readonly path?: string;
}

export interface OnboardingConfig {
  readonly repository?: string;
  /** Who grants new hires their GitHub and Jira access: new-hire, manager, buddy or role:<id>. */
  readonly accessOwner?: string;
  readonly labels: readonly string[];
  readonly tasks: readonly OnboardingTask[];
}

/** A role's part in one activity, for "Accountable for" / "Responsible for" sections. */
export interface RoleAssignment {
  readonly activity: Activity;
  readonly group: ActivityGroup;
  readonly letter: Letter;
  readonly note?: string;
}

export interface OwnedPath {
  readonly repository: string;
  readonly pattern: string;
  readonly rule: OwnershipRule;
}

export interface RoleJiraGrant {
  readonly scheme: JiraScheme;
  readonly projects: readonly JiraProject[];
  /** As the scheme's grant to the role writes it: permission keys and bundle ids. */
  readonly requested: readonly string[];
  readonly permissions: readonly string[];
}

/** Lookups that generators need, computed once when the model loads. */
export interface ModelIndex {
  role(id: string): Role | undefined;
  person(id: string): Person | undefined;
  activity(id: string): Activity | undefined;
  /** People holding the role, in people.yaml order. */
  peopleInRole(roleId: string): readonly Person[];
  /** The role's RACI letters, in model order of the activities. */
  assignmentsOf(roleId: string): readonly RoleAssignment[];
  /** Paths the role owns, by repository in model order. */
  ownedPathsOf(roleId: string): readonly OwnedPath[];
  /** Jira permissions the role receives, per scheme. */
  jiraGrantsOf(roleId: string): readonly RoleJiraGrant[];
  /** Roles that name this role as a partner. */
  partneredBy(roleId: string): readonly Role[];
  /** Roles that report to this role. */
  reportsOf(roleId: string): readonly Role[];
}

export interface Model extends ModelIndex {
  readonly organisation: Organisation;
  /** Sorted by id, so that output does not depend on directory listing order. */
  readonly roles: readonly Role[];
  readonly people: readonly Person[];
  readonly activityGroups: readonly ActivityGroup[];
  /** All activities, flattened, in model order. */
  readonly activities: readonly Activity[];
  readonly repositories: readonly Repository[];
  readonly jira?: JiraConfig;
  readonly policies: readonly Policy[];
  readonly onboarding: OnboardingConfig;
  /** Model files and their contents' hash, for incremental generation. */
  readonly files: readonly ModelFile[];
}

export interface ModelFile {
  /** Relative to the model directory, with forward slashes. */
  readonly path: string;
  /** sha256 of the bytes, hex. */
  readonly sha256: string;
}
