import { hash } from 'node:crypto';
import { type Dirent, readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative as relativePath, sep } from 'node:path';
import { checkDraft, type Draft } from './checks/index.js';
import { type Diagnostic, hasErrors, type Result, sortDiagnostics } from './diagnostics.js';
import { buildModel, deepFreeze } from './lookups.js';
import {
  normaliseActivities,
  normaliseJira,
  normaliseOnboarding,
  normaliseOrganisation,
  normalisePeople,
  normalisePolicies,
  normaliseRepositories,
  normaliseRole,
} from './normalise.js';
import { knownPeopleCsv, parsePeopleCsv } from './people-csv.js';
import { checkSchema } from './schema-check.js';
import type { FileKind } from './schemas/files.js';
import { checkText } from './text-safety.js';
import type { Family, Model, ModelFile, Organisation, Person, Role } from './types.js';
import { knownYamlFile, parseYamlFile, withoutValue, type YamlFile } from './yaml-file.js';

/** Model files by path relative to the model directory (forward slashes). */
export type ModelSources = ReadonlyMap<string, Uint8Array>;

/** Files the model holds once (people may be split across files: see kindOf). */
const SINGLE_FILES: Record<string, FileKind> = {
  organisation: 'organisation',
  activities: 'activities',
  codeowners: 'codeowners',
  jira: 'jira',
  policies: 'policies',
  onboarding: 'onboarding',
};

/** Which kind of model file a path is, or undefined for files the model does not use. */
export function kindOf(path: string): FileKind | undefined {
  if (isPeopleFile(path)) return 'people';
  const m = /^(?:(roles)\/([^/]+)|([^/]+))\.ya?ml$/.exec(path);
  if (!m) return undefined;
  if (m[1]) return 'role';
  return SINGLE_FILES[m[3] ?? ''];
}

/**
 * People live in people.yaml, people.csv (an HR system's export) and people/<name>.yaml or .csv
 * (one per department or team), in any mix; they are read in the order of their paths.
 */
function isPeopleFile(path: string): boolean {
  return /^people(?:\/[^/]+)?\.(?:ya?ml|csv)$/.test(path);
}

const isCsv = (path: string) => path.endsWith('.csv');

/** Reads the files of a model directory: YAML at the top level and in roles/, people files in people/. */
export async function readModelSources(dir: string): Promise<Result<ModelSources>> {
  const sources = new Map<string, Uint8Array>();
  const diagnostics: Diagnostic[] = [];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      diagnostics: [
        {
          code: 'RK006',
          severity: 'error',
          message:
            code === 'ENOENT'
              ? `model directory '${dir}' does not exist`
              : `'${dir}' is not a model directory`,
          hint: 'pass the directory that holds organisation.yaml and roles/ (default: model/)',
          file: dir,
        },
      ],
    };
  }
  // Synchronous reads: for thousands of small files they are several times faster than as many
  // promises, and nothing else runs while the model loads.
  const read = (relative: string) => {
    try {
      sources.set(relative, readFileSync(join(dir, relative)));
    } catch (error) {
      diagnostics.push({
        code: 'RK005',
        severity: 'error',
        message: `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        hint: 'check the file’s permissions',
        file: relative,
      });
    }
  };
  // A link is followed only where it stays inside the model folder; anything else with a model
  // file's name is reported, never skipped without a word (a skipped role vanishes from every output).
  const root = realpathSync(dir);
  const problem = (file: string, message: string, hint: string) =>
    diagnostics.push({ code: 'RK008', severity: 'error', message, hint, file });
  /** What a directory entry is once links inside the model folder are followed; undefined if reported. */
  const resolveEntry = (relative: string, entry: Dirent): 'file' | 'dir' | 'other' | undefined => {
    if (!entry.isSymbolicLink()) return entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
    let target: string;
    try {
      target = realpathSync(join(dir, relative));
    } catch {
      problem(
        relative,
        'is a symbolic link that points nowhere',
        'point the link at a file inside the model folder, or remove it',
      );
      return undefined;
    }
    const inside = relativePath(root, target);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      problem(
        relative,
        `is a symbolic link to '${inside}', outside the model folder`,
        'rolekit reads only files inside the model folder: copy the file in, or point the link at a file inside it',
      );
      return undefined;
    }
    const info = statSync(target);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : 'other';
  };
  const consider = (relative: string, entry: Dirent) => {
    if (!/\.ya?ml$/.test(entry.name) && !isPeopleFile(relative)) return;
    const kind = resolveEntry(relative, entry);
    if (kind === 'file') read(relative);
    else if (kind !== undefined)
      problem(
        relative,
        `is a ${kind === 'dir' ? 'folder' : 'special file'}, not a YAML file`,
        'rename it or move it out of the model folder',
      );
  };
  const top = await readdir(dir, { withFileTypes: true });
  for (const entry of top) consider(entry.name, entry);
  for (const folder of ['roles', 'people']) {
    const folderEntry = top.find((e) => e.name === folder);
    if (folderEntry && resolveEntry(folder, folderEntry) === 'dir') {
      for (const entry of await readdir(join(dir, folder), { withFileTypes: true }))
        consider(`${folder}/${entry.name}`, entry);
    }
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: sources, diagnostics: [] };
}

/**
 * What model files parsed to, kept by the caller between loads (the CLI keeps it in its cache
 * directory, where turbo's generate tasks share it): a file whose bytes are unchanged is neither
 * parsed nor schema-checked again. Keys stand for a file's kind and the sha256 of its bytes; values
 * are this package's to read. Only files that parsed and passed their schema check are remembered,
 * so a remembered file has no diagnostics of its own, and the positions that later diagnostics
 * point to are worked out from the bytes exactly as after a parse.
 */
export interface ParseCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface LoadOptions {
  parsed?: ParseCache;
}

/** What a ParseCache holds for one file: its value, and which parser finds positions in it. */
interface ParsedEntry {
  value: unknown;
  locating: YamlFile['locating'];
}

function isParsedEntry(entry: unknown): entry is ParsedEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { value, locating } = entry as Partial<ParsedEntry>;
  return (
    typeof value === 'object' &&
    value !== null &&
    (locating === 'lines' || locating === 'careful' || locating === 'csv')
  );
}

/**
 * What the checks see of an organisation.yaml that is missing or broken: no families (so roles'
 * families are not checked) and every letter (so no RACI letter is reported against a variant the
 * author may not have chosen).
 */
function standInOrganisation(file: string): Organisation {
  return {
    at: { file, line: 1, column: 1, pointer: '' },
    name: '',
    date: '',
    families: [],
    raci: { variant: 'RACI', letters: ['R', 'A', 'C', 'I', 'S', 'V'] },
    generators: [],
  };
}

/**
 * A model file's path and hash; the hash of bytes nobody hashed yet (no parse cache asked for it)
 * is worked out on first read: `rolekit validate` never reads it. Frozen here, so that freezing
 * the model does not read it either.
 */
function modelFile(path: string, bytes: Uint8Array, known: string | undefined): ModelFile {
  let sha256 = known;
  return Object.freeze({
    path,
    get sha256() {
      sha256 ??= hash('sha256', bytes, 'hex');
      return sha256;
    },
  });
}

/**
 * The order files are parsed in: path order, but activities.yaml after everything else. Its RACI
 * mappings use role ids as keys, and V8 keeps at most 1,536 hidden-class transitions from the
 * empty object: past that (an organisation with more than about 1,500 activities), every object
 * built afterwards from `{}` or a small literal gets a hidden class of its own, and normalising
 * 10,000 roles and 100,000 people then allocated and collected a third more (validate at 10,000
 * roles: 90 MB more promoted, 1.5x the CPU). Nothing else depends on the order: diagnostics are
 * sorted, and organisation.yaml (whose families roles refer to) still comes before roles/.
 */
function readingOrder(paths: readonly string[], kinds: ReadonlyMap<string, FileKind | undefined>): string[] {
  const activities = paths.filter((p) => kinds.get(p) === 'activities');
  return [...paths.filter((p) => kinds.get(p) !== 'activities'), ...activities];
}

/** Loads a model directory: read, parse, validate, check. Never throws on bad input. */
export async function loadModel(dir: string, options: LoadOptions = {}): Promise<Result<Model>> {
  const sources = await readModelSources(dir);
  if (!sources.ok) return sources;
  return loadModelFromSources(sources.value, options);
}

/**
 * The pure part of loading: from file contents to a model or every diagnostic at once. A model
 * with any error is never returned, so no generator ever sees a partial model.
 */
export function loadModelFromSources(sources: ModelSources, options: LoadOptions = {}): Result<Model> {
  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, YamlFile>();
  const byKind = new Map<FileKind, YamlFile[]>();
  const paths = [...sources.keys()].sort();
  // Asked for every path several times below: the patterns run once per path.
  const kinds = new Map(paths.map((p) => [p, kindOf(p)]));
  // Hashes are needed now only for a parse cache's keys; otherwise a file's is worked out when read.
  const hashes = new Map<string, string>();
  // Roles and people, by far the most of a large model, are normalised and frozen as soon as their
  // file is read, while its values are fresh in the processor's caches: in a later pass over
  // 100,000 people each one is a cache miss. Paths are sorted, so organisation.yaml (whose
  // families roles refer to) comes before roles/ and people.
  let organisationFile: YamlFile | undefined;
  let normalisedOrganisation: Organisation | undefined;
  let families: ReadonlyMap<string, Family> = new Map();
  const roles: Role[] = [];
  const people: Person[] = [];
  /** Model files that failed to parse or failed their schema, by kind. */
  const broken = new Map<FileKind, string[]>();
  const markBroken = (kind: FileKind, path: string) => broken.set(kind, [...(broken.get(kind) ?? []), path]);
  for (const path of readingOrder(paths, kinds)) {
    const kind = kinds.get(path);
    if (!kind) {
      diagnostics.push({
        code: 'RK007',
        severity: 'warning',
        message: `'${path}' is not a model file and was ignored`,
        hint: 'model files are organisation, people, activities, codeowners, jira, policies, onboarding (.yaml), roles/<id>.yaml, people/<name>.yaml and people.csv or people/<name>.csv',
        file: path,
      });
      continue;
    }
    const bytes = sources.get(path)!;
    const csv = isCsv(path);
    let key: string | undefined;
    if (options.parsed) {
      // One call per file: a Hash object per file cost more than hashing its few kilobytes.
      const sha256 = hash('sha256', bytes, 'hex');
      hashes.set(path, sha256);
      key = csv ? `${kind} csv ${sha256}` : `${kind} ${sha256}`;
    }
    const known = key === undefined ? undefined : options.parsed?.get(key);
    let file: YamlFile;
    if (isParsedEntry(known) && (known.locating === 'csv') === csv) {
      file = csv
        ? knownPeopleCsv(path, bytes, known.value)
        : knownYamlFile(path, bytes, known.value, known.locating);
    } else {
      const result = csv ? parsePeopleCsv(path, bytes) : parseYamlFile(path, bytes);
      if (!result.ok) {
        diagnostics.push(...result.diagnostics);
        markBroken(kind, path);
        continue;
      }
      const schemaProblems = checkSchema(kind, result.file);
      diagnostics.push(...schemaProblems);
      if (schemaProblems.length > 0) {
        markBroken(kind, path);
        continue;
      }
      file = result.file;
      // Before anything reads the value, which is then shared with the model (and frozen with it).
      if (key !== undefined)
        options.parsed?.set(key, { value: file.value, locating: file.locating } satisfies ParsedEntry);
    }
    if (kind === 'role' || kind === 'people') {
      if (kind === 'role') roles.push(deepFreeze(normaliseRole(file, families)));
      else for (const person of normalisePeople(file)) people.push(deepFreeze(person));
      parsed.set(path, withoutValue(file));
      continue;
    }
    parsed.set(path, file);
    const list = byKind.get(kind);
    if (list) list.push(file);
    else byKind.set(kind, [file]);
    if (kind === 'organisation' && !organisationFile) {
      organisationFile = file;
      normalisedOrganisation = normaliseOrganisation(file);
      families = new Map(normalisedOrganisation.families.map((f) => [f.id, f]));
    }
  }
  const has = (kind: FileKind) => paths.some((p) => kinds.get(p) === kind);
  if (!has('organisation')) {
    diagnostics.push({
      code: 'RK006',
      severity: 'error',
      message: 'the model has no organisation.yaml',
      hint: 'create organisation.yaml with at least name and date',
      file: 'organisation.yaml',
    });
  }
  if (!has('role')) {
    diagnostics.push({
      code: 'RK006',
      severity: 'error',
      message: 'the model has no roles',
      hint: 'add one file per role under roles/, e.g. roles/qa-engineer.yaml',
      file: 'roles/',
    });
  }
  for (const kind of Object.values(SINGLE_FILES)) {
    const all = paths.filter((p) => kinds.get(p) === kind);
    if (all.length > 1) {
      diagnostics.push({
        code: 'RK013',
        severity: 'error',
        message: `both ${all.join(' and ')} exist`,
        hint: 'keep one of them',
        file: all[1]!,
      });
    }
  }
  // Checks of meaning run on the files that are intact, even when others are not, so that every
  // problem is reported at once; a model with any error is still never returned. Without a single
  // role there is nothing to check references against.
  const incomplete = hasErrors(diagnostics);
  if (incomplete && roles.length === 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };

  const organisation =
    normalisedOrganisation ??
    standInOrganisation(paths.find((p) => kinds.get(p) === 'organisation') ?? 'organisation.yaml');
  const one = (kind: FileKind) => byKind.get(kind)?.[0];
  const draft: Draft = {
    organisation,
    roles,
    // Every people file in path order (people.csv, people.yaml, then people/ by name), each in its own order.
    people,
    activityGroups: one('activities') ? normaliseActivities(one('activities')!) : [],
    repositories: one('codeowners') ? normaliseRepositories(one('codeowners')!) : [],
    jira: one('jira') ? normaliseJira(one('jira')!) : undefined,
    policies: one('policies') ? normalisePolicies(one('policies')!) : [],
    onboarding: normaliseOnboarding(one('onboarding')),
    ...(incomplete
      ? {
          incomplete: {
            roles: new Set(
              (broken.get('role') ?? []).map((p) => p.replace(/^roles\//, '').replace(/\.ya?ml$/, '')),
            ),
            organisation: !organisationFile,
            people: broken.has('people'),
            activities: broken.has('activities'),
          },
        }
      : {}),
  };
  const checked = checkDraft(draft, parsed);
  diagnostics.push(...checked.diagnostics, ...checkText(parsed));
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted)) return { ok: false, diagnostics: sorted };

  const files = paths
    .filter((p) => kinds.get(p))
    .map((path) => modelFile(path, sources.get(path)!, hashes.get(path)));
  return { ok: true, value: buildModel(draft, files, checked.index), diagnostics: sorted };
}
