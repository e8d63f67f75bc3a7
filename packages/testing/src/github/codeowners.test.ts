import { describe, expect, it } from 'vitest';
import { checkCodeowners } from './codeowners.js';
import { GitHubState } from './state.js';

function setup() {
  const state = new GitHubState();
  const repo = state.addRepo('acme/site');
  state.addTeam('acme', 'web', { members: ['alice'] });
  state.grantTeam('acme', 'web', 'acme/site', 'push');
  state.addTeam('acme', 'readers');
  state.grantTeam('acme', 'readers', 'acme/site', 'pull');
  state.addUser('bob', { email: 'bob@acme.test' });
  state.addCollaborator('acme/site', 'bob', 'push');
  state.addUser('carol');
  state.addOrg('other');
  state.addTeam('other', 'web');
  return { state, repo };
}

const check = (text: string, requireWriteAccess = true) => {
  const { state, repo } = setup();
  return checkCodeowners(state, repo, text, 'CODEOWNERS', { requireWriteAccess }).map(
    (e) => `${e.line}:${e.column} ${e.kind} ${e.source.slice(e.column - 1).split(/\s/)[0]}`,
  );
};

describe('checkCodeowners', () => {
  it('accepts known teams with write access, users and emails, comments and ownerless lines', () => {
    expect(
      check(
        [
          '# CODEOWNERS',
          '',
          '*       @acme/web',
          '/docs/  @alice bob@acme.test  # inline',
          '/vendor/',
          '  ',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reports unknown users and teams, and teams of another organisation', () => {
    expect(check(['* @acme/ghosts @nobody', '/x @other/web @acme/web'].join('\n'))).toEqual([
      '1:3 Unknown owner @acme/ghosts',
      '1:16 Unknown owner @nobody',
      '2:4 Unknown owner @other/web',
    ]);
  });

  it('reports owners without write access like GitHub, unless told not to', () => {
    const text = '* @acme/readers @carol';
    expect(check(text)).toEqual(['1:3 Unknown owner @acme/readers', '1:17 Unknown owner @carol']);
    expect(check(text, false)).toEqual([]);
  });

  it('reports malformed owners and unsupported patterns', () => {
    expect(check(['*.txt docs@', '***/*.rb @alice', '!secret @alice'].join('\n'))).toEqual([
      '1:7 Invalid owner docs@',
      '2:1 Invalid pattern ***/*.rb',
      '3:1 Invalid pattern !secret',
    ]);
  });

  it("formats messages like GitHub's example", () => {
    const { state, repo } = setup();
    const [first, second] = checkCodeowners(
      state,
      repo,
      '***/*.rb @alice\n*.txt docs@',
      '.github/CODEOWNERS',
      {
        requireWriteAccess: true,
      },
    );
    expect(first).toEqual({
      line: 1,
      column: 1,
      kind: 'Invalid pattern',
      source: '***/*.rb @alice',
      suggestion: 'Did you mean `**/*.rb`?',
      message: 'Invalid pattern on line 1: Did you mean `**/*.rb`?\n\n  ***/*.rb @alice\n  ^',
      path: '.github/CODEOWNERS',
    });
    expect(second?.message).toBe('Invalid owner on line 2:\n\n  *.txt docs@\n        ^');
  });

  it('keeps escaped spaces inside a pattern', () => {
    expect(check('/My\\ Docs/ @nobody')).toEqual(['1:12 Unknown owner @nobody']);
  });
});
