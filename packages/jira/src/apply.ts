// Carrying a plan out scheme by scheme, with a backup first and a rollback when a request fails.
// The client (client.ts, failure.ts), reading the site (read-site.ts), backups (backups.ts) and
// writes that check whether a failed attempt went through (writes.ts) are beside it.
import { Backups } from './backups.js';
import type { JiraApi, RequestStats } from './client.js';
import { JiraRequestError } from './failure.js';
import type { Plan, RemoteGrant, RemoteScheme, SchemePlan } from './plan.js';
import { addGrant, createScheme, deleteGrant } from './writes.js';

export { type ClientOptions, JiraApi, type RequestStats } from './client.js';
export { JiraRequestError, type RequestFailure, retryAfterMs } from './failure.js';
export { readSite } from './read-site.js';

export type SchemeStatus =
  /** Nothing to change. */
  | 'in-step'
  | 'created'
  | 'updated'
  /** A request failed and the scheme was put back as it was (or never created). */
  | 'unchanged'
  /** A request failed and so did putting it back: restore from the backup. */
  | 'partial'
  /** An earlier scheme failed, so this one was not touched. */
  | 'not-started';

export interface SchemeOutcome {
  scheme: string;
  name: string;
  status: SchemeStatus;
  schemeId?: number;
  added: number;
  removed: number;
  /** Projects assigned to the scheme in this run. */
  assigned: string[];
  /** What failed, redacted. */
  error?: string;
  /** The failure was Jira giving no answer at all (refused, DNS, timeout): exit 3, not 1. */
  unreachable?: boolean;
  /** Where the scheme was saved before it was changed. */
  backup?: string;
}

export interface ApplyResult {
  ok: boolean;
  outcomes: SchemeOutcome[];
  /** The folder of this run's backups; undefined when nothing needed one. */
  backupDir?: string;
  stats: RequestStats;
}

export interface ApplyOptions {
  /** Root of the backups; each run gets its own folder named after the time. */
  backupDir: string;
  /** The clock, for the backup folder's name. */
  now?: () => Date;
  /** Progress, one line per scheme. */
  report?: (line: string) => void;
}

function message(error: unknown, api: JiraApi): string {
  return api.redact(error instanceof Error ? error.message : String(error));
}

/** `{ unreachable: true }` when Jira gave no answer at all, for the outcome. */
function silence(error: unknown): { unreachable?: true } {
  return error instanceof JiraRequestError && error.unreachable ? { unreachable: true } : {};
}

/**
 * Carries a plan out, one scheme at a time: back the scheme up, add grants, remove grants, write the
 * description, assign projects. When a request fails (after its retries), the scheme's changes so
 * far are undone and nothing after it is started, so every scheme ends as it was or as intended; if
 * undoing fails too, the outcome says so and names the backup.
 */
export async function applyPlan(api: JiraApi, plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  const backups = new Backups(options.backupDir, options.now ?? (() => new Date()));
  const report = options.report ?? (() => {});
  const outcomes: SchemeOutcome[] = [];
  const blank = (s: SchemePlan, status: SchemeStatus): SchemeOutcome => ({
    scheme: s.desired.id,
    name: s.desired.name,
    status,
    ...(s.remote ? { schemeId: s.remote.id } : {}),
    added: 0,
    removed: 0,
    assigned: [],
  });
  if (plan.blockers.length > 0) {
    return {
      ok: false,
      outcomes: plan.schemes.map((s) => blank(s, 'not-started')),
      stats: { ...api.stats },
    };
  }
  let failed = false;
  for (const s of plan.schemes) {
    if (failed) {
      outcomes.push(blank(s, 'not-started'));
      continue;
    }
    const outcome = await applyScheme(api, s, backups);
    outcomes.push(outcome);
    report(outcomeLine(outcome));
    if (outcome.error) failed = true;
  }
  return {
    ok: !failed,
    outcomes,
    ...(backups.folder ? { backupDir: backups.folder } : {}),
    stats: { ...api.stats },
  };
}

async function applyScheme(api: JiraApi, s: SchemePlan, backups: Backups): Promise<SchemeOutcome> {
  const outcome: SchemeOutcome = {
    scheme: s.desired.id,
    name: s.desired.name,
    status: 'in-step',
    ...(s.remote ? { schemeId: s.remote.id } : {}),
    added: 0,
    removed: 0,
    assigned: [],
  };
  let schemeId: number;
  if (!s.remote) {
    try {
      schemeId = await createScheme(api, s.createBody!);
    } catch (error) {
      return { ...outcome, status: 'unchanged', error: message(error, api), ...silence(error) };
    }
    Object.assign(outcome, { status: 'created', schemeId, added: s.add.length });
  } else {
    schemeId = s.remote.id;
    if (s.add.length > 0 || s.remove.length > 0 || s.descriptionChanged) {
      const changed = await updateScheme(api, s, s.remote, backups);
      Object.assign(outcome, changed);
      if (changed.error) return outcome;
    }
  }
  for (const p of s.projects.filter((x) => x.change)) {
    try {
      await backups.saveProject(p.key, p.fromSchemeId, p.fromSchemeName);
      await api.assignScheme(p.key, schemeId);
      outcome.assigned.push(p.key);
    } catch (error) {
      // The scheme itself is as intended; the project keeps the scheme it had.
      outcome.error = `project ${p.key} was not assigned: ${message(error, api)}`;
      Object.assign(outcome, silence(error));
      return outcome;
    }
  }
  return outcome;
}

async function updateScheme(
  api: JiraApi,
  s: SchemePlan,
  remote: RemoteScheme,
  backups: Backups,
): Promise<Partial<SchemeOutcome>> {
  let backup: string;
  try {
    backup = await backups.saveScheme(s.desired.id, remote);
  } catch (error) {
    return {
      status: 'unchanged',
      error: `no backup could be written, so nothing was changed: ${message(error, api)}`,
    };
  }
  const added: number[] = [];
  const removed: RemoteGrant[] = [];
  try {
    for (const a of s.add) added.push(await addGrant(api, remote.id, a.grant.permission, a.holder!));
    for (const r of s.remove) {
      await deleteGrant(api, remote.id, r.remote.id);
      removed.push(r.remote);
    }
    // Last, so that a scheme whose grants could not all change keeps its old managed-grants line.
    if (s.descriptionChanged) await api.updateSchemeDescription(remote.id, remote.name, s.description);
    return { status: 'updated', added: added.length, removed: removed.length, backup };
  } catch (error) {
    const why = message(error, api);
    try {
      for (const id of [...added].reverse()) await deleteGrant(api, remote.id, id);
      for (const g of [...removed].reverse()) await addGrant(api, remote.id, g.permission, g.holder);
      return { status: 'unchanged', error: why, backup, ...silence(error) };
    } catch (undo) {
      return {
        status: 'partial',
        added: added.length,
        removed: removed.length,
        error: `${why}; putting the scheme back failed too (${message(undo, api)})`,
        backup,
        ...silence(error),
      };
    }
  }
}

/** One line per scheme for the progress report. */
export function outcomeLine(o: SchemeOutcome): string {
  const title = `scheme '${o.name}' (${o.scheme}${o.schemeId !== undefined ? `, id ${o.schemeId}` : ''})`;
  const projects = o.assigned.length > 0 ? `; assigned to ${o.assigned.join(', ')}` : '';
  switch (o.status) {
    case 'in-step':
      return `${title}: ${o.assigned.length > 0 || o.error ? 'grants in step' : 'in step'}${projects}${o.error ? `; ${o.error}` : ''}`;
    case 'created':
      return `${title}: created with ${o.added} grants${projects}${o.error ? `; ${o.error}` : ''}`;
    case 'updated':
      return `${title}: ${o.added} added, ${o.removed} removed${projects}${o.error ? `; ${o.error}` : ''}`;
    case 'unchanged':
      return `${title}: NOT changed, left as it was: ${o.error}`;
    case 'partial':
      return `${title}: HALF-APPLIED: ${o.error}; restore it from ${o.backup}`;
    case 'not-started':
      return `${title}: not started`;
  }
}
