/**
 * A local stand-in for api.github.com: a node:http server on loopback that keeps state, checks
 * every request against GitHub's OpenAPI description, and behaves like GitHub where rolekit
 * relies on it (shas and conflicts, refs, pull request and issue filters, CODEOWNERS errors,
 * ETags, rate-limit headers). Point Octokit's `baseUrl` at `url`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultErrorBody, FaultInjector } from './faults.js';
import { type HandlerContext, type HandlerResult, handlers } from './handlers.js';
import { type CompiledOperation, describeAjvErrors, GitHubApi } from './openapi.js';
import { Payloads } from './payloads.js';
import { GitHubState, GitHubStateError } from './state.js';

export interface GitHubStandInOptions {
  /** Accepted tokens (`authorization: token X` or `Bearer X`). Default: one random `ghp_` token. */
  token?: string | string[];
  /** Login the tokens authenticate as; created as a user. Default `rolekit-bot`. */
  viewer?: string;
  /** Validate the stand-in's own JSON answers against the documented response schemas. */
  validateResponses?: boolean;
  /** Primary rate limit per stand-in; when used up, answers 403 like GitHub. Default 5000. */
  rateLimit?: number;
  /** A state seeded beforehand; a fresh one otherwise. */
  state?: GitHubState;
  /** Clock for timestamps in a fresh state. */
  now?: () => Date;
  /** GitHub reports CODEOWNERS owners without write access as unknown. Default true. */
  requireCodeownersWriteAccess?: boolean;
  /** The server closes itself after this long, so a forgotten stand-in cannot linger. Default 10 min. */
  lifetimeMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Pathname as sent (still percent-encoded). */
  path: string;
  query: Record<string, string>;
  operationId?: string;
  status: number;
  /** Anything but GET. */
  write: boolean;
  /** Sent `If-None-Match`. */
  conditional: boolean;
  /** Answered 304. */
  notModified: boolean;
  /** Answered by an injected fault. */
  fault: boolean;
  /** Request headers, lower-cased. Contains the token: do not print. */
  headers: Record<string, string>;
  /** Parsed JSON body, if any. */
  body?: unknown;
}

export interface Violation {
  /** unknown-route: no operation in the description; request: GitHub would reject it;
   *  response: the stand-in answered outside the description (a stand-in bug). */
  kind: 'unknown-route' | 'request' | 'response';
  method: string;
  path: string;
  operationId?: string;
  status: number;
  message: string;
  details: string[];
}

export interface GitHubStandIn {
  /** API base URL for Octokit's `baseUrl`. */
  url: string;
  /** The first accepted token. */
  token: string;
  state: GitHubState;
  requests: RecordedRequest[];
  violations: Violation[];
  faults: FaultInjector;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

let sharedApi: GitHubApi | undefined;
/** Compiling ~60 schemas takes a while; every stand-in in a process shares one compilation. */
function api(): GitHubApi {
  sharedApi ??= new GitHubApi();
  return sharedApi;
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export async function startGitHubStandIn(options: GitHubStandInOptions = {}): Promise<GitHubStandIn> {
  const github = api();
  const tokens =
    options.token === undefined
      ? [`ghp_${randomBytes(18).toString('hex')}`]
      : Array.isArray(options.token)
        ? options.token
        : [options.token];
  if (tokens.length === 0) throw new Error('at least one token is needed');
  const state = options.state ?? new GitHubState(options.now ? { now: options.now } : {});
  const viewer =
    state.account(options.viewer ?? 'rolekit-bot') ?? state.addUser(options.viewer ?? 'rolekit-bot');
  const limit = options.rateLimit ?? 5000;
  const rate = { limit, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faults = new FaultInjector();
  const waits = new Set<() => void>();
  let url = '';
  let payloads: Payloads | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waits.add(done);
    });

  const rateHeaders = (): Record<string, string> => ({
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(Math.max(rate.limit - rate.used, 0)),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-resource': 'core',
  });

  function errorBody(status: number, message: string, errors?: Array<Record<string, string>>) {
    return { message, documentation_url: DOCS, status: String(status), ...(errors ? { errors } : {}) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = target.pathname;
    const headers = flattenHeaders(req);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: pathname,
      query: Object.fromEntries(target.searchParams),
      status: 0,
      write: method !== 'GET',
      conditional: headers['if-none-match'] !== undefined,
      notModified: false,
      fault: false,
      headers,
    };
    let operation: CompiledOperation | undefined;

    const violation = (kind: Violation['kind'], status: number, message: string, details: string[] = []) => {
      violations.push({
        kind,
        method,
        path: pathname,
        ...(operation ? { operationId: operation.operationId } : {}),
        status,
        message,
        details,
      });
    };

    const send = (
      status: number,
      body: unknown,
      extra: Record<string, string> = {},
      rawBody?: HandlerResult['raw'],
    ) => {
      record.status = status;
      requests.push(record);
      if (res.destroyed) return;
      const out: Record<string, string> = {
        'x-github-media-type': 'github.v3; format=json',
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
        ...rateHeaders(),
        ...extra,
      };
      if (rawBody) {
        res.writeHead(status, { ...out, 'content-type': rawBody.contentType }).end(rawBody.bytes);
      } else if (status === 204 || status === 304 || body === undefined) {
        res.writeHead(status, out).end();
      } else {
        res
          .writeHead(status, { ...out, 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify(body));
      }
    };

    if (raw === 'too-large') return send(413, errorBody(413, 'Payload too large'));
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
        record.body = body;
      } catch {
        violation('request', 400, 'body is not JSON');
        return send(400, errorBody(400, 'Problems parsing JSON'));
      }
    }

    // Faults come first: they stand for anything GitHub might do before handling.
    const fault = faults.take(method, pathname);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.hang && !fault.afterHandling) {
      // Silent: recorded now, answered never; close() ends the connection.
      record.fault = true;
      requests.push(record);
      return;
    }
    if (fault && fault.status !== undefined && !fault.afterHandling) {
      record.fault = true;
      const faultBody = fault.body === undefined ? defaultErrorBody(fault.status) : fault.body;
      return send(fault.status, faultBody, fault.headers ?? {});
    }

    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(headers['authorization'] ?? '');
    if (!auth) return send(401, errorBody(401, 'Requires authentication'));
    if (!tokens.includes(auth[1] as string)) return send(401, errorBody(401, 'Bad credentials'));

    const match = github.match(method, pathname);
    if (!('operation' in match)) {
      const known = match.pathMatches.map((op) => `${op.method} ${op.template}`);
      violation(
        'unknown-route',
        404,
        `no operation in GitHub's description for ${method} ${pathname}`,
        known.length > 0 ? [`the path is documented only for: ${known.join(', ')}`] : [],
      );
      return send(404, errorBody(404, 'Not Found'));
    }
    operation = match.operation;
    record.operationId = operation.operationId;

    if (rate.used >= rate.limit && operation.operationId !== 'rate-limit/get') {
      return send(403, errorBody(403, `API rate limit exceeded for user ID ${viewer.id}.`));
    }

    const params: Record<string, unknown> = { ...match.params };
    if (!operation.validatePath(params)) {
      const details = describeAjvErrors(operation.validatePath.errors, 'path');
      violation('request', 404, `path parameters of ${operation.operationId} are invalid`, details);
      return send(404, errorBody(404, 'Not Found'));
    }
    const query: Record<string, unknown> = { ...record.query };
    const problems: string[] = [];
    if (!operation.validateQuery(query))
      problems.push(...describeAjvErrors(operation.validateQuery.errors, 'query'));
    if (operation.validateBody) {
      const candidate = body ?? (operation.bodyRequired ? {} : undefined);
      if (candidate !== undefined && !operation.validateBody(structuredClone(candidate))) {
        problems.push(...describeAjvErrors(operation.validateBody.errors, 'body'));
      }
    }
    if (problems.length > 0) {
      violation(
        'request',
        422,
        `${operation.operationId} request does not match GitHub's description`,
        problems,
      );
      const answer = { status: 422, body: errorBody(422, `Invalid request.\n\n${problems.join('\n')}`) };
      return finish(answer);
    }

    payloads ??= new Payloads(state, url);
    const ctx: HandlerContext = {
      params,
      query,
      rawQuery: record.query,
      body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined,
      headers,
      viewer: viewer.login,
      state,
      payloads,
      url,
      pathname,
      rate: () => ({ ...rate }),
      options: { requireCodeownersWriteAccess: options.requireCodeownersWriteAccess ?? true },
    };
    const handler = handlers[operation.operationId];
    let result: HandlerResult;
    try {
      if (!handler) throw new Error(`no handler for ${operation.operationId}`);
      result = handler(ctx);
    } catch (error) {
      if (!(error instanceof GitHubStateError)) {
        // A stand-in bug: answer like GitHub's 500 and make the test fail on violations.
        violation('response', 500, `stand-in failed: ${(error as Error).stack ?? String(error)}`);
        return send(500, errorBody(500, 'Server Error'));
      }
      result = { status: error.status, body: errorBody(error.status, error.message, error.errors) };
    }
    return finish(result);

    function finish(result: HandlerResult): void {
      const op = operation as CompiledOperation;
      const extra: Record<string, string> = { ...result.headers };
      const text = result.raw
        ? result.raw.bytes
        : result.body === undefined
          ? undefined
          : JSON.stringify(result.body);
      if (method === 'GET' && result.status === 200 && text !== undefined) {
        extra['etag'] = `W/"${createHash('sha256').update(text).digest('hex')}"`;
        extra['cache-control'] = 'private, max-age=60, s-maxage=60';
        extra['vary'] = 'Accept, Authorization, Cookie, X-GitHub-OTP';
        if (etagMatches(headers['if-none-match'], extra['etag'])) {
          // GitHub does not count conditional requests answered 304 against the rate limit.
          record.notModified = true;
          send(304, undefined, extra);
          return;
        }
      }
      if (op.operationId !== 'rate-limit/get') rate.used += 1;
      if (options.validateResponses && !result.raw) checkResponse(op, result);
      if (fault?.afterHandling && fault.hang) {
        // The work is done; the client never hears of it.
        record.fault = true;
        requests.push(record);
        return;
      }
      if (fault?.afterHandling && fault.status !== undefined) {
        // The work is done (state changed); the client hears only the fault.
        record.fault = true;
        const faultBody = fault.body === undefined ? defaultErrorBody(fault.status) : fault.body;
        send(fault.status, faultBody, fault.headers ?? {});
        return;
      }
      send(result.status, result.body, extra, result.raw);
    }

    function checkResponse(op: CompiledOperation, result: HandlerResult): void {
      const key = String(result.status);
      if (!op.responses.has(key)) {
        // GitHub's description leaves out most 401/404/422s; only undocumented successes are bugs.
        if (result.status < 400) {
          violation('response', result.status, `${op.operationId} answered ${key}, which is not documented`);
        }
        return;
      }
      const validate = op.responses.get(key);
      if (validate && result.body !== undefined && !validate(result.body)) {
        violation(
          'response',
          result.status,
          `${op.operationId} ${key} body does not match GitHub's description`,
          describeAjvErrors(validate.errors, 'response'),
        );
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end(String(error));
    });
  });
  // Nothing keeps the process alive for the stand-in's sake.
  server.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      for (const wake of [...waits]) wake();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closed;
  };
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 10 * 60_000);
  lifetime.unref();

  return { url, token: tokens[0] as string, state, requests, violations, faults, close };
}
