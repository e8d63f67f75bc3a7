/**
 * Seeding the GitHub stand-in for a model (test-only): the organisation, each repository, each
 * role's team with write access, and each person standing in for a team-less role as a
 * collaborator with write access.
 */
import { createGitHubClient, type GitHubClient } from '@rolekit/github';
import type { Model } from '@rolekit/model';
import { type GitHubStandIn, startGitHubStandIn } from '@rolekit/testing';
import { ownersOfRole } from './owners.js';

export interface SeedOptions {
  /** Files per repository name, for the initial commit. Default: a README. */
  files?: Record<string, Record<string, string>>;
  /** Repositories of the model to leave out of GitHub. */
  missing?: string[];
  /** Team slugs not to create. */
  missingTeams?: string[];
}

export function seed(standIn: GitHubStandIn, model: Model, options: SeedOptions = {}): void {
  const { state } = standIn;
  const org = model.organisation.github?.org ?? 'acme';
  state.addOrg(org);
  for (const repository of model.repositories) {
    if (options.missing?.includes(repository.name)) continue;
    const fullName = `${org}/${repository.name}`;
    state.addRepo(fullName, {
      files: options.files?.[repository.name] ?? { 'README.md': `# ${repository.name}\n` },
    });
    for (const roleId of new Set(repository.rules.flatMap((r) => r.owners))) {
      const owners = ownersOfRole(model, roleId);
      const team = model.role(roleId)?.github?.team;
      if (owners.via === 'team' && team && !options.missingTeams?.includes(team)) {
        state.addTeam(org, team, { members: owners.people.flatMap((p) => (p.github ? [p.github] : [])) });
        state.grantTeam(org, team, fullName, 'push');
      }
      if (owners.via === 'people') {
        for (const login of owners.owners) state.addCollaborator(fullName, login.slice(1), 'push');
      }
    }
  }
}

export async function startSeeded(model: Model, options: SeedOptions = {}) {
  const standIn = await startGitHubStandIn({ validateResponses: true });
  seed(standIn, model, options);
  return standIn;
}

/** A production client pointed at the stand-in, without GitHub's pacing between writes. */
export function clientFor(
  standIn: GitHubStandIn,
  log?: Parameters<typeof createGitHubClient>[0]['log'],
): GitHubClient {
  return createGitHubClient({
    token: standIn.token,
    baseUrl: standIn.url,
    retryBaseMs: 1,
    writeIntervalMs: 0,
    ...(log ? { log } : {}),
  });
}

export const writesOf = (standIn: GitHubStandIn) =>
  standIn.requests.filter((r) => r.write).map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
