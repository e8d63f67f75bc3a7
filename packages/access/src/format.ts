/** Plans and outcomes as the CLI prints them: one block per team or project role, then a summary. */

import type { NoAccount, TeamOutcome, TeamsPlan } from './github-teams.js';
import type { ActorsOutcome, ActorsPlan } from './jira-actors.js';
import type { Member, MemberDiff } from './members.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function diffLines<M extends Member<string>>(
  diff: MemberDiff<M>,
  label: (m: M) => string,
  removalsBlocked: boolean,
): string[] {
  return [
    ...diff.add.map((m) => `  + ${label(m)}`),
    ...diff.update.map((m) => `  ~ ${m.name}: ${m.from} -> ${m.role}`),
    ...diff.remove.map((m) => `  - ${label(m)}${removalsBlocked ? ' (refused: over the removal cap)' : ''}`),
    ...diff.kept.map((m) => `  = ${label(m)} kept: not in the model (--prune removes)`),
  ];
}

function removalsLine(r: { planned: number; limit: number; blocked: boolean }): string[] {
  if (!r.blocked) return [];
  return [
    `removals refused: ${plural(r.planned, 'removal')} planned, the cap allows ${r.limit} (raise --max-removals if the model is right)`,
  ];
}

function noAccountLines(noAccount: readonly NoAccount[], service: string): string[] {
  if (noAccount.length === 0) return [];
  return [`no ${service}: ${noAccount.map((n) => `${n.person} (${n.role})`).join(', ')}`];
}

export function formatTeamsPlan(plan: TeamsPlan): string {
  const out: string[] = [];
  let changes = 0;
  for (const team of plan.teams) {
    const head = `team ${plan.org}/${team.slug} (${team.roles.join(', ')})`;
    if (team.blocked) {
      out.push(`${head}: not changed: ${team.blocked}`);
      continue;
    }
    const lines = [
      ...(team.create
        ? [`  * create the team${team.create.parent ? ` under ${team.create.parent}` : ''}`]
        : []),
      ...diffLines(
        team.diff,
        (m) =>
          `${m.name}${m.role === 'maintainer' ? ' (maintainer)' : ''}${team.invites.includes(m.name) ? ' (invitation)' : ''}`,
        plan.removals.blocked,
      ),
      ...team.skipped.map((s) => `  ! ${s.login} left out: ${s.reason}`),
    ];
    changes +=
      team.diff.add.length +
      team.diff.update.length +
      (plan.removals.blocked ? 0 : team.diff.remove.length) +
      (team.create ? 1 : 0);
    out.push(lines.length === 0 ? `${head}: in step` : `${head}:\n${lines.join('\n')}`);
  }
  out.push(...removalsLine(plan.removals), ...noAccountLines(plan.noAccount, 'GitHub login'));
  out.push(`${plural(plan.teams.length, 'team')}, ${plural(changes, 'change')} to make`);
  return `${out.join('\n')}\n`;
}

const LABEL: Record<TeamOutcome['status'], string> = {
  'in-step': 'in step',
  changed: 'changed as the model says',
  blocked: 'not changed',
  'rolled-back': 'FAILED, put back as it was',
  partial: 'FAILED, partly changed',
};

function outcomeBlock(
  head: string,
  o: { status: TeamOutcome['status']; done: string[]; error?: string; backup?: string },
): string {
  const lines = [`${head}: ${LABEL[o.status]}${o.error && o.status === 'blocked' ? `: ${o.error}` : ''}`];
  for (const d of o.done) lines.push(`  ${o.status === 'partial' ? 'still done: ' : ''}${d}`);
  if (o.error && o.status !== 'blocked') lines.push(`  error: ${o.error}`);
  if (o.backup && o.status !== 'in-step') lines.push(`  backup: ${o.backup}`);
  return lines.join('\n');
}

function tally(outcomes: ReadonlyArray<{ status: TeamOutcome['status'] }>, what: string): string {
  const count = (s: TeamOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const parts = (Object.keys(LABEL) as Array<TeamOutcome['status']>)
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${LABEL[s]}`);
  return `${plural(outcomes.length, what)}: ${parts.join(', ') || 'none'}`;
}

export function formatTeamOutcomes(plan: TeamsPlan, outcomes: readonly TeamOutcome[]): string {
  const blocks = outcomes.map((o) => outcomeBlock(`team ${plan.org}/${o.slug}`, o));
  return `${[...blocks, ...removalsLine(plan.removals), tally(outcomes, 'team')].join('\n')}\n`;
}

export function formatActorsPlan(plan: ActorsPlan): string {
  const out: string[] = [];
  let changes = 0;
  for (const pair of plan.pairs) {
    const head = `${pair.project} project role ${pair.projectRole} (${pair.roles.join(', ')})`;
    if (pair.blocked) {
      out.push(`${head}: not changed: ${pair.blocked}`);
      continue;
    }
    const lines = diffLines(pair.diff, (a) => `${a.type} ${a.name}`, plan.removals.blocked);
    changes += pair.diff.add.length + (plan.removals.blocked ? 0 : pair.diff.remove.length);
    out.push(lines.length === 0 ? `${head}: in step` : `${head}:\n${lines.join('\n')}`);
  }
  out.push(...removalsLine(plan.removals), ...noAccountLines(plan.noAccount, 'Jira account id'));
  out.push(`${plural(plan.pairs.length, 'project role')}, ${plural(changes, 'change')} to make`);
  return `${out.join('\n')}\n`;
}

export function formatActorsOutcomes(plan: ActorsPlan, outcomes: readonly ActorsOutcome[]): string {
  const blocks = outcomes.map((o) => outcomeBlock(`${o.project} project role ${o.projectRole}`, o));
  return `${[...blocks, ...removalsLine(plan.removals), tally(outcomes, 'project role')].join('\n')}\n`;
}

/** Whether a plan would change anything (removals over the cap do not count: they will not happen). */
export function teamsPlanHasChanges(plan: TeamsPlan): boolean {
  return plan.teams.some(
    (t) =>
      !t.blocked &&
      (t.create ||
        t.diff.add.length + t.diff.update.length > 0 ||
        (!plan.removals.blocked && t.diff.remove.length > 0)),
  );
}

export function actorsPlanHasChanges(plan: ActorsPlan): boolean {
  return plan.pairs.some(
    (p) => !p.blocked && (p.diff.add.length > 0 || (!plan.removals.blocked && p.diff.remove.length > 0)),
  );
}
