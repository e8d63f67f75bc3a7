/**
 * `pnpm bench`'s access audit: seeds the GitHub and Jira stand-ins with an organisation that follows
 * the model except for a few planted drifts, then audits it twice with one ETag cache and reports
 * requests and time per run. The second run re-reads everything conditionally.
 */
import { createGitHubClient, EtagCache } from '@rolekit/github';
import { JiraApi } from '@rolekit/jira';
import type { Model } from '@rolekit/model';
import { startGitHubStandIn, startJiraStandIn } from '@rolekit/testing';
import { audit } from './audit/findings.js';
import { readGitHub, readJira } from './audit/live.js';
import { desiredTeams } from './github-teams.js';
import { desiredActors, expectedRoles } from './jira-actors.js';

export interface AuditRunFigures {
  ms: number;
  githubRequests: number;
  githubNotModified: number;
  jiraRequests: number;
  findings: number;
}

export async function benchAudit(
  model: Model,
  concurrency = 8,
): Promise<{ seeded: string; runs: AuditRunFigures[] }> {
  const org = model.organisation.github?.org ?? 'synthetic-org';
  const gh = await startGitHubStandIn({ rateLimit: Number.MAX_SAFE_INTEGER, lifetimeMs: 60 * 60_000 });
  const jira = await startJiraStandIn({ maxRequests: 1_000_000, maxLifetimeMs: 60 * 60_000 });
  try {
    const g = gh.state;
    g.addOrg(org);
    g.addOrgMember(org, 'rolekit-bot', 'admin');
    for (const p of model.people) if (p.github) g.addOrgMember(org, p.github);
    const teams = desiredTeams(model).teams;
    for (const team of teams) {
      g.addTeam(org, team.slug);
      for (const m of team.members.values()) g.addTeamMember(org, team.slug, m.name, m.role);
    }
    for (const repo of model.repositories) {
      g.addRepo(`${org}/${repo.name}`);
      const owners = new Set(repo.rules.flatMap((r) => r.owners));
      for (const owner of owners) {
        const slug = model.role(owner)?.github?.team;
        if (slug) g.grantTeam(org, slug, `${org}/${repo.name}`, 'push');
      }
    }
    // Planted drift: a stranger in a team, an admin collaborator, a missing member.
    const first = teams[0];
    if (first) {
      g.addTeamMember(org, first.slug, 'stranger-gh');
      const missing = [...first.members.values()][0];
      if (missing) g.removeTeamMembership(g.team(org, first.slug)!, missing.name);
    }
    if (model.repositories[0])
      g.addCollaborator(`${org}/${model.repositories[0].name}`, 'contractor-gh', 'admin');

    const j = jira.state;
    for (const p of model.people) if (p.jiraAccountId) j.addUser(p.jiraAccountId, p.name);
    for (const r of model.roles) {
      if (r.jira?.projectRole && !j.role(r.jira.projectRole)) j.addProjectRole(r.jira.projectRole);
      if (r.jira?.group)
        for (const p of model.peopleInRole(r.id))
          if (p.jiraAccountId) j.addGroupMember(r.jira.group, p.jiraAccountId);
    }
    for (const p of model.jira?.projects ?? []) j.addProject(p.key, p.name);
    for (const pair of desiredActors(model).pairs)
      j.addRoleActors(pair.project, pair.projectRole, {
        users: [...pair.members.values()].map((m) => m.name),
      });
    const seeded = `${teams.length} teams, ${model.repositories.length} repositories, ${model.people.length} people, ${j.roles.length} project roles in ${j.projects.length} projects`;

    const etags = new EtagCache();
    const runs: AuditRunFigures[] = [];
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      const client = createGitHubClient({
        token: gh.token,
        baseUrl: gh.url,
        writeIntervalMs: 0,
        retryBaseMs: 10,
        etags,
      });
      const api = new JiraApi({
        baseUrl: jira.url,
        email: jira.credentials.email,
        apiToken: jira.credentials.apiToken,
      });
      const github = await readGitHub(client, org, concurrency);
      const site = await readJira(
        api,
        (model.jira?.projects ?? []).map((p) => p.key),
        expectedRoles(model),
        concurrency,
      );
      const report = audit(model, github, site, '2026-12-07');
      runs.push({
        ms: Math.round(performance.now() - started),
        githubRequests: client.rolekit.stats.requests,
        githubNotModified: client.rolekit.stats.notModified,
        jiraRequests: api.stats.requests,
        findings: report.findings.length,
      });
    }
    return { seeded, runs };
  } finally {
    await gh.close();
    await jira.close();
  }
}
