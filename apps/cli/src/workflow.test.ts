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
    // `pnpm generate -- OPTIONS` is turbo passing OPTIONS on to every `rolekit generate` task.
    prefix: /pnpm@[\d.]+ (?:rolekit (.+)|(generate) -- (.+))$/,
    url: '../../../.github/workflows/rolekit.yml',
  },
  {
    name: 'scaffold/rolekit.yml (rolekit init)',
    prefix: /^npx rolekit (.+)()()$/,
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
      .map((step) => {
        const m = prefix.exec(step.run ?? '');
        return m?.[1] ?? (m?.[2] ? `${m[2]} ${m[3]}` : undefined);
      })
      .filter((c): c is string => c !== undefined);
    expect(commands.some((c) => c.startsWith('generate ') && c.includes('--shard'))).toBe(true);
    expect(commands.some((c) => c.startsWith('merge-shards '))).toBe(true);
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

  it('splits the generation over a matrix of shards, and a merge job joins every shard', () => {
    interface Step {
      run?: string;
      uses?: string;
      with?: Record<string, unknown>;
    }
    const workflow = parse(source) as {
      jobs: Record<
        string,
        { needs?: string | string[]; strategy?: { matrix?: { shard?: unknown } }; steps: Step[] }
      >;
    };
    const sharded = Object.entries(workflow.jobs).filter(([, job]) => job.strategy?.matrix?.shard);
    expect(sharded).toHaveLength(1);
    const [shardJob, job] = sharded[0]!;
    // Shards 1..N, N of them: what --shard I/N and merge-shards expect.
    const shards = job.strategy!.matrix!.shard as number[];
    expect(shards.length).toBeGreaterThanOrEqual(2);
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    // GitHub's expressions, not JavaScript's: `$` + `{{ … }}`.
    const expr = (text: string) => `$\{{ ${text} }}`;
    const generate = job.steps.find((s) => /generate\b.*--shard/.test(s.run ?? ''))!;
    expect(generate.run).toContain(`--shard ${expr('matrix.shard')}/${expr('strategy.job-total')}`);
    const upload = job.steps.find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(upload.with?.['name']).toBe(`rolekit-shard-${expr('matrix.shard')}`);
    // The manifests that say which shard a folder is are dot files, left out unless asked for.
    expect(upload.with?.['include-hidden-files']).toBe(true);
    expect(upload.with?.['if-no-files-found']).toBe('error');
    const out = /--out (\S+)/.exec(generate.run!)?.[1] ?? 'out';
    expect(String(upload.with?.['path']).replace(/\/$/, '')).toBe(out);

    const merging = Object.entries(workflow.jobs).filter(([, j]) =>
      [j.needs ?? []].flat().includes(shardJob),
    );
    expect(merging).toHaveLength(1);
    const steps = merging[0]![1].steps;
    const download = steps.find((s) => s.uses === 'actions/download-artifact@v4')!;
    expect(download.with?.['pattern']).toBe('rolekit-shard-*');
    expect(download.with?.['merge-multiple']).toBeUndefined(); // a folder per shard
    const merge = steps.find((s) => / merge-shards /.test(s.run ?? ''))!;
    expect(merge.run).toMatch(new RegExp(` merge-shards ${download.with?.['path']}/\\* --out out$`));
    const kept = steps.find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(kept.with).toMatchObject({ name: 'rolekit-out', path: 'out/', 'include-hidden-files': true });
    expect(steps.indexOf(kept)).toBeGreaterThan(steps.indexOf(merge));
  });
});
