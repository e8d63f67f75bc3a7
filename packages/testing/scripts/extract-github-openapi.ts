/**
 * Cuts the operations rolekit uses out of GitHub's OpenAPI description and writes them, with every
 * component they reference, to fixtures/github-openapi.json.
 *
 * @octokit/openapi is ~400 MB unpacked, so it is fetched on demand with `npm pack` into a temp dir
 * and only the one file we need is untarred. Run: pnpm --filter @rolekit/testing fixtures:github
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = '@octokit/openapi';
const VERSION = '23.0.2';
const SOURCE_FILE = 'generated/api.github.com.json';
const OUT = new URL('../fixtures/github-openapi.json', import.meta.url);

const OPERATIONS = [
  'repos/get',
  'repos/get-content',
  'repos/create-or-update-file-contents',
  'repos/get-branch',
  'repos/get-branch-protection',
  'git/get-ref',
  'git/create-ref',
  'git/update-ref',
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'repos/codeowners-errors',
  'teams/get-by-name',
  'teams/check-permissions-for-repo-in-org',
  'repos/get-collaborator-permission-level',
  'issues/list-for-repo',
  'issues/get',
  'issues/create',
  'issues/update',
  'rate-limit/get',
  // Team membership sync and the access audit.
  'teams/list',
  'teams/create',
  'teams/list-members-in-org',
  'teams/get-membership-for-user-in-org',
  'teams/add-or-update-membership-for-user-in-org',
  'teams/remove-membership-for-user-in-org',
  'teams/list-repos-in-org',
  'orgs/list-members',
  'orgs/list-outside-collaborators',
  'orgs/list-pending-invitations',
  'repos/list-for-org',
  'repos/list-collaborators',
  // Names and emails of the people `import github` finds.
  'users/get-by-username',
] as const;

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

// Documentation-only keys: dropped to keep the fixture small. Removed only where they are keywords,
// never where they are property names (a repository has a `description` property).
const DROPPED_KEYWORDS = new Set(['examples', 'example', 'externalDocs', 'x-github', 'x-octokit', 'tags']);
// Values under these keys are data, not schema, so they are copied verbatim.
const OPAQUE_KEYWORDS = new Set(['enum', 'default', 'const', 'x-github-breaking-changes']);
// Objects whose keys are names (of properties, media types, status codes...) rather than keywords.
const NAME_MAPS = new Set(['properties', 'patternProperties', 'content', 'responses', 'headers', 'mapping']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies a node of the description, dropping documentation-only keywords. */
function prune(node: Json, keysAreNames = false): Json {
  if (Array.isArray(node)) return node.map((item) => prune(item));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (keysAreNames) {
      out[key] = prune(value);
    } else if (DROPPED_KEYWORDS.has(key)) {
      // documentation only
    } else if (OPAQUE_KEYWORDS.has(key)) {
      out[key] = value;
    } else {
      out[key] = prune(value, NAME_MAPS.has(key));
    }
  }
  return out;
}

/** Returns keys sorted at every level so the output is stable whatever the source order. */
function sortKeys(node: Json): Json {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const key of Object.keys(node).sort()) out[key] = sortKeys(node[key] as Json);
  return out;
}

function collectRefs(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value);
      else collectRefs(value, into);
    }
  }
}

function resolvePointer(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node: Json = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref: ${ref}`);
    node = node[key] as Json;
  }
  return node;
}

function extract(doc: JsonObject, source: JsonObject): JsonObject {
  const wanted = new Set<string>(OPERATIONS);
  const paths: Record<string, JsonObject> = {};
  const found = new Set<string>();
  for (const [path, item] of Object.entries(doc['paths'] as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation['operationId'] !== 'string') continue;
      if (!wanted.has(operation['operationId'])) continue;
      found.add(operation['operationId']);
      paths[path] ??= {};
      (paths[path] as JsonObject)[method] = prune(operation);
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`operations not in the description: ${missing.join(', ')}`);

  // Follow $refs transitively; components keep their names so recursive schemas stay possible.
  const components: Record<string, JsonObject> = {};
  const done = new Set<string>();
  const pending = new Set<string>();
  collectRefs(paths as Json, pending);
  while (pending.size > 0) {
    const ref = pending.values().next().value as string;
    pending.delete(ref);
    if (done.has(ref)) continue;
    done.add(ref);
    const [, section, kind, name, ...rest] = ref.split('/');
    if (section !== 'components' || !kind || !name || rest.length > 0) {
      throw new Error(`unexpected $ref shape: ${ref}`);
    }
    const pruned = prune(resolvePointer(doc, ref));
    components[kind] ??= {};
    (components[kind] as JsonObject)[name] = pruned;
    const inner = new Set<string>();
    collectRefs(pruned, inner);
    for (const next of inner) if (!done.has(next)) pending.add(next);
  }

  // Self-containment check: every $ref left in the output must point inside it.
  const result: JsonObject = {
    openapi: doc['openapi'] as Json,
    info: {
      title: 'GitHub REST API: operations used by rolekit',
      version: (doc['info'] as JsonObject)['version'] as Json,
      description:
        'Generated by packages/testing/scripts/extract-github-openapi.ts; do not edit. ' +
        'Documentation keywords (examples, externalDocs, x-github) are dropped.',
    },
    'x-source': source,
    servers: [{ url: 'https://api.github.com' }],
    paths: paths as Json,
    components: components as Json,
  };
  const left = new Set<string>();
  collectRefs(result, left);
  for (const ref of left) resolvePointer(result, ref);
  return sortKeys(result) as JsonObject;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-openapi-'));
  try {
    const spec = `${PACKAGE}@${VERSION}`;
    const packed = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as Array<{ filename: string; integrity: string; shasum: string; version: string }>;
    const tarball = packed[0];
    if (!tarball || tarball.version !== VERSION)
      throw new Error(`npm pack ${spec} returned ${JSON.stringify(packed)}`);
    // Extract the single file we need: the whole package unpacks to ~400 MB.
    execFileSync('tar', ['-xzf', join(dir, tarball.filename), '-C', dir, `package/${SOURCE_FILE}`]);
    const doc = JSON.parse(readFileSync(join(dir, 'package', SOURCE_FILE), 'utf8')) as JsonObject;
    const fixture = extract(doc, {
      package: PACKAGE,
      version: VERSION,
      file: SOURCE_FILE,
      integrity: tarball.integrity,
      operations: [...OPERATIONS].sort(),
    });
    const text = `${JSON.stringify(fixture, null, 2)}\n`;
    writeFileSync(OUT, text);
    process.stdout.write(
      `wrote ${OUT.pathname} (${Buffer.byteLength(text)} bytes, ${OPERATIONS.length} operations)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
