import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main, program } from './main.js';
import { memoryIo } from './testing.js';

// This repository's own workflow (pnpm, from source) and the one `rolekit init` writes (npm, installed).
const workflows = [
  {
    name: '.github/workflows/rolekit.yml',
    prefix: /pnpm@[\d.]+ rolekit (.+)$/,
    url: '../../../.github/workflows/rolekit.yml',
  },
  {
    name: 'scaffold/rolekit.yml (rolekit init)',
    prefix: /^npx rolekit (.+)$/,
    url: '../scaffold/rolekit.yml',
  },
];

describe.each(workflows)('the GitHub Actions workflow $name', ({ prefix, url }) => {
  const source = readFileSync(fileURLToPath(new URL(url, import.meta.url)), 'utf8');

  it('is a valid workflow (SchemaStore schema, through action-validator)', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('only runs rolekit commands that exist, with options they accept', async () => {
    const workflow = parse(source) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
    const commands = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .map((step) => prefix.exec(step.run ?? '')?.[1])
      .filter((c): c is string => c !== undefined);
    expect(commands.length).toBeGreaterThanOrEqual(4);
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

  it('builds the artifacts on a pull request instead of checking committed ones (out/ is not committed)', () => {
    const workflow = parse(source) as {
      jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }>;
    };
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
    expect(runs.some((r) => r.includes('--check') && r.includes('generate'))).toBe(false);
    expect(runs.some((r) => / generate\b/.test(r))).toBe(true);
    expect(source).toMatch(/uses: actions\/upload-artifact@v4/);
  });
});
