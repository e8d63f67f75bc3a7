/**
 * A benchmark of `codeowners sync --apply` against the GitHub stand-in (workspace only: it needs
 * @rolekit/testing and is not part of the published package). Half the repositories (by default)
 * already hold the right CODEOWNERS; the others get a pull request. Then the same sync runs again,
 * as a new process would (no ETags kept), and must not write anything.
 */
import { createGitHubClient } from '@rolekit/github';
import type { Model } from '@rolekit/model';
import {
  modelFromYaml,
  type GitHubRecordedRequest as RecordedRequest,
  startGitHubStandIn,
  syntheticOrganisation,
} from '@rolekit/testing';
import { syncCodeowners } from './apply.js';
import { seed } from './fixture-github.js';
import { mergeManagedSection } from './markers.js';
import { DEFAULT_LOCATION, type RepositoryReport, syncTargets } from './plan.js';

export interface SyncBenchOptions {
  /** Repositories to sync (default 20). Ignored when `model` is given: then all of its repositories. */
  repositories?: number;
  /** A model to use instead of a synthetic organisation. */
  model?: Model;
  /** Share of repositories that need a change (default 0.5). */
  changedShare?: number;
  /** Repositories handled at the same time (default 4). */
  concurrency?: number;
}

export interface SyncRunFigures {
  ms: number;
  requests: number;
  writes: number;
  /** Answered 304 (free under GitHub's rate limit). */
  notModified: number;
  /** Mean requests for one repository that needed a change, and for one that did not. */
  requestsPerChanged: number;
  requestsPerUnchanged: number;
  writesPerChanged: number;
  /** Requests that belong to no one repository (team lookups shared between them). */
  shared: number;
  statuses: Record<string, number>;
}

export interface SyncBenchResult {
  repositories: number;
  changed: number;
  unchanged: number;
  /** The first `sync --apply`: a pull request for every changed repository. */
  first: SyncRunFigures;
  /** The same again: pull requests pending, nothing to write. */
  second: SyncRunFigures;
  /** Requests the stand-in found GitHub would reject (must be 0). */
  violations: number;
}

/** `/repos/{owner}/{repo}/...` and `/orgs/{org}/teams/{team}/repos/{owner}/{repo}`. */
function repositoryOf(request: RecordedRequest): string | undefined {
  return /\/repos\/[^/]+\/([^/]+)/.exec(request.path)?.[1];
}

function figures(
  requests: readonly RecordedRequest[],
  changed: ReadonlySet<string>,
  total: number,
  ms: number,
  reports: readonly RepositoryReport[],
): SyncRunFigures {
  let perChanged = 0;
  let perUnchanged = 0;
  let writesChanged = 0;
  let shared = 0;
  for (const request of requests) {
    const repo = repositoryOf(request);
    if (repo === undefined) shared += 1;
    else if (changed.has(repo)) {
      perChanged += 1;
      if (request.write) writesChanged += 1;
    } else perUnchanged += 1;
  }
  const statuses: Record<string, number> = {};
  for (const r of reports) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const unchanged = total - changed.size;
  const mean = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100) / 100);
  return {
    ms: Math.round(ms),
    requests: requests.length,
    writes: requests.filter((r) => r.write).length,
    notModified: requests.filter((r) => r.notModified).length,
    requestsPerChanged: mean(perChanged, changed.size),
    requestsPerUnchanged: mean(perUnchanged, unchanged),
    writesPerChanged: mean(writesChanged, changed.size),
    shared,
    statuses,
  };
}

export async function benchCodeownersSync(options: SyncBenchOptions = {}): Promise<SyncBenchResult> {
  const count = options.repositories ?? 20;
  const model =
    options.model ??
    modelFromYaml(
      Object.fromEntries(
        syntheticOrganisation({
          roles: Math.max(12, Math.ceil(count / 10)),
          people: 60,
          repos: count,
          activities: 6,
        }),
      ),
    );
  const { targets, diagnostics } = syncTargets(model);
  const broken = diagnostics.find((d) => d.severity === 'error');
  if (broken) throw new Error(`the model has CODEOWNERS errors: ${broken.message}`);

  const standIn = await startGitHubStandIn({ rateLimit: Number.MAX_SAFE_INTEGER, lifetimeMs: 60 * 60_000 });
  try {
    const changedShare = options.changedShare ?? 0.5;
    const changed = new Set(
      // Spread evenly: repository i changes when the running share crosses a whole number.
      targets
        .filter((_, i) => Math.floor((i + 1) * changedShare) > Math.floor(i * changedShare))
        .map((t) => t.repository),
    );
    const files: Record<string, Record<string, string>> = {};
    for (const target of targets) {
      files[target.repository] = changed.has(target.repository)
        ? { 'README.md': '# readme\n' }
        : { [DEFAULT_LOCATION]: mergeManagedSection(undefined, target.section) };
    }
    seed(standIn, model, { files });

    const run = async () => {
      const client = createGitHubClient({
        token: standIn.token,
        baseUrl: standIn.url,
        writeIntervalMs: 0,
        retryBaseMs: 10,
      });
      const from = standIn.requests.length;
      const started = performance.now();
      const reports = await syncCodeowners(client, targets, {
        mode: 'pull-request',
        concurrency: options.concurrency ?? 4,
      });
      const ms = performance.now() - started;
      return figures(standIn.requests.slice(from), changed, targets.length, ms, reports);
    };
    const first = await run();
    const second = await run();
    return {
      repositories: targets.length,
      changed: changed.size,
      unchanged: targets.length - changed.size,
      first,
      second,
      violations: standIn.violations.length,
    };
  } finally {
    await standIn.close();
  }
}
