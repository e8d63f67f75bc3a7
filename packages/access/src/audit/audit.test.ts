import {
  type GitHubStandIn,
  type JiraStandIn,
  pdfText,
  squash,
  startGitHubStandIn,
  startJiraStandIn,
} from '@rolekit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedRoles } from '../jira-actors.js';
import { accessFixture, clientFor, jiraApiFor, seedGitHub, seedJira } from '../test-support.js';
import { type AuditReport, audit } from './findings.js';
import { readGitHub, readJira } from './live.js';
import { auditPdf } from './pdf.js';
import { auditJson, auditMarkdown, ordered } from './report.js';

let gh: GitHubStandIn;
let jira: JiraStandIn;
let report: AuditReport;
const model = accessFixture();

beforeAll(async () => {
  gh = await startGitHubStandIn({ validateResponses: true });
  seedGitHub(gh);
  // Planted: dave is missing from developers and mallory is in it (seedGitHub); eve is an outside
  // collaborator with admin; the leads team exists with bob.
  gh.state.addRepo('fixture/app');
  gh.state.grantTeam('fixture', 'developers', 'fixture/app', 'push');
  gh.state.addTeam('fixture', 'leads', { members: ['bob-gh'] });
  gh.state.addCollaborator('fixture/app', 'eve-gh', 'admin');
  jira = await startJiraStandIn();
  seedJira(jira);
  // Planted in live Jira: alice, who makes production changes (ops, R), is also an actor of Leads
  // in OPS, the role that approves them (A): one person can do and approve alone.
  jira.state.addRoleActors('OPS', 'Operators', { users: ['acc-alice'] });
  jira.state.addRoleActors('OPS', 'Leads', { users: ['acc-bob', 'acc-alice'] });
  jira.state.addRoleActors('APP', 'Leads', { users: ['acc-bob'] });
  const github = await readGitHub(clientFor(gh), 'fixture');
  const site = await readJira(jiraApiFor(jira), ['APP', 'OPS'], expectedRoles(model));
  report = audit(model, github, site, '2026-12-07');
});
afterAll(async () => {
  await gh.close();
  await jira.close();
});

const line = (f: { kind: string; account: string; what: string; path: string }) =>
  `${f.kind} ${f.account}: ${f.what} via ${f.path}`;

describe('the access audit', () => {
  it('finds each planted drift, with the path and who is accountable', () => {
    const found = ordered(report);
    const lines = found.map(line);
    expect(lines).toContain(
      'privilege-drift mallory-gh: member of team developers (1 repository, up to push) via team developers',
    );
    expect(lines).toContain('privilege-drift eve-gh: admin on app via outside collaborator');
    expect(lines).toContain('missing-access dave-gh: member of team developers via team developers');
    expect(lines).toContain('account-in-no-role mallory-gh: organisation member via organisation fixture');
    expect(lines).toContain(
      'privilege-drift acc-mallory: actor of Developers in APP via project role Developers in APP',
    );
    expect(lines).toContain(
      'account-in-no-role acc-mallory: active Jira account (mallory) via site ' + jira.url,
    );
    const twoPerson = found.find((f) => f.policy === 'two-people-in-production');
    expect(twoPerson).toMatchObject({
      kind: 'policy-broken',
      severity: 'high',
      person: 'alice',
      what: 'can both do (ops) and approve (lead) "Change production" alone',
      path: 'ops through team ops; lead through project role Leads in OPS',
      accountable: [{ role: 'lead', people: ['bob'] }],
    });
    const mallory = found.find((f) => f.account === 'mallory-gh' && f.kind === 'privilege-drift');
    expect(mallory?.accountable).toEqual([{ role: 'lead', people: ['bob'] }]);
    const eve = found.find((f) => f.account === 'eve-gh' && f.kind === 'privilege-drift');
    expect(eve?.severity).toBe('high');
    expect(found.find((f) => f.kind === 'no-account')).toMatchObject({ person: 'erin', service: 'github' });
    // People who are where the model says produce nothing.
    expect(lines.filter((l) => l.includes('carol-gh') || l.includes('acc-carol'))).toEqual([]);
    expect(gh.requests.filter((r) => r.write)).toEqual([]);
    expect(jira.requests.filter((r) => r.write)).toEqual([]);
    expect(gh.violations).toEqual([]);
    expect(jira.violations).toEqual([]);
  });

  it('writes Markdown an auditor signs and JSON for machines, the same bytes every time', () => {
    const md = auditMarkdown(report);
    expect(md).toContain(
      '# Access review: Fixture Co\n\n- Date: 2026-12-07\n- Scope: GitHub organisation fixture (4 teams, 1 repository); Jira site',
    );
    expect(md).toMatch(
      /\| F\d+ \| high \| policy broken in the live state \(two-people-in-production\) \| alice \(alice\) \| can both do \(ops\) and approve \(lead\) "Change production" alone \|/,
    );
    expect(md).toContain('## Sign-off');
    expect(auditMarkdown(report)).toBe(md);
    const json = JSON.parse(auditJson(report));
    expect(json.drift).toBe(true);
    expect(json.findings.map((f: { id: string }) => f.id).slice(0, 3)).toEqual(['F1', 'F2', 'F3']);
  });

  it('writes a PDF access review with date, scope, findings, accountable owners and a sign-off', async () => {
    const bytes = await auditPdf(report);
    const text = squash(await pdfText(bytes));
    expect(text).toContain('Access review: Fixture Co');
    expect(text).toContain('2026-12-07');
    expect(text).toContain('GitHub organisation fixture (4 teams, 1 repository)');
    expect(text).toMatch(/can both do \(ops\) and approve \(lead\) "Change production" alone/);
    expect(text).toContain('lead: bob');
    expect(text).toContain('Sign-off');
    expect(Buffer.from(await auditPdf(report)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps hostile text in one table cell', () => {
    const hostile = audit(model, undefined, undefined, '2026-12-07');
    hostile.findings.push({
      kind: 'privilege-drift',
      severity: 'low',
      account: 'x|y\n<script>',
      service: 'github',
      what: '**bold** `code`',
      path: 'p',
      accountable: [],
    });
    const md = auditMarkdown(hostile);
    expect(md).toContain('| x\\|y &lt;script> | \\*\\*bold\\*\\* \\`code\\` | p |');
  });
});
