// The only code that sends requests to Jira: a jira.js Version3Client behind a small API that
// retries, counts and never lets a credential out.
import { describeUnreachable, unreachableKind } from '@rolekit/core';
import { Version3Client } from 'jira.js';
import { type JiraConnection, redact, secretsOf } from './connection.js';
import { describeStatus, JiraRequestError, RETRYABLE_CODES, readFailure, retryAfterMs } from './failure.js';
import type { RemoteHolder, RemoteScheme } from './plan.js';
import type { HolderBody, PermissionSchemeBody } from './scheme-body.js';

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
