import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceUnreachableError } from '@rolekit/core';
import { type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient, GitHubConfigError, githubFromEnv } from './client.js';
import { EtagCache } from './etag-cache.js';
import { sanitiseError } from './redact.js';

let standIn: GitHubStandIn;
let logs: string[];
let client: GitHubClient;

const fast = { retryBaseMs: 5, writeIntervalMs: 0 };

beforeEach(async () => {
  standIn = await startGitHubStandIn({ validateResponses: true });
  standIn.state.addRepo('acme/api', { files: { 'README.md': 'hello\n' } });
  logs = [];
  const log = (level: string) => (message: string) => logs.push(`${level}: ${message}`);
  client = createGitHubClient({
    token: standIn.token,
    baseUrl: standIn.url,
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    ...fast,
  });
});

afterEach(async () => {
  expect(standIn.violations).toEqual([]);
  await standIn.close();
});

/** A loopback port nothing listens on (it did a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failure(call: Promise<unknown>): Promise<Error & { status: number }> {
  try {
    await call;
  } catch (error) {
    return error as Error & { status: number };
  }
  throw new Error('expected the request to fail');
}

describe('githubFromEnv', () => {
  it('says what to do when GITHUB_TOKEN is missing', () => {
    expect(() => githubFromEnv({})).toThrow(GitHubConfigError);
    expect(() => githubFromEnv({ GITHUB_TOKEN: '  ' })).toThrow(/GITHUB_TOKEN is not set/);
  });

  it('takes the API root from GITHUB_API_URL, for GitHub Enterprise Server too', () => {
    expect(githubFromEnv({ GITHUB_TOKEN: 'ghp_x1' }).rolekit.baseUrl).toBe('https://api.github.com');
    const ghes = githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', GITHUB_API_URL: 'https://git.example.com/api/v3/' });
    expect(ghes.rolekit.baseUrl).toBe('https://git.example.com/api/v3');
    expect(() => githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', GITHUB_API_URL: 'not a url' })).toThrow(
      GitHubConfigError,
    );
  });

  it('refuses plain http to anything but this machine: the token would travel in the clear', () => {
    expect(() =>
      githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', GITHUB_API_URL: 'http://git.example.com/api/v3' }),
    ).toThrow(
      'GITHUB_API_URL must use https (the token would travel in the clear); e.g. https://github.example.com/api/v3',
    );
    for (const local of ['http://127.0.0.1:8080/api', 'http://localhost:1', 'http://[::1]:2'])
      expect(githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', GITHUB_API_URL: local }).rolekit.baseUrl).toBe(
        local.replace(/\/$/, ''),
      );
  });

  it('never repeats the token in a configuration error', () => {
    const token = 'ghp_secretsecret';
    const error = (() => {
      try {
        githubFromEnv({ GITHUB_TOKEN: token, GITHUB_API_URL: `https://x:${token}@example.com` });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected an error');
    })();
    expect(error.message).not.toContain(token);
  });

  it('never prints a password inside GITHUB_API_URL, well-formed or not', () => {
    const password = 'hunter2-very-secret';
    for (const url of [
      `https://admin:${password}@git.example.com/api/v3`,
      `https://admin:${password}@git example.com/api/v3`,
      `https://admin:${password}@[::1/api`,
      `ftp://admin:${password}@git.example.com`,
      `git.example.com/api/v3?token=${password}`,
      `https://git.example.com/api/v3?access_token=${password}`,
      `${password}`,
      // No scheme: the user name parses as one, and must not be echoed as `'admin:'`.
      `admin:${password}@git.example.com/api/v3`,
    ]) {
      let message = '';
      try {
        githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', GITHUB_API_URL: url });
      } catch (e) {
        expect(e).toBeInstanceOf(GitHubConfigError);
        message = (e as Error).message;
      }
      expect(message, url).toMatch(/^GITHUB_API_URL /);
      expect(message, url).not.toContain(password);
      expect(message, url).not.toContain('admin');
    }
  });

  it('reads the timeout from ROLEKIT_GITHUB_TIMEOUT_MS', () => {
    expect(() => githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', ROLEKIT_GITHUB_TIMEOUT_MS: 'long' })).toThrow(
      /ROLEKIT_GITHUB_TIMEOUT_MS must be a number of milliseconds/,
    );
  });

  it('reads the pacing knobs and rejects nonsense', () => {
    expect(() => githubFromEnv({ GITHUB_TOKEN: 'ghp_x1', ROLEKIT_GITHUB_RETRY_BASE_MS: 'soon' })).toThrow(
      /ROLEKIT_GITHUB_RETRY_BASE_MS/,
    );
  });
});

describe('createGitHubClient against the stand-in', () => {
  it('authenticates, counts requests and logs without the token', async () => {
    const { data } = await client.rest.repos.get({ owner: 'acme', repo: 'api' });
    expect(data.default_branch).toBe('main');
    await failure(client.rest.repos.get({ owner: 'acme', repo: 'missing' }));
    expect(client.rolekit.stats).toEqual({ requests: 2, writes: 0, notModified: 0 });
    expect(logs.some((l) => l.includes('/repos/acme/api'))).toBe(true);
    expect(logs.join('\n')).not.toContain(standIn.token);
  });

  it('turns a repeated read into a conditional request answered 304 from the cache', async () => {
    const first = await client.rest.repos.getContent({ owner: 'acme', repo: 'api', path: 'README.md' });
    const second = await client.rest.repos.getContent({ owner: 'acme', repo: 'api', path: 'README.md' });
    expect(second.status).toBe(200);
    expect(second.data).toEqual(first.data);
    expect(standIn.requests.map((r) => [r.conditional, r.notModified])).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(client.rolekit.stats.notModified).toBe(1);
    expect(client.rolekit.etags?.hits).toBe(1);

    // A change on the server is a full answer again.
    standIn.state.putFile('acme/api', 'README.md', 'changed\n');
    const third = await client.rest.repos.getContent({ owner: 'acme', repo: 'api', path: 'README.md' });
    expect(Buffer.from((third.data as { content: string }).content, 'base64').toString()).toBe('changed\n');
    expect(standIn.requests[2]?.notModified).toBe(false);
  });

  it('keys the cache by media type as well as URL', async () => {
    await client.rest.repos.getContent({ owner: 'acme', repo: 'api', path: 'README.md' });
    const raw = await client.rest.repos.getContent({
      owner: 'acme',
      repo: 'api',
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe('hello\n');
    expect(standIn.requests[1]?.conditional).toBe(false);
  });

  it('waits for a primary rate limit that lifts soon, and says so through the logger', async () => {
    standIn.faults.rateLimit({ path: '/repos/acme/api' }, { resetInSeconds: 0 });
    const { data } = await client.rest.repos.get({ owner: 'acme', repo: 'api' });
    expect(data.name).toBe('api');
    expect(standIn.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(logs.filter((l) => l.startsWith('warn:'))).toEqual([
      expect.stringMatching(
        /^warn: GitHub primary rate limit on GET \/repos\/\{owner\}\/\{repo\}; retrying in \d+ s \(1 of 3\)$/,
      ),
    ]);
  });

  it('does not wait for a rate limit that lifts in an hour', async () => {
    standIn.faults.rateLimit({ path: '/repos/acme/api' }, { resetInSeconds: 3600 });
    const error = await failure(client.rest.repos.get({ owner: 'acme', repo: 'api' }));
    expect(error.status).toBe(403);
    expect(standIn.requests).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/later than rolekit waits/);
    expect(client.rolekit.describe(error)).toBe(
      'GET /repos/acme/api: 403 API rate limit exceeded for user ID 1.',
    );
  });

  it('retries a secondary rate limit after retry-after, a bounded number of times', async () => {
    standIn.faults.secondaryRateLimit({ path: '/repos/acme/api', times: Infinity }, { retryAfterSeconds: 1 });
    const error = await failure(client.rest.repos.get({ owner: 'acme', repo: 'api' }));
    expect(error.status).toBe(403);
    expect(standIn.requests).toHaveLength(4);
    expect(logs.filter((l) => l.startsWith('warn:')).at(-1)).toMatch(/giving up after 3 retries/);
  });

  it('retries server errors but never a 409, which needs a fresh read', async () => {
    standIn.faults.add({ path: '/repos/acme/api', status: 502, times: 2 });
    const { data } = await client.rest.repos.get({ owner: 'acme', repo: 'api' });
    expect(data.name).toBe('api');
    expect(standIn.requests.map((r) => r.status)).toEqual([502, 502, 200]);

    standIn.faults.add({ method: 'PUT', status: 409 });
    const conflict = await failure(
      client.rest.repos.createOrUpdateFileContents({
        owner: 'acme',
        repo: 'api',
        path: 'NEW.md',
        message: 'add',
        content: Buffer.from('x').toString('base64'),
      }),
    );
    expect(conflict.status).toBe(409);
    expect(standIn.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('keeps the token out of errors, their copies and descriptions', async () => {
    const error = await failure(client.rest.repos.get({ owner: 'acme', repo: 'missing' }));
    const request = (error as unknown as { request: { headers: Record<string, string> } }).request;
    expect(request.headers).not.toHaveProperty('authorization');
    expect(error.name).toBe('HttpError');
    expect(JSON.stringify(error)).not.toContain(standIn.token);
    const described = client.rolekit.describe(error);
    expect(described).toBe('GET /repos/acme/missing: 404 Not Found');
    const safe = sanitiseError(error, [standIn.token]);
    expect(JSON.stringify(safe)).not.toContain(standIn.token);
    expect(JSON.stringify(safe)).not.toMatch(/authorization/i);
    expect(String(safe.stack)).not.toContain(standIn.token);
  });

  it('names a refused connection as such, not as a 500, and without the token', async () => {
    const port = await closedPort();
    const offline = createGitHubClient({
      token: standIn.token,
      baseUrl: `http://127.0.0.1:${port}`,
      retries: 0,
      ...fast,
    });
    const error = await failure(offline.rest.repos.get({ owner: 'acme', repo: 'api' }));
    expect(error).toBeInstanceOf(ServiceUnreachableError);
    expect(error).toMatchObject({ service: 'GitHub', kind: 'refused', request: 'GET /repos/acme/api' });
    expect(offline.rolekit.describe(error)).toBe(
      `could not connect to GitHub at 127.0.0.1:${port} for GET /repos/acme/api: connection refused`,
    );
    expect(offline.rolekit.describe(error)).not.toContain(standIn.token);
  });

  it('names a host that does not resolve', async () => {
    const nowhere = createGitHubClient({
      token: standIn.token,
      baseUrl: 'https://rolekit-no-such-host.invalid',
      retries: 0,
      ...fast,
    });
    const error = await failure(nowhere.rest.repos.get({ owner: 'acme', repo: 'api' }));
    expect(error).toMatchObject({ kind: 'dns' });
    expect(error.message).toBe(
      "could not find GitHub's host rolekit-no-such-host.invalid for GET /repos/acme/api: the name does not resolve",
    );
  });

  it('gives up on a request that is never answered after its own timeout, and does not resend it', async () => {
    standIn.faults.add({ path: '/repos/acme/api', hang: true, times: Infinity });
    const impatient = createGitHubClient({
      token: standIn.token,
      baseUrl: standIn.url,
      timeoutMs: 300,
      ...fast,
    });
    const started = Date.now();
    const error = await failure(impatient.rest.repos.get({ owner: 'acme', repo: 'api' }));
    const took = Date.now() - started;
    expect(error).toBeInstanceOf(ServiceUnreachableError);
    expect(error.message).toBe(
      `GitHub at ${new URL(standIn.url).host} did not answer GET /repos/acme/api within 300 ms`,
    );
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(3000);
    expect(standIn.requests.filter((r) => r.path === '/repos/acme/api')).toHaveLength(1);
    expect(impatient.rolekit.stats.requests).toBe(1);
  });
});

describe('EtagCache on disk', () => {
  it('survives a save and load, and a later client sends conditional requests', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rolekit-etags-'));
    try {
      const file = join(dir, 'nested', 'github-etags.json');
      const cache = new EtagCache();
      const first = createGitHubClient({ token: standIn.token, baseUrl: standIn.url, etags: cache, ...fast });
      await first.rest.repos.get({ owner: 'acme', repo: 'api' });
      await cache.save(file);
      expect(await readFile(file, 'utf8')).not.toContain(standIn.token);

      const loaded = await EtagCache.load(file);
      expect(loaded.size).toBe(1);
      const second = createGitHubClient({
        token: standIn.token,
        baseUrl: standIn.url,
        etags: loaded,
        ...fast,
      });
      const { data } = await second.rest.repos.get({ owner: 'acme', repo: 'api' });
      expect(data.full_name).toBe('acme/api');
      expect(standIn.requests.at(-1)?.notModified).toBe(true);

      expect((await EtagCache.load(join(dir, 'missing.json'))).size).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
