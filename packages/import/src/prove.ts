/**
 * The proof that a CODEOWNERS import lost nothing: generate the repository's managed block from the
 * imported model, merge it into the skeleton the import wrote, and compare who owns each path under
 * that file and under the original. Paths: the ones given (the repository's tree) and, for every
 * pattern of the original, paths it matches (codeowners' witnesses). Pure.
 */
import { buildCodeowners, compilePattern, type Flavour, mergeManagedSection } from '@rolekit/codeowners';
import type { Model } from '@rolekit/model';
import { ownersKey, ownersOfPath, type ParsedCodeowners, parseCodeowners } from './codeowners-file.js';

export interface Difference {
  path: string;
  before: string;
  after: string;
}

/** The file `rolekit generate codeowners` writes for `repository`, merged into its skeleton. */
export function generatedCodeowners(
  model: Model,
  flavour: Flavour,
  repository: string,
  skeleton: string,
): string {
  const { repositories } = buildCodeowners(model, flavour, [repository]);
  const built = repositories[0];
  if (!built) throw new Error(`the imported model has no repository ${repository}`);
  return mergeManagedSection(skeleton, built.section);
}

/** Paths worth asking about: the given ones, and paths every pattern of the original matches. */
export function pathsToProve(original: ParsedCodeowners, given: readonly string[] = []): string[] {
  const paths = new Set(given.map((p) => p.replace(/^\/+/, '')).filter(Boolean));
  for (const line of original.lines)
    if (line.kind === 'rule') for (const w of compilePattern(line.pattern).witnesses) paths.add(w);
  return [...paths].sort();
}

/** Every path whose owners differ between the original file and the generated one. */
export function compareOwners(
  original: ParsedCodeowners,
  generated: string,
  paths: readonly string[],
): Difference[] {
  const { parsed } = parseCodeowners(generated, 'generated');
  // The generated file is GitLab-flavoured exactly when the original was.
  const after: ParsedCodeowners = { ...parsed, gitlab: original.gitlab };
  const out: Difference[] = [];
  for (const path of paths) {
    const a = ownersKey(ownersOfPath(original, path));
    const b = ownersKey(ownersOfPath(after, path));
    if (a !== b) out.push({ path, before: a, after: b });
  }
  return out;
}
