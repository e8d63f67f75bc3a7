import type { Link, Model, OnboardingTask, Phase, Role } from '@rolekit/model';
import { PHASES } from './dates.js';
import type { ResolvedOptions } from './options.js';

/** Where a task comes from; also its rank inside a phase (common tasks first, RACI reviews last). */
export type TaskSource = 'common' | 'access' | 'role' | 'process' | 'standard' | 'partner' | 'raci';

const SOURCE_RANK: Record<TaskSource, number> = {
  common: 0,
  access: 1,
  role: 2,
  process: 3,
  standard: 4,
  partner: 5,
  raci: 6,
};

export interface ChecklistTask {
  /**
   * Stable across runs, so a published issue's ticks map back to tasks: `common/<id>`,
   * `role/<role>/<id>`, `github-team/<org>/<team>`, `jira/<project>/<project role>`, `jira-group/<group>`,
   * `process/<name>`, `standard/<name>`, `partner/<role>`, `raci/<activity>`. Task ids come from
   * the model's `id` or, without one, from the title.
   */
  id: string;
  title: string;
  phase: Phase;
  /** new-hire, manager, buddy or role:<id>. */
  owner: string;
  description: string | null;
  links: Link[];
  source: TaskSource;
  /** The role that brought the task in (the first, for a task two roles share); null for common tasks. */
  role: string | null;
}

/** Lower-case words joined by hyphens, at most ~48 characters, cut at a word boundary. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > 48 && out) break;
    out = next;
  }
  return out.slice(0, 64) || 'task';
}

/** Collapses white space: a title is one line in Markdown and never closes the HTML comment after it. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/-->/g, '—>').trim();
}

/** A note as a sentence: capital first letter, closing full stop ("re-testing" -> "Re-testing."). */
export function sentence(text: string): string {
  const line = oneLine(text);
  if (!line) return line;
  const capital = line.charAt(0).toUpperCase() + line.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Ids for tasks written in the model, unique within their list (a repeated id or title gets -2, -3). */
function modelTasks(
  tasks: readonly OnboardingTask[],
  prefix: string,
  source: 'common' | 'role',
  role: string | null,
): ChecklistTask[] {
  const used = new Set<string>();
  return tasks.map((task) => {
    const base = task.id ?? slug(task.title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return {
      id: `${prefix}${id}`,
      title: oneLine(task.title),
      phase: task.phase,
      owner: task.owner,
      description: task.description ? oneLine(task.description) : null,
      links: [...task.links],
      source,
      role,
    };
  });
}

/** "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The tasks one role brings, derived from the model, in model order. */
function derivedTasks(
  model: Model,
  role: Role,
  options: ResolvedOptions,
  context: { heldRoles: readonly string[]; personId: string | null },
): ChecklistTask[] {
  const tasks: ChecklistTask[] = [];
  const { phases } = options;
  const add = (task: Omit<ChecklistTask, 'role' | 'links'> & { links?: Link[] }) =>
    tasks.push({ links: [], ...task, role: role.id });

  // Access: the role's GitHub team and each Jira project its schemes grant.
  const org = model.organisation.github?.org;
  if (role.github) {
    const team = org ? `@${org}/${role.github.team}` : `@${role.github.team}`;
    add({
      id: `github-team/${org ? `${org}/` : ''}${role.github.team}`,
      title: `Add the new hire to the GitHub team ${team}`,
      phase: phases.access,
      owner: options.accessOwner,
      description: null,
      source: 'access',
      ...(org
        ? { links: [{ title: team, url: `https://github.com/orgs/${org}/teams/${role.github.team}` }] }
        : {}),
    });
  }
  // A project role is granted project by project; a group once, for every project that grants it.
  const grants = model.jiraGrantsOf(role.id);
  const requestedIn = (grant: (typeof grants)[number]) =>
    grant.scheme.grants.find((g) => g.role === role.id)?.requested ?? grant.permissions;
  const site = model.jira?.site;
  const group = role.jira?.projectRole ? undefined : role.jira?.group;
  if (group) {
    const projects = grants.flatMap((g) => g.projects);
    if (projects.length > 0) {
      add({
        id: `jira-group/${slug(group)}`,
        title: `Add the new hire to the Jira group ${oneLine(group)} (${listing(projects.map((p) => p.key))})`,
        phase: phases.access,
        owner: options.accessOwner,
        description: grants
          .filter((g) => g.projects.length > 0)
          .map((g) => `Permission scheme ${oneLine(g.scheme.name)}: ${requestedIn(g).join(', ')}.`)
          .join(' '),
        source: 'access',
        ...(site ? { links: projects.map((p) => ({ title: p.key, url: `${site}/browse/${p.key}` })) } : {}),
      });
    }
  } else {
    const projectRole = role.jira?.projectRole;
    for (const grant of grants) {
      for (const project of grant.projects) {
        add({
          id: `jira/${project.key}${projectRole ? `/${slug(projectRole)}` : ''}`,
          title: `Give the new hire access to the Jira project ${project.key} (${oneLine(project.name)})${projectRole ? ` as ${oneLine(projectRole)}` : ''}`,
          phase: phases.access,
          owner: options.accessOwner,
          description:
            `Permission scheme ${oneLine(grant.scheme.name)}: ${requestedIn(grant).join(', ')}` +
            (projectRole ? `, through the project role ${oneLine(projectRole)}` : '') +
            (project.production ? '. A production project.' : '.'),
          source: 'access',
          ...(site ? { links: [{ title: project.key, url: `${site}/browse/${project.key}` }] } : {}),
        });
      }
    }
  }

  for (const process of role.processes) {
    add({
      id: `process/${slug(process.name)}`,
      title: `Read the SOP: ${oneLine(process.name)}`,
      phase: phases.process,
      owner: 'new-hire',
      description: process.note ? sentence(process.note) : null,
      source: 'process',
      ...(process.url ? { links: [{ title: oneLine(process.name), url: process.url }] } : {}),
    });
  }
  for (const standard of role.standards) {
    add({
      id: `standard/${slug(standard.name)}`,
      title: `Read the standard: ${oneLine(standard.name)}`,
      phase: phases.standard,
      owner: 'new-hire',
      description: standard.note ? sentence(standard.note) : null,
      source: 'standard',
      ...(standard.url ? { links: [{ title: oneLine(standard.name), url: standard.url }] } : {}),
    });
  }

  for (const partner of role.partners) {
    // Someone holding both roles does not meet themselves.
    if (context.heldRoles.includes(partner.role)) continue;
    const partnerRole = model.role(partner.role);
    const names = model
      .peopleInRole(partner.role)
      .filter((p) => p.id !== context.personId)
      .map((p) => p.name);
    const who = partnerRole?.title ?? partner.role;
    add({
      id: `partner/${partner.role}`,
      title: `Meet the ${who}${names.length > 0 ? `: ${listing(names)}` : ''}`,
      phase: phases.partner,
      owner: 'new-hire',
      description:
        [partner.for ? sentence(partner.for) : '', names.length === 0 ? 'Nobody holds this role yet.' : '']
          .filter(Boolean)
          .join(' ') || null,
      source: 'partner',
    });
  }

  for (const assignment of model.assignmentsOf(role.id)) {
    if (assignment.letter !== 'A' && assignment.letter !== 'R') continue;
    const part = assignment.letter === 'A' ? 'Accountable' : 'Responsible';
    const detail = assignment.note ?? assignment.activity.description;
    add({
      id: `raci/${assignment.activity.id}`,
      title: `Review the activity "${oneLine(assignment.activity.title)}", where you are ${part}`,
      phase: phases.raci,
      owner: 'new-hire',
      description: `In ${sentence(assignment.group.title)}${detail ? ` ${sentence(detail)}` : ''}`,
      source: 'raci',
    });
  }
  return tasks;
}

/**
 * The checklist for someone holding `roleIds` (in that order): the common tasks once, then each
 * role's own and derived tasks. A task two roles share (the same id) appears once, where it first
 * appeared; the list is ordered by phase, then by source, then by model order.
 */
export function checklistTasks(
  model: Model,
  roleIds: readonly string[],
  options: ResolvedOptions,
  personId: string | null = null,
): ChecklistTask[] {
  const all: ChecklistTask[] = modelTasks(model.onboarding.tasks, 'common/', 'common', null);
  for (const roleId of roleIds) {
    const role = model.role(roleId);
    if (!role) continue;
    all.push(...modelTasks(role.onboardingTasks, `role/${role.id}/`, 'role', role.id));
    all.push(...derivedTasks(model, role, options, { heldRoles: roleIds, personId }));
  }
  const seen = new Set<string>();
  const unique = all.filter((t) => !seen.has(t.id) && seen.add(t.id));
  const rank = (t: ChecklistTask) => PHASES.indexOf(t.phase) * 10 + SOURCE_RANK[t.source];
  return unique
    .map((task, index) => ({ task, index }))
    .sort((a, b) => rank(a.task) - rank(b.task) || a.index - b.index)
    .map(({ task }) => task);
}
