import { ServiceUnreachableError } from '@rolekit/core';
import type { GitHubClient } from './client.js';

/** Options that turn the retry plugin off for one request: a create is never resent blindly. */
export const NO_RETRY = { retries: 0 } as const;

/** Whether a failed write may have been carried out: a 5xx, or an answer cut off or never received. */
export function mayHaveGoneThrough(error: unknown): boolean {
  if (error instanceof ServiceUnreachableError)
    return error.kind === 'timeout' || error.kind === 'reset' || error.kind === 'network';
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 500;
}

/**
 * Sends a write that creates something (an issue, a branch, a pull request) and must never create it
 * twice. The write goes out without the retry plugin; when it fails in a way that may have left it
 * done (a 502 after GitHub created the issue, a timeout), `find` looks for what it would have created,
 * and only when that finds nothing is the write sent again, up to `attempts` times in all.
 */
export async function createOnce<T>(
  client: GitHubClient,
  send: (request: typeof NO_RETRY) => Promise<T>,
  find: () => Promise<T | undefined>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(NO_RETRY);
    } catch (error) {
      if (!mayHaveGoneThrough(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt ** 2 * client.rolekit.retryBaseMs));
      const found = await find();
      if (found !== undefined) {
        client.rolekit.log.warn(
          `${client.rolekit.describe(error)}; it had gone through, so it was not sent again`,
        );
        return found;
      }
      if (attempt >= attempts) throw error;
    }
  }
}
