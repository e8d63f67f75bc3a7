// How a failed Jira request is read and told: its status, code, Retry-After and Jira's reasons, taken
// field by field from a jira.js error so that nothing else of it (its request config, with the
// Authorization header) travels on.
import type { UnreachableKind } from '@rolekit/core';

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

export const RETRYABLE_CODES = new Set([
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
export function readFailure(error: unknown): Failure {
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

export function describeStatus(status: number | undefined, code: string | undefined): string {
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
