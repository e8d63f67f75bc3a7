import { createOnce, type GitHubClient } from '@rolekit/github';
import { type DesiredIssue, findIssues, type PublishPlan, planIssue, type RemoteIssue } from './plan.js';

/**
 * The only code of this package that talks to GitHub: list the repository's issues (by the first
 * label onboarding.yaml names), plan, and with `apply` create or update the issue.
 */

export interface PublishTarget {
  owner: string;
  repo: string;
}

export interface PublishResult {
  plan: PublishPlan;
  /** Whether the plan was carried out (never in a dry run, never for 'none'). */
  applied: boolean;
  /** The issue's number and address after an apply (or the one found). */
  number: number | null;
  url: string | null;
  /** Assignees GitHub refused (not yet members, for example); the issue was opened without them. */
  unassignable: string[];
  /** Requests this publish sent, from the client's counters. */
  requests: { total: number; writes: number };
}

/**
 * Issues of the repository that may be ours: every state, filtered by the first onboarding label
 * when there is one (rolekit always sets it), pull requests left out. All pages are read so that a
 * duplicate is noticed.
 */
export async function listCandidateIssues(
  client: GitHubClient,
  target: PublishTarget,
  label: string | undefined,
): Promise<RemoteIssue[]> {
  const out: RemoteIssue[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: 'all',
    per_page: 100,
    ...(label ? { labels: label } : {}),
  });
  for await (const page of pages) out.push(...(page.data as RemoteIssue[]));
  return out;
}

/** The logins a 422 names as invalid assignees, if that is what it is about. */
function invalidAssignees(error: unknown): string[] {
  const e = error as { status?: number; response?: { data?: { errors?: Array<Record<string, unknown>> } } };
  if (e.status !== 422) return [];
  return (e.response?.data?.errors ?? [])
    .filter((x) => x['field'] === 'assignees' && typeof x['value'] === 'string')
    .map((x) => x['value'] as string);
}

export async function publishIssue(
  client: GitHubClient,
  target: PublishTarget,
  desired: DesiredIssue,
  options: { apply: boolean },
): Promise<PublishResult> {
  const before = { ...client.rolekit.stats };
  const requests = () => ({
    total: client.rolekit.stats.requests - before.requests,
    writes: client.rolekit.stats.writes - before.writes,
  });
  const issues = await listCandidateIssues(client, target, desired.labels[0]);
  const plan = planIssue(desired, findIssues(issues, desired.personId));
  const found = plan.action === 'create' ? null : { number: plan.number, url: plan.url };
  if (!options.apply || plan.action === 'none') {
    return {
      plan,
      applied: false,
      number: found?.number ?? null,
      url: found?.url ?? null,
      unassignable: [],
      requests: requests(),
    };
  }

  if (plan.action === 'create') {
    let assignees = plan.assignees;
    const unassignable: string[] = [];
    // A 502 or a timeout after GitHub created the issue must not make a second one: before the create
    // is sent again, the issue is looked for by the person's marker, as publish finds it on every run.
    const findCreated = async () => {
      const [issue] = findIssues(
        await listCandidateIssues(client, target, desired.labels[0]),
        desired.personId,
      );
      return issue ? { number: issue.number, html_url: issue.html_url ?? '' } : undefined;
    };
    for (;;) {
      try {
        const data = await createOnce(
          client,
          async (request) =>
            (
              await client.rest.issues.create({
                owner: target.owner,
                repo: target.repo,
                title: plan.title,
                body: plan.body,
                labels: plan.labels,
                assignees,
                request,
              })
            ).data,
          findCreated,
        );
        return {
          plan,
          applied: true,
          number: data.number,
          url: data.html_url,
          unassignable,
          requests: requests(),
        };
      } catch (error) {
        // GitHub refuses the whole issue for one assignee who cannot be assigned (not yet in the
        // organisation, say): open it without them rather than not at all.
        const refused = invalidAssignees(error).filter((login) => assignees.includes(login));
        if (refused.length === 0) throw error;
        unassignable.push(...refused);
        assignees = assignees.filter((login) => !refused.includes(login));
      }
    }
  }

  const { data } = await client.rest.issues.update({
    owner: target.owner,
    repo: target.repo,
    issue_number: plan.number,
    ...(plan.title !== undefined ? { title: plan.title } : {}),
    ...(plan.body !== undefined ? { body: plan.body } : {}),
  });
  return {
    plan,
    applied: true,
    number: data.number,
    url: data.html_url,
    unassignable: [],
    requests: requests(),
  };
}
