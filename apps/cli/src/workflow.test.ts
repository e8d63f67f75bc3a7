import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main, program } from './main.js';
import { memoryIo } from './testing.js';

const path = fileURLToPath(new URL('../../../.github/workflows/rolekit.yml', import.meta.url));
const source = readFileSync(path, 'utf8');

describe('the GitHub Actions workflow for model repositories', () => {
  it('is a valid workflow (SchemaStore schema, through action-validator)', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('only runs rolekit commands that exist, with options they accept', async () => {
    const workflow = parse(source) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
    const commands = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .map((step) => /pnpm@[\d.]+ rolekit (.+)$/.exec(step.run ?? '')?.[1])
      .filter((c): c is string => c !== undefined);
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const command of commands) {
      // Walk the real command tree: each word is a subcommand until the options start.
      let cmd = await program(memoryIo().io, { code: 0 });
      const words = command.split(' ');
      const options: string[] = [];
      for (const word of words) {
        const sub = cmd.commands.find((c) => c.name() === word);
        if (sub) cmd = sub;
        else if (word.startsWith('--')) options.push(word);
      }
      expect(cmd.name(), command).toBe(words.filter((w) => !w.startsWith('-'))[cmd.parent?.parent ? 1 : 0]);
      for (const option of options)
        expect(
          cmd.options.map((o) => o.long),
          `${command}: ${option}`,
        ).toContain(option);
      expect(
        await main(
          [...words.filter((w) => cmd.options.some((o) => o.long === w) || !w.startsWith('-')), '--help'],
          memoryIo().io,
        ),
      ).toBe(0);
    }
  });

  it('passes credentials only through secrets', () => {
    expect(source).not.toMatch(/(TOKEN|EMAIL):\s+(?!\$\{\{ secrets\.)\S/);
  });
});
