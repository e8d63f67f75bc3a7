import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '@rolekit/model';
import type { Artifact } from './generator.js';

export const MANIFEST = '.rolekit-manifest.json';

interface Manifest {
  generator: string;
  /** path -> sha256 of the bytes rolekit wrote. */
  files: Record<string, string>;
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Stale files rolekit wrote before but that were edited since, so they were left alone. */
  kept: string[];
}

export interface CheckReport {
  missing: string[];
  differs: string[];
  /** Files rolekit wrote before that the model no longer produces. */
  stale: string[];
  ok: boolean;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Refuses any path that could land outside the output directory or clash with the manifest. */
export function unsafePathDiagnostics(
  generator: string,
  outDir: string,
  artifacts: readonly Artifact[],
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const root = resolve(outDir);
  for (const { path } of artifacts) {
    const segments = path.split('/');
    const target = resolve(root, path);
    const escapes = relative(root, target).startsWith('..') || isAbsolute(relative(root, target));
    const bad =
      path === '' ||
      isAbsolute(path) ||
      path.includes('\\') ||
      path.includes('\0') ||
      segments.some((s) => s === '' || s === '.' || s === '..') ||
      path === MANIFEST ||
      escapes;
    if (bad) {
      problems.push({
        code: 'RK090',
        severity: 'error',
        message: `${generator} produced an unsafe output path '${path}'`,
        hint: 'output paths are relative, use forward slashes and stay inside the output directory; report this as a bug',
      });
    } else if (seen.has(path)) {
      problems.push({
        code: 'RK090',
        severity: 'error',
        message: `${generator} produced '${path}' twice`,
        hint: 'report this as a bug',
      });
    }
    seen.add(path);
  }
  return problems;
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as Manifest;
    return parsed && typeof parsed.files === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

// Read synchronously: a generator folder holds thousands of files, read one after another, and
// each promise-based read costs several trips to the thread pool (2 of the 5.7 s of a 2,000-role
// job-descriptions run with nothing to write were spent waiting on them).
async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A directory where a file should be is "not there"; writing will then say what is wrong.
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.compare(a, b) === 0;
}

/** The bytes an artifact's file should hold, given what is on disk now. */
function wanted(artifact: Artifact, current: Uint8Array | undefined): Uint8Array {
  return current !== undefined && artifact.merge ? artifact.merge(current) : artifact.bytes;
}

/** What --check reports: every artifact that is missing or differs, and every stale file. */
export async function checkArtifacts(
  outDir: string,
  artifacts: readonly Artifact[],
  options: { partial?: boolean } = {},
): Promise<CheckReport> {
  const report: CheckReport = { missing: [], differs: [], stale: [], ok: true };
  const produced = new Set(artifacts.map((a) => a.path));
  for (const artifact of artifacts) {
    const current = await readIfExists(join(outDir, artifact.path));
    if (current === undefined) report.missing.push(artifact.path);
    else if (!sameBytes(current, wanted(artifact, current))) report.differs.push(artifact.path);
  }
  const manifest = options.partial ? undefined : await readManifest(outDir);
  for (const path of Object.keys(manifest?.files ?? {}).sort()) {
    if (!produced.has(path) && (await readIfExists(join(outDir, path))) !== undefined)
      report.stale.push(path);
  }
  report.ok = report.missing.length + report.differs.length + report.stale.length === 0;
  return report;
}

/**
 * Writes a generator's artifacts under outDir: every changed file goes to a temporary file first and
 * is renamed into place only when all of them were written, unchanged files are not touched, files
 * this generator wrote before and no longer produces are removed (only if nobody edited them since),
 * and a file rolekit did not write is never deleted. A partial run (some roles only) removes nothing
 * and keeps the other files in the manifest.
 */
export async function writeArtifacts(
  generator: string,
  outDir: string,
  artifacts: readonly Artifact[],
  options: { partial?: boolean } = {},
): Promise<WriteReport> {
  const unsafe = unsafePathDiagnostics(generator, outDir, artifacts);
  if (unsafe.length > 0) throw new Error(unsafe.map((d) => d.message).join('; '));
  const report: WriteReport = { written: [], unchanged: [], removed: [], kept: [] };
  const previous = await readManifest(outDir);
  const changed: Artifact[] = [];
  const final = new Map<string, Uint8Array>();
  for (const artifact of artifacts) {
    const current = await readIfExists(join(outDir, artifact.path));
    const bytes = wanted(artifact, current);
    final.set(artifact.path, bytes);
    if (sameBytes(current, bytes)) report.unchanged.push(artifact.path);
    else changed.push({ ...artifact, bytes });
  }

  const temporary = (path: string) =>
    join(outDir, dirname(path), `.${path.split('/').pop()}.${process.pid}.rolekit-tmp`);
  const staged: string[] = [];
  try {
    for (const artifact of changed) {
      const tmp = temporary(artifact.path);
      await mkdir(dirname(tmp), { recursive: true });
      await writeFile(tmp, artifact.bytes);
      staged.push(tmp);
    }
  } catch (error) {
    await Promise.all(staged.map((tmp) => rm(tmp, { force: true })));
    throw error;
  }
  try {
    for (const artifact of changed) {
      await rename(temporary(artifact.path), join(outDir, artifact.path));
      report.written.push(artifact.path);
    }
  } catch (error) {
    // Renames fail only for reasons outside rolekit (a directory in the way, permissions); leave no
    // temporary files behind, and let the caller say which files were already replaced.
    await Promise.all(
      changed
        .filter((a) => !report.written.includes(a.path))
        .map((a) => rm(temporary(a.path), { force: true })),
    );
    throw error;
  }

  const produced = new Set(artifacts.map((a) => a.path));
  for (const [path, hash] of Object.entries(previous?.files ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (options.partial || produced.has(path) || path.split('/').includes('..')) continue;
    const current = await readIfExists(join(outDir, path));
    if (current === undefined) continue;
    if (sha256(current) === hash) {
      await rm(join(outDir, path));
      report.removed.push(path);
    } else report.kept.push(path);
  }

  const files: Record<string, string> = options.partial ? { ...previous?.files } : {};
  for (const a of artifacts) files[a.path] = sha256(final.get(a.path) ?? a.bytes);
  const manifest: Manifest = {
    generator,
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  if (!sameBytes(await readIfExists(join(outDir, MANIFEST)), manifestBytes)) {
    await mkdir(outDir, { recursive: true });
    const tmp = join(outDir, `${MANIFEST}.${process.pid}.rolekit-tmp`);
    await writeFile(tmp, manifestBytes);
    await rename(tmp, join(outDir, MANIFEST));
  }
  return report;
}
