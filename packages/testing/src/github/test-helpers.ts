/** Shared set-up for the stand-in's own tests: a seeded stand-in and a real Octokit pointed at it. */
import { Octokit } from '@octokit/rest';
import { type GitHubStandIn, type GitHubStandInOptions, startGitHubStandIn } from './server.js';

export interface Harness {
  standIn: GitHubStandIn;
  octokit: Octokit;
  owner: string;
  repo: string;
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

export function octokitFor(standIn: GitHubStandIn, token = standIn.token): Octokit {
  return new Octokit({ auth: token, baseUrl: standIn.url, log: silent });
}

/**
 * acme/handbook with a README, a CODEOWNERS file and a docs folder; team acme/eng (alice, bob)
 * with push access; carol is a direct collaborator with triage.
 */
export async function startHarness(options: GitHubStandInOptions = {}): Promise<Harness> {
  const standIn = await startGitHubStandIn({ validateResponses: true, ...options });
  const { state } = standIn;
  state.addOrg('acme', { name: 'Acme Corp' });
  state.addRepo('acme/handbook', {
    description: 'How we work',
    files: {
      'README.md': 'hello\n',
      'docs/roles.md': '# Roles\n',
      '.github/CODEOWNERS': '* @acme/eng\n',
    },
  });
  state.addTeam('acme', 'eng', { name: 'Engineering', members: ['alice', 'bob'] });
  state.grantTeam('acme', 'eng', 'acme/handbook', 'push');
  state.addCollaborator('acme/handbook', 'carol', 'triage');
  return { standIn, octokit: octokitFor(standIn), owner: 'acme', repo: 'handbook' };
}

/** Awaits a call expected to fail and returns Octokit's RequestError (status, response). */
export async function failure(
  call: Promise<unknown>,
): Promise<{ status: number; response?: { headers: Record<string, string | undefined>; data: unknown } }> {
  try {
    await call;
  } catch (error) {
    return error as {
      status: number;
      response?: { headers: Record<string, string | undefined>; data: unknown };
    };
  }
  throw new Error('expected the request to fail');
}
