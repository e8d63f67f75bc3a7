// docs/model.md is generated from the schemas; these keep it in step, complete and its examples valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.js';
import { checkSchema } from './schema-check.js';
import { type FileKind, schemasByKind } from './schemas/files.js';
import {
  EXAMPLE_DIR,
  FILE_NAMES,
  fieldRows,
  MODEL_REFERENCE_FILE,
  renderModelReference,
} from './schemas/reference.js';
import { parseYamlFile } from './yaml-file.js';

const committed = readFileSync(MODEL_REFERENCE_FILE, 'utf8');

describe('docs/model.md', () => {
  it('is what the schemas give (run `pnpm --filter @rolekit/model schemas` to write it)', () => {
    // A plain comparison with the command in the message: a diff of the whole page would bury it.
    expect(
      committed === renderModelReference(),
      'docs/model.md is out of step with packages/model/src/schemas: run `pnpm --filter @rolekit/model schemas` and commit docs/model.md',
    ).toBe(true);
  });

  it('describes every field of every file, with its type and whether it is required', () => {
    for (const [kind, schema] of Object.entries(schemasByKind)) {
      const rows = fieldRows(schema);
      expect(rows.length, kind).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.description, `${kind}: ${row.path} has no description in src/schemas`).not.toBe('');
        expect(row.type, `${kind}: ${row.path}`).not.toBe('value');
        expect(committed, `${kind}: ${row.path}`).toContain(`| \`${row.path}\``);
      }
    }
    // Spot checks that the walk reaches lists, mappings and conditions.
    const rows = (kind: FileKind) => new Map(fieldRows(schemasByKind[kind]).map((r) => [r.path, r]));
    expect(rows('activities').get('groups[].activities[].raci.<id>.note')?.type).toBe('text');
    expect(rows('jira').get('bundles.<id>.permissions')).toMatchObject({ required: 'yes' });
    expect(rows('policies').get('policies[].approvers')).toMatchObject({
      required: 'when type is `approval`',
    });
    expect(rows('people').get('people[].roles')).toMatchObject({
      required: 'yes',
      type: 'list of id (at least 1)',
    });
  });

  it('shows an example of every file, and each passes its schema', () => {
    const blocks = [...committed.matchAll(/^Example \(`([^`]+)`\):\n\n```yaml\n([\s\S]*?)```$/gm)];
    expect(blocks.map((b) => b[1])).toEqual(
      Object.keys(FILE_NAMES).map((kind) =>
        kind === 'role' ? 'roles/engineer.yaml' : FILE_NAMES[kind as FileKind],
      ),
    );
    for (const [, path, text] of blocks) {
      const kind = (path!.startsWith('roles/') ? 'role' : path!.replace('.yaml', '')) as FileKind;
      const parsed = parseYamlFile(path!, new TextEncoder().encode(text));
      if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.diagnostics)}`);
      expect(checkSchema(kind, parsed.file), path).toEqual([]);
    }
  });

  it('takes its examples from a model that validates clean as a whole', async () => {
    const result = await loadModel(new URL('.', EXAMPLE_DIR).pathname);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
