// The only code that talks to Jira: a jira.js Version3Client behind a small API that retries, counts
// and never lets a credential out; reading the site into a RemoteState; carrying a plan out scheme by
// scheme with a backup first and a rollback when a request fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeUnreachable, type UnreachableKind, unreachableKind } from '@rolekit/core';
import { Version3Client } from 'jira.js';
import { type JiraConnection, redact, secretsOf } from './connection.js';
import type { Plan, RemoteGrant, RemoteHolder, RemoteScheme, RemoteState, SchemePlan } from './plan.js';
import type { HolderBody, PermissionSchemeBody } from './scheme-body.js';
import type { DesiredScheme } from './view.js';

const API = '/rest/api/3';

export interface ClientOptions {
  /** Retries after a 429, a 5xx or a dropped connection. Default 4 (five attempts in all). */
  retries?: number;
  /** First back-off when Jira sends no Retry-After; doubles each retry. Default 1000 ms. */
  baseDelayMs?: number;
  /** Longest single wait, Retry-After included. Default 60 000 ms. */
  maxDelayMs?: number;
  /** Per request. Default 30 000 ms. */
  timeoutMs?: number;
  /** Receives one line per request (method, path, status, time): for ROLEKIT_DEBUG. Redacted. */
  log?: (line: string) => void;
  /** Waits between retries; the real clock by default. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RequestStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  reads: number;
  writes: number;
  retries: number;
}

export type RequestFailure =
  | 'credentials'
  | 'forbidden'
  | 'not-found'
  | 'rejected'
  | 'rate-limited'
  | 'server'
  | 'network';

/** A request Jira refused or that never got an answer. Its message names method, path and Jira's reasons only. */
export class JiraRequestError extends Error {
  override readonly name = 'JiraRequestError';
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly reasons: readonly string[],
    /** A write whose earlier attempt failed in a way that may have left it done (5xx, dropped connection). */
    readonly ambiguous: boolean,
    /** Set when Jira gave no answer at all: refused, not found in DNS, timed out, cut. */
    readonly unreachable?: UnreachableKind,
  ) {
    super(message);
  }

  get failure(): RequestFailure {
    const s = this.status;
    if (s === undefined) return 'network';
    if (s === 401) return 'credentials';
    if (s === 403) return 'forbidden';
    if (s === 404) return 'not-found';
    if (s === 429) return 'rate-limited';
    if (s >= 500) return 'server';
    return 'rejected';
  }
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EPIPE',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

interface Failure {
  status?: number;
  code?: string;
  retryAfter?: string;
  reasons: string[];
}

/** What a jira.js error says, read field by field so that nothing else of it (its request config, with the Authorization header) travels on. */
function readFailure(error: unknown): Failure {
  const e = error as {
    status?: unknown;
    code?: unknown;
    response?: { status?: unknown; data?: unknown };
    cause?: { response?: { status?: unknown; headers?: unknown; data?: unknown }; code?: unknown };
  };
  const status =
    typeof e?.status === 'number'
      ? e.status
      : typeof e?.cause?.response?.status === 'number'
        ? e.cause.response.status
        : undefined;
  const headers = e?.cause?.response?.headers as
    | { get?: (name: string) => unknown; [name: string]: unknown }
    | undefined;
  const rawRetry =
    typeof headers?.get === 'function' ? headers.get('retry-after') : (headers?.['retry-after'] ?? undefined);
  const data = e?.response?.data ?? e?.cause?.response?.data;
  const code =
    typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : undefined;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(rawRetry !== undefined && rawRetry !== null ? { retryAfter: String(rawRetry) } : {}),
    reasons: jiraReasons(data),
  };
}

/** Jira's error collection ({ errorMessages, errors }) as sentences; anything else, briefly. */
function jiraReasons(data: unknown): string[] {
  if (data && typeof data === 'object') {
    const d = data as { errorMessages?: unknown; errors?: unknown; message?: unknown };
    const out: string[] = [];
    if (Array.isArray(d.errorMessages)) out.push(...d.errorMessages.map(String));
    if (d.errors && typeof d.errors === 'object')
      for (const [field, message] of Object.entries(d.errors)) out.push(`${field}: ${String(message)}`);
    if (out.length === 0 && typeof d.message === 'string') out.push(d.message);
    return out;
  }
  if (typeof data === 'string' && data.trim() !== '') {
    const text = data
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return [text.length > 200 ? `${text.slice(0, 200)}…` : text];
  }
  return [];
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeStatus(status: number | undefined, code: string | undefined): string {
  if (status === undefined) return `got no answer (${code ?? 'network error'})`;
  const words: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return `answered ${status}${words[status] ? ` ${words[status]}` : ''}`;
}

/** Jira Cloud's REST API v3 for permission schemes, through jira.js, with retries and redaction. */
export class JiraApi {
  readonly stats: RequestStats = { requests: 0, reads: 0, writes: 0, retries: 0 };
  /** jira.js, for operations this class does not wrap; call it through send(). */
  readonly client: Version3Client;
  private readonly secrets: string[];
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly log: ((line: string) => void) | undefined;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly timeoutMs: number;

  constructor(
    readonly connection: JiraConnection,
    options: ClientOptions = {},
  ) {
    this.secrets = secretsOf(connection);
    this.retries = options.retries ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.log = options.log;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.client = new Version3Client({
      host: connection.baseUrl,
      authentication: { basic: { email: connection.email, apiToken: connection.apiToken } },
      baseRequestConfig: {
        timeout: this.timeoutMs,
        // jira.js joins arrays with commas; Jira documents repeated parameters (groupName=a&groupName=b).
        paramsSerializer: repeatedParams,
      },
    });
  }

  /** Redacts credentials from text that came from elsewhere (an error of another library, say). */
  redact(text: string): string {
    return redact(text, this.secrets);
  }

  private debug(line: string): void {
    this.log?.(this.redact(line));
  }

  /**
   * One REST operation: retried on 429 (after Retry-After), 5xx and dropped connections (after
   * exponential back-off), and turned into a JiraRequestError that carries no credential.
   */
  async send<T>(method: string, path: string, call: () => Promise<T>): Promise<T> {
    let ambiguous = false;
    for (let attempt = 0; ; attempt++) {
      this.stats.requests++;
      if (method === 'GET') this.stats.reads++;
      else this.stats.writes++;
      const started = Date.now();
      try {
        const result = await call();
        this.debug(`jira: ${method} ${path} -> ok (${Date.now() - started} ms)`);
        return result;
      } catch (error) {
        const f = readFailure(error);
        this.debug(
          `jira: ${method} ${path} -> ${f.status ?? f.code ?? 'error'} (${Date.now() - started} ms)${f.retryAfter !== undefined ? ` Retry-After: ${f.retryAfter}` : ''}`,
        );
        const silent = f.status === undefined && f.code !== undefined ? unreachableKind(f.code) : undefined;
        // A request that timed out is not sent again: each try would cost the whole timeout.
        const retryable =
          f.status === 429 ||
          (f.status !== undefined && f.status >= 500) ||
          (silent !== undefined && silent !== 'timeout' && RETRYABLE_CODES.has(f.code as string));
        if (retryable && attempt < this.retries) {
          // A 429 was not processed; a 5xx or a dropped connection might have been.
          if (method !== 'GET' && f.status !== 429) ambiguous = true;
          const asked = retryAfterMs(f.retryAfter);
          const wait = Math.min(asked ?? this.baseDelayMs * 2 ** attempt, this.maxDelayMs);
          this.stats.retries++;
          this.debug(`jira: retrying in ${wait} ms (attempt ${attempt + 2} of ${this.retries + 1})`);
          await this.sleep(wait);
          continue;
        }
        if (f.status === undefined && f.code === undefined) {
          // Not an HTTP failure: a bug or a misconfiguration inside the client. Say so without its details.
          throw new JiraRequestError(
            this.redact(
              `${method} ${path} failed before reaching Jira: ${(error as Error)?.message ?? String(error)}`,
            ),
            method,
            path,
            undefined,
            [],
            ambiguous,
          );
        }
        const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : '';
        if (silent !== undefined) {
          // A write that timed out or was cut may have been done: the caller checks before anything else.
          if (method !== 'GET') ambiguous = true;
          const host = new URL(this.connection.baseUrl).host;
          const message = describeUnreachable('Jira', silent, `${method} ${path}`, {
            host,
            timeoutMs: this.timeoutMs,
            code: f.code as string,
          });
          throw new JiraRequestError(
            this.redact(`${message}${tries}`),
            method,
            path,
            undefined,
            [],
            ambiguous,
            silent,
          );
        }
        const reasons = f.reasons.map((r) => this.redact(r));
        throw new JiraRequestError(
          `${method} ${path} ${describeStatus(f.status, f.code)}${tries}${reasons.length > 0 ? `: ${reasons.join(' ')}` : ''}`,
          method,
          path,
          f.status,
          reasons,
          ambiguous,
        );
      }
    }
  }

  async listSchemes(): Promise<RemoteScheme[]> {
    const r = await this.send('GET', `${API}/permissionscheme?expand=permissions`, () =>
      this.client.permissionSchemes.getAllPermissionSchemes({ expand: 'permissions' }),
    );
    return (r.permissionSchemes ?? []).map(toRemoteScheme);
  }

  async getScheme(schemeId: number): Promise<RemoteScheme> {
    const r = await this.send('GET', `${API}/permissionscheme/${schemeId}?expand=permissions`, () =>
      this.client.permissionSchemes.getPermissionScheme({ schemeId, expand: 'permissions' }),
    );
    return toRemoteScheme(r);
  }

  async listProjectRoles(): Promise<Array<{ id: number; name: string }>> {
    const roles = await this.send('GET', `${API}/role`, () => this.client.projectRoles.getAllProjectRoles());
    return roles
      .filter(
        (r): r is typeof r & { id: number; name: string } =>
          typeof r.id === 'number' && typeof r.name === 'string',
      )
      .map((r) => ({ id: r.id, name: r.name }));
  }

  /** The named groups that exist, through Bulk get groups, page by page. */
  async findGroups(names: readonly string[]): Promise<Array<{ name: string; groupId: string }>> {
    if (names.length === 0) return [];
    const found: Array<{ name: string; groupId: string }> = [];
    for (let startAt = 0; ; ) {
      const page = await this.send('GET', `${API}/group/bulk?startAt=${startAt}`, () =>
        this.client.groups.bulkGetGroups({ groupName: [...names], startAt, maxResults: 50 }),
      );
      for (const g of page.values ?? [])
        if (g.name !== undefined && g.groupId !== undefined && g.groupId !== null)
          found.push({ name: g.name, groupId: g.groupId });
      const count = page.values?.length ?? 0;
      if (page.isLast !== false || count === 0) break;
      startAt += count;
    }
    return found;
  }

  /** The id of the scheme a project uses, or undefined when there is no such project. */
  async projectSchemeId(projectKey: string): Promise<number | undefined> {
    try {
      const r = await this.send('GET', `${API}/project/${projectKey}/permissionscheme`, () =>
        this.client.projectPermissionSchemes.getAssignedPermissionScheme({
          projectKeyOrId: encodeURIComponent(projectKey),
        }),
      );
      return r.id;
    } catch (error) {
      if (error instanceof JiraRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  async createScheme(body: PermissionSchemeBody): Promise<RemoteScheme> {
    const r = await this.send('POST', `${API}/permissionscheme`, () =>
      this.client.permissionSchemes.createPermissionScheme({
        name: body.name,
        description: body.description,
        permissions: body.permissions.map((p) => ({ holder: { ...p.holder }, permission: p.permission })),
      }),
    );
    return toRemoteScheme(r);
  }

  /** Adds one grant (POST .../permission); returns its id. */
  async addGrant(schemeId: number, permission: string, holder: HolderBody | RemoteHolder): Promise<number> {
    const r = await this.send('POST', `${API}/permissionscheme/${schemeId}/permission`, () =>
      this.client.permissionSchemes.createPermissionGrant({ schemeId, permission, holder: { ...holder } }),
    );
    if (typeof r.id !== 'number') throw new Error(`Jira created a grant in scheme ${schemeId} without an id`);
    return r.id;
  }

  async deleteGrant(schemeId: number, grantId: number): Promise<void> {
    await this.send('DELETE', `${API}/permissionscheme/${schemeId}/permission/${grantId}`, () =>
      this.client.permissionSchemes.deletePermissionSchemeEntity({ schemeId, permissionId: grantId }),
    );
  }

  /**
   * Sets name and description only. The body never carries a permissions list: with one, Jira's
   * Update permission scheme replaces every grant of the scheme.
   */
  async updateSchemeDescription(schemeId: number, name: string, description: string): Promise<void> {
    await this.send('PUT', `${API}/permissionscheme/${schemeId}`, () =>
      this.client.permissionSchemes.updatePermissionScheme({ schemeId, name, description }),
    );
  }

  /** Every project of the site (key and name), through project search, page by page. */
  async listProjects(): Promise<Array<{ key: string; name: string }>> {
    const found: Array<{ key: string; name: string }> = [];
    for (let startAt = 0; ; ) {
      const page = await this.send('GET', `${API}/project/search?startAt=${startAt}`, () =>
        this.client.projects.searchProjects({ startAt, maxResults: 50, orderBy: 'key' }),
      );
      for (const p of page.values ?? [])
        if (typeof p.key === 'string' && typeof p.name === 'string') found.push({ key: p.key, name: p.name });
      const count = page.values?.length ?? 0;
      if (page.isLast !== false || count === 0) break;
      startAt += count;
    }
    return found;
  }

  async assignScheme(projectKey: string, schemeId: number): Promise<void> {
    await this.send('PUT', `${API}/project/${projectKey}/permissionscheme`, () =>
      this.client.projectPermissionSchemes.assignPermissionScheme({
        projectKeyOrId: encodeURIComponent(projectKey),
        id: schemeId,
      }),
    );
  }
}

function repeatedParams(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  return search.toString();
}

function toRemoteHolder(h: { type?: string; parameter?: string; value?: string } | undefined): RemoteHolder {
  return {
    type: h?.type ?? '',
    ...(h?.parameter !== undefined ? { parameter: h.parameter } : {}),
    ...(h?.value !== undefined ? { value: h.value } : {}),
  };
}

function toRemoteScheme(s: {
  id?: number;
  name: string;
  description?: string;
  permissions?: Array<{
    id?: number;
    permission?: string;
    holder?: { type?: string; parameter?: string; value?: string };
  }>;
}): RemoteScheme {
  return {
    id: s.id ?? -1,
    name: s.name,
    ...(s.description !== undefined ? { description: s.description } : {}),
    permissions: (s.permissions ?? [])
      .filter((g) => typeof g.id === 'number' && typeof g.permission === 'string')
      .map((g) => ({ id: g.id!, permission: g.permission!, holder: toRemoteHolder(g.holder) })),
  };
}

// --- Reading the site --------------------------------------------------------------------------

/**
 * Everything the planner needs, in 3 + p reads for p projects (plus one per 50 groups): every
 * scheme with its grants, the project roles, the model's groups, and each model project's scheme.
 */
export async function readSite(api: JiraApi, desired: readonly DesiredScheme[]): Promise<RemoteState> {
  const schemes = await api.listSchemes();
  const roles = await api.listProjectRoles();
  const groupNames = [
    ...new Set(
      desired
        .flatMap((s) => s.roles)
        .filter((r) => r.holder.type === 'group')
        .map((r) => r.holder.name),
    ),
  ].sort();
  const groups = await api.findGroups(groupNames);
  const projects = [];
  for (const key of [...new Set(desired.flatMap((s) => s.projects.map((p) => p.key)))]) {
    const schemeId = await api.projectSchemeId(key);
    projects.push(schemeId === undefined ? { key, exists: false } : { key, schemeId, exists: true });
  }
  return { schemes, roles, groups: groups.filter((g) => groupNames.includes(g.name)), projects };
}

// --- Applying a plan ---------------------------------------------------------------------------

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

/** Saves schemes before they change, one folder per run, created on first use. */
class Backups {
  private dir: string | undefined;
  private readonly projects: Array<{ key: string; schemeId?: number; schemeName?: string }> = [];

  constructor(
    private readonly root: string,
    private readonly now: () => Date,
  ) {}

  get folder(): string | undefined {
    return this.dir;
  }

  private async ensure(): Promise<string> {
    if (this.dir) return this.dir;
    await mkdir(this.root, { recursive: true });
    const stamp = this.now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-');
    for (let n = 1; ; n++) {
      const dir = join(this.root, n === 1 ? stamp : `${stamp}-${n}`);
      try {
        await mkdir(dir);
        this.dir = dir;
        return dir;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  async saveScheme(id: string, scheme: RemoteScheme): Promise<string> {
    const file = join(await this.ensure(), `${id}.json`);
    await writeFile(file, `${JSON.stringify(scheme, null, 2)}\n`, { flag: 'wx' });
    return file;
  }

  async saveProject(
    key: string,
    schemeId: number | undefined,
    schemeName: string | undefined,
  ): Promise<void> {
    this.projects.push({
      key,
      ...(schemeId !== undefined ? { schemeId } : {}),
      ...(schemeName !== undefined ? { schemeName } : {}),
    });
    await writeFile(
      join(await this.ensure(), 'projects.json'),
      `${JSON.stringify(this.projects, null, 2)}\n`,
    );
  }
}

function message(error: unknown, api: JiraApi): string {
  return api.redact(error instanceof Error ? error.message : String(error));
}

/** `{ unreachable: true }` when Jira gave no answer at all, for the outcome. */
function silence(error: unknown): { unreachable?: true } {
  return error instanceof JiraRequestError && error.unreachable ? { unreachable: true } : {};
}

function sameHolder(sent: HolderBody | RemoteHolder, got: RemoteHolder): boolean {
  return sent.type === got.type && (sent.value ?? sent.parameter) === (got.value ?? got.parameter);
}

/**
 * A write whose outcome is unknown: refused after a retry (the first attempt may have done it, so Jira
 * says duplicate or gone), or never answered (a timeout or a cut connection after it was sent).
 */
function mayBeDone(error: unknown): error is JiraRequestError {
  return (
    error instanceof JiraRequestError &&
    error.ambiguous &&
    (error.status === 400 || error.unreachable === 'timeout' || error.unreachable === 'reset')
  );
}

/** Adds a grant; when a retried POST is refused as a duplicate, or timed out, look whether it went through. */
async function addGrant(
  api: JiraApi,
  schemeId: number,
  permission: string,
  holder: HolderBody | RemoteHolder,
): Promise<number> {
  try {
    return await api.addGrant(schemeId, permission, holder);
  } catch (error) {
    if (!mayBeDone(error)) throw error;
    const found = (await api.getScheme(schemeId)).permissions.find(
      (g) => g.permission === permission && sameHolder(holder, g.holder),
    );
    if (!found) throw error;
    return found.id;
  }
}

/** Deletes a grant; when a retried DELETE finds it gone, the first attempt did go through. */
async function deleteGrant(api: JiraApi, schemeId: number, grantId: number): Promise<void> {
  try {
    await api.deleteGrant(schemeId, grantId);
  } catch (error) {
    if (!mayBeDone(error)) throw error;
    if ((await api.getScheme(schemeId)).permissions.some((g) => g.id === grantId)) throw error;
  }
}

async function createScheme(api: JiraApi, body: PermissionSchemeBody): Promise<number> {
  try {
    return (await api.createScheme(body)).id;
  } catch (error) {
    if (!mayBeDone(error)) throw error;
    const found = (await api.listSchemes()).find((s) => s.name === body.name);
    if (!found) throw error;
    return found.id;
  }
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
