import { CODEOWNERS_LOCATIONS } from '@rolekit/codeowners';
import { mapLimit } from '@rolekit/core';
import { type GitHubClient, GitHubConfigError, githubFromEnv } from '@rolekit/github';
import { type ImportProblem, importGitHub, type Known, type OrgTeam, type Profile } from '@rolekit/import';
import type { Io } from '../io.js';
import type { Gathered } from './import.js';

function client(io: Io): GitHubClient | ImportProblem {
  try {
    return githubFromEnv(io.env);
  } catch (error) {
    if (error instanceof GitHubConfigError)
      return {
        file: '(environment)',
        line: 0,
        message: error.message,
        hint: 'set GITHUB_TOKEN (and GITHUB_API_URL for GitHub Enterprise Server)',
      };
    throw error;
  }
}

const isProblem = (x: unknown): x is ImportProblem => typeof x === 'object' && x !== null && 'hint' in x;

/** CODEOWNERS of OWNER/NAME repositories, read through the same client as sync. */
export async function readRemoteCodeowners(
  io: Io,
  repos: readonly string[],
): Promise<{ files: Array<{ repository: string; file: string; text: string }>; problems: ImportProblem[] }> {
  const gh = client(io);
  if (isProblem(gh)) return { files: [], problems: [gh] };
  const files: Array<{ repository: string; file: string; text: string }> = [];
  const problems: ImportProblem[] = [];
  for (const full of repos) {
    const [owner, repo, ...rest] = full.split('/');
    if (!owner || !repo || rest.length > 0) {
      problems.push({
        file: full,
        line: 0,
        message: 'not OWNER/NAME',
        hint: 'name the repository as owner/name',
      });
      continue;
    }
    let found = false;
    for (const path of CODEOWNERS_LOCATIONS) {
      try {
        const { data } = await gh.rest.repos.getContent({ owner, repo, path, mediaType: { format: 'raw' } });
        files.push({ repository: repo, file: `${owner}/${repo}:${path}`, text: String(data) });
        found = true;
        break;
      } catch (error) {
        if ((error as { status?: number }).status === 404) continue;
        problems.push({
          file: full,
          line: 0,
          message: gh.rolekit.describe(error),
          hint: 'check the repository name and the token',
        });
        found = true;
        break;
      }
    }
    if (!found)
      problems.push({
        file: full,
        line: 0,
        message: `no CODEOWNERS file (looked in ${CODEOWNERS_LOCATIONS.join(', ')})`,
        hint: 'name a repository that has one',
      });
  }
  return { files, problems };
}

const PERMISSIONS = ['admin', 'maintain', 'push', 'triage', 'pull'] as const;
const PROFILE_READS = 4;

/** Every team of the organisation with its members, maintainers and repositories, then the import. */
export async function gatherGitHub(io: Io, org: string, known: Known): Promise<Gathered> {
  const gh = client(io);
  if (isProblem(gh)) return { fragments: [], notCarried: [], problems: [gh] };
  const teams: OrgTeam[] = [];
  const profiles = new Map<string, Profile>();
  try {
    const listed = await gh.paginate(gh.rest.teams.list, { org, per_page: 100 });
    for (const t of listed) {
      const members = await gh.paginate(gh.rest.teams.listMembersInOrg, {
        org,
        team_slug: t.slug,
        per_page: 100,
      });
      const maintainers = await gh.paginate(gh.rest.teams.listMembersInOrg, {
        org,
        team_slug: t.slug,
        role: 'maintainer',
        per_page: 100,
      });
      const repos = await gh.paginate(gh.rest.teams.listReposInOrg, {
        org,
        team_slug: t.slug,
        per_page: 100,
      });
      teams.push({
        slug: t.slug,
        name: t.name,
        ...(t.description ? { description: t.description } : {}),
        ...(t.parent?.slug ? { parent: t.parent.slug } : {}),
        members: members.map((m) => m.login),
        maintainers: maintainers.map((m) => m.login),
        repositories: repos.map((r) => ({
          name: r.name,
          permission:
            r.role_name ??
            PERMISSIONS.find((p) => (r.permissions as Record<string, boolean> | undefined)?.[p]) ??
            'pull',
        })),
      });
    }
    // One profile read per person, a few at a time: names and public emails for people.yaml.
    const inModel = new Set(known.people.flatMap((p) => (p.github ? [p.github.toLowerCase()] : [])));
    const logins = [
      ...new Set(teams.flatMap((t) => [...t.members, ...t.maintainers].map((l) => l.toLowerCase()))),
    ].filter((login) => !inModel.has(login)); // a person already in the model keeps their name
    await mapLimit(logins, PROFILE_READS, async (login) => {
      try {
        const { data } = await gh.rest.users.getByUsername({ username: login });
        profiles.set(login, { name: data.name, email: data.email });
      } catch (error) {
        // A member whose account is gone since the listing keeps the login as name.
        if ((error as { status?: number }).status !== 404) throw error;
      }
    });
  } catch (error) {
    return {
      fragments: [],
      notCarried: [],
      problems: [
        {
          file: `github:${org}`,
          line: 0,
          message: gh.rolekit.describe(error),
          hint: 'check --org and that the token may read the organisation’s teams',
        },
      ],
    };
  }
  const imported = importGitHub({ org, teams, profiles }, known);
  return {
    fragments: [imported.fragment],
    problems: [],
    notCarried: imported.notCarried,
    notes: [`read ${teams.length} teams of ${org} (${gh.rolekit.stats.requests} requests)`],
  };
}
