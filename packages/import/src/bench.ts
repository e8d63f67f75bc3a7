/**
 * The import step of `pnpm bench`: CODEOWNERS of many repositories (parsed, imported, merged into
 * one model folder, proved path by path, written) and a large RACI sheet into the same folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCodeowners } from './codeowners.js';
import { parseCodeowners } from './codeowners-file.js';
import { mergeFragments, readKnown, writeChanges } from './folder.js';
import { compareOwners, generatedCodeowners, pathsToProve } from './prove.js';
import { importRaci, readCsv } from './raci.js';
import { shapedCodeowners } from './testing/codeowners-files.js';

/** A RACI sheet of `activities` rows and `roles` columns: one A, two R, some C and I per row. */
export function raciSheet(activities: number, roles: number): string {
  const header = ['Activity', ...Array.from({ length: roles }, (_, i) => `Role ${i + 1}`)];
  const rows = [header.join(',')];
  for (let a = 0; a < activities; a++) {
    const cells = Array.from({ length: roles }, (_, r) => {
      const k = (a * 7 + r * 13) % roles;
      return k === 0 ? 'A' : k === 1 || k === 2 ? 'R' : k % 17 === 3 ? 'C' : k % 23 === 4 ? 'I' : '';
    });
    rows.push([`"Activity ${a + 1}, step ${a % 9}"`, ...cells].join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

const ms = (start: number) => Math.round(performance.now() - start);

export async function benchImport(options: {
  repositories: number;
  rules: number;
  activities: number;
  roles: number;
}) {
  const dir = await mkdtemp(join(tmpdir(), 'rolekit-bench-import-'));
  try {
    const files = Array.from({ length: options.repositories }, (_, i) => ({
      repository: `repo-${String(i).padStart(4, '0')}`,
      ...shapedCodeowners(i + 1, { rules: options.rules }),
    }));
    let start = performance.now();
    const sources = files.map((f) => ({
      repository: f.repository,
      parsed: parseCodeowners(f.text, `${f.repository}/CODEOWNERS`).parsed,
    }));
    const imported = importCodeowners(sources, await readKnown(dir));
    const parseImportMs = ms(start);
    start = performance.now();
    const merged = await mergeFragments(dir, join(dir, 'out'), [imported.fragment], { date: '2026-12-01' });
    if (!merged.model) throw new Error(`invalid model: ${merged.diagnostics[0]?.message}`);
    const mergeMs = ms(start);
    start = performance.now();
    let paths = 0;
    let differences = 0;
    for (const [i, source] of sources.entries()) {
      const skeleton = imported.fragment.outputs[i]?.text as string;
      const proven = pathsToProve(source.parsed, files[i]?.paths);
      paths += proven.length;
      differences += compareOwners(
        source.parsed,
        generatedCodeowners(merged.model, 'github', source.repository, skeleton),
        proven,
      ).length;
    }
    const proveMs = ms(start);
    start = performance.now();
    await writeChanges(dir, join(dir, 'out'), merged.changes);
    const writeMs = ms(start);

    start = performance.now();
    const sheet = raciSheet(options.activities, options.roles);
    const known = await readKnown(dir);
    const read = readCsv(sheet, 'raci.csv');
    const raci = importRaci(read.tables, 'raci.csv', known, { group: 'Bench' });
    if (raci.problems.length > 0) throw new Error(raci.problems[0]?.message);
    const raciMerged = await mergeFragments(dir, join(dir, 'out'), [raci.fragment], { date: '2026-12-01' });
    if (!raciMerged.model) throw new Error(`invalid model: ${raciMerged.diagnostics[0]?.message}`);
    await writeChanges(dir, join(dir, 'out'), raciMerged.changes);
    const raciMs = ms(start);
    return {
      codeowners: {
        repositories: options.repositories,
        rules: sources.reduce((n, s) => n + s.parsed.lines.filter((l) => l.kind === 'rule').length, 0),
        inModel: imported.fragment.repositories.reduce((n, r) => n + r.rules.length, 0),
        keptByHand: imported.kept.length,
        dropped: imported.dropped.length,
        parseImportMs,
        mergeAndValidateMs: mergeMs,
        proveMs,
        pathsProved: paths,
        differences,
        writeMs,
      },
      raci: {
        activities: options.activities,
        roles: options.roles,
        bytes: sheet.length,
        importMergeValidateWriteMs: raciMs,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
