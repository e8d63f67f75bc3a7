import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../testing.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'rolekit-init-'));

describe('rolekit init', () => {
  it('writes a model that validates with zero warnings and generates, a .gitignore and a workflow', async () => {
    const dir = fresh();
    const run = memoryIo({ cwd: dir });
    expect(await main(['init'], run.io)).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('wrote 8 model files in model/, .github/workflows/rolekit.yml, .gitignore');
    expect(readFileSync(join(dir, '.github/workflows/rolekit.yml'), 'utf8')).toContain(
      'npx rolekit generate',
    );
    // Inside this repository the schema comment points at packages/model/schema, relative and there.
    const role = join(dir, 'model/roles/engineering-lead.yaml');
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(role, 'utf8'))![1]!;
    expect(existsSync(resolve(dirname(role), schema))).toBe(true);
    const validate = memoryIo({ cwd: dir });
    expect(await main(['validate'], validate.io)).toBe(0);
    expect(validate.stdout).toContain('0 errors, 0 warnings');
    const generate = memoryIo({ cwd: dir });
    expect(await main(['generate', 'codeowners', 'raci', '--no-cache'], generate.io)).toBe(0);
    expect(readFileSync(join(dir, 'out/codeowners/app/CODEOWNERS'), 'utf8')).toContain(
      '/docs/ @acme/engineers @acme/support',
    );
  });

  it('refuses to overwrite, names the files, writes nothing; --force overwrites', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'model'));
    writeFileSync(join(dir, 'model/people.yaml'), 'people: []\n');
    const run = memoryIo({ cwd: dir });
    expect(await main(['init'], run.io)).toBe(2);
    expect(run.stderr).toContain('1 file already exists in .; nothing was written:\n  model/people.yaml\n');
    expect(run.stderr).toContain('--force');
    expect(existsSync(join(dir, 'model/organisation.yaml'))).toBe(false);
    const forced = memoryIo({ cwd: dir });
    expect(await main(['init', '--force'], forced.io)).toBe(0);
    expect(forced.stdout).toContain('(1 overwritten)');
    expect(readFileSync(join(dir, 'model/people.yaml'), 'utf8')).toContain('id: alex');
  });

  it('adds its lines to an existing .gitignore instead of replacing it', async () => {
    const dir = fresh();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n*.log');
    expect(await main(['init'], memoryIo({ cwd: dir }).io)).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe(
      'node_modules/\n*.log\n# rolekit: generated artifacts are built by CI (the rolekit workflow uploads them), not committed\nout/\n.rolekit/\n',
    );
  });

  it('--example writes the example organisation into DIR/model', async () => {
    const dir = fresh();
    const run = memoryIo({ cwd: dir });
    expect(await main(['init', 'org', '--example'], run.io)).toBe(0);
    expect(run.stdout).toMatch(/^org: wrote \d+ model files \(the example organisation\)/);
    const validate = memoryIo({ cwd: dir });
    expect(await main(['validate', '--model', 'org/model'], validate.io)).toBe(0);
    expect(validate.stdout).toContain('0 errors, 0 warnings');
  });
});
