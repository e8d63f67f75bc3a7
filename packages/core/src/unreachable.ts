/**
 * A service that could not be reached is not a difference and not a refusal: neither drift (exit 1)
 * nor a usage error (exit 2), but its own failure, the same for GitHub and Jira (exit 3). The
 * message names the service and the request, and never a credential (URLs and paths carry none).
 */

/** The process exit code for "a service could not be reached" (docs/exit-codes.md). */
export const EXIT_UNREACHABLE = 3;

export type UnreachableKind = 'timeout' | 'refused' | 'dns' | 'reset' | 'tls' | 'network';

export class ServiceUnreachableError extends Error {
  override name = 'ServiceUnreachableError';
  constructor(
    message: string,
    readonly service: string,
    readonly kind: UnreachableKind,
    /** The request that failed: `GET /repos/acme/api`. */
    readonly request: string,
  ) {
    super(message);
  }
}

/** What a Node network error code means, for the message. */
export function unreachableKind(code: string | undefined): UnreachableKind {
  switch (code) {
    case 'ETIMEDOUT':
    case 'ECONNABORTED':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
    case 'ERR_SOCKET_CONNECTION_TIMEOUT':
      return 'timeout';
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
    case 'EAI_FAIL':
      return 'dns';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return 'reset';
    default:
      return code && /CERT|SSL|TLS/.test(code) ? 'tls' : 'network';
  }
}

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/** One line for a request that got no answer: what happened, to which request, at which host. */
export function describeUnreachable(
  service: string,
  kind: UnreachableKind,
  request: string,
  details: { host?: string; timeoutMs?: number; code?: string } = {},
): string {
  const at = details.host ? ` at ${details.host}` : '';
  switch (kind) {
    case 'timeout':
      return `${service}${at} did not answer ${request} within ${details.timeoutMs === undefined ? 'the time allowed' : seconds(details.timeoutMs)}`;
    case 'refused':
      return `could not connect to ${service}${at} for ${request}: connection refused`;
    case 'dns':
      return `could not find ${service}'s host${details.host ? ` ${details.host}` : ''} for ${request}: the name does not resolve`;
    case 'reset':
      return `the connection to ${service}${at} broke during ${request}`;
    case 'tls':
      return `could not set up a secure connection to ${service}${at} for ${request}${details.code ? ` (${details.code})` : ''}`;
    default:
      return `could not reach ${service}${at} for ${request}${details.code ? ` (${details.code})` : ''}`;
  }
}

/** The hint printed under such an error, naming the variable that says where the service is. */
export function unreachableHint(kind: UnreachableKind, variable: string): string {
  if (kind === 'timeout')
    return `the service is slow or a proxy swallowed the request; try again later, or check ${variable}`;
  return `check ${variable} and the network (proxy, VPN, firewall); nothing after this request was tried`;
}
