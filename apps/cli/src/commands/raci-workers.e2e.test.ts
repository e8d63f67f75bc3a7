import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { syntheticRaciYaml } from '@rolekit/raci/bench';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../main.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../../', import.meta.url));

// The CLI as turbo runs it (tsx, a process of its own), where worker threads must find TypeScript
// on their own: in-process tests cannot see that path.
describe('rolekit generate raci with PDF worker threads', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rolekit-raci-workers-'));
    // 120 roles: raci.pdf is rendered in pieces, and there are enough role sheets for workers.
    for (const [file, text] of Object.entries(syntheticRaciYaml({ roles: 120, activities: 40, groups: 2 }))) {
      mkdirSync(dirname(join(dir, 'model', file)), { recursive: true });
      writeFileSync(join(dir, 'model', file), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const generate = async (out: string, workers: string) => {
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        'generate',
        'raci',
        '--model',
        join(dir, 'model'),
        '--out',
        join(dir, out),
        '--no-cache',
      ],
      { cwd: root, env: { ...process.env, INIT_CWD: root, ROLEKIT_PDF_WORKERS: workers } },
    );
    return (path: string) => readFileSync(join(dir, out, 'raci', path));
  };

  it('writes raci.pdf and every role sheet with the same bytes in two workers as in one thread', async () => {
    const [threaded, single] = await Promise.all([generate('two', '2'), generate('one', '0')]);
    expect(threaded('raci.pdf').equals(single('raci.pdf'))).toBe(true);
    expect(threaded('raci.pdf').byteLength).toBeGreaterThan(50_000);
    const sheets = readdirSync(join(dir, 'one', 'raci', 'roles'));
    expect(sheets).toHaveLength(120);
    const differ = sheets.filter((f) => !threaded(`roles/${f}`).equals(single(`roles/${f}`)));
    expect(differ).toEqual([]);
  }, 120_000);
});
