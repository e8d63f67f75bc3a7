import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { defaultFaultBody, FaultList } from './faults.js';
import { JIRA_PROJECT_PERMISSIONS } from './permissions.js';
import { API, buildRoutes, errorBody, JiraApiError, type Reply } from './routes.js';
import { JiraState } from './state.js';
import type { FaultInjector, FaultSpec, RecordedRequest, Violation, ViolationKind } from './types.js';
import { createRequestValidators, type ShapeProblem } from './validate.js';

export interface JiraCredentials {
  email: string;
  apiToken: string;
}

/** What the stand-in accepts unless told otherwise. Not a secret: it only guards 127.0.0.1. */
export const DEFAULT_JIRA_CREDENTIALS: Readonly<JiraCredentials> = {
  email: 'rolekit-tests@example.com',
  apiToken: 'stand-in-api-token',
};

export interface JiraStandInOptions {
  /** The one email + API token pair Basic auth accepts. */
  credentials?: JiraCredentials;
  /** Pre-seeded state; a fresh one (with the default scheme, id 0) otherwise. */
  state?: JiraState;
  /** App-defined project permission keys to accept besides the built-in ones. */
  extraPermissionKeys?: readonly string[];
  /** Request bodies above this answer 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Requests beyond this answer 503 and record a `request-limit` violation. Default 10 000. */
  maxRequests?: number;
  /** The server closes itself after this long, so a forgotten stand-in cannot linger. Default 15 min. */
  maxLifetimeMs?: number;
}

export interface JiraStandIn {
  /** `http://127.0.0.1:<port>`: pass as jira.js `host`. */
  url: string;
  state: JiraState;
  requests: RecordedRequest[];
  violations: Violation[];
  faults: FaultInjector;
  credentials: Readonly<JiraCredentials>;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

export async function startJiraStandIn(options: JiraStandInOptions = {}): Promise<JiraStandIn> {
  const credentials = { ...(options.credentials ?? DEFAULT_JIRA_CREDENTIALS) };
  const expectedAuth = `Basic ${Buffer.from(`${credentials.email}:${credentials.apiToken}`).toString('base64')}`;
  const state = options.state ?? new JiraState();
  const extraKeys = options.extraPermissionKeys ?? [];
  const validators = createRequestValidators([...JIRA_PROJECT_PERMISSIONS, ...extraKeys]);
  const routes = buildRoutes(state, extraKeys);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxRequests = options.maxRequests ?? 10_000;

  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faults = new FaultList();
  const sockets = new Set<Socket>();
  const delays = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let seen = 0;
  let closed = false;
  let closing: Promise<void> | undefined;
  let base = '';

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          delays.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      delays.add(entry);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    const write = method !== 'GET' && method !== 'HEAD';
    const record: RecordedRequest = { method, path, query: queryObject(url.searchParams), status: 0, write };
    const violate = (kind: ViolationKind, status: number, messages: string[]) => {
      violations.push({ kind, method, path, status, messages });
    };
    const answer = (reply: Reply, contentType = JSON_TYPE, headers: Record<string, string> = {}) => {
      record.status = reply.status;
      if (seen <= maxRequests) requests.push(record);
      if (closed || res.destroyed) return;
      const payload =
        reply.body === undefined
          ? ''
          : typeof reply.body === 'string'
            ? reply.body
            : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        ...(payload === '' ? {} : { 'content-type': contentType }),
        ...headers,
      });
      res.end(payload);
    };
    const fail = (status: number, messages: string[], kind?: ViolationKind) => {
      if (kind) violate(kind, status, messages);
      answer({ status, body: errorBody(messages) });
    };

    seen += 1;
    if (seen > maxRequests) {
      // Recorded once, so a runaway retry loop shows up without flooding the list.
      if (seen === maxRequests + 1) {
        violate('request-limit', 503, [`More than ${maxRequests} requests; is a client retrying forever?`]);
      }
      return fail(503, ['The stand-in request budget is exhausted.']);
    }

    const raw = await readBody(req, maxBodyBytes);
    if (raw === 'too-large')
      return fail(413, [`Request body larger than ${maxBodyBytes} bytes.`], 'body-too-large');
    let body: unknown;
    let bodyError: string | undefined;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch (e) {
        bodyError = (e as Error).message;
      }
      if (write) record.body = bodyError === undefined ? body : raw.slice(0, 1000);
    }

    // Faults come first: a real outage or rate limit answers before auth and routing.
    const fault = faults.take(method, path);
    if (fault) {
      record.fault = true;
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.hang && !fault.afterHandling) {
        // Silent: recorded now, answered never; close() destroys the socket.
        requests.push(record);
        return;
      }
      if (fault.status !== undefined && !fault.afterHandling) return answerFault(fault, answer);
      delete record.fault;
    }
    // A fault that answers only after the work is done: the state changes, the client hears the fault.
    const reply = fault?.afterHandling
      ? (result: Reply, contentType?: string, headers?: Record<string, string>) => {
          if (result.status >= 400) return answer(result, contentType, headers);
          record.fault = true;
          if (fault.hang) {
            // The work is done; the client never hears of it.
            requests.push(record);
            return;
          }
          return answerFault(fault, answer);
        }
      : answer;

    const auth = req.headers.authorization;
    if (auth === undefined) {
      // GET /permissions "can be accessed anonymously"; everything else here needs an admin.
      if (!(method === 'GET' && path === `${API}/permissions`)) {
        return fail(401, ['Client must be authenticated to access this resource.']);
      }
    } else if (auth !== expectedAuth) {
      return fail(401, ['Client must be authenticated to access this resource.']);
    }

    const byPath = routes.filter((r) => r.pattern.test(path));
    if (byPath.length === 0) return fail(404, [`No Jira REST resource at ${path}.`], 'unknown-route');
    const route = byPath.find((r) => r.method === method);
    if (!route) {
      return fail(
        405,
        [`${method} is not supported on ${path}; use ${byPath.map((r) => r.method).join(', ')}.`],
        'method-not-allowed',
      );
    }
    const params = { ...route.pattern.exec(path)?.groups };
    for (const [name, value] of Object.entries(params)) params[name] = decodeURIComponent(value);
    const badParam = route.integerParams?.find((name) => !/^\d+$/.test(params[name] ?? ''));
    if (badParam) {
      return fail(
        404,
        [`Path parameter ${badParam} must be an integer, got '${params[badParam]}'.`],
        'invalid-path-param',
      );
    }

    if (route.body) {
      const problems = checkBody(req, raw, bodyError, body, validators[route.body]);
      if (problems) return fail(problems.status, problems.messages, problems.kind);
    }

    try {
      reply(route.handle({ params, query: url.searchParams, body, base, url }));
    } catch (e) {
      if (e instanceof JiraApiError) return fail(e.status, e.messages, e.kind);
      throw e;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // A stand-in bug, not a client mistake: answer 500 and keep serving.
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': JSON_TYPE });
        res.end(JSON.stringify(errorBody([`Stand-in error: ${(e as Error).message}`])));
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A forgotten stand-in must not keep the test process alive.
  server.unref();
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  const close = (): Promise<void> => {
    if (closing) return closing;
    closed = true;
    clearTimeout(lifetime);
    for (const d of delays) {
      clearTimeout(d.timer);
      d.resolve();
    }
    delays.clear();
    closing = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    return closing;
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs ?? 15 * 60_000);
  lifetime.unref();

  return { url: base, state, requests, violations, faults, credentials, close };
}

function answerFault(
  fault: Readonly<FaultSpec>,
  answer: (reply: Reply, contentType?: string, headers?: Record<string, string>) => void,
): void {
  const status = fault.status!;
  const headers = { ...fault.headers };
  // Jira Cloud's rate limiting always says when to come back.
  if (status === 429 && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after')) {
    headers['Retry-After'] = '1';
  }
  const body =
    fault.body === undefined ? defaultFaultBody(status) : fault.body === null ? undefined : fault.body;
  answer({ status, body }, typeof body === 'string' ? 'text/plain;charset=UTF-8' : JSON_TYPE, headers);
}

function checkBody(
  req: IncomingMessage,
  raw: string,
  parseError: string | undefined,
  body: unknown,
  validate: (body: unknown) => ShapeProblem[],
): { status: number; kind: ViolationKind; messages: string[] } | undefined {
  if (raw === '') return { status: 400, kind: 'schema', messages: ['A request body is required.'] };
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return {
      status: 415,
      kind: 'unsupported-media-type',
      messages: [`Content-Type must be application/json, got '${type}'.`],
    };
  }
  if (parseError !== undefined) return { status: 400, kind: 'invalid-json', messages: [parseError] };
  const problems = validate(body);
  if (problems.length === 0) return undefined;
  // Name the violation after the most specific problem found.
  const kind =
    problems.find((p) => p.kind === 'unknown-permission')?.kind ??
    problems.find((p) => p.kind === 'unknown-holder-type')?.kind ??
    'schema';
  return { status: 400, kind, messages: problems.map((p) => p.message) };
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep draining so the connection stays usable, but stop holding bytes past the limit.
    if (size > limit) tooLarge = true;
    else chunks.push(chunk);
  }
  return tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8');
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}
