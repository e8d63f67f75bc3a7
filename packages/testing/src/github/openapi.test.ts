import { describe, expect, it } from 'vitest';
import { GitHubApi, type Json, loadGitHubOpenApi, toJsonSchema } from './openapi.js';

const doc = loadGitHubOpenApi();
const github = new GitHubApi(doc);

const OPERATIONS = [
  'git/create-ref',
  'git/get-ref',
  'git/update-ref',
  'issues/create',
  'issues/get',
  'issues/list-for-repo',
  'issues/update',
  'orgs/list-members',
  'orgs/list-outside-collaborators',
  'orgs/list-pending-invitations',
  'pulls/create',
  'pulls/list',
  'pulls/update',
  'rate-limit/get',
  'repos/codeowners-errors',
  'repos/create-or-update-file-contents',
  'repos/get',
  'repos/get-branch',
  'repos/get-branch-protection',
  'repos/get-collaborator-permission-level',
  'repos/get-content',
  'repos/list-collaborators',
  'repos/list-for-org',
  'teams/add-or-update-membership-for-user-in-org',
  'teams/check-permissions-for-repo-in-org',
  'teams/create',
  'teams/get-by-name',
  'teams/get-membership-for-user-in-org',
  'teams/list',
  'teams/list-members-in-org',
  'teams/list-repos-in-org',
  'teams/remove-membership-for-user-in-org',
  'users/get-by-username',
];

function refs(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, into);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.push(value);
      else refs(value, into);
    }
  }
  return into;
}

describe('the GitHub OpenAPI fixture', () => {
  it('holds exactly the operations rolekit uses, from the recorded source', () => {
    expect([...github.byId.keys()].sort()).toEqual(OPERATIONS);
    expect(doc['x-source']).toMatchObject({
      package: '@octokit/openapi',
      version: '23.0.2',
      file: 'generated/api.github.com.json',
      operations: OPERATIONS,
    });
    expect(doc.openapi).toMatch(/^3\.0\./);
  });

  it('is self-contained: every $ref resolves inside it', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(100);
    for (const ref of all) {
      let node: unknown = doc;
      for (const key of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[key];
      expect(node, ref).toBeDefined();
    }
  });

  it('maps methods and raw paths to operations, literal segments first', () => {
    const route = (method: string, path: string) => {
      const found = github.match(method, path);
      return 'operation' in found ? [found.operation.operationId, found.params] : found.pathMatches.length;
    };
    expect(route('GET', '/repos/o/r/contents/docs%2Froles.md')).toEqual([
      'repos/get-content',
      { owner: 'o', repo: 'r', path: 'docs/roles.md' },
    ]);
    expect(route('PUT', '/repos/o/r/contents/docs/roles.md')).toEqual([
      'repos/create-or-update-file-contents',
      { owner: 'o', repo: 'r', path: 'docs/roles.md' },
    ]);
    expect(route('GET', '/repos/o/r/contents')).toEqual([
      'repos/get-content',
      { owner: 'o', repo: 'r', path: '' },
    ]);
    expect(route('GET', '/repos/o/r/branches/feat/x/protection')).toEqual([
      'repos/get-branch-protection',
      { owner: 'o', repo: 'r', branch: 'feat/x' },
    ]);
    expect(route('GET', '/repos/o/r/branches/feat/x')).toEqual([
      'repos/get-branch',
      { owner: 'o', repo: 'r', branch: 'feat/x' },
    ]);
    expect(route('PATCH', '/repos/o/r')).toBe(1);
    expect(route('GET', '/user')).toBe(0);
    expect(route('GET', '/repos/o/r/contents/%E0%A4%A')).toBe(0);
  });
});

describe('toJsonSchema', () => {
  it('turns nullable into a null type, also in enums', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
  });

  it('wraps nullable without a type in anyOf, and oneOf becomes anyOf', () => {
    // issues/create's milestone: { nullable: true, oneOf: [string, integer] }
    expect(toJsonSchema({ nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual({
      anyOf: [{ type: 'null' }, { anyOf: [{ type: 'string' }, { type: 'integer' }] }],
    });
  });

  it('drops discriminator and vendor keys, keeps property names and data verbatim', () => {
    const input: Json = {
      type: 'object',
      discriminator: { propertyName: 'type' },
      'x-github': { x: 1 },
      properties: {
        nullable: { type: 'boolean' },
        'x-name': { type: 'string', default: { nullable: true } },
      },
    };
    expect(toJsonSchema(input)).toEqual({
      type: 'object',
      properties: {
        nullable: { type: 'boolean' },
        'x-name': { type: 'string', default: { nullable: true } },
      },
    });
  });

  it('points component refs at registered schemas', () => {
    expect(toJsonSchema({ $ref: '#/components/schemas/simple-user' })).toEqual({
      $ref: 'https://stand-in.rolekit.invalid/github/schemas/simple-user',
    });
  });
});

describe('response validators', () => {
  it('reject a payload missing what GitHub documents as required', () => {
    const validate = github.byId.get('git/get-ref')?.responses.get('200');
    if (!validate) throw new Error('no validator');
    const sha = 'a'.repeat(40);
    expect(
      validate({ ref: 'refs/heads/main', node_id: 'x', url: 'https://x', object: { sha, type: 'commit' } }),
    ).toBe(false);
    expect(validate.errors?.map((e) => e.message)).toEqual(["must have required property 'url'"]);
    // GitHub's description pins a sha to 40 characters.
    expect(
      validate({
        ref: 'r',
        node_id: 'x',
        url: 'https://x',
        object: { sha: 'a', type: 'commit', url: 'https://y' },
      }),
    ).toBe(false);
    expect(
      validate({
        ref: 'refs/heads/main',
        node_id: 'x',
        url: 'https://x',
        object: { sha, type: 'commit', url: 'https://y' },
      }),
    ).toBe(true);
  });

  it('check formats such as date-time', () => {
    const validate = github.byId.get('rate-limit/get')?.responses.get('200');
    const rate = { limit: 1, used: 0, remaining: 1, reset: 1 };
    expect(validate?.({ resources: { core: rate, search: rate }, rate })).toBe(true);
    const issue = github.byId.get('issues/get')?.responses.get('200');
    expect(issue?.({ created_at: 'yesterday' })).toBe(false);
    expect(issue?.errors?.some((e) => e.instancePath === '/created_at' && e.keyword === 'format')).toBe(true);
  });
});
