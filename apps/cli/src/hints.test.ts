// Every hint and message that tells the user what to type names something that exists: each
// --flag is an option of a command (of the very command, when the text says `rolekit <command>`),
// each --option GENERATOR.KEY is an option that generator accepts, and each model field a hint
// tells the user to set is a field of that file's schema. The texts are the sources of every
// package and the CLI, the README and docs/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates, type Memo } from '@rolekit/core';
import { type Diagnostic, type FileKind, fieldRows, schemasByKind } from '@rolekit/model';
import { exampleModel } from '@rolekit/testing';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { generatorNames, isGeneratorName, loadGenerators } from './generators.js';
import { program } from './main.js';
import { memoryIo } from './testing.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

const texts: Array<{ file: string; text: string }> = [
  ...['packages', 'apps'].flatMap((top) =>
    readdirSync(join(root, top)).flatMap((pkg) => {
      const src = join(root, top, pkg, 'src');
      return statSync(src, { throwIfNoEntry: false })?.isDirectory() ? filesBelow(src) : [];
    }),
  ),
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f)),
  join(root, 'README.md'),
]
  .filter((f) => /\.(ts|md)$/.test(f) && !/\.(test|generated)\.ts$/.test(f) && !f.includes('/testing/src/'))
  .map((file) => ({ file: file.slice(root.length), text: readFileSync(file, 'utf8') }));

/** Flags of other tools that the texts mention (pnpm, node, npx, jq, curl) and of pnpm bench. */
const OTHER_TOOLS = new Set([
  '--filter',
  '--frozen-lockfile',
  '--yes',
  '--import',
  '--conditions',
  '--max-semi-space-size',
  '--cpu-prof', // node's profiler (README, Performance)
  // V8 flags tried on the benchmarks (docs/performance.md)
  '--single-threaded-gc',
  '--trace-gc-nvp',
  '--single-threaded',
  '--no-concurrent-recompilation',
  '--slurpfile',
  '--data',
  // npm install, pnpm pack (docs/install.md)
  '--save-dev',
  '--pack-destination',
  // pnpm bench:org
  '--roles',
  '--people',
  '--activities',
  '--repos',
  // pnpm bench --only STEP, pnpm bench growth --runs N
  '--only',
  '--runs',
]);

const cli = await program(memoryIo().io, { code: 0 });
function commandsBelow(command: Command): Command[] {
  return [command, ...command.commands.flatMap(commandsBelow)];
}
const flagsOf = (command: Command) =>
  new Set([
    '--help',
    '--version',
    ...command.options.flatMap((o) => [o.long, o.negate ? undefined : undefined]).filter(Boolean),
  ] as string[]);
const allFlags = new Set(commandsBelow(cli).flatMap((c) => [...flagsOf(c)]));

describe('the flags the texts name', () => {
  it('are options of some rolekit command, or of another tool', () => {
    const unknown = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w-])--[a-z][a-z-]*[a-z]/g)]
        .map((m) => m[0])
        .filter((flag) => !allFlags.has(flag) && !OTHER_TOOLS.has(flag))
        .map((flag) => `${file}: ${flag}`),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('are options of the command they are written after', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { file, text } of texts) {
      // `rolekit codeowners sync --apply`, up to the end of the command line as written.
      for (const m of text.matchAll(/\brolekit((?: [a-z][a-z-]*)+)((?: [^\s;|)`'"\\]+)*)/g)) {
        let command = cli;
        const words = m[1]!.trim().split(' ');
        let resolved = 0;
        for (const word of words) {
          const sub = command.commands.find((c) => c.name() === word);
          if (!sub) break;
          command = sub;
          resolved++;
        }
        // Only a command that exists has flags to check; a group followed by a word that is none of
        // its subcommands is a command being written (its page may come before its code).
        if (command === cli || (command.commands.length > 0 && resolved < words.length)) continue;
        for (const flag of `${m[1]}${m[2]}`.match(/(?<![\w-])--[a-z][a-z-]*[a-z]/g) ?? []) {
          checked++;
          if (!flagsOf(command).has(flag)) wrong.push(`${file}: '${m[0].trim()}': ${flag}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('--option GENERATOR.KEY in the texts', () => {
  it('names a generator and an option it accepts', async () => {
    const mentions = new Set(
      texts.flatMap(({ text }) =>
        [...text.matchAll(/--option ([a-z-]+)\.([a-z][A-Za-z]*)=/g)].map((m) => `${m[1]}.${m[2]}`),
      ),
    );
    expect(mentions.size).toBeGreaterThan(3);
    const model = await exampleModel();
    const templates = await loadTemplates([]);
    const memo: Memo = (_key, render) => render();
    const unknown: string[] = [];
    for (const mention of mentions) {
      const [name, key] = mention.split('.') as [string, string];
      if (!isGeneratorName(name)) {
        unknown.push(`${mention}: no generator '${name}' (generators: ${generatorNames.join(', ')})`);
        continue;
      }
      const [generator] = await loadGenerators([name]);
      const reported: Diagnostic[] = [];
      // A value of the default's type, so that only the key is on trial.
      const value = (generator!.defaultOptions as Record<string, unknown>)[key] ?? 'x';
      generator!.validate?.({
        model,
        templates,
        date: new Date(0),
        memo,
        options: { ...generator!.defaultOptions, [key]: value },
        report: (d) => reported.push(d),
      });
      for (const d of reported.filter((r) => /unknown (\S+ )?option/.test(r.message)))
        unknown.push(`${mention}: ${d.message}`);
    }
    expect(unknown).toEqual([]);
  });
});

describe('model fields the hints tell the user to set', () => {
  const kindOf = (file: string): FileKind => (file.startsWith('roles/') ? 'role' : (file as FileKind));
  const paths = (kind: FileKind) =>
    fieldRows(schemasByKind[kind]).map((r) => r.path.replace(/\[\]/g, '').replace(/\.<[a-z]+>/g, ''));

  it('are fields of that file', () => {
    const wrong: string[] = [];
    let checked = 0;
    const pattern =
      /\b(?:add|or|set|has no|under) ([a-zA-Z]+(?:\.[a-zA-Z]+)?)(?:: (?:\{ ([a-zA-Z]+): [^}]*\}|\S+))? (?:to|in) (roles\/\S+?|[a-z]+)\.yaml/g;
    for (const { file, text } of texts) {
      for (const m of text.matchAll(pattern)) {
        const field = m[2] ? `${m[1]}.${m[2]}` : m[1]!;
        const kind = kindOf(m[3]!);
        if (!(kind in schemasByKind)) continue;
        checked++;
        if (!paths(kind).some((p) => p === field || p.endsWith(`.${field}`)))
          wrong.push(`${file}: '${m[0]}': ${field} is not a field of ${m[3]}.yaml`);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });
});
