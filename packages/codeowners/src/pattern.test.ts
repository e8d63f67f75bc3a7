import { describe, expect, it } from 'vitest';
import { compilePattern, covers } from './pattern.js';

/** pattern -> path -> whether GitHub applies the rule to that file (from GitHub's CODEOWNERS docs and gitignore). */
const CASES: Record<string, Record<string, boolean>> = {
  '*': { 'a.md': true, 'src/a.ts': true, '.github/workflows/ci.yml': true },
  '*.js': { 'a.js': true, 'src/deep/a.js': true, 'a.jsx': false, 'a.js.map': false, 'x.js/inner.txt': true },
  '/build/logs/': {
    'build/logs/a.log': true,
    'build/logs/2024/a.log': true,
    'build/logs': false,
    'x/build/logs/a.log': false,
  },
  'docs/*': { 'docs/a.md': true, 'docs/guides/a.md': false, docs: false, 'x/docs/a.md': false },
  'apps/': {
    'apps/a.ts': true,
    'x/apps/a.ts': true,
    'x/y/apps/b/c.ts': true,
    apps: false,
    'myapps/a': false,
  },
  '/docs/': { 'docs/a.md': true, 'docs/a/b.md': true, 'x/docs/a.md': false },
  '**/logs': {
    'logs/a': true,
    'build/logs/a': true,
    'deeply/nested/logs/a': true,
    logs: true,
    'logsx/a': false,
  },
  '/apps/github': {
    'apps/github': true,
    'apps/github/a.ts': true,
    'apps/githubx': false,
    'x/apps/github': false,
  },
  'f\\*o': { 'f*o': true, foo: false },
  'f?o': { foo: true, fo: false, fooo: false },
  'foo/**/bar': { 'foo/bar': true, 'foo/x/bar': true, 'foo/x/y/bar/z.ts': true, 'q/foo/bar': false },
  'foo/bar/**': { 'foo/bar/a': true, 'foo/bar/a/b': true, 'foo/bar': false },
  '/*': { 'a.md': true, 'src/a.ts': false },
  '/*/': { 'a.md': false, 'src/a.ts': true, 'src/x/a.ts': true },
  'CHANGELOG.md': { 'CHANGELOG.md': true, 'pkg/CHANGELOG.md': true, 'CHANGELOG.mdx': false },
  '/': { 'a.md': false, 'src/a.ts': false },
};

describe('compilePattern follows GitHub', () => {
  for (const [pattern, paths] of Object.entries(CASES)) {
    it(pattern, () => {
      const compiled = compilePattern(pattern);
      const actual = Object.fromEntries(Object.keys(paths).map((p) => [p, compiled.matches(p)]));
      expect(actual).toEqual(paths);
    });
  }

  it('builds witnesses that the pattern itself matches', () => {
    for (const pattern of Object.keys(CASES)) {
      const compiled = compilePattern(pattern);
      for (const w of compiled.witnesses) expect(compiled.matches(w), `${pattern} ${w}`).toBe(true);
      expect(compiled.witnesses.length > 0).toBe(pattern !== '/');
    }
  });
});

describe('covers', () => {
  const c = (outer: string, inner: string) => covers(compilePattern(outer), compilePattern(inner));

  it('knows that * and ** cover everything', () => {
    for (const p of ['/src/', '*.sql', 'docs/*', '/a/b/c.txt', '**/logs']) {
      expect(c('*', p)).toBe(true);
      expect(c('**', p)).toBe(true);
    }
    expect(c('/src/', '*')).toBe(false);
  });

  it('orders a directory above its subdirectories and files', () => {
    expect(c('/src/', '/src/auth/')).toBe(true);
    expect(c('/src/auth/', '/src/')).toBe(false);
    expect(c('/docs/', '/docs/api/index.md')).toBe(true);
    expect(c('docs/', '/docs/api/')).toBe(true);
    expect(c('/docs/', 'docs/')).toBe(false);
  });

  it('orders an extension above the same extension in one directory', () => {
    expect(c('*.sql', '/src/*.sql')).toBe(true);
    expect(c('/src/*.sql', '*.sql')).toBe(false);
    expect(c('*.md', 'CHANGELOG.md')).toBe(true);
  });

  it('leaves patterns that only overlap unordered', () => {
    expect(c('/src/', '*.sql')).toBe(false);
    expect(c('*.sql', '/src/')).toBe(false);
    expect(c('/docs/*', '/docs/')).toBe(false);
    expect(c('/docs/', '/docs/*')).toBe(true);
  });

  it('sees equivalent spellings as covering each other', () => {
    expect(c('/docs/', '/docs/**')).toBe(true);
    expect(c('/docs/**', '/docs/')).toBe(true);
    expect(c('/src/', '/src/')).toBe(true);
  });

  it('never lets a pattern that matches nothing cover or be covered', () => {
    expect(c('*', '/')).toBe(false);
  });
});
