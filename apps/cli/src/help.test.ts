// Every command's --help is its own, and ends with two or three examples that use only commands
// and options that exist.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { main, program } from './main.js';
import { memoryIo } from './testing.js';

function commandsBelow(command: Command, path: string[] = []): Array<{ path: string[]; command: Command }> {
  return [{ path, command }, ...command.commands.flatMap((sub) => commandsBelow(sub, [...path, sub.name()]))];
}

const root = await program(memoryIo().io, { code: 0 });
const all = commandsBelow(root);

/** The command an example runs: the longest run of leading words that names one. */
function commandOf(words: readonly string[]): { command: Command; rest: string[] } {
  let command = root;
  let i = 0;
  for (; i < words.length; i++) {
    const sub = command.commands.find((c) => c.name() === words[i] || c.aliases().includes(words[i]!));
    if (!sub) break;
    command = sub;
  }
  return { command, rest: words.slice(i) };
}

const longFlags = (command: Command) =>
  new Set(['--help', ...command.options.map((o) => o.long).filter((l): l is string => Boolean(l))]);

describe('--help', () => {
  it('covers every command (more than the top level)', () => {
    expect(all.map((c) => c.path.join(' '))).toEqual(
      expect.arrayContaining(['validate', 'generate', 'jira sync', 'onboarding publish', 'codeowners sync']),
    );
  });

  it.each(all.map((c) => [c.path.join(' ') || '(rolekit)', c] as const))(
    '%s',
    async (_, { path, command }) => {
      const run = memoryIo();
      expect(await main([...path, '--help'], run.io)).toBe(0);
      const help = run.stdout;
      // Its own usage line and description, not its parent's.
      expect(help.split('\n')[0]).toMatch(
        new RegExp(`^Usage: rolekit${path.map((p) => ` ${p}`).join('')}( |$)`),
      );
      expect(help.replace(/\s+/g, ' ')).toContain(command.description().replace(/\s+/g, ' ').slice(0, 40));
      // Ends with its examples.
      const [, tail] = help.split('\nExamples:\n');
      expect(tail, 'an Examples: section').toBeDefined();
      const lines = tail!.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) {
        const m = /^ {2}\$ rolekit (.+?)\s+# \S.*$/.exec(line);
        expect(m, line).not.toBeNull();
        const words = m![1]!.match(/'[^']*'|\S+/g)!;
        const { command: target, rest } = commandOf(words);
        expect(target === root ? [] : [target.name()], line).not.toEqual([]);
        // Each example of a subcommand runs that subcommand (or, for a group, one of its children).
        if (path.length > 0) expect(m![1]!.startsWith(path[0]!), line).toBe(true);
        for (const flag of rest.filter((w) => w.startsWith('--')))
          expect([...longFlags(target)], `${line}: ${flag}`).toContain(flag.split('=')[0]);
      }
    },
  );
});
