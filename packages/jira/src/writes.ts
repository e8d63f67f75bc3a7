// Writes that may have gone through although they failed (a retried POST refused as a duplicate, a
// request that timed out after it was sent): each looks before it reports a failure.
import type { JiraApi } from './client.js';
import { JiraRequestError } from './failure.js';
import type { RemoteHolder } from './plan.js';
import type { HolderBody, PermissionSchemeBody } from './scheme-body.js';

function sameHolder(sent: HolderBody | RemoteHolder, got: RemoteHolder): boolean {
  return sent.type === got.type && (sent.value ?? sent.parameter) === (got.value ?? got.parameter);
}

/**
 * A write whose outcome is unknown: refused after a retry (the first attempt may have done it, so Jira
 * says duplicate or gone), or never answered (a timeout or a cut connection after it was sent).
 */
function mayBeDone(error: unknown): error is JiraRequestError {
  return (
    error instanceof JiraRequestError &&
    error.ambiguous &&
    (error.status === 400 || error.unreachable === 'timeout' || error.unreachable === 'reset')
  );
}

/** Adds a grant; when a retried POST is refused as a duplicate, or timed out, look whether it went through. */
export async function addGrant(
  api: JiraApi,
  schemeId: number,
  permission: string,
  holder: HolderBody | RemoteHolder,
): Promise<number> {
  try {
    return await api.addGrant(schemeId, permission, holder);
  } catch (error) {
    if (!mayBeDone(error)) throw error;
    const found = (await api.getScheme(schemeId)).permissions.find(
      (g) => g.permission === permission && sameHolder(holder, g.holder),
    );
    if (!found) throw error;
    return found.id;
  }
}

/** Deletes a grant; when a retried DELETE finds it gone, the first attempt did go through. */
export async function deleteGrant(api: JiraApi, schemeId: number, grantId: number): Promise<void> {
  try {
    await api.deleteGrant(schemeId, grantId);
  } catch (error) {
    if (!mayBeDone(error)) throw error;
    if ((await api.getScheme(schemeId)).permissions.some((g) => g.id === grantId)) throw error;
  }
}

export async function createScheme(api: JiraApi, body: PermissionSchemeBody): Promise<number> {
  try {
    return (await api.createScheme(body)).id;
  } catch (error) {
    if (!mayBeDone(error)) throw error;
    const found = (await api.listSchemes()).find((s) => s.name === body.name);
    if (!found) throw error;
    return found.id;
  }
}
