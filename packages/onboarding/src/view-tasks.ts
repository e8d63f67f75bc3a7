import type { Link, Model, OnboardingTask, Person, Phase, Role } from '@rolekit/model';
import { isolate } from '@rolekit/render';
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

/** White space other than single spaces inside the text: what oneLine changes. */
const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/**
 * Collapses white space: a title is one line in a Markdown list. The text is otherwise as the model
 * has it (the PDF and the site print it so); the Markdown templates make an HTML comment's `<!--`
 * and `-->` inert where they print it (render's createRenderer in 'markdown' mode).
 */
function oneLine(text: string): string {
  // Most texts are one line already, and a test is cheaper than three passes that change nothing.
  if (!NOT_ONE_LINE.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** A note as a sentence: capital first letter, closing full stop ("re-testing" -> "Re-testing."). */
export function sentence(text: string): string {
  const line = oneLine(text);
  if (!line) return line;
  const capital = line.charAt(0).toUpperCase() + line.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A pure text function that remembers its answers. The same names and notes come back in checklist
 * after checklist (every role's common tasks, SOPs and partners shared by many roles), so a run
 * works each one out once. Bounded, so a long-lived process does not keep every text it saw.
 */
function remembered(fn: (text: string) => string): (text: string) => string {
  const answers = new Map<string, string>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= 10_000) answers.clear();
      answer = fn(text);
      answers.set(text, answer);
    }
    return answer;
  };
}

const slugOf = remembered(slug);
const lineOf = remembered(oneLine);
const sentenceOf = remembered(sentence);

/** What modelTasks works out of one list of the model's tasks: ids, titles and descriptions. */
interface WrittenTask {
  id: string;
  title: string;
  description: string | null;
  task: OnboardingTask;
}

// Keyed by the model's own (frozen) lists: the common tasks are in every checklist, a role's own
// tasks in every checklist of that role.
const writtenTasks = new WeakMap<readonly OnboardingTask[], WrittenTask[]>();

/** Ids unique within their list (a repeated id or title gets -2, -3), and one-line texts. */
function written(tasks: readonly OnboardingTask[]): WrittenTask[] {
  let out = writtenTasks.get(tasks);
  if (out) return out;
  const used = new Set<string>();
  out = tasks.map((task) => {
    const base = task.id ?? slug(task.title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return {
      id,
      title: oneLine(task.title),
      description: task.description ? oneLine(task.description) : null,
      task,
    };
  });
  writtenTasks.set(tasks, out);
  return out;
}

/** The tasks written in the model, as checklist tasks of their own (never shared between checklists). */
function modelTasks(
  tasks: readonly OnboardingTask[],
  prefix: string,
  source: 'common' | 'role',
  role: string | null,
): ChecklistTask[] {
  return written(tasks).map(({ id, title, description, task }) => ({
    id: `${prefix}${id}`,
    title,
    phase: task.phase,
    owner: task.owner,
    description,
    links: task.links.map((link) => ({ ...link })),
    source,
    role,
  }));
}

/**
 * "A, B and C", each item isolated (see isolate): two right-to-left names side by side would
 * otherwise read in the wrong order in a left-to-right sentence.
 */
export function listing(items: readonly string[]): string {
  const shown = items.map(isolate);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

// Everyone holding a role, named, as a partner task lists them (for a role checklist, where
// nobody is left out); keyed by the model's own list of the role's people.
const holderNames = new WeakMap<readonly Person[], string[]>();

function namesOf(people: readonly Person[], leaveOut: string | null): string[] {
  if (leaveOut !== null) return people.filter((p) => p.id !== leaveOut).map((p) => p.name);
  let names = holderNames.get(people);
  if (!names) {
    names = people.map((p) => p.name);
    holderNames.set(people, names);
  }
  return names;
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
  // Every task is built with the same fields in the same order (no spreads of optional parts),
  // which keeps building some 40,000 of them for a large organisation cheap.
  const add = (
    id: string,
    title: string,
    phase: Phase,
    owner: string,
    description: string | null,
    source: TaskSource,
    links: Link[],
  ) => tasks.push({ links, id, title, phase, owner, description, source, role: role.id });

  // Access: the role's GitHub team and each Jira project its schemes grant.
  const org = model.organisation.github?.org;
  if (role.github) {
    const team = org ? `@${org}/${role.github.team}` : `@${role.github.team}`;
    add(
      `github-team/${org ? `${org}/` : ''}${role.github.team}`,
      `Add the new hire to the GitHub team ${team}`,
      phases.access,
      options.accessOwner,
      null,
      'access',
      org ? [{ title: team, url: `https://github.com/orgs/${org}/teams/${role.github.team}` }] : [],
    );
  }
  // A project role is granted project by project; a group once, for every project that grants it.
  const grants = model.jiraGrantsOf(role.id);
  const site = model.jira?.site;
  const group = role.jira?.projectRole ? undefined : role.jira?.group;
  if (group) {
    const projects = grants.flatMap((g) => g.projects);
    if (projects.length > 0) {
      add(
        `jira-group/${slugOf(group)}`,
        `Add the new hire to the Jira group ${lineOf(group)} (${listing(projects.map((p) => p.key))})`,
        phases.access,
        options.accessOwner,
        grants
          .filter((g) => g.projects.length > 0)
          .map((g) => `Permission scheme ${lineOf(g.scheme.name)}: ${g.requested.join(', ')}.`)
          .join(' '),
        'access',
        site ? projects.map((p) => ({ title: p.key, url: `${site}/browse/${p.key}` })) : [],
      );
    }
  } else {
    const projectRole = role.jira?.projectRole;
    for (const grant of grants) {
      for (const project of grant.projects) {
        add(
          `jira/${project.key}${projectRole ? `/${slugOf(projectRole)}` : ''}`,
          `Give the new hire access to the Jira project ${project.key} (${lineOf(project.name)})${projectRole ? ` as ${lineOf(projectRole)}` : ''}`,
          phases.access,
          options.accessOwner,
          `Permission scheme ${lineOf(grant.scheme.name)}: ${grant.requested.join(', ')}` +
            (projectRole ? `, through the project role ${lineOf(projectRole)}` : '') +
            (project.production ? '. A production project.' : '.'),
          'access',
          site ? [{ title: project.key, url: `${site}/browse/${project.key}` }] : [],
        );
      }
    }
  }

  // The role's SOPs, then its standards: one reading task each.
  const readings = [
    { kind: 'process', refs: role.processes, verb: 'Read the SOP' },
    { kind: 'standard', refs: role.standards, verb: 'Read the standard' },
  ] as const;
  for (const { kind, refs, verb } of readings) {
    for (const ref of refs) {
      add(
        `${kind}/${slugOf(ref.name)}`,
        `${verb}: ${lineOf(ref.name)}`,
        phases[kind],
        'new-hire',
        ref.note ? sentenceOf(ref.note) : null,
        kind,
        ref.url ? [{ title: lineOf(ref.name), url: ref.url }] : [],
      );
    }
  }

  for (const partner of role.partners) {
    // Someone holding both roles does not meet themselves.
    if (context.heldRoles.includes(partner.role)) continue;
    const partnerRole = model.role(partner.role);
    const names = namesOf(model.peopleInRole(partner.role), context.personId);
    const who = partnerRole?.title ?? partner.role;
    // What they work on together, then that nobody holds the role, whichever there are.
    const about = partner.for ? sentenceOf(partner.for) : '';
    const nobody = names.length === 0 ? 'Nobody holds this role yet.' : '';
    add(
      `partner/${partner.role}`,
      `Meet the ${who}${names.length > 0 ? `: ${listing(names)}` : ''}`,
      phases.partner,
      'new-hire',
      about && nobody ? `${about} ${nobody}` : about || nobody || null,
      'partner',
      [],
    );
  }

  for (const assignment of model.assignmentsOf(role.id)) {
    if (assignment.letter !== 'A' && assignment.letter !== 'R') continue;
    const part = assignment.letter === 'A' ? 'Accountable' : 'Responsible';
    const detail = assignment.note ?? assignment.activity.description;
    add(
      `raci/${assignment.activity.id}`,
      `Review the activity "${lineOf(assignment.activity.title)}", where you are ${part}`,
      phases.raci,
      'new-hire',
      `In ${sentenceOf(assignment.group.title)}${detail ? ` ${sentenceOf(detail)}` : ''}`,
      'raci',
      [],
    );
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
  // By phase, then source, then model order: one list per rank, filled in order, is that sort.
  const seen = new Set<string>();
  const ranked: ChecklistTask[][] = [];
  for (const task of all) {
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    const rank = ((PHASE_RANK.get(task.phase) ?? -1) + 1) * 10 + SOURCE_RANK[task.source];
    const list = ranked[rank];
    if (list) list.push(task);
    else ranked[rank] = [task];
  }
  return ranked.flat();
}

const PHASE_RANK = new Map(PHASES.map((phase, index) => [phase, index]));
