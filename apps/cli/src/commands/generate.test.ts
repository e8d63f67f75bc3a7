// `rolekit generate job-descriptions` in-process through main(), with an in-memory Io: the files
// it writes, --check before and after a hand edit, --role, --templates and bad options.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const repoModel = fileURLToPath(new URL('../../../../model/', import.meta.url));

describe('rolekit generate job-descriptions', () => {
  let dir: string;
  let roles: string[];
  const run = async (...args: string[]) => {
    const io = memoryIo({ cwd: dir });
    const code = await main(args, io.io);
    return { code, stdout: io.stdout, stderr: io.stderr };
  };

  beforeAll(() => {
    // A copy of the example model, so that edits to model/ while the tests run cannot race them.
    dir = mkdtempSync(join(tmpdir(), 'rolekit-cli-jd-'));
    cpSync(repoModel, join(dir, 'model'), {
      recursive: true,
      filter: (src) => !src.includes('node_modules'),
    });
    roles = readdirSync(join(dir, 'model', 'roles')).map((f) => f.replace(/\.yaml$/, ''));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every role in three formats, then --check passes, then fails after a hand edit', async () => {
    const generated = await run('generate', 'job-descriptions', '--out', 'site');
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    // Each role in three formats, for candidates and for the handbook (internal/), and two indexes each.
    const files = (roles.length * 3 + 2) * 2;
    expect(generated.stdout).toContain(
      `job-descriptions: ${files} files in site/job-descriptions (${files} written`,
    );
    const out = join(dir, 'site', 'job-descriptions');
    expect(readFileSync(join(out, 'qa-engineer.md'), 'utf8')).toMatch(/^# QA Engineer\n/);
    expect(readFileSync(join(out, 'qa-engineer.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="qa-engineer.html">');

    const check = await run('generate', 'job-descriptions', '--out', 'site', '--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`job-descriptions: up to date (${files} files)`);

    writeFileSync(
      join(out, 'qa-engineer.md'),
      `${readFileSync(join(out, 'qa-engineer.md'), 'utf8')}\nEdited by hand.\n`,
    );
    const drift = await run('generate', 'job-descriptions', '--out', 'site', '--check');
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('differs  site/job-descriptions/qa-engineer.md');
    expect(drift.stdout).toContain('job-descriptions: 0 missing, 1 differ, 0 stale');
    expect(drift.stderr).toContain('out of date');
  });

  it('--role writes that role only, with no index, and the same bytes as a full run', async () => {
    const result = await run(
      'generate',
      'job-descriptions',
      '--out',
      'one',
      '--role',
      'qa-engineer',
      '--no-cache',
    );
    expect(result.code).toBe(0);
    const out = join(dir, 'one', 'job-descriptions');
    expect(
      readdirSync(out)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['internal', 'qa-engineer.html', 'qa-engineer.md', 'qa-engineer.pdf']);
    const full = await run('generate', 'job-descriptions', '--out', 'full', '--no-cache');
    expect(full.code).toBe(0);
    for (const f of ['qa-engineer.html', 'qa-engineer.md', 'qa-engineer.pdf', 'internal/qa-engineer.pdf'])
      expect(readFileSync(join(out, f)).equals(readFileSync(join(dir, 'full', 'job-descriptions', f)))).toBe(
        true,
      );
  });

  it('a broken override template stops generate with its file and line, and writes nothing', async () => {
    mkdirSync(join(dir, 'hr', 'job-description'), { recursive: true });
    writeFileSync(
      join(dir, 'hr', 'job-description', 'role.md.hbs'),
      '# {{title}}\n\n{{#each partners}}\n- {{title}}\n{{/if}}\n',
    );
    const result = await run('generate', 'job-descriptions', '--out', 'broken', '--templates', 'hr');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /hr\/job-description\/role\.md\.hbs:3:\d+ error RK070 template syntax error: {{\/if}} closes {{#each}}/,
    );
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'broken'))).toBe(false);
  });

  it('an override template is used', async () => {
    mkdirSync(join(dir, 'brand', 'job-description', 'partials'), { recursive: true });
    writeFileSync(
      join(dir, 'brand', 'job-description', 'partials', 'stylesheet.html.hbs'),
      'body { color: rebeccapurple; }\n',
    );
    const result = await run(
      'generate',
      'job-descriptions',
      '--out',
      'brand-out',
      '--templates',
      'brand',
      '--option',
      'job-descriptions.formats=html',
    );
    expect(result.code).toBe(0);
    const html = readFileSync(join(dir, 'brand-out', 'job-descriptions', 'sre.html'), 'utf8');
    expect(html).toContain('body { color: rebeccapurple; }');
    expect(existsSync(join(dir, 'brand-out', 'job-descriptions', 'sre.pdf'))).toBe(false);
  });

  it('an unknown format is an error that names the option', async () => {
    const result = await run(
      'generate',
      'job-descriptions',
      '--out',
      'bad',
      '--option',
      'job-descriptions.formats=md,docx',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error RK100 unknown job description format 'docx'");
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });
});
