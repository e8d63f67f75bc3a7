// rolekit audit: the live GitHub organisation and Jira site against the model, read-only. The
// comparison and the outputs are in @rolekit/access; this file picks the services, prints, writes.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  audit,
  auditJson,
  auditMarkdown,
  auditPdf,
  expectedRoles,
  type LiveGitHub,
  type LiveJira,
  readGitHub,
  readJira,
  summaryLine,
  unreachableOf,
} from '@rolekit/access';
import { EXIT_UNREACHABLE, type UnreachableKind, unreachableHint } from '@rolekit/core';
import { EtagCache, GitHubConfigError, githubFromEnv } from '@rolekit/github';
import { connectionFromEnv, JiraApi, secretsOf } from '@rolekit/jira';
import type { Command } from 'commander';
import { examples, modelOption, UsageError } from '../conventions.js';
import { Exit, type Io, redactingIo } from '../io.js';
import { displayPath, loadOrExit } from '../model.js';

const DEFAULT_ETAG_CACHE = '.rolekit/github-etags.json';

interface AuditOptions {
  model: string;
  format: 'markdown' | 'json';
  out?: string;
  date?: string;
  github: boolean;
  jira: boolean;
  etagCache?: string | boolean;
}

export function registerAuditCommand(root: Command, io: Io, result: { code: number }): void {
  const command = root
    .command('audit')
    .description(
      'compare who has access on GitHub and Jira with the model, read-only (exit 0 no findings, 1 drift found, 2 could not read, 3 a service could not be reached)',
    );
  modelOption(command)
    .option('--format <format>', 'what to print: markdown or json', 'markdown')
    .option('--out <dir>', 'also write access-review.md, .json and .pdf (the review an auditor signs) there')
    .option('--date <yyyy-mm-dd>', 'the review date printed on it (default: today, UTC)')
    .option('--no-github', 'leave GitHub out (default: audited when GITHUB_TOKEN is set)')
    .option('--no-jira', 'leave Jira out (default: audited when JIRA_EMAIL and JIRA_API_TOKEN are set)')
    .option(
      '--etag-cache [file]',
      `keep GitHub's ETags between runs, so unchanged reads are free (default file ${DEFAULT_ETAG_CACHE})`,
    )
    .action(async (opts: AuditOptions) => {
      const secrets = [
        ...(io.env['GITHUB_TOKEN']?.trim() ? [io.env['GITHUB_TOKEN'].trim()] : []),
        ...secretsOf({
          email: io.env['JIRA_EMAIL']?.trim() ?? '',
          apiToken: io.env['JIRA_API_TOKEN']?.trim() ?? '',
        }),
      ];
      const safe = redactingIo(io, secrets);
      try {
        result.code = await runAudit(safe, opts);
      } catch (error) {
        if (error instanceof Exit || error instanceof UsageError) throw error;
        if (error instanceof GitHubConfigError) {
          safe.stderr(`error: ${error.message}\n`);
          result.code = 2;
          return;
        }
        safe.stderr(`rolekit: internal error: ${(error as Error)?.message ?? String(error)}\n`);
        safe.stderr('please report this with the command you ran\n');
        result.code = 70;
      }
    });
  examples(command, [
    ['rolekit audit', 'print the findings as Markdown; exit 1 when there is drift'],
    [
      'rolekit audit --out review/ --date 2026-12-07',
      'also write the signed-off review as Markdown, JSON and PDF',
    ],
    ['rolekit audit --format json --no-jira', 'GitHub only, for machines'],
  ]);
}

async function writeAtomic(file: string, bytes: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

async function runAudit(io: Io, opts: AuditOptions): Promise<number> {
  if (opts.format !== 'markdown' && opts.format !== 'json')
    throw new UsageError(`--format is markdown or json, not '${opts.format}'`);
  if (
    opts.date !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date) || Number.isNaN(Date.parse(opts.date)))
  ) {
    throw new UsageError(`--date takes a date as YYYY-MM-DD, not '${opts.date}'`);
  }
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const model = await loadOrExit(io, opts.model);
  const org = model.organisation.github?.org;
  const wantGitHub = opts.github && !!io.env['GITHUB_TOKEN']?.trim() && !!org;
  const jiraConnection =
    opts.jira && model.jira && io.env['JIRA_API_TOKEN']?.trim()
      ? connectionFromEnv(io.env, model.jira.site)
      : undefined;
  if (jiraConnection && !jiraConnection.ok) {
    for (const p of jiraConnection.problems) io.stderr(`error: ${p}\n`);
    return 2;
  }
  if (!wantGitHub && !jiraConnection) {
    io.stderr(
      'error: nothing to audit: set GITHUB_TOKEN (with github.org in organisation.yaml) and/or JIRA_EMAIL and JIRA_API_TOKEN (with jira.yaml)\n',
    );
    return 2;
  }
  let github: LiveGitHub | undefined;
  let jira: LiveJira | undefined;
  const costs: string[] = [];
  if (wantGitHub && org) {
    const cacheFile = opts.etagCache
      ? resolve(io.cwd, opts.etagCache === true ? DEFAULT_ETAG_CACHE : opts.etagCache)
      : undefined;
    const etags = cacheFile ? await EtagCache.load(cacheFile) : undefined;
    const gh = githubFromEnv(io.env, {
      log: { warn: (m) => io.stderr(`warning: ${m}\n`) },
      ...(etags ? { etags } : {}),
    });
    try {
      github = await readGitHub(gh, org);
    } catch (error) {
      io.stderr(`error: could not read the GitHub organisation ${org}: ${gh.rolekit.describe(error)}\n`);
      const kind = unreachableOf(error);
      if (kind !== undefined)
        io.stderr(`  hint: ${unreachableHint(kind as UnreachableKind, 'GITHUB_API_URL')}\n`);
      return kind !== undefined ? EXIT_UNREACHABLE : 2;
    }
    if (cacheFile && etags) await etags.save(cacheFile);
    costs.push(`GitHub ${gh.rolekit.stats.requests} requests (${gh.rolekit.stats.notModified} not modified)`);
  }
  if (jiraConnection?.ok && model.jira) {
    const api = new JiraApi(jiraConnection.value);
    try {
      jira = await readJira(
        api,
        model.jira.projects.map((p) => p.key),
        expectedRoles(model),
      );
    } catch (error) {
      io.stderr(`error: could not read the Jira site: ${api.redact((error as Error).message)}\n`);
      const kind = unreachableOf(error);
      if (kind !== undefined)
        io.stderr(`  hint: ${unreachableHint(kind as UnreachableKind, 'JIRA_BASE_URL')}\n`);
      return kind !== undefined ? EXIT_UNREACHABLE : 2;
    }
    costs.push(`Jira ${api.stats.requests} requests`);
  }
  const report = audit(model, github, jira, date);
  io.stdout(opts.format === 'json' ? auditJson(report) : auditMarkdown(report));
  if (opts.out) {
    const dir = resolve(io.cwd, opts.out);
    await mkdir(dir, { recursive: true });
    await writeAtomic(join(dir, 'access-review.md'), auditMarkdown(report));
    await writeAtomic(join(dir, 'access-review.json'), auditJson(report));
    await writeAtomic(join(dir, 'access-review.pdf'), await auditPdf(report));
    io.stderr(`wrote ${displayPath(io, join(dir, 'access-review.{md,json,pdf}'))}\n`);
  }
  io.stderr(`${summaryLine(report)}; read-only, nothing was changed; ${costs.join('; ')}\n`);
  return report.findings.length > 0 ? 1 : 0;
}
