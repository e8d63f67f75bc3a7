/**
 * Keeping the token out of everything rolekit prints. Octokit already masks the `authorization`
 * header in the errors it throws; these helpers also scrub the token's text from messages and
 * drop request headers altogether, so nothing that reaches a terminal or a log can carry it.
 */

import { redact } from '@rolekit/core';

export { redact };

/** The parts of an Octokit RequestError that rolekit reads. */
export interface GitHubRequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string; headers?: Record<string, unknown> };
  response?: { status?: number; headers?: Record<string, string | undefined>; data?: unknown };
}

export function isRequestError(error: unknown): error is GitHubRequestErrorLike & Error {
  return (
    error instanceof Error &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { request?: unknown }).request === 'object'
  );
}

/** GitHub's own error text (`message` of the JSON body), without the documentation link. */
function githubMessage(error: GitHubRequestErrorLike): string {
  const data = error.response?.data;
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

/** The request's path relative to the API root, e.g. `/repos/acme/api/contents/CODEOWNERS`. */
export function requestPathOf(url: string | undefined, baseUrl: string | undefined): string {
  return requestPath(url, baseUrl);
}

function requestPath(url: string | undefined, baseUrl: string | undefined): string {
  if (!url) return '';
  const withoutBase = baseUrl && url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
  let path: string;
  try {
    path = withoutBase.startsWith('/') ? withoutBase : new URL(withoutBase).pathname;
  } catch {
    path = withoutBase;
  }
  // Octokit percent-encodes a file path parameter (`.github%2FCODEOWNERS`); people read slashes.
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * One line for a failed request that is safe to print: `GET /repos/a/b: 404 Not Found`. The token
 * never appears, whatever the server or the network layer put into the message.
 */
export function describeGitHubError(
  error: unknown,
  options: { secrets: readonly string[]; baseUrl?: string },
): string {
  if (isRequestError(error)) {
    const method = error.request?.method ?? '';
    const path = requestPath(error.request?.url, options.baseUrl);
    const where = method || path ? `${[method, path].filter(Boolean).join(' ')}: ` : '';
    const status = error.status === 0 ? '' : `${error.status} `;
    return redact(`${where}${status}${githubMessage(error)}`.trim(), options.secrets);
  }
  const message = error instanceof Error ? error.message : String(error);
  return redact(message, options.secrets);
}

/**
 * A copy of an error that is safe to rethrow or log: message scrubbed, request headers (which
 * carry `authorization`) removed, no `cause` chain that could hold the original request.
 */
export function sanitiseError(error: unknown, secrets: readonly string[]): Error {
  if (!(error instanceof Error)) return new Error(redact(String(error), secrets));
  const copy = new Error(redact(error.message, secrets));
  copy.name = error.name;
  if (error.stack) copy.stack = redact(error.stack, secrets);
  const source = error as Error & Partial<GitHubRequestErrorLike>;
  if (typeof source.status === 'number') {
    Object.assign(copy, { status: source.status });
  }
  if (source.request) {
    const { headers: _headers, ...request } = source.request;
    Object.assign(copy, {
      request: { ...request, url: request.url ? redact(request.url, secrets) : request.url },
    });
  }
  if (source.response) {
    Object.assign(copy, {
      response: {
        status: source.response.status,
        headers: source.response.headers,
        data: source.response.data,
      },
    });
  }
  return copy;
}

/**
 * Removes the `authorization` header from a RequestError's request and the token from its message
 * and stack, keeping the error's class, status and response for callers that inspect them.
 */
export function scrubInPlace<E>(error: E, secrets: readonly string[]): E {
  if (!(error instanceof Error)) return error;
  const request = (error as Partial<GitHubRequestErrorLike>).request;
  if (request?.headers && typeof request.headers === 'object') {
    const { authorization: _authorization, ...headers } = request.headers;
    request.headers = headers;
  }
  if (request?.url) request.url = redact(request.url, secrets);
  try {
    error.message = redact(error.message, secrets);
    if (error.stack) error.stack = redact(error.stack, secrets);
  } catch {
    // A frozen error keeps its message; describeGitHubError still redacts it.
  }
  return error;
}
