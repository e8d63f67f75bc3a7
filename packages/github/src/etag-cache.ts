/**
 * Conditional requests. Every GET that GitHub answered with an ETag is remembered; the next time
 * the same URL is read (with the same Accept header) the request carries `If-None-Match`, and a
 * `304 Not Modified` answer (which does not count against the rate limit) is turned back into the
 * remembered response. Octokit itself throws on 304, so this has to sit in a request hook.
 *
 * The cache lives in memory for one run; `load`/`save` keep it on disk between runs. It holds
 * response bodies and a few headers, never request headers, so the token is never stored.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CachedResponse {
  etag: string;
  status: number;
  url: string;
  headers: Record<string, string>;
  data: unknown;
}

/** Response headers worth replaying from the cache; the rest (rate limit, dates) come fresh. */
const KEPT_HEADERS = ['etag', 'last-modified', 'content-type', 'link'];
const FORMAT = 1;

export class EtagCache {
  private readonly entries = new Map<string, CachedResponse>();
  /** Reads answered 304 and served from the cache. */
  hits = 0;

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, response: CachedResponse): void {
    this.entries.set(key, response);
  }

  clear(): void {
    this.entries.clear();
  }

  /** A cache from a file written by `save`; an empty one when the file is missing or unreadable. */
  static async load(file: string): Promise<EtagCache> {
    const cache = new EtagCache();
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as {
        format?: number;
        entries?: Record<string, CachedResponse>;
      };
      if (parsed.format === FORMAT && parsed.entries && typeof parsed.entries === 'object') {
        for (const [key, value] of Object.entries(parsed.entries)) {
          if (value && typeof value.etag === 'string') cache.set(key, value);
        }
      }
    } catch {
      // A missing or damaged cache only costs full requests.
    }
    return cache;
  }

  /** Writes the cache atomically (temporary file, then rename). */
  async save(file: string): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const entries = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify({ format: FORMAT, entries })}\n`, { mode: 0o600 });
    await rename(tmp, file);
  }
}

interface HookableOctokit {
  hook: {
    wrap(
      name: 'request',
      wrapper: (
        request: (options: RequestOptions) => Promise<ResponseLike>,
        options: RequestOptions,
      ) => Promise<ResponseLike>,
    ): void;
  };
  request: {
    endpoint: {
      parse(options: RequestOptions): { method: string; url: string; headers: Record<string, unknown> };
    };
  };
}

interface RequestOptions {
  method: string;
  headers: Record<string, unknown>;
  [key: string]: unknown;
}

interface ResponseLike {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** Adds conditional GETs backed by `cache` to an Octokit instance. */
export function useEtagCache(octokit: HookableOctokit, cache: EtagCache): void {
  octokit.hook.wrap('request', async (request, options) => {
    if (options.method !== 'GET') return request(options);
    const parsed = octokit.request.endpoint.parse(options);
    const key = `${parsed.url} ${String(parsed.headers['accept'] ?? '')}`;
    const cached = cache.get(key);
    if (cached) options.headers = { ...options.headers, 'if-none-match': cached.etag };
    try {
      const response = await request(options);
      const etag = response.headers['etag'];
      if (response.status === 200 && typeof etag === 'string') {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = response.headers[name];
          if (value !== undefined) headers[name] = String(value);
        }
        cache.set(key, { etag, status: response.status, url: response.url, headers, data: response.data });
      }
      return response;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (cached && status === 304) {
        cache.hits += 1;
        const fresh = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
        return {
          status: cached.status,
          url: cached.url,
          headers: { ...fresh, ...cached.headers },
          data: structuredClone(cached.data),
        };
      }
      throw error;
    }
  });
}
