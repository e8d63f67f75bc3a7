import { describe, expect, it } from 'vitest';
import { connectionFromEnv, redact, secretsOf } from './connection.js';

describe('connectionFromEnv', () => {
  const creds = { JIRA_EMAIL: 'admin@example.com', JIRA_API_TOKEN: 'tok-123456' };

  it('takes JIRA_BASE_URL over the model’s site, and trims a trailing slash', () => {
    expect(
      connectionFromEnv(
        { ...creds, JIRA_BASE_URL: 'https://other.atlassian.net/' },
        'https://example.atlassian.net',
      ),
    ).toEqual({
      ok: true,
      value: { baseUrl: 'https://other.atlassian.net', email: 'admin@example.com', apiToken: 'tok-123456' },
    });
    expect(connectionFromEnv(creds, 'https://example.atlassian.net')).toMatchObject({
      ok: true,
      value: { baseUrl: 'https://example.atlassian.net' },
    });
  });

  it('names every missing variable, never a value', () => {
    const result = connectionFromEnv({ JIRA_API_TOKEN: '' }, undefined);
    expect(result).toEqual({
      ok: false,
      problems: [
        'no Jira site: set JIRA_BASE_URL, or site in jira.yaml',
        'JIRA_EMAIL is not set (the email of the Jira account to act as)',
        'JIRA_API_TOKEN is not set (an API token of that account: https://id.atlassian.com/manage-profile/security/api-tokens)',
      ],
    });
  });

  it('refuses plain http except on this machine, and URLs that carry credentials', () => {
    expect(connectionFromEnv({ ...creds, JIRA_BASE_URL: 'http://jira.example.com' }, undefined)).toEqual({
      ok: false,
      problems: [
        'the Jira site must use https (credentials would travel in the clear); got http://jira.example.com',
      ],
    });
    expect(connectionFromEnv({ ...creds, JIRA_BASE_URL: 'http://127.0.0.1:8080' }, undefined).ok).toBe(true);
    const withUser = connectionFromEnv(
      { ...creds, JIRA_BASE_URL: 'https://me:secret@x.atlassian.net' },
      undefined,
    );
    expect(withUser).toEqual({
      ok: false,
      problems: ['the Jira site URL must not carry a user, password, query or fragment'],
    });
    expect(JSON.stringify(withUser)).not.toContain('secret');
    expect(connectionFromEnv({ ...creds, JIRA_BASE_URL: 'not a url' }, undefined)).toMatchObject({
      ok: false,
    });
  });
});

describe('redact', () => {
  it('hides the token, the email:token pair and its base64 (basic auth) form', () => {
    const secrets = secretsOf({ email: 'admin@example.com', apiToken: 'tok-123456' });
    const basic = Buffer.from('admin@example.com:tok-123456').toString('base64');
    expect(
      redact(`Authorization: Basic ${basic}; token tok-123456; pair admin@example.com:tok-123456`, secrets),
    ).toBe('Authorization: Basic [REDACTED]; token [REDACTED]; pair [REDACTED]');
    expect(secretsOf({ email: 'a', apiToken: '' })).toEqual([]);
  });
});
