import { describe, expect, it } from 'vitest';
import { benchCodeownersSync } from './bench.js';

describe('benchCodeownersSync', () => {
  it('syncs 20 repositories: a pull request for each changed one, then a second run that writes nothing', async () => {
    const result = await benchCodeownersSync({ repositories: 20 });
    expect(result).toMatchObject({ repositories: 20, changed: 10, unchanged: 10, violations: 0 });
    expect(result.first.statuses).toEqual({ 'in-step': 10, 'pull-request-opened': 10 });
    expect(result.second.statuses).toEqual({ 'in-step': 10, 'pull-request-pending': 10 });
    // An unchanged repository costs one read, in either run.
    expect(result.first.requestsPerUnchanged).toBe(1);
    expect(result.second.requestsPerUnchanged).toBe(1);
    // A changed one: 3 reads for CODEOWNERS (none yet), the repository, the branch's file, one
    // check per team (6), the two refs; then branch, file and pull request (3 writes), and
    // GitHub's CODEOWNERS errors.
    expect(result.first.requestsPerChanged).toBe(17);
    expect(result.first.writesPerChanged).toBe(3);
    // Again: 3 reads for CODEOWNERS, the repository, the branch's file and the pull request list.
    expect(result.second.requestsPerChanged).toBe(6);
    expect(result.second.writes).toBe(0);
    expect(result.first.shared + result.second.shared).toBe(0);
  });
});
