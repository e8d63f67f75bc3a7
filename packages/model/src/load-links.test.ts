// A model folder on disk with symbolic links and odd entries: a role must never vanish without a
// word. Links that stay inside the model folder are followed; the rest are reported at the file.
import { cpSync, mkdirSync, mkdtempSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.js';

const baseDir = fileURLToPath(new URL('../test/base/', import.meta.url));

function copyOfBase() {
  const root = mkdtempSync(join(tmpdir(), 'rolekit-links-'));
  cpSync(baseDir, join(root, 'model'), { recursive: true });
  return { root, model: join(root, 'model') };
}

const roleIds = async (dir: string) => {
  const result = await loadModel(dir);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file} ${d.message}`).join('\n'));
  return result.value.roles.map((r) => r.id);
};

describe('symbolic links in the model folder', () => {
  it('follows a role file linked to a file elsewhere inside the model folder', async () => {
    const { model } = copyOfBase();
    mkdirSync(join(model, 'shared'));
    renameSync(join(model, 'roles', 'tester.yaml'), join(model, 'shared', 'tester.yaml'));
    symlinkSync('../shared/tester.yaml', join(model, 'roles', 'tester.yaml'));
    expect(await roleIds(model)).toEqual(['developer', 'lead', 'operator', 'tester']);
  });

  it('follows organisation.yaml and roles/ linked inside the model folder', async () => {
    const { model } = copyOfBase();
    renameSync(join(model, 'roles'), join(model, 'all-roles'));
    symlinkSync('all-roles', join(model, 'roles'));
    renameSync(join(model, 'organisation.yaml'), join(model, 'org.txt'));
    symlinkSync('org.txt', join(model, 'organisation.yaml'));
    expect(await roleIds(model)).toEqual(['developer', 'lead', 'operator', 'tester']);
  });

  it('refuses a roles/ folder linked outside the model folder, at roles', async () => {
    const { root, model } = copyOfBase();
    renameSync(join(model, 'roles'), join(root, 'roles-elsewhere'));
    symlinkSync('../roles-elsewhere', join(model, 'roles'));
    const result = await loadModel(model);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.file} ${d.code} ${d.message}`)).toEqual([
      "roles RK008 is a symbolic link to '../roles-elsewhere', outside the model folder",
    ]);
  });

  it('reports a folder with a model file’s name instead of skipping it', async () => {
    const { model } = copyOfBase();
    mkdirSync(join(model, 'roles', 'ghost.yaml'));
    const result = await loadModel(model);
    expect(result.diagnostics.map((d) => `${d.file} ${d.code} ${d.message}`)).toEqual([
      'roles/ghost.yaml RK008 is a folder, not a YAML file',
    ]);
  });
});
