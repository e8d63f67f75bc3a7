/**
 * The edges of an import: reading what a model folder already holds, merging fragments into its
 * files (comments and order of existing files kept: entries are added, never rewritten, unless
 * --force replaces one), checking the result as one model before anything is written, and writing
 * every file through a temporary file and a rename only when all of them are ready.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, loadModelFromSources, type Model, parsePeopleCsv } from '@rolekit/model';
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Fragment, Known } from './fragment.js';

export interface MergeOptions {
  /** Replace entries (a repository, an activity group, a scheme) that the folder already has. */
  force?: boolean;
  /** organisation.yaml for a new folder. */
  organisationName?: string;
  /** YYYY-MM-DD for a new organisation.yaml. */
  date: string;
}

export interface FileChange {
  /** Relative to the model folder, or `out:` + a path relative to the output folder. */
  path: string;
  action: 'created' | 'merged';
  text: string;
}

export interface MergeResult {
  changes: FileChange[];
  /** What was added or merged, one line each (`roles/qa.yaml: created`). */
  log: string[];
  /** What already exists and would be replaced: refused without --force. */
  conflicts: string[];
  /** The model as it would load after the import (undefined with errors). */
  model?: Model;
  diagnostics: Diagnostic[];
}

const tryRead = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** A YAML file's plain value, or undefined when it is absent or does not parse. */
function plain(path: string): Record<string, unknown> | undefined {
  const text = tryRead(path);
  if (text === undefined) return undefined;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const value = doc.toJS() as unknown;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The folder's people files in the order the model reads them (people.csv, people.yaml, then
 * people/ by name), with the people each holds: people may live in any of them, and an import
 * must add a role where its holder already is, not a second entry in people.yaml.
 */
function peopleFiles(dir: string): Array<{ path: string; people: Record<string, unknown>[] }> {
  let nested: string[] = [];
  try {
    nested = readdirSync(join(dir, 'people'))
      .filter((f) => /\.(?:ya?ml|csv)$/.test(f))
      .map((f) => `people/${f}`);
  } catch {
    nested = [];
  }
  return ['people.csv', 'people.yaml', 'people.yml', ...nested.sort()].flatMap((path) => {
    if (path.endsWith('.csv')) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(join(dir, path));
      } catch {
        return [];
      }
      const parsed = parsePeopleCsv(path, bytes);
      const value = parsed.ok ? (parsed.file.value as Record<string, unknown> | undefined) : undefined;
      return [{ path, people: list(value?.['people']) }];
    }
    const value = plain(join(dir, path));
    return value ? [{ path, people: list(value['people']) }] : [];
  });
}

/** What the folder holds, for matching imported teams, people and titles to it. */
export async function readKnown(dir: string): Promise<Known> {
  const organisation = plain(join(dir, 'organisation.yaml'));
  let roleFiles: string[] = [];
  try {
    roleFiles = (await readdir(join(dir, 'roles'))).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    roleFiles = [];
  }
  const github = organisation?.['github'] as Record<string, unknown> | undefined;
  const org = str(github?.['org']);
  const variant = str((organisation?.['raci'] as Record<string, unknown> | undefined)?.['variant']);
  const letters =
    variant === 'RASCI'
      ? ['R', 'A', 'S', 'C', 'I']
      : variant === 'RACI-VS'
        ? ['R', 'A', 'C', 'I', 'V', 'S']
        : undefined;
  return {
    ...(org ? { githubOrg: org } : {}),
    ...(letters ? { raciLetters: letters } : {}),
    familyIds: list(organisation?.['families']).flatMap((f) =>
      str(f['id']) ? [str(f['id']) as string] : [],
    ),
    roles: roleFiles.flatMap((file) => {
      const role = plain(join(dir, 'roles', file));
      const id = str(role?.['id']);
      if (!role || !id) return [];
      const team = str((role['github'] as Record<string, unknown> | undefined)?.['team']);
      const jira = role['jira'] as Record<string, unknown> | undefined;
      return [
        {
          id,
          title: str(role['title']) ?? id,
          aliases: Array.isArray(role['aliases'])
            ? role['aliases'].filter((a): a is string => typeof a === 'string')
            : [],
          ...(team ? { githubTeam: team } : {}),
          ...(jira
            ? {
                jira: {
                  ...(str(jira['projectRole']) ? { projectRole: str(jira['projectRole']) } : {}),
                  ...(str(jira['group']) ? { group: str(jira['group']) } : {}),
                },
              }
            : {}),
        },
      ];
    }),
    people: peopleFiles(dir)
      .flatMap((f) => f.people)
      .flatMap((p) => {
        const id = str(p['id']);
        if (!id) return [];
        const optional = (key: string) => (str(p[key]) ? { [key]: str(p[key]) as string } : {});
        return [
          {
            id,
            name: str(p['name']) ?? id,
            ...optional('github'),
            ...optional('email'),
            ...optional('jiraAccountId'),
            roles: Array.isArray(p['roles'])
              ? p['roles'].filter((r): r is string => typeof r === 'string')
              : [],
          },
        ];
      }),
  };
}

const SCHEMA_DIR = fileURLToPath(new URL('../../model/schema/', import.meta.url));

function header(dir: string, path: string, kind: string): string {
  const schema = relative(dirname(join(dir, path)), join(SCHEMA_DIR, `${kind}.schema.json`))
    .split('\\')
    .join('/');
  return ` yaml-language-server: $schema=${schema}`;
}

const stringify = (doc: Document) => doc.toString({ lineWidth: 0 });

/** Merges fragments into the files of `dir` (in memory), then loads the result as one model. */
export async function mergeFragments(
  dir: string,
  outDir: string,
  fragments: readonly Fragment[],
  options: MergeOptions,
): Promise<MergeResult> {
  const docs = new Map<string, { doc: Document; created: boolean; touched: boolean; header?: string }>();
  const log: string[] = [];
  const conflicts: string[] = [];
  const open = (path: string, kind: string, initial: () => unknown) => {
    let entry = docs.get(path);
    if (!entry) {
      const text = tryRead(join(dir, path));
      if (text !== undefined) entry = { doc: parseDocument(text), created: false, touched: false };
      else {
        entry = {
          doc: new Document(initial()),
          created: true,
          touched: true,
          header: header(dir, path, kind),
        };
      }
      docs.set(path, entry);
    }
    return entry;
  };
  const seq = (doc: Document, key: string): YAMLSeq => {
    const node = doc.get(key, true);
    if (isSeq(node)) return node as YAMLSeq;
    doc.set(key, doc.createNode([]));
    return doc.get(key, true) as YAMLSeq;
  };
  /** Adds `value` to the list at `key`, or replaces the item whose `id` field equals its own. */
  const nouns: Record<string, string> = {
    repositories: 'repository',
    groups: 'group',
    schemes: 'scheme',
    projects: 'project',
  };
  const upsert = (path: string, kind: string, key: string, idKey: string, value: Record<string, unknown>) => {
    const noun = nouns[key] ?? key;
    const entry = open(path, kind, () => ({ [key]: [] }));
    const items = seq(entry.doc, key);
    const index = items.items.findIndex(
      (item) => isMap(item) && (item as YAMLMap).get(idKey) === value[idKey],
    );
    if (index < 0) {
      items.add(entry.doc.createNode(value));
      log.push(`${path}: added ${noun} ${value[idKey]}`);
    } else if (options.force) {
      items.items[index] = entry.doc.createNode(value);
      log.push(`${path}: replaced ${noun} ${value[idKey]}`);
    } else {
      conflicts.push(`${path} already has ${noun} ${value[idKey]}: pass --force to replace it`);
      return;
    }
    entry.touched = true;
  };

  // Where each person already is, so their roles are added there (a second entry would be a duplicate id).
  const homeOf = new Map<string, string>();
  const csvRoles = new Map<string, string[]>();
  for (const file of peopleFiles(dir)) {
    for (const p of file.people) {
      const id = str(p['id']);
      if (!id || homeOf.has(id)) continue;
      homeOf.set(id, file.path);
      if (file.path.endsWith('.csv'))
        csvRoles.set(
          id,
          Array.isArray(p['roles']) ? p['roles'].filter((r): r is string => typeof r === 'string') : [],
        );
    }
  }

  const outputs: FileChange[] = [];
  for (const fragment of fragments) {
    const org = open('organisation.yaml', 'organisation', () => ({
      name: options.organisationName ?? 'Imported organisation',
      date: options.date,
      families: [],
    }));
    for (const family of fragment.families) {
      const families = seq(org.doc, 'families');
      if (families.items.some((f) => isMap(f) && (f as YAMLMap).get('id') === family.id)) continue;
      families.add(org.doc.createNode(family));
      org.touched = true;
      log.push(`organisation.yaml: added family ${family.id}`);
    }
    if (fragment.githubOrg) {
      const current = org.doc.getIn(['github', 'org']);
      if (current === undefined) {
        org.doc.set('github', org.doc.createNode({ org: fragment.githubOrg }));
        org.touched = true;
        log.push(`organisation.yaml: github.org ${fragment.githubOrg}`);
      } else if (String(current).toLowerCase() !== fragment.githubOrg.toLowerCase()) {
        if (options.force) {
          org.doc.setIn(['github', 'org'], fragment.githubOrg);
          org.touched = true;
        } else
          conflicts.push(
            `organisation.yaml has github.org ${current}, the import found ${fragment.githubOrg}: pass --force to replace it`,
          );
      }
    }
    for (const role of fragment.roles) {
      const path = `roles/${role.id}.yaml`;
      const entry = open(path, 'role', () => role);
      if (entry.created) continue;
      for (const key of ['github', 'jira'] as const) {
        const wanted = role[key];
        if (!wanted) continue;
        const current = entry.doc.get(key);
        const same =
          current !== undefined && JSON.stringify(entry.doc.toJS()[key]) === JSON.stringify(wanted);
        if (same) continue;
        if (current === undefined || options.force) {
          entry.doc.set(key, entry.doc.createNode(wanted));
          entry.touched = true;
          log.push(`${path}: ${key} ${Object.values(wanted)[0]}`);
        } else conflicts.push(`${path} already has a different ${key}: pass --force to replace it`);
      }
    }
    for (const person of fragment.people) {
      const home = homeOf.get(person.id);
      if (home?.endsWith('.csv')) {
        // An HR export is rewritten by the HR system, not by us: say what it lacks instead.
        const held = new Set(csvRoles.get(person.id) ?? []);
        const missing = person.roles.filter((r) => !held.has(r));
        if (missing.length > 0)
          log.push(
            `${home}: ${person.id} is kept in an HR export, which rolekit does not rewrite: add ${missing.join(', ')} to their roles there`,
          );
        continue;
      }
      const path = home ?? 'people.yaml';
      const entry = open(path, 'people', () => ({ people: [] }));
      const people = seq(entry.doc, 'people');
      const found = people.items.find((p) => isMap(p) && (p as YAMLMap).get('id') === person.id) as
        | YAMLMap
        | undefined;
      if (!found) {
        people.add(entry.doc.createNode(person));
        entry.touched = true;
        log.push(`${path}: added person ${person.id}`);
        continue;
      }
      const roles = found.get('roles', true);
      for (const role of person.roles) {
        if (
          isSeq(roles) &&
          !(roles as YAMLSeq).items.some((r) => String((r as { value?: unknown }).value ?? r) === role)
        ) {
          (roles as YAMLSeq).add(entry.doc.createNode(role));
          entry.touched = true;
          log.push(`${path}: ${person.id} holds ${role}`);
        }
      }
      for (const key of ['github', 'email', 'jiraAccountId'] as const) {
        if (person[key] !== undefined && found.get(key) === undefined) {
          found.set(key, person[key]);
          entry.touched = true;
        }
      }
    }
    for (const repository of fragment.repositories)
      upsert('codeowners.yaml', 'codeowners', 'repositories', 'name', { ...repository });
    for (const group of fragment.activityGroups)
      upsert('activities.yaml', 'activities', 'groups', 'id', { ...group });
    if (fragment.jira) {
      const { site, projects, schemes } = fragment.jira;
      const entry = open('jira.yaml', 'jira', () => ({ site: site ?? 'https://example.atlassian.net' }));
      const current = entry.doc.get('site');
      if (site && current !== site) {
        if (entry.created || options.force) entry.doc.set('site', site);
        else
          conflicts.push(
            `jira.yaml has site ${current}, the import read ${site}: pass --force to replace it`,
          );
      }
      for (const scheme of schemes) upsert('jira.yaml', 'jira', 'schemes', 'id', { ...scheme });
      for (const project of projects) upsert('jira.yaml', 'jira', 'projects', 'key', { ...project });
    }
    for (const output of fragment.outputs) {
      const existing = tryRead(join(outDir, output.path));
      if (existing === output.text) continue;
      if (existing !== undefined && !options.force) {
        conflicts.push(`${join(outDir, output.path)} exists: pass --force to replace it`);
        continue;
      }
      outputs.push({
        path: `out:${output.path}`,
        action: existing === undefined ? 'created' : 'merged',
        text: output.text,
      });
    }
  }

  const changes: FileChange[] = [];
  for (const [path, entry] of docs) {
    if (!entry.touched) continue;
    const text = (entry.header ? `#${entry.header}\n` : '') + stringify(entry.doc);
    if (!entry.created && text === tryRead(join(dir, path))) continue;
    changes.push({ path, action: entry.created ? 'created' : 'merged', text });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  changes.push(...outputs);

  // The folder as it would be, loaded as one model: an import never leaves an invalid model.
  const sources = new Map<string, Uint8Array>();
  const walk = async (sub: string) => {
    let entries: import('node:fs').Dirent[] = [];
    try {
      entries = await readdir(join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isFile() && /\.ya?ml$/.test(e.name)) sources.set(rel, readFileSync(join(dir, rel)));
    }
  };
  await walk('');
  await walk('roles');
  for (const change of changes)
    if (!change.path.startsWith('out:')) sources.set(change.path, Buffer.from(change.text));
  const loaded = loadModelFromSources(sources);
  return {
    changes,
    log,
    conflicts,
    diagnostics: loaded.diagnostics,
    ...(loaded.ok ? { model: loaded.value } : {}),
  };
}

export class ImportWriteError extends Error {
  override name = 'ImportWriteError';
}

/** The first symbolic link on the way from `root` down to `path` (both included), if any. */
async function linkOnTheWay(root: string, path: string): Promise<string | undefined> {
  let current = root;
  for (const part of ['', ...relative(root, path).split(/[\\/]/)]) {
    current = part === '' ? current : join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) return current;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Writes every change, or none: all go to temporary files first, then are renamed into place. A
 * symbolic link in the model or output folder, or on the way to a file, is refused before anything
 * is written (it could point anywhere).
 */
export async function writeChanges(
  dir: string,
  outDir: string,
  changes: readonly FileChange[],
): Promise<void> {
  const target = (c: FileChange) =>
    c.path.startsWith('out:') ? join(outDir, c.path.slice(4)) : join(dir, c.path);
  for (const change of changes) {
    const link = await linkOnTheWay(change.path.startsWith('out:') ? outDir : dir, target(change));
    if (link)
      throw new ImportWriteError(
        `${link} is a symbolic link: rolekit import writes only real files and folders; nothing was written`,
      );
  }
  const temporary = (c: FileChange) => `${target(c)}.${process.pid}.rolekit-tmp`;
  const staged: string[] = [];
  try {
    for (const change of changes) {
      await mkdir(dirname(target(change)), { recursive: true });
      await writeFile(temporary(change), change.text, { flag: 'wx' });
      staged.push(temporary(change));
    }
  } catch (error) {
    await Promise.all(staged.map((t) => rm(t, { force: true })));
    throw error;
  }
  for (const change of changes) await rename(temporary(change), target(change));
}
