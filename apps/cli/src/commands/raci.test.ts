import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

describe('rolekit raci explain', () => {
  it('prints who holds each letter and why, exit 0', async () => {
    const run = memoryIo({ cwd: repo });
    expect(await main(['raci', 'explain', 'pipeline-change'], run.io)).toBe(0);
    expect(run.stdout).toMatch(
      /^Pipeline change \(new stage, new policy\) \(pipeline-change, activities\.yaml:\d+\)\n/,
    );
    expect(run.stdout).toContain(
      '\nR  Responsible: does the work\n   Platform Engineer (platform-engineer)\n',
    );
    expect(run.stdout).toContain('\nA  Accountable: answers for the outcome');
    expect(run.stdout).toContain('   Engineering Lead (engineering-lead)\n');
    expect(run.stdout).toContain('source:  DevOps personas');
    expect(run.stderr).toBe('');
  });

  it('reads another model with --model', async () => {
    const run = memoryIo({ cwd: repo });
    expect(await main(['raci', 'explain', 'write-code', '--model', 'packages/model/test/base'], run.io)).toBe(
      0,
    );
    expect(run.stdout).toMatch(/^Write code \(write-code, activities\.yaml:\d+\)/);
  });

  it('exits 2 with a suggestion for an unknown activity', async () => {
    const run = memoryIo({ cwd: repo });
    expect(await main(['raci', 'explain', 'pipeline-chang'], run.io)).toBe(2);
    expect(run.stderr).toBe("error: unknown activity 'pipeline-chang'; did you mean 'pipeline-change'?\n");
    expect(run.stdout).toBe('');
  });

  it('suggests the id when given an activity title', async () => {
    const run = memoryIo({ cwd: repo });
    expect(await main(['raci', 'explain', 'hotfix'], run.io)).toBe(0);
    const byTitle = memoryIo({ cwd: repo });
    expect(await main(['raci', 'explain', 'Release Close-out'], byTitle.io)).toBe(2);
    expect(byTitle.stderr).toBe(
      "error: unknown activity 'Release Close-out'; did you mean 'release-close-out' (Release Close-out)?\n",
    );
  });

  it('exits 2 without a suggestion when nothing is close', async () => {
    const run = memoryIo({ cwd: repo });
    expect(await main(['raci', 'explain', 'zzzz'], run.io)).toBe(2);
    expect(run.stderr).toMatch(
      /^error: unknown activity 'zzzz' \(\d+ activities; ids are listed in raci\.csv\)\n$/,
    );
  });
});
