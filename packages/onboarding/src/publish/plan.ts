import type { Diagnostic, Model, Person } from '@rolekit/model';
import { personMarker, TASK_LINE } from '../markers.js';
import type { ChecklistView } from '../view.js';

/**
 * What publish decides, without any network: given the issue rolekit wants and the issues it found,
 * create, update or leave alone. The body is regenerated from the model; only the check boxes are
 * taken from GitHub, task by task (by the id in each line's hidden comment), so a tick is never lost
 * while the task is still in the model.
 */

/** GitHub's limit on an issue body, in characters. */
export const MAX_BODY = 65_536;

export interface DesiredIssue {
  personId: string;
  title: string;
  /** The person's checklist (people/<id>.md), every box unticked. */
  body: string;
  labels: string[];
  assignees: string[];
}

/** The fields of a listed issue that publish reads. */
export interface RemoteIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url?: string;
  /** Present on pull requests, which GitHub's issue list includes. */
  pull_request?: unknown;
}

export interface LineChange {
  removed: string[];
  added: string[];
}

export type PublishPlan =
  | {
      action: 'create';
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
      warnings: string[];
    }
  | {
      action: 'update';
      number: number;
      url: string | null;
      /** Only the fields that change. */
      title?: string;
      body?: string;
      changes: LineChange;
      /** Ticked tasks carried over. */
      kept: string[];
      /** Ticked tasks that are no longer in the model, so no longer in the body. */
      dropped: string[];
      warnings: string[];
    }
  | {
      action: 'none';
      number: number;
      url: string | null;
      reason: 'up to date' | 'closed';
      kept: string[];
      warnings: string[];
    };

/** GitHub hands back bodies edited in the browser with CRLF line ends and may trim the last newline. */
export function normaliseBody(body: string | null | undefined): string {
  return (body ?? '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** Ids of the ticked tasks in a body. */
export function tickedTasks(body: string | null | undefined): Set<string> {
  const ticked = new Set<string>();
  for (const line of normaliseBody(body).split('\n')) {
    const m = TASK_LINE.exec(line);
    if (m && m[2] !== ' ') ticked.add(m[4] as string);
  }
  return ticked;
}

/** Ids of all tasks in a body, ticked or not, in order. */
export function taskIds(body: string): string[] {
  return normaliseBody(body)
    .split('\n')
    .map((line) => TASK_LINE.exec(line)?.[4])
    .filter((id): id is string => id !== undefined);
}

/** The body with every task in `ticked` ticked (and every other task as the body has it). */
export function applyTicks(body: string, ticked: ReadonlySet<string>): string {
  return body
    .split('\n')
    .map((line) => {
      const m = TASK_LINE.exec(line);
      if (!m || !ticked.has(m[4] as string)) return line;
      return `${m[1]}x${line.slice((m[1] as string).length + 1)}`;
    })
    .join('\n');
}

/** Lines removed and added between two bodies (a multiset difference: order-only moves do not count). */
export function changedLines(before: string, after: string): LineChange {
  const count = (text: string) => {
    const map = new Map<string, number>();
    for (const line of normaliseBody(text).split('\n')) map.set(line, (map.get(line) ?? 0) + 1);
    return map;
  };
  const a = count(before);
  const b = count(after);
  const minus = (x: Map<string, number>, y: Map<string, number>, text: string) =>
    normaliseBody(text)
      .split('\n')
      .filter((line) => {
        const left = (x.get(line) ?? 0) - (y.get(line) ?? 0);
        if (left <= 0) return false;
        x.set(line, (x.get(line) ?? 0) - 1);
        return true;
      });
  return { removed: minus(new Map(a), b, before), added: minus(new Map(b), a, after) };
}

/** The issues that carry the person's marker, oldest first (pull requests are never ours). */
export function findIssues(issues: readonly RemoteIssue[], personId: string): RemoteIssue[] {
  const marker = personMarker(personId);
  return issues
    .filter((i) => !i.pull_request && normaliseBody(i.body).includes(marker))
    .sort((a, b) => a.number - b.number);
}

/** Makes sure the body carries the marker publish searches for, whatever the template did. */
export function withMarker(body: string, personId: string): string {
  const marker = personMarker(personId);
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

export function planIssue(desired: DesiredIssue, found: readonly RemoteIssue[]): PublishPlan {
  const warnings: string[] = [];
  const body = withMarker(desired.body, desired.personId);
  if (taskIds(body).length === 0)
    warnings.push(
      'the checklist has no task markers (<!-- task:ID -->), so ticks cannot be kept across updates; restore {{marker}} in the task template',
    );
  if (body.length > MAX_BODY)
    warnings.push(
      `the checklist is ${body.length} characters, over GitHub's ${MAX_BODY}; GitHub will refuse it`,
    );
  const [issue, ...others] = found;
  if (others.length > 0)
    warnings.push(
      `${others.length + 1} issues carry this person's marker (#${found.map((i) => i.number).join(', #')}); rolekit keeps #${issue?.number} up to date and leaves the others alone`,
    );
  if (!issue) {
    return {
      action: 'create',
      title: desired.title,
      body,
      labels: desired.labels,
      assignees: desired.assignees,
      warnings,
    };
  }

  const remote = normaliseBody(issue.body);
  const ticked = tickedTasks(remote);
  const ids = new Set(taskIds(body));
  const kept = [...ticked].filter((id) => ids.has(id));
  const dropped = [...ticked].filter((id) => !ids.has(id));
  const url = issue.html_url ?? null;
  if (issue.state === 'closed')
    return { action: 'none', number: issue.number, url, reason: 'closed', kept, warnings };

  const merged = applyTicks(body, ticked);
  const bodyChanges = normaliseBody(merged) !== remote;
  const titleChanges = issue.title !== desired.title;
  if (!bodyChanges && !titleChanges)
    return { action: 'none', number: issue.number, url, reason: 'up to date', kept, warnings };
  return {
    action: 'update',
    number: issue.number,
    url,
    ...(titleChanges ? { title: desired.title } : {}),
    ...(bodyChanges ? { body: merged } : {}),
    changes: bodyChanges ? changedLines(remote, merged) : { removed: [], added: [] },
    kept,
    dropped,
    warnings,
  };
}

/** Where the issue goes: onboarding.yaml's repository in organisation.yaml's GitHub organisation. */
export function publishTarget(model: Model): { owner: string; repo: string } | Diagnostic {
  const owner = model.organisation.github?.org;
  const repo = model.onboarding.repository;
  if (owner && repo) return { owner, repo };
  return {
    code: 'RK143',
    severity: 'error',
    message: owner
      ? 'onboarding.yaml names no repository for onboarding issues'
      : 'organisation.yaml has no github.org for onboarding issues',
    hint: owner
      ? 'add `repository: onboarding` to onboarding.yaml'
      : 'add `github: { org: ... }` to organisation.yaml',
    file: owner ? 'onboarding.yaml' : 'organisation.yaml',
  };
}

/**
 * The issue for a person: titled with their name, roles and start; labelled as onboarding.yaml
 * says; assigned to the new hire and their buddy (those with a GitHub login). The manager is named
 * in the body but not assigned.
 */
export function desiredIssue(model: Model, person: Person, view: ChecklistView, body: string): DesiredIssue {
  const buddy = person.buddy ? model.person(person.buddy) : undefined;
  const assignees = [person.github, buddy?.github].filter((l): l is string => Boolean(l));
  return {
    personId: person.id,
    title: `Onboarding: ${person.name}, ${view.rolesLabel}, from ${view.person?.startLabel ?? ''}`.trim(),
    body,
    labels: [...model.onboarding.labels],
    assignees: [...new Set(assignees)],
  };
}
