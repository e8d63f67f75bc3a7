/**
 * Scripted failures for the GitHub stand-in: a fault matches requests by method and path, answers
 * with its status, headers and body instead of the normal handler (or only delays it), and is
 * used up after `times` matches.
 */

export interface FaultSpec {
  /** HTTP method to match, any when omitted. */
  method?: string;
  /** Pathname to match (no query): a string matches exactly, a RegExp is tested. Any when omitted. */
  path?: string | RegExp;
  /** Status to answer. Without it the fault only delays and the request is then handled normally. */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body (objects are serialised); defaults to a GitHub-style error for the status. */
  body?: unknown;
  /** How many matching requests it applies to; default 1, `Infinity` for all. */
  times?: number;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /**
   * Never answer: the connection stays open until the client gives up or the stand-in closes, like
   * a server (or a proxy in front of it) that accepted the request and went silent. With
   * `afterHandling`, the request is handled first (its writes happen), then nothing is answered.
   */
  hang?: boolean;
  /**
   * Handle the request first (its writes happen), then answer `status` instead of the real answer
   * (a 502 from a proxy after GitHub did the work), or, with `hang`, answer nothing. Needs a status
   * or hang.
   */
  afterHandling?: boolean;
}

export interface Fault extends FaultSpec {
  readonly id: number;
  /** Matches left before the fault is used up. */
  remaining: number;
  /** How many requests it has applied to. */
  hits: number;
}

const DOCS = 'https://docs.github.com/rest';

export class FaultInjector {
  private readonly faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    if (spec.status === undefined && spec.delayMs === undefined && !spec.hang) {
      throw new Error('a fault needs a status, a delayMs, hang, or a status with afterHandling');
    }
    if (spec.afterHandling && spec.status === undefined && !spec.hang) {
      throw new Error('an afterHandling fault needs the status to answer after the work');
    }
    const fault: Fault = { ...spec, id: this.nextId++, remaining: spec.times ?? 1, hits: 0 };
    this.faults.push(fault);
    return fault;
  }

  /**
   * GitHub's primary rate limit: 403 with `x-ratelimit-remaining: 0` and the reset time, which
   * Octokit's throttling plugin reads to decide when to retry.
   */
  rateLimit(
    match: Pick<FaultSpec, 'method' | 'path' | 'times'> = {},
    options: { resetInSeconds?: number } = {},
  ): Fault {
    const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 60);
    return this.add({
      ...match,
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        status: '403',
      },
    });
  }

  /**
   * GitHub's secondary rate limit: 403 (or 429) with `retry-after` and a message containing
   * "secondary rate limit", the phrase Octokit's throttling plugin looks for.
   */
  secondaryRateLimit(
    match: Pick<FaultSpec, 'method' | 'path' | 'times'> = {},
    options: { status?: 403 | 429; retryAfterSeconds?: number } = {},
  ): Fault {
    const status = options.status ?? 403;
    return this.add({
      ...match,
      status,
      headers: { 'retry-after': String(options.retryAfterSeconds ?? 1) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
        status: String(status),
      },
    });
  }

  /** Faults not yet used up. */
  pending(): Fault[] {
    return this.faults.filter((f) => f.remaining > 0);
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** Takes the first live fault matching the request, counting it as used. */
  take(method: string, pathname: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined ||
          (typeof f.path === 'string' ? f.path === pathname : testRegExp(f.path, pathname))),
    );
    if (fault) {
      fault.remaining -= 1;
      fault.hits += 1;
    }
    return fault;
  }
}

/** RegExp.test without the `lastIndex` memory a /g or /y flag would carry between requests. */
function testRegExp(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** GitHub's default error body for a status, used when a fault gives none. */
export function defaultErrorBody(status: number): Record<string, string> {
  const messages: Record<number, string> = {
    400: 'Problems parsing JSON',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    410: 'Gone',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return { message: messages[status] ?? `HTTP ${status}`, documentation_url: DOCS, status: String(status) };
}
