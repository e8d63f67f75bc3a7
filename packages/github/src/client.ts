import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { describeUnreachable, ServiceUnreachableError, unreachableKind } from '@rolekit/core';
import Bottleneck from 'bottleneck';
import { EtagCache, useEtagCache } from './etag-cache.js';
import { describeGitHubError, redact, requestPathOf, scrubInPlace } from './redact.js';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** Where the client reports; every message has the token removed. */
export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string;
  log?: Partial<GitHubLog>;
  /** Retries of 5xx answers and network failures (backoff 1, 4, 9... × retryBaseMs). Default 3. */
  retries?: number;
  /** Retries after a primary or secondary rate limit. Default 3. */
  rateLimitRetries?: number;
  /** A rate limit that resets later than this is not waited for: the request fails. Default 300 s. */
  maxRateLimitWaitSeconds?: number;
  /** Unit of every retry delay, in ms. Default 1000; tests against a stand-in use less. */
  retryBaseMs?: number;
  /**
   * Spacing between write requests, in ms. Default: the throttling plugin's, which follows
   * GitHub's advice (1 s between writes, 3 s between writes that notify people). 0 for stand-ins.
   */
  writeIntervalMs?: number;
  /**
   * Longest wait for one request, answer body included, in ms. Default 30 000, as for Jira. A request
   * that times out is not sent again (each try would cost the whole wait): it fails with a
   * ServiceUnreachableError naming it.
   */
  timeoutMs?: number;
  /** Conditional GETs: a cache to use (e.g. loaded from disk), or false for none. Default: a new one. */
  etags?: EtagCache | false;
  userAgent?: string;
}

/** HTTP requests actually sent, retries included. */
export interface RequestStats {
  requests: number;
  /** Anything but GET and HEAD. */
  writes: number;
  /** Answered 304 Not Modified (free under GitHub's rate limit). */
  notModified: number;
}

export interface GitHubClientExtras {
  baseUrl: string;
  stats: RequestStats;
  etags: EtagCache | undefined;
  /** Removes the token from a text. */
  redact(text: string): string;
  /** One token-free line for an error thrown by a request. */
  describe(error: unknown): string;
  /** The unit of retry delays, in ms (retryBaseMs). */
  retryBaseMs: number;
  /** Where the client reports (token-free). */
  log: GitHubLog;
}

// Typed as the plain REST client: the plugins' own additions (octokit.retry) are not used here.
const RolekitOctokit: typeof Octokit = Octokit.plugin(throttling, retry);
export type GitHubOctokit = Octokit;
export type GitHubClient = GitHubOctokit & { rolekit: GitHubClientExtras };

/** A configuration problem meant for the user: print its message, without a stack. */
export class GitHubConfigError extends Error {
  override name = 'GitHubConfigError';
}

const noop = () => {};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

// GITHUB_API_URL may carry a password (https://user:secret@host), well-formed or not: no message
// ever repeats the value, only what is wrong with it.
function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GitHubConfigError(
      'GITHUB_API_URL is not a URL (its value is not printed, as it may hold a password); e.g. https://github.example.com/api/v3',
    );
  }
  if (url.username || url.password) {
    throw new GitHubConfigError('GITHUB_API_URL must not contain credentials; put the token in GITHUB_TOKEN');
  }
  // Not even the scheme is echoed: in `user:secret@host` the user name parses as one.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new GitHubConfigError(
      'GITHUB_API_URL must be an https URL; e.g. https://github.example.com/api/v3',
    );
  }
  // As for Jira: plain http only to this machine (the test stand-ins), never the token in the clear.
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new GitHubConfigError(
      'GITHUB_API_URL must use https (the token would travel in the clear); e.g. https://github.example.com/api/v3',
    );
  }
  if (url.search || url.hash) {
    throw new GitHubConfigError(
      'GITHUB_API_URL must not have a query or fragment; e.g. https://github.example.com/api/v3',
    );
  }
  return url.toString().replace(/\/+$/, '');
}

/**
 * A request that took longer than the client's timeout. Named AbortError on purpose: Octokit passes
 * such an error through untouched and the retry plugin does not resend it.
 */
class RequestTimedOut extends Error {
  override name = 'AbortError';
  constructor(readonly unreachable: ServiceUnreachableError) {
    super(unreachable.message);
  }
}

/** A request that got no answer at all (refused, DNS, reset): Octokit wraps it, the retry plugin may resend it. */
class NoAnswer extends Error {
  override name = 'NoAnswer';
  constructor(readonly unreachable: ServiceUnreachableError) {
    super(unreachable.message);
  }
}

/** The network error code under fetch's "fetch failed" TypeError, however deep undici put it. */
function networkCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * Octokit with the throttling and retry plugins, conditional GETs and request counting. The
 * token is only ever handed to Octokit's auth; logs and described errors are scrubbed of it.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const token = options.token.trim();
  if (token === '') throw new GitHubConfigError('the GitHub token is empty');
  const secrets = [token];
  const scrub = (text: string) => redact(text, secrets);
  let baseUrl: string;
  try {
    baseUrl = normaliseBaseUrl(options.baseUrl ?? DEFAULT_GITHUB_API_URL);
  } catch (error) {
    throw new GitHubConfigError(scrub((error as Error).message));
  }
  const sink: GitHubLog = {
    debug: options.log?.debug ?? noop,
    info: options.log?.info ?? noop,
    warn: options.log?.warn ?? noop,
    error: options.log?.error ?? noop,
  };
  const say = (level: keyof GitHubLog) => (message: unknown, info?: unknown) => {
    const where =
      info && typeof info === 'object' && 'method' in info && 'url' in info
        ? ` ${String((info as { method: unknown }).method)} ${String((info as { url: unknown }).url)}`
        : '';
    sink[level](scrub(`${String(message)}${where}`));
  };
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const stats: RequestStats = { requests: 0, writes: 0, notModified: 0 };

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
      let verdict: string;
      let again = false;
      if (retryAfter > maxWait)
        verdict = `it lifts in ${retryAfter} s, later than rolekit waits (${maxWait} s)`;
      else if (retryCount >= rateLimitRetries) verdict = `giving up after ${retryCount} retries`;
      else {
        verdict = `retrying in ${retryAfter} s (${retryCount + 1} of ${rateLimitRetries})`;
        again = true;
      }
      sink.warn(scrub(`GitHub ${kind} rate limit on ${what}; ${verdict}`));
      return again;
    };

  const pacing =
    options.writeIntervalMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({
            maxConcurrent: options.writeIntervalMs > 0 ? 1 : null,
            minTime: options.writeIntervalMs,
          }),
          notifications: new Bottleneck.Group({
            maxConcurrent: options.writeIntervalMs > 0 ? 1 : null,
            minTime: options.writeIntervalMs * 3,
          }),
        };

  const timeoutMs = options.timeoutMs ?? 30_000;
  const host = new URL(baseUrl).host;
  const countingFetch: typeof fetch = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    stats.requests += 1;
    if (method !== 'GET' && method !== 'HEAD') stats.writes += 1;
    // One timeout per request, covering the answer's body too (Octokit reads it with this signal).
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const what = `${method} ${requestPathOf(href, baseUrl)}`;
    const failure = (kind: ReturnType<typeof unreachableKind>, code?: string) =>
      new ServiceUnreachableError(
        scrub(describeUnreachable('GitHub', kind, what, { host, timeoutMs, ...(code ? { code } : {}) })),
        'GitHub',
        kind,
        what,
      );
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal });
    } catch (error) {
      if (timeout.aborted) throw new RequestTimedOut(failure('timeout'));
      if (init?.signal?.aborted) throw error;
      const code = networkCode(error);
      throw new NoAnswer(failure(unreachableKind(code), code));
    }
    if (response.status === 304) stats.notModified += 1;
    return response;
  };

  const octokit = new RolekitOctokit({
    auth: token,
    baseUrl,
    userAgent: options.userAgent ?? 'rolekit',
    log: { debug: say('debug'), info: say('debug'), warn: say('warn'), error: say('debug') },
    request: { fetch: countingFetch },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: retryBaseMs,
      // 403 and 429 belong to the throttling plugin; 409 (a stale sha) needs a fresh read, not a resend.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: retryBaseMs,
      fallbackSecondaryRateRetryAfter: 60,
      ...pacing,
    },
  });
  const etags = options.etags === false ? undefined : (options.etags ?? new EtagCache());
  if (etags) useEtagCache(octokit as never, etags);
  // Outermost, after every retry: what a caller catches carries neither the token nor its header.
  // A request that got no answer leaves as a ServiceUnreachableError naming it, not as a "500".
  octokit.hook.wrap('request', async (request, requestOptions) => {
    try {
      return await request(requestOptions);
    } catch (error) {
      if (error instanceof RequestTimedOut) throw error.unreachable;
      const cause = (error as { cause?: unknown })?.cause;
      if (cause instanceof NoAnswer) throw cause.unreachable;
      if ((error as Error)?.name === 'TimeoutError') {
        // The headers came in time, the body did not.
        const what = `${requestOptions.method} ${requestPathOf(String(requestOptions.url), baseUrl)}`;
        throw new ServiceUnreachableError(
          scrub(describeUnreachable('GitHub', 'timeout', what, { host, timeoutMs })),
          'GitHub',
          'timeout',
          what,
        );
      }
      throw scrubInPlace(error, secrets);
    }
  });

  const extras: GitHubClientExtras = {
    baseUrl,
    stats,
    etags,
    redact: scrub,
    describe: (error) => describeGitHubError(error, { secrets, baseUrl }),
    retryBaseMs,
    log: {
      debug: (m) => sink.debug(scrub(m)),
      info: (m) => sink.info(scrub(m)),
      warn: (m) => sink.warn(scrub(m)),
      error: (m) => sink.error(scrub(m)),
    },
  };
  return Object.assign(octokit, { rolekit: extras });
}

/** Tuning read from the environment (for GitHub Enterprise Server, or a local stand-in in tests). */
function numberFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new GitHubConfigError(`${name} must be a number of milliseconds, not '${raw}'`);
  }
  return value;
}

/**
 * The client the CLI uses: token from GITHUB_TOKEN, API root from GITHUB_API_URL. A missing token
 * is a GitHubConfigError whose message says what to do, for printing without a stack.
 */
export function githubFromEnv(
  env: NodeJS.ProcessEnv,
  options: Omit<GitHubClientOptions, 'token' | 'baseUrl'> = {},
): GitHubClient {
  const token = env['GITHUB_TOKEN']?.trim();
  if (!token) {
    throw new GitHubConfigError(
      'GITHUB_TOKEN is not set: export a token that can read the repositories (and write, for --apply), e.g. GITHUB_TOKEN=$(gh auth token)',
    );
  }
  const writeIntervalMs = numberFromEnv(env, 'ROLEKIT_GITHUB_WRITE_INTERVAL_MS');
  const timeoutMs = numberFromEnv(env, 'ROLEKIT_GITHUB_TIMEOUT_MS');
  const retryBaseMs = numberFromEnv(env, 'ROLEKIT_GITHUB_RETRY_BASE_MS');
  return createGitHubClient({
    ...(writeIntervalMs === undefined ? {} : { writeIntervalMs }),
    ...(retryBaseMs === undefined ? {} : { retryBaseMs }),
    ...(timeoutMs === undefined || timeoutMs === 0 ? {} : { timeoutMs }),
    ...options,
    token,
    baseUrl: env['GITHUB_API_URL']?.trim() || DEFAULT_GITHUB_API_URL,
  });
}
