// Where the site is and how to sign in, from the environment; and keeping the credentials out of
// everything rolekit prints. Pure.

export interface JiraConnection {
  /** e.g. https://example.atlassian.net, without a trailing slash. */
  baseUrl: string;
  email: string;
  apiToken: string;
}

export type ConnectionResult = { ok: true; value: JiraConnection } | { ok: false; problems: string[] };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * JIRA_BASE_URL (else the model's jira.yaml site), JIRA_EMAIL and JIRA_API_TOKEN (Jira Cloud basic
 * auth with an API token). Problems name the variables, never their values.
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv, site: string | undefined): ConnectionResult {
  const problems: string[] = [];
  const raw = env['JIRA_BASE_URL']?.trim() || site;
  let baseUrl = '';
  if (!raw) {
    problems.push('no Jira site: set JIRA_BASE_URL, or site in jira.yaml');
  } else {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      problems.push(
        `${env['JIRA_BASE_URL']?.trim() ? 'JIRA_BASE_URL' : 'the site in jira.yaml'} is not a URL; use e.g. https://your-site.atlassian.net`,
      );
    }
    if (url) {
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
        problems.push(
          `the Jira site must use https (credentials would travel in the clear); got ${url.protocol}//${url.host}`,
        );
      } else if (url.username || url.password || url.search || url.hash) {
        problems.push('the Jira site URL must not carry a user, password, query or fragment');
      } else {
        baseUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
      }
    }
  }
  const email = env['JIRA_EMAIL']?.trim() ?? '';
  const apiToken = env['JIRA_API_TOKEN']?.trim() ?? '';
  if (!email) problems.push('JIRA_EMAIL is not set (the email of the Jira account to act as)');
  if (!apiToken)
    problems.push(
      'JIRA_API_TOKEN is not set (an API token of that account: https://id.atlassian.com/manage-profile/security/api-tokens)',
    );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { baseUrl, email, apiToken } };
}

/** The forms a credential can take on the wire or in a message. */
export function secretsOf(connection: Pick<JiraConnection, 'email' | 'apiToken'>): string[] {
  const { email, apiToken } = connection;
  if (!apiToken) return [];
  const pair = `${email}:${apiToken}`;
  return [
    Buffer.from(pair).toString('base64'),
    Buffer.from(pair).toString('base64url'),
    encodeURIComponent(pair),
    pair,
    encodeURIComponent(apiToken),
    apiToken,
  ].filter((s, i, all) => s.length >= 4 && all.indexOf(s) === i);
}

/** Every form of the credentials is replaced by core's one redaction rule. */
export { redact } from '@rolekit/core';
