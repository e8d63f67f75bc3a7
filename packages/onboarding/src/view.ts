import type { Link, Model, Person, Phase, Role } from '@rolekit/model';
import { isolate } from '@rolekit/render';
import { dueDates, formatDate, PHASES } from './dates.js';
import { personMarker, taskMarker } from './markers.js';
import type { ResolvedOptions } from './options.js';
import { type ChecklistTask, checklistTasks, listing } from './view-tasks.js';

// The plain objects the templates and the PDF builder receive. Every field is always present
// (null or [] when absent) because the templates are compiled in strict mode.

export interface TaskView {
  id: string;
  title: string;
  /** new-hire, manager, buddy or role:<id>. */
  owner: string;
  /** Who, in words: "Manager" for a role checklist, "Grace Kim (manager)" for a person's. */
  ownerLabel: string;
  /** ISO date, null in a role checklist. */
  due: string | null;
  /** "Thu 3 Dec 2026", null in a role checklist. */
  dueLabel: string | null;
  description: string | null;
  links: Link[];
  checked: boolean;
  /** The hidden comment that ends the task's line: `<!-- task:ID -->`. */
  marker: string;
}

export interface PhaseView {
  id: Phase;
  title: string;
  due: string | null;
  dueLabel: string | null;
  tasks: TaskView[];
}

export interface PersonView {
  id: string;
  name: string;
  github: string | null;
  start: string;
  startLabel: string;
  manager: string | null;
  buddy: string | null;
}

export interface RoleView {
  id: string;
  title: string;
  family: string;
}

export interface ChecklistView {
  kind: 'role' | 'person';
  /** `<!-- rolekit:onboarding person=ID -->` in a person's checklist (the issue body), else null. */
  marker: string | null;
  title: string;
  organisation: { name: string; github: string | null };
  roles: RoleView[];
  /** "QA Engineer", "Platform Engineer and DevSecOps". */
  rolesLabel: string;
  person: PersonView | null;
  phases: PhaseView[];
  taskCount: number;
}

export const PHASE_TITLES: Record<Phase, string> = {
  'before-day-1': 'Before day 1',
  'day-1': 'Day 1',
  'week-1': 'Week 1',
  'day-30': 'By day 30',
  'day-60': 'By day 60',
  'day-90': 'By day 90',
};

function roleView(role: Role): RoleView {
  return { id: role.id, title: role.title, family: role.family.title };
}

function organisation(model: Model): ChecklistView['organisation'] {
  return { name: model.organisation.name, github: model.organisation.github?.org ?? null };
}

function phases(
  tasks: readonly ChecklistTask[],
  due: Record<Phase, string> | null,
  owner: (task: ChecklistTask) => string,
): PhaseView[] {
  // One pass over the tasks, each into its phase; the due date is worked out once a phase.
  const byPhase = new Map<Phase, ChecklistTask[]>();
  for (const t of tasks) {
    const list = byPhase.get(t.phase);
    if (list) list.push(t);
    else byPhase.set(t.phase, [t]);
  }
  return PHASES.flatMap((phase) => {
    const inPhase = byPhase.get(phase);
    if (!inPhase) return [];
    const date = due ? due[phase] : null;
    const dateLabel = date === null ? null : formatDate(date);
    return [
      {
        id: phase,
        title: PHASE_TITLES[phase],
        due: date,
        dueLabel: dateLabel,
        tasks: inPhase.map((t) => ({
          id: t.id,
          title: t.title,
          owner: t.owner,
          ownerLabel: owner(t),
          due: date,
          dueLabel: dateLabel,
          description: t.description,
          links: t.links,
          checked: false,
          marker: taskMarker(t.id),
        })),
      },
    ];
  });
}

/** Who does a task in a role checklist, by kind: "Manager", or the owning role's title. */
function ownerByKind(model: Model, t: ChecklistTask): string {
  if (t.owner === 'new-hire') return 'New hire';
  if (t.owner === 'manager') return 'Manager';
  if (t.owner === 'buddy') return 'Buddy';
  const id = t.owner.slice(5);
  return model.role(id)?.title ?? id;
}

/** The checklist every holder of a role gets: owners by kind, no dates. */
export function roleChecklist(model: Model, role: Role, options: ResolvedOptions): ChecklistView {
  const tasks = checklistTasks(model, [role.id], options);
  return {
    kind: 'role',
    marker: null,
    title: `Onboarding checklist: ${role.title}`,
    organisation: organisation(model),
    roles: [roleView(role)],
    rolesLabel: role.title,
    person: null,
    phases: phases(tasks, null, (t) => ownerByKind(model, t)),
    taskCount: tasks.length,
  };
}

/**
 * One person's checklist, starting on `start` (ISO, already checked): the tasks of all their roles
 * merged without duplicates, owners by name (from people.yaml), and a due date on every task.
 */
export function personChecklist(
  model: Model,
  person: Person,
  start: string,
  options: ResolvedOptions,
): ChecklistView {
  const roles = person.roles.map((id) => model.role(id)).filter((r): r is Role => r !== undefined);
  const tasks = checklistTasks(
    model,
    roles.map((r) => r.id),
    options,
    person.id,
  );
  const name = person.name;
  const manager = person.manager ? (model.person(person.manager)?.name ?? person.manager) : null;
  const buddy = person.buddy ? (model.person(person.buddy)?.name ?? person.buddy) : null;
  const owner = (t: ChecklistTask) => {
    if (t.owner === 'new-hire') return name;
    // Names isolated: "ليلى ناصر (buddy)" stays name first, label after, in any cell.
    if (t.owner === 'manager') return manager ? `${isolate(manager)} (manager)` : 'Manager (not named yet)';
    if (t.owner === 'buddy') return buddy ? `${isolate(buddy)} (buddy)` : 'Buddy (not named yet)';
    const id = t.owner.slice(5);
    const title = model.role(id)?.title ?? id;
    const holders = model
      .peopleInRole(id)
      .filter((p) => p.id !== person.id)
      .map((p) => p.name);
    return holders.length > 0 ? `${isolate(title)} (${listing(holders)})` : title;
  };
  const rolesLabel = listing(roles.map((r) => r.title));
  return {
    kind: 'person',
    marker: personMarker(person.id),
    title: `Onboarding checklist: ${name}`,
    organisation: organisation(model),
    roles: roles.map(roleView),
    rolesLabel,
    person: {
      id: person.id,
      name,
      github: person.github ?? null,
      start,
      startLabel: formatDate(start),
      manager,
      buddy,
    },
    phases: phases(tasks, dueDates(start), owner),
    taskCount: tasks.length,
  };
}
