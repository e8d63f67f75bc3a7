// rolekit as a user gets it: every publishable package built and packed, the tarballs installed
// with plain npm into an empty folder outside the monorepo (third-party packages from the
// registry), then the newcomer's commands and the scaffolded workflow's steps, run for real.
// A missing `files` entry, a runtime dependency left in devDependencies, a path that only exists
// in the monorepo or a pnpm-only patch fails here.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { folderHashes, pdfText } from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const exec = promisify(execFile);

/** The environment of a user's shell: none of pnpm's or vitest's variables, no source condition. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(npm_|pnpm_|VITEST|NODE_OPTIONS$|INIT_CWD$)/i.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1' };
}

/** pnpm as this repository pins it: the running one when tests run under pnpm, else through npx. */
function pnpm(): [string, string[]] {
  const execPath = process.env['npm_execpath'];
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  return ['npx', ['--yes', json(join(root, 'package.json')).packageManager]];
}

/** The workspace packages npm users install: every one that is not private. */
function publishable(): string[] {
  const dirs = ['apps', 'packages'].flatMap((d) => readdirSync(join(root, d)).map((p) => join(root, d, p)));
  return [...dirs, join(root, 'templates'), join(root, 'model')].filter(
    (dir) => existsSync(join(dir, 'package.json')) && json(join(dir, 'package.json')).private !== true,
  );
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the packed packages, installed with npm into an empty folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'rolekit-install-'));
  const repo = join(work, 'org-model');
  const timings: string[] = [];

  /** A shell command in the user's repository, as a person (or the workflow) types it. */
  const sh = async (command: string, cwd = repo): Promise<Run> => {
    try {
      const { stdout, stderr } = await exec('bash', ['-c', command], {
        cwd,
        env: userEnv(),
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof e.code === 'number' ? e.code : 1,
        stdout: e.stdout ?? '',
        stderr: e.stderr ?? '',
      };
    }
  };
  const timed = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings.push(`${what} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };

  beforeAll(async () => {
    await timed('build', () =>
      exec(
        join(root, 'node_modules/.bin/turbo'),
        ['run', 'build', '--filter=rolekit...', '--output-logs=errors-only'],
        {
          cwd: root,
        },
      ),
    );
    const packs = join(work, 'packs');
    const [command, args] = pnpm();
    await timed('pack', () =>
      Promise.all(
        publishable().map((dir) =>
          exec(command, [...args, 'pack', '--pack-destination', packs], { cwd: dir, env: userEnv() }),
        ),
      ),
    );
    const tarballs = readdirSync(packs).map((f) => join(packs, f));
    await sh(`mkdir -p ${repo}`, work);
    writeFileSync(
      join(repo, 'package.json'),
      `${JSON.stringify({ name: 'org-model', private: true }, null, 2)}\n`,
    );
    // --engine-strict: npm refuses any package, ours or a dependency's, whose engines exclude this
    // Node (20). The monorepo's pnpm overrides do not reach an npm user: the versions that keep
    // Node 20 are pinned in the packages themselves (@octokit/request 10.0.15 and later need Node 22).
    const install = await timed('npm install', () =>
      sh(
        `npm install --save-dev --engine-strict --no-audit --no-fund ${tarballs.map((t) => `'${t}'`).join(' ')}`,
      ),
    );
    expect(install.stderr).not.toMatch(/ERR!|EBADENGINE/);
    expect(install.code).toBe(0);
  }, 20 * 60_000);

  afterAll(() => {
    console.log(`packed install: ${timings.join(', ')}`);
    rmSync(work, { recursive: true, force: true });
  });

  it('installs every workspace dependency as a version and runs rolekit through node_modules/.bin', async () => {
    const manifest = json(join(repo, 'node_modules/rolekit/package.json'));
    for (const version of Object.values(manifest.dependencies as Record<string, string>))
      expect(version).not.toMatch(/^workspace:/);
    expect(manifest.exports['.'].default).toBe('./dist/index.js');
    const help = await sh('npx rolekit --help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/init \[options\] \[dir\]/);
    expect(help.stdout).toMatch(/generate \[options\] \[generators\.\.\.\]/);
  });

  it('init writes a model, a .gitignore and a workflow, and refuses to overwrite them', async () => {
    const init = await sh('npx rolekit init');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote 8 model files in model/, .github/workflows/rolekit.yml, .gitignore');
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
    // Each file's schema comment names a file that is there, the schema with the stable $id.
    for (const file of ['organisation.yaml', 'people.yaml', 'roles/software-engineer.yaml']) {
      const path = join(repo, 'model', file);
      const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(path, 'utf8'))![1]!;
      expect(schema).toMatch(/node_modules\/@rolekit\/model\/schema\/[a-z]+\.schema\.json$/);
      const target = resolve(dirname(path), schema);
      expect(json(target).$id).toBe(`https://rolekit.dev/schema/v1/${schema.split('/').pop()}`);
    }
    const again = await sh('npx rolekit init');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('model/organisation.yaml');
    expect(again.stderr).toContain('--force');
  });

  it('validates the scaffold clean and generates real PDFs from it', async () => {
    const validate = await sh('npx rolekit validate');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('0 errors, 0 warnings');
    const generate = await timed('generate', () => sh('npx rolekit generate'));
    expect(generate.stderr).toBe('');
    expect(generate.code).toBe(0);
    const pdf = readFileSync(join(repo, 'out/job-descriptions/software-engineer.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Software Engineer');
    // The candidate version leaves the RACI out; the internal one (for the handbook) keeps it.
    expect(text).not.toContain('Fix a bug a customer reported');
    const internal = await pdfText(
      readFileSync(join(repo, 'out/job-descriptions/internal/software-engineer.pdf')),
    );
    expect(internal).toContain('Fix a bug a customer reported');
    expect(readFileSync(join(repo, 'out/codeowners/app/CODEOWNERS'), 'utf8')).toMatch(
      /^\* +@acme\/engineers$/m,
    );
  });

  it("passes its workflow's steps on a fresh repository's first pull request: every shard, then the merge", async () => {
    interface Step {
      run?: string;
      if?: string;
      uses?: string;
      with?: Record<string, string>;
    }
    const workflow = parse(readFileSync(join(repo, '.github/workflows/rolekit.yml'), 'utf8')) as {
      jobs: Record<
        string,
        { if?: string; needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }
      >;
    };
    // The jobs that run on pull requests; steps that need a secret are skipped without one.
    const { shard, model } = workflow.jobs;
    expect(shard?.if).toBeUndefined();
    expect(model?.needs).toBe('shard');
    const shards = shard!.strategy!.matrix.shard;
    rmSync(join(repo, 'out'), { recursive: true, force: true });
    // GitHub's expressions (`$` + `{{ … }}`), as the runner fills them in for one machine of the matrix.
    const shardOf = `$\{{ matrix.shard }}`;
    const total = `$\{{ strategy.job-total }}`;
    const expand = (run: string, index: number) =>
      run.replaceAll(shardOf, String(index)).replaceAll(total, String(shards.length));
    const runs = shard!.steps.filter((s) => s.run && !s.if).map((s) => s.run!);
    expect(runs).toEqual([
      'npm ci',
      'npx rolekit validate --model model',
      `npx rolekit generate --model model --out shard --shard ${shardOf}/${total}`,
    ]);
    const upload = shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const download = model!.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    for (const index of shards) {
      // Each machine starts from a clean checkout (npm ci ran once, above, for all of them).
      rmSync(join(repo, upload.with!['path']!), { recursive: true, force: true });
      for (const run of runs.slice(index === 1 ? 0 : 1)) {
        const result = await timed(expand(run, index), () => sh(expand(run, index)));
        expect(result.code, `${run}\n${result.stderr}`).toBe(0);
      }
      // upload-artifact, then download-artifact: a folder per artifact under the download path.
      cpSync(
        join(repo, upload.with!['path']!),
        join(repo, download.with!['path']!, expand(upload.with!['name']!, index)),
        {
          recursive: true,
        },
      );
    }
    const merge = model!.steps.filter((s) => s.run && !s.if && s.run !== 'npm ci').map((s) => s.run!);
    expect(merge).toEqual(['npx rolekit merge-shards shards/* --out out']);
    const merged = await timed(merge[0]!, () => sh(merge[0]!));
    expect(merged.code, merged.stderr).toBe(0);
    // The merged folder is what one machine makes (upload-artifact fails on an empty path).
    const kept = model!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(kept.with?.['if-no-files-found']).toBe('error');
    expect(readdirSync(join(repo, kept.with!['path']!))).toEqual(
      expect.arrayContaining(['codeowners', 'job-descriptions', 'onboarding', 'raci']),
    );
    const single = await sh('npx rolekit generate --model model --out single');
    expect(single.code, single.stderr).toBe(0);
    expect(folderHashes(join(repo, kept.with!['path']!))).toEqual(folderHashes(join(repo, 'single')));
    // Every step that talks to a service waits for its secret.
    for (const j of Object.values(workflow.jobs))
      for (const step of j.steps.filter((s) => /secrets\./.test(JSON.stringify(s))))
        expect(step.if, JSON.stringify(step)).toMatch(/^env\.HAS_/);
  }, 600_000);

  it('init --example writes the example organisation, which validates', async () => {
    const init = await sh('npx rolekit init example --example');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('(the example organisation)');
    const validate = await sh('npx rolekit validate --model example/model');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/valid \(\d+ roles.*0 errors, 0 warnings/);
  });
});
