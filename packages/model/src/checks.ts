// Checks of meaning: references resolve, ids are unique, RACI rules hold, ownership and Jira grants
// are possible, policies are kept. Collects everything. They run on the files that passed their
// schema even when others did not (Draft.incomplete says which are missing), so that a reference
// error is not held back until every shape error is fixed; a check that would need a missing file
// to be right stays silent rather than guess.
import type { DiagnosticCode } from './codes/index.js';
import { at, type Diagnostic, type SourceLocation } from './diagnostics.js';
import { isJiraProjectPermission, JIRA_PROJECT_PERMISSIONS } from './jira-permissions.js';
import { letterName } from './normalise.js';
import { didYouMean } from './suggest.js';
import type {
  Activity,
  ActivityGroup,
  JiraConfig,
  Letter,
  OnboardingConfig,
  Organisation,
  Person,
  Policy,
  Repository,
  Role,
} from './types.js';
import { fromPointer, isLazyLocation, type YamlFile } from './yaml-file.js';

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

export function checkModel(draft: Draft, files: ReadonlyMap<string, YamlFile>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const incomplete = draft.incomplete ?? COMPLETE;
  /** Position of a field below an entity, e.g. where(role.at, 'partners', 2, 'role'). */
  // Lazy: a position is worked out only if a diagnostic is actually made from it.
  const where = (base: SourceLocation, ...sub: Array<string | number>): SourceLocation => {
    if (isLazyLocation(base)) return base.child(...sub);
    const file = files.get(base.file);
    return file ? file.lazyLocate([...fromPointer(base.pointer), ...sub]) : base;
  };
  const error = (code: DiagnosticCode, message: string, hint: string, loc: SourceLocation) =>
    out.push({ code, severity: 'error', message, hint, ...at(loc) });
  const warning = (code: DiagnosticCode, message: string, hint: string, loc: SourceLocation) =>
    out.push({ code, severity: 'warning', message, hint, ...at(loc) });
  /**
   * RK013 when `id` is already in `seen` (the first stays; the caller remembers new ones). The
   * message is worked out only for a duplicate: this runs for each of tens of thousands of entries.
   */
  const seenBefore = (
    seen: { has(id: string): boolean },
    id: string,
    describe: () => [message: string, hint: string, loc: SourceLocation],
  ): boolean => {
    if (!seen.has(id)) return false;
    error('RK013', ...describe());
    return true;
  };

  const roles = new Map<string, Role>();
  for (const role of draft.roles) {
    const duplicate = seenBefore(roles, role.id, () => [
      `duplicate role id '${role.id}' (first defined in ${roles.get(role.id)!.at.file})`,
      'give each role its own id',
      where(role.at, 'id'),
    ]);
    if (!duplicate) roles.set(role.id, role);
    const expected = role.at.file.replace(/^roles\//, '').replace(/\.ya?ml$/, '');
    if (expected !== role.id) {
      error(
        'RK014',
        `role id '${role.id}' does not match its file name '${role.at.file}'`,
        `rename the file to roles/${role.id}.yaml or set id: ${expected}`,
        where(role.at, 'id'),
      );
    }
  }
  // Roles whose files are broken still exist, for suggestions and counts.
  const roleIds = [...new Set([...roles.keys(), ...incomplete.roles])];
  // A role whose id and file name disagree is reported once (RK014); references by either name
  // are then accepted, so one mismatch does not cascade into an error at every reference.
  const misnamed = new Set(
    draft.roles
      .map((r) => r.at.file.replace(/^roles\//, '').replace(/\.ya?ml$/, ''))
      .filter((id) => !roles.has(id)),
  );
  const checkRole = (id: string, loc: SourceLocation, context: string) => {
    if (roles.has(id)) return true;
    if (misnamed.has(id) || incomplete.roles.has(id)) return false;
    error(
      'RK012',
      `unknown role '${id}'${context ? ` ${context}` : ''}${didYouMean(id, roleIds)}`,
      `use the id of a file under roles/ (${roleIds.length} roles defined)`,
      loc,
    );
    return false;
  };

  // Families
  const families = new Set<string>();
  draft.organisation.families.forEach((f, i) => {
    const duplicate = seenBefore(families, f.id, () => [
      `duplicate family id '${f.id}'`,
      'give each family its own id',
      where(draft.organisation.at, 'families', i, 'id'),
    ]);
    if (!duplicate) families.add(f.id);
  });
  if (families.size > 0) {
    for (const role of draft.roles) {
      if (!families.has(role.family.id)) {
        error(
          'RK016',
          `unknown family '${role.family.id}'${didYouMean(role.family.id, families)}`,
          'use the id of a family listed in organisation.yaml, or add it there',
          where(role.at, 'family'),
        );
      }
    }
  }

  // Role references inside roles
  for (const role of draft.roles) {
    if (role.reportsTo !== undefined) {
      if (role.reportsTo === role.id)
        error(
          'RK017',
          `role '${role.id}' reports to itself`,
          'name the role it reports to, or remove reportsTo',
          where(role.at, 'reportsTo'),
        );
      else checkRole(role.reportsTo, where(role.at, 'reportsTo'), 'in reportsTo');
    }
    role.partners.forEach((p, i) => {
      checkRole(p.role, where(role.at, 'partners', i, 'role'), 'in partners');
      if (p.role === role.id)
        warning(
          'RK018',
          `role '${role.id}' names itself as a partner`,
          'remove it from partners',
          where(role.at, 'partners', i, 'role'),
        );
    });
    role.github?.maintainers.forEach((m, i) => {
      checkRole(m, where(role.at, 'github', 'maintainers', i), 'in github.maintainers');
    });
    role.onboardingTasks.forEach((t, i) => {
      if (t.owner.startsWith('role:'))
        checkRole(t.owner.slice(5), where(role.at, 'onboarding', 'tasks', i, 'owner'), 'as task owner');
    });
  }
  // reportsTo cycles: follow the chain from every role; a chain that returns to its start is a cycle.
  const reported = new Set<string>();
  for (const role of draft.roles) {
    const chain: string[] = [role.id];
    let next = role.reportsTo;
    while (next && roles.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = roles.get(next)!.reportsTo;
    }
    if (next === role.id && chain.length > 1 && !chain.some((id) => reported.has(id))) {
      chain.forEach((id) => reported.add(id));
      error(
        'RK017',
        `reporting line forms a cycle: ${[...chain, role.id].join(' -> ')}`,
        'one of these roles must report elsewhere (or to nobody)',
        where(role.at, 'reportsTo'),
      );
    }
  }

  // People
  const people = new Map<string, Person>();
  for (const person of draft.people) {
    const first = people.get(person.id);
    // People may be split across files: a duplicate in another file is reported in both, each naming the other.
    const elsewhere = first && first.at.file !== person.at.file;
    const duplicate = seenBefore(people, person.id, () => [
      `duplicate person id '${person.id}'${elsewhere ? ` (also in ${first.at.file}:${first.at.line})` : ''}`,
      'give each person their own id',
      where(person.at, 'id'),
    ]);
    if (elsewhere)
      error(
        'RK013',
        `duplicate person id '${person.id}' (also in ${person.at.file}:${person.at.line})`,
        'give each person their own id',
        where(first.at, 'id'),
      );
    if (!duplicate) people.set(person.id, person);
  }
  const personIds = [...people.keys()];
  for (const person of draft.people) {
    person.roles.forEach((r, i) => checkRole(r, where(person.at, 'roles', i), `held by '${person.id}'`));
    for (const field of ['manager', 'buddy'] as const) {
      const ref = person[field];
      if (ref === undefined) continue;
      if (ref === person.id)
        error(
          'RK015',
          `'${person.id}' is their own ${field}`,
          `name another person as ${field}`,
          where(person.at, field),
        );
      else if (!people.has(ref))
        error(
          'RK015',
          `unknown person '${ref}' as ${field}${didYouMean(ref, personIds)}`,
          'use the id of a person in people.yaml',
          where(person.at, field),
        );
    }
    if (person.startDate && Number.isNaN(Date.parse(`${person.startDate}T00:00:00Z`))) {
      error(
        'RK010',
        `startDate '${person.startDate}' is not a real date`,
        'write it as YYYY-MM-DD',
        where(person.at, 'startDate'),
      );
    }
  }
  if (!incomplete.organisation && Number.isNaN(Date.parse(`${draft.organisation.date}T00:00:00Z`))) {
    error(
      'RK010',
      `date '${draft.organisation.date}' is not a real date`,
      'write it as YYYY-MM-DD',
      where(draft.organisation.at, 'date'),
    );
  }

  // Activities and RACI rules
  const activities = new Map<string, Activity>();
  const groupIds = new Set<string>();
  const allowed = new Set(draft.organisation.raci.letters);
  const variant = draft.organisation.raci.variant;
  const holdsRorA = new Set<string>();
  const rolePeople = new Map<string, Person[]>();
  for (const person of draft.people) {
    for (const r of person.roles) {
      const holders = rolePeople.get(r);
      if (holders) holders.push(person);
      else rolePeople.set(r, [person]);
    }
  }
  for (const group of draft.activityGroups) {
    const duplicate = seenBefore(groupIds, group.id, () => [
      `duplicate activity group id '${group.id}'`,
      'give each group its own id',
      where(group.at, 'id'),
    ]);
    if (!duplicate) groupIds.add(group.id);
    for (const activity of group.activities) {
      const duplicate = seenBefore(activities, activity.id, () => [
        `duplicate activity id '${activity.id}'`,
        'activity ids are unique across all groups',
        where(activity.at, 'id'),
      ]);
      if (!duplicate) activities.set(activity.id, activity);
      const counts: Partial<Record<Letter, number>> = {};
      for (const a of activity.assignments) {
        checkRole(a.role, where(activity.at, 'raci', a.role), `in the RACI of '${activity.id}'`);
        if (!allowed.has(a.letter)) {
          error(
            'RK023',
            `letter '${a.letter}' is not part of the ${variant} variant (activity '${activity.id}', role '${a.role}')`,
            `use one of ${[...allowed].join(', ')}, or set raci.variant in organisation.yaml`,
            where(activity.at, 'raci', a.role),
          );
          continue;
        }
        counts[a.letter] = (counts[a.letter] ?? 0) + 1;
        if (a.letter === 'R' || a.letter === 'A') holdsRorA.add(a.role);
      }
      for (const [letter, names] of Object.entries(activity.others)) {
        if (!allowed.has(letter as Letter))
          error(
            'RK023',
            `letter '${letter}' is not part of the ${variant} variant (activity '${activity.id}')`,
            `use one of ${[...allowed].join(', ')}`,
            where(activity.at, 'others', letter),
          );
        if (letter === 'A' && (names?.length ?? 0) > 0) counts.A = (counts.A ?? 0) + (names?.length ?? 0);
        if (letter === 'R' && (names?.length ?? 0) > 0) counts.R = (counts.R ?? 0) + (names?.length ?? 0);
      }
      const accountable = counts.A ?? 0;
      if (accountable === 0)
        error(
          'RK020',
          `activity '${activity.id}' has no Accountable role`,
          'mark exactly one role with A: one role answers for the outcome',
          where(activity.at, 'raci'),
        );
      if (accountable > 1) {
        const holders = activity.assignments.filter((a) => a.letter === 'A').map((a) => a.role);
        error(
          'RK021',
          `activity '${activity.id}' has ${accountable} Accountable roles (${holders.join(', ')})`,
          'keep exactly one A; make the others R or C',
          where(activity.at, 'raci'),
        );
      }
      if ((counts.R ?? 0) === 0)
        error(
          'RK022',
          `activity '${activity.id}' has no Responsible role`,
          'mark at least one role with R: someone has to do the work',
          where(activity.at, 'raci'),
        );
      const rOrA = activity.assignments.filter((a) => a.letter === 'R' || a.letter === 'A').length;
      // Two Rs and an A is ordinary in a small team; four or more roles holding R or A, and more
      // than half of all roles, is the "everyone is responsible" smell.
      if (rOrA >= 4 && rOrA > (draft.roles.length + incomplete.roles.size) / 2) {
        warning(
          'RK025',
          `activity '${activity.id}' has ${rOrA} of ${draft.roles.length + incomplete.roles.size} roles as R or A`,
          'when everyone is responsible nobody is: narrow R and A down, make the rest C or I',
          where(activity.at, 'raci'),
        );
      }
      // One person, no check: the R and the A of one activity held by the same person through two roles.
      const a = activity.assignments.find((x) => x.letter === 'A');
      if (a) {
        for (const r of activity.assignments.filter((x) => x.letter === 'R' && x.role !== a.role)) {
          for (const p of rolePeople.get(r.role) ?? []) {
            if (p.roles.includes(a.role)) {
              warning(
                'RK026',
                `'${p.id}' holds both the R (${r.role}) and the A (${a.role}) of '${activity.id}'`,
                'one person checking their own work is no check: give one of the two roles to someone else',
                where(activity.at, 'raci', r.role),
              );
            }
          }
        }
      }
    }
  }
  if (activities.size > 0) {
    for (const role of draft.roles) {
      if (!holdsRorA.has(role.id)) {
        warning(
          'RK024',
          `role '${role.id}' is Responsible or Accountable for no activity`,
          'give the role an R or an A in activities.yaml, or ask whether the role is needed',
          where(role.at, 'id'),
        );
      }
    }
  }

  // Code ownership
  const org = draft.organisation.github?.org;
  const repoNames = new Set<string>();
  for (const repo of draft.repositories) {
    const duplicate = seenBefore(repoNames, repo.name, () => [
      `duplicate repository '${repo.name}'`,
      'list each repository once and put all its rules there',
      where(repo.at, 'name'),
    ]);
    if (!duplicate) repoNames.add(repo.name);
    const sections = new Set(repo.sections.map((s) => s.name));
    repo.rules.forEach((rule) => {
      const problem = codeownersPatternProblem(rule.pattern);
      if (problem)
        error(
          'RK032',
          `pattern '${rule.pattern}' ${problem.message}`,
          problem.hint,
          where(rule.at, 'pattern'),
        );
      rule.owners.forEach((owner, i) => {
        if (!checkRole(owner, where(rule.at, 'owners', i), `as owner in ${repo.name}`)) return;
        const role = roles.get(owner)!;
        const logins = (rolePeople.get(owner) ?? []).filter((p) => p.github);
        if (!role.github && logins.length === 0 && !incomplete.people) {
          error(
            'RK031',
            `role '${owner}' owns '${rule.pattern}' in ${repo.name} but has no GitHub team and nobody holding it has a GitHub login`,
            `add github: { team: ... } to roles/${owner}.yaml, or a github login to a person who holds it`,
            where(rule.at, 'owners', i),
          );
        }
      });
      if (rule.section !== undefined && !sections.has(rule.section)) {
        error(
          'RK033',
          `unknown section '${rule.section}' in ${repo.name}${didYouMean(rule.section, sections)}`,
          'list the section under the repository’s sections',
          where(rule.at, 'section'),
        );
      }
    });
  }
  if (draft.repositories.length > 0 && !org && !incomplete.organisation) {
    error(
      'RK034',
      'codeowners.yaml names repositories but organisation.yaml has no github.org',
      'add github: { org: <your GitHub organisation> } to organisation.yaml',
      where(draft.organisation.at),
    );
  }

  // Jira
  const jira = draft.jira;
  if (jira) {
    const bundleIds = new Set(jira.bundles.map((b) => b.id));
    const rawBundles = new Map(
      Object.entries(
        ((files.get(jira.at.file)?.value as Record<string, unknown>)?.['bundles'] as Record<
          string,
          { permissions: string[] }
        >) ?? {},
      ),
    );
    const checkPermission = (name: string, loc: SourceLocation) => {
      if (/^[A-Z]/.test(name)) {
        if (!isJiraProjectPermission(name)) {
          error(
            'RK040',
            `unknown Jira permission '${name}'${didYouMean(name, JIRA_PROJECT_PERMISSIONS)}`,
            'use a built-in project permission key (see docs/diagnostics.md#RK040) or a bundle id',
            loc,
          );
        }
      } else if (!bundleIds.has(name)) {
        error(
          'RK041',
          `unknown bundle '${name}'${didYouMean(name, bundleIds)}`,
          'define it under bundles in jira.yaml, or use a permission key in capitals',
          loc,
        );
      }
    };
    for (const [id, bundle] of rawBundles) {
      bundle.permissions.forEach((p, i) =>
        checkPermission(p, where(jira.at, 'bundles', id, 'permissions', i)),
      );
      const cycle = findBundleCycle(id, rawBundles);
      if (cycle)
        error(
          'RK041',
          `bundle '${id}' includes itself: ${cycle.join(' -> ')}`,
          'remove one of the inclusions',
          where(jira.at, 'bundles', id),
        );
    }
    const schemeIds = new Set<string>();
    const schemeNames = new Set<string>();
    for (const scheme of jira.schemes) {
      const duplicateId = seenBefore(schemeIds, scheme.id, () => [
        `duplicate scheme id '${scheme.id}'`,
        'give each scheme its own id',
        where(scheme.at, 'id'),
      ]);
      if (!duplicateId) schemeIds.add(scheme.id);
      const duplicateName = seenBefore(schemeNames, scheme.name, () => [
        `duplicate scheme name '${scheme.name}'`,
        'Jira finds schemes by name: give each its own',
        where(scheme.at, 'name'),
      ]);
      if (!duplicateName) schemeNames.add(scheme.name);
      const granted = new Set<string>();
      for (const grant of scheme.grants) {
        const duplicate = seenBefore(granted, grant.role, () => [
          `role '${grant.role}' has two grants in scheme '${scheme.id}'`,
          'list all its permissions in one grant',
          where(grant.at, 'role'),
        ]);
        if (!duplicate) granted.add(grant.role);
        grant.requested.forEach((p, i) => checkPermission(p, where(grant.at, 'permissions', i)));
        if (
          checkRole(grant.role, where(grant.at, 'role'), `in scheme '${scheme.id}'`) &&
          !roles.get(grant.role)!.jira
        ) {
          error(
            'RK042',
            `role '${grant.role}' is granted Jira permissions but has no Jira holder`,
            `add jira: { projectRole: ... } or jira: { group: ... } to roles/${grant.role}.yaml`,
            where(grant.at, 'role'),
          );
        }
      }
    }
    const projectKeys = new Set<string>();
    for (const project of jira.projects) {
      const duplicate = seenBefore(projectKeys, project.key, () => [
        `duplicate Jira project '${project.key}'`,
        'list each project once',
        where(project.at, 'key'),
      ]);
      if (!duplicate) projectKeys.add(project.key);
      if (!schemeIds.has(project.scheme))
        error(
          'RK043',
          `project '${project.key}' uses unknown scheme '${project.scheme}'${didYouMean(project.scheme, schemeIds)}`,
          'use the id of a scheme in jira.yaml',
          where(project.at, 'scheme'),
        );
    }
  }

  // Onboarding
  for (const t of draft.onboarding.tasks) {
    if (t.owner.startsWith('role:')) checkRole(t.owner.slice(5), where(t.at, 'owner'), 'as task owner');
  }
  const accessOwner = draft.onboarding.accessOwner;
  const onboardingFile = [...files].find(([path]) => /^onboarding\.ya?ml$/.test(path))?.[1];
  if (accessOwner?.startsWith('role:') && onboardingFile)
    checkRole(accessOwner.slice(5), onboardingFile.lazyLocate(['accessOwner']), 'as accessOwner');
  if (draft.onboarding.repository && !org && !incomplete.organisation) {
    error(
      'RK034',
      'onboarding.yaml names a repository but organisation.yaml has no github.org',
      'add github: { org: ... } to organisation.yaml',
      where(draft.organisation.at),
    );
  }

  // Policies
  const policyIds = new Set<string>();
  for (const policy of draft.policies) {
    const duplicate = seenBefore(policyIds, policy.id, () => [
      `duplicate policy id '${policy.id}'`,
      'give each policy its own id',
      where(policy.at, 'id'),
    ]);
    if (!duplicate) policyIds.add(policy.id);
    policy.activities.forEach((id, i) => {
      if (!activities.has(id) && !incomplete.activities)
        error(
          'RK060',
          `policy '${policy.id}' names unknown activity '${id}'${didYouMean(id, activities.keys())}`,
          'use the id of an activity in activities.yaml',
          where(policy.at, 'activities', i),
        );
    });
    if (policy.type === 'separation-of-duties') {
      policy.roles.forEach((r, i) => checkRole(r, where(policy.at, 'roles', i), `in policy '${policy.id}'`));
      policy.conflictsWith.forEach((r, i) =>
        checkRole(r, where(policy.at, 'conflictsWith', i), `in policy '${policy.id}'`),
      );
      const restricted = new Set(policy.roles);
      for (const id of policy.activities) {
        const activity = activities.get(id);
        for (const a of activity?.assignments ?? []) {
          if (restricted.has(a.role) && policy.letters.includes(a.letter)) {
            error(
              'RK051',
              `policy '${policy.id}' is broken: role '${a.role}' is ${letterName(a.letter, variant)} for '${id}' (${policy.statement})`,
              `remove ${a.letter} for '${a.role}' from '${id}', or change the policy`,
              where(activity!.at, 'raci', a.role),
            );
          }
        }
      }
      for (const person of draft.people) {
        const held = person.roles.filter((r) => restricted.has(r));
        const conflicting = person.roles.filter((r) => policy.conflictsWith.includes(r));
        if (held.length > 0 && conflicting.length > 0) {
          error(
            'RK050',
            `policy '${policy.id}' is broken: '${person.id}' holds '${held[0]}' and '${conflicting[0]}' (${policy.statement})`,
            'one person may not hold both roles: give one of them to someone else',
            where(person.at, 'roles', person.roles.indexOf(conflicting[0]!)),
          );
        }
      }
      if (jira && policy.jiraPermissions.length > 0) {
        const bundles = new Map(jira.bundles.map((b) => [b.id, b.permissions]));
        const forbidden = new Set(policy.jiraPermissions.flatMap((p) => bundles.get(p) ?? [p]));
        const productionSchemes = new Set(jira.projects.filter((p) => p.production).map((p) => p.scheme));
        for (const scheme of jira.schemes.filter((s) => productionSchemes.has(s.id))) {
          for (const grant of scheme.grants.filter((g) => restricted.has(g.role))) {
            for (const permission of grant.permissions.filter((p) => forbidden.has(p))) {
              error(
                'RK053',
                `policy '${policy.id}' is broken: role '${grant.role}' holds ${permission} in scheme '${scheme.id}', which a production project uses (${policy.statement})`,
                `remove ${permission} from '${grant.role}' in '${scheme.id}'`,
                where(grant.at, 'permissions'),
              );
            }
          }
        }
      }
    } else if (policy.type === 'two-person' && !incomplete.people) {
      for (const id of policy.activities) {
        const activity = activities.get(id);
        if (!activity) continue;
        const peopleWith = (letter: Letter) =>
          new Set(
            activity.assignments
              .filter((a) => a.letter === letter)
              .flatMap((a) => (rolePeople.get(a.role) ?? []).map((p) => p.id)),
          );
        const responsible = peopleWith('R');
        const accountable = peopleWith('A');
        const distinct = new Set([...responsible, ...accountable]);
        const separate = [...responsible].some((r) => [...accountable].some((a) => a !== r));
        if (distinct.size < 2 || !separate) {
          error(
            'RK052',
            `policy '${policy.id}' is broken: '${id}' is done and approved by ${distinct.size === 0 ? 'nobody' : distinct.size === 1 ? `one person only (${[...distinct][0]})` : 'the same person'} (${policy.statement})`,
            'the roles holding R and A must be held by at least two different people',
            where(activity.at, 'raci'),
          );
        }
      }
    } else if (policy.type === 'approval') {
      policy.approvers.forEach((r, i) =>
        checkRole(r, where(policy.at, 'approvers', i), `in policy '${policy.id}'`),
      );
      for (const id of policy.activities) {
        const activity = activities.get(id);
        const a = activity?.assignments.find((x) => x.letter === 'A');
        if (activity && a && !policy.approvers.includes(a.role)) {
          error(
            'RK054',
            `policy '${policy.id}' is broken: '${id}' is approved by '${a.role}', which is not an approver (${policy.statement})`,
            `make one of ${policy.approvers.join(', ')} Accountable for '${id}'`,
            where(activity.at, 'raci', a.role),
          );
        }
      }
    }
  }
  return out;
}

function findBundleCycle(
  start: string,
  bundles: ReadonlyMap<string, { permissions: string[] }>,
): string[] | undefined {
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const member of bundles.get(id)?.permissions ?? []) {
      if (member === start) return [...path, member];
      if (bundles.has(member) && !path.includes(member)) {
        const found = walk(member, [...path, member]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(start, [start]);
}

/** GitHub's CODEOWNERS syntax is gitignore minus a few features; say which one a pattern uses. */
export function codeownersPatternProblem(pattern: string): { message: string; hint: string } | undefined {
  if (pattern.startsWith('!'))
    return {
      message: 'uses ! negation, which CODEOWNERS does not support',
      hint: 'list the paths that should be owned instead of excluding some',
    };
  if (/[[\]]/.test(pattern))
    return {
      message: 'uses a [ ] character range, which CODEOWNERS does not support',
      hint: 'write one rule per alternative',
    };
  if (pattern.startsWith('\\#'))
    return {
      message: 'starts with \\#, which CODEOWNERS does not support',
      hint: 'CODEOWNERS cannot own paths starting with #',
    };
  if (pattern.startsWith('#'))
    return {
      message: 'starts with #, which makes the line a comment',
      hint: 'CODEOWNERS cannot own paths starting with #',
    };
  if (/\s/.test(pattern))
    return {
      message: 'contains white space, which ends the pattern in CODEOWNERS',
      hint: 'CODEOWNERS patterns cannot contain spaces; use * in their place',
    };
  if (pattern.includes('***'))
    return { message: 'uses ***, which is not a valid glob', hint: 'use ** for any number of directories' };
  return undefined;
}
