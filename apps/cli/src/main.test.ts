import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './testing.js';

// main() registers only the command group a run names; these pin what a user sees either way.
describe('rolekit command groups', () => {
  it('lists every command in the top-level help', async () => {
    const run = memoryIo();
    expect(await main(['--help'], run.io)).toBe(0);
    for (const command of ['validate', 'generate', 'raci', 'codeowners', 'jira', 'onboarding'])
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('suggests the command a typo meant, from every group', async () => {
    const run = memoryIo();
    expect(await main(['codeowner', 'sync'], run.io)).toBe(2);
    expect(run.stderr).toContain('(Did you mean codeowners?)');
  });

  it('runs a group’s subcommand when that group is named', async () => {
    const run = memoryIo();
    expect(await main(['jira', 'diff', '--help'], run.io)).toBe(0);
    expect(run.stdout).toContain('--prune');
  });

  it('names every generator in generate’s help', async () => {
    const run = memoryIo();
    expect(await main(['generate', '--help'], run.io)).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'generators: job-descriptions, raci, codeowners, jira, onboarding',
    );
  });
});
