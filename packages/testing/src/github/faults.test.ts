import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, type Harness, startHarness } from './test-helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.standIn.close();
});

const getRepo = () => h.octokit.repos.get({ owner: h.owner, repo: h.repo });

describe('fault injection', () => {
  it('answers a 500 the given number of times, then handles normally', async () => {
    const fault = h.standIn.faults.add({
      method: 'GET',
      path: '/repos/acme/handbook',
      status: 500,
      times: 2,
    });
    expect((await failure(getRepo())).status).toBe(500);
    const second = await failure(getRepo());
    expect(second.status).toBe(500);
    expect(second.response?.data).toMatchObject({ message: 'Server Error' });
    expect((await getRepo()).status).toBe(200);
    expect(fault).toMatchObject({ hits: 2, remaining: 0 });
    expect(h.standIn.faults.pending()).toEqual([]);
    expect(h.standIn.requests.map((r) => [r.status, r.fault])).toEqual([
      [500, true],
      [500, true],
      [200, false],
    ]);
    // Faults are scripted, not GitHub-description drift.
    expect(h.standIn.violations).toEqual([]);
  });

  it('matches paths by RegExp and methods, leaving other requests alone', async () => {
    h.standIn.faults.add({
      method: 'PUT',
      path: /\/contents\//,
      status: 409,
      body: { message: 'is at 0000' },
    });
    expect((await getRepo()).status).toBe(200);
    const put = await failure(
      h.octokit.repos.createOrUpdateFileContents({
        owner: h.owner,
        repo: h.repo,
        path: 'NEW.md',
        message: 'm',
        content: 'eA==',
      }),
    );
    expect(put.status).toBe(409);
    expect(put.response?.data).toEqual({ message: 'is at 0000' });
    expect(h.standIn.state.readFile('acme/handbook', 'NEW.md')).toBeUndefined();
  });

  it('injects a 404 with custom headers', async () => {
    h.standIn.faults.add({ path: '/repos/acme/handbook', status: 404, headers: { 'x-custom': 'yes' } });
    const missing = await failure(getRepo());
    expect(missing.status).toBe(404);
    expect(missing.response?.headers['x-custom']).toBe('yes');
    expect(missing.response?.headers['x-ratelimit-limit']).toBe('5000');
  });

  it('injects the primary rate limit the way Octokit throttling reads it', async () => {
    h.standIn.faults.rateLimit({ path: '/repos/acme/handbook' }, { resetInSeconds: 120 });
    const limited = await failure(getRepo());
    const now = Math.floor(Date.now() / 1000);
    expect(limited.status).toBe(403);
    expect(limited.response?.headers['x-ratelimit-remaining']).toBe('0');
    const reset = Number(limited.response?.headers['x-ratelimit-reset']);
    expect(reset).toBeGreaterThanOrEqual(now + 118);
    expect(reset).toBeLessThanOrEqual(now + 121);
    expect(limited.response?.data).toMatchObject({ message: 'API rate limit exceeded for user ID 1.' });
  });

  it('injects a secondary rate limit with retry-after, as 403 or 429', async () => {
    h.standIn.faults.secondaryRateLimit({}, { retryAfterSeconds: 7 });
    h.standIn.faults.secondaryRateLimit({}, { status: 429, retryAfterSeconds: 3 });
    const first = await failure(getRepo());
    expect(first.status).toBe(403);
    expect(first.response?.headers['retry-after']).toBe('7');
    expect(first.response?.data).toMatchObject({ message: expect.stringMatching(/\bsecondary rate\b/i) });
    const second = await failure(getRepo());
    expect(second.status).toBe(429);
    expect(second.response?.headers['retry-after']).toBe('3');
    expect((await getRepo()).status).toBe(200);
  });

  it('delays a response, alone or with a status', async () => {
    h.standIn.faults.add({ path: '/repos/acme/handbook', delayMs: 150 });
    const started = Date.now();
    const slow = await getRepo();
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    h.standIn.faults.add({ delayMs: 100, status: 502 });
    const startedAgain = Date.now();
    expect((await failure(getRepo())).status).toBe(502);
    expect(Date.now() - startedAgain).toBeGreaterThanOrEqual(90);
  });

  it('applies to every request with times: Infinity until cleared', async () => {
    h.standIn.faults.add({ status: 503, times: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 3; i++) expect((await failure(getRepo())).status).toBe(503);
    h.standIn.faults.clear();
    expect((await getRepo()).status).toBe(200);
  });

  it('hangs: accepts the request and never answers until the client gives up', async () => {
    h.standIn.faults.add({ path: '/repos/acme/handbook', hang: true });
    const started = Date.now();
    const error = await h.octokit.repos
      .get({ owner: h.owner, repo: h.repo, request: { signal: AbortSignal.timeout(200) } })
      .catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(h.standIn.requests.map((r) => [r.method, r.path, r.status, r.fault])).toEqual([
      ['GET', '/repos/acme/handbook', 0, true],
    ]);
    expect((await getRepo()).status).toBe(200);
  });

  it('answers a fault after doing the work: the write happened, the client hears 502', async () => {
    h.standIn.faults.add({ method: 'PUT', path: /\/contents\//, status: 502, afterHandling: true });
    const put = await failure(
      h.octokit.repos.createOrUpdateFileContents({
        owner: h.owner,
        repo: h.repo,
        path: 'NEW.md',
        message: 'm',
        content: 'eA==',
      }),
    );
    expect(put.status).toBe(502);
    expect(put.response?.data).toMatchObject({ message: 'Bad Gateway' });
    expect(h.standIn.state.readFile('acme/handbook', 'NEW.md')).toBe('x');
    expect(h.standIn.requests.at(-1)).toMatchObject({ status: 502, fault: true });
    expect(h.standIn.violations).toEqual([]);
    expect(() => h.standIn.faults.add({ afterHandling: true, delayMs: 1 })).toThrow(/needs the status/);
  });

  it('does the work and then never answers, with hang and afterHandling together', async () => {
    h.standIn.faults.add({ method: 'PUT', path: /\/contents\//, hang: true, afterHandling: true });
    const error = await h.octokit.repos
      .createOrUpdateFileContents({
        owner: h.owner,
        repo: h.repo,
        path: 'LATE.md',
        message: 'm',
        content: 'eA==',
        request: { signal: AbortSignal.timeout(200) },
      })
      .catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(h.standIn.state.readFile('acme/handbook', 'LATE.md')).toBe('x');
    expect(h.standIn.requests.at(-1)).toMatchObject({ method: 'PUT', fault: true });
  });

  it('close() does not wait for a long delayed response', async () => {
    h.standIn.faults.add({ delayMs: 60_000, status: 500 });
    const pending = getRepo().catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await h.standIn.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
