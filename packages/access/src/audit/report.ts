/** The audit report as Markdown and JSON: findings numbered in one stable order, by role and by person. */
import type { Accountable, AuditReport, Finding, FindingKind } from './findings.js';

export const KIND_TITLES: Record<FindingKind, string> = {
  'policy-broken': 'policy broken in the live state',
  'privilege-drift': 'access the model does not give',
  'missing-access': 'access the model gives that is missing',
  'account-in-no-role': 'account in no role',
  'no-account': 'person in the model with no account',
};
const KIND_ORDER = Object.keys(KIND_TITLES) as FindingKind[];
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Findings in the order every output uses; `id` is F1, F2... in that order. */
export function ordered(report: AuditReport): Array<Finding & { id: string }> {
  const key = (f: Finding) =>
    [
      KIND_ORDER.indexOf(f.kind),
      SEVERITY_ORDER[f.severity],
      f.role ?? '~',
      f.service,
      f.account,
      f.what,
      f.path,
    ].join('\u0000');
  return [...report.findings]
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ f }, i) => ({ ...f, id: `F${i + 1}` }));
}

export function accountableText(accountable: readonly Accountable[]): string {
  if (accountable.length === 0) return 'nobody in the model (assign an owner)';
  return accountable
    .map(
      (a) =>
        `${a.role === 'manager' ? 'manager' : a.role}: ${a.people.length > 0 ? a.people.join(', ') : 'nobody holds it'}`,
    )
    .join('; ');
}

/** Table cell text: one line, no pipes or markup that would break the table. */
function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/([*_`[\]])/g, '\\$1')
    .trim();
}

function counts(findings: readonly Finding[]): string {
  const by = (k: FindingKind) => findings.filter((f) => f.kind === k).length;
  const sev = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const kinds = KIND_ORDER.filter((k) => by(k) > 0).map((k) => `${KIND_TITLES[k]}: ${by(k)}`);
  return `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${sev('high')} high, ${sev('medium')} medium, ${sev('low')} low)${kinds.length > 0 ? `; ${kinds.join('; ')}` : ''}`;
}

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function scopeText(report: AuditReport): string {
  const parts: string[] = [];
  if (report.scope.github)
    parts.push(
      `GitHub organisation ${report.scope.github} (${n(report.scope.teams, 'team')}, ${n(report.scope.repositories, 'repository', 'repositories')})`,
    );
  if (report.scope.jira)
    parts.push(
      `Jira site ${report.scope.jira} (${n(report.scope.projects, 'project')}, ${n(report.scope.projectRoles, 'project role')} with actors)`,
    );
  parts.push(`${report.scope.people} people in the model`);
  return parts.join('; ');
}

export function summaryLine(report: AuditReport): string {
  return counts(report.findings);
}

export function auditMarkdown(report: AuditReport): string {
  const findings = ordered(report);
  const lines: string[] = [
    `# Access review: ${cell(report.organisation)}`,
    '',
    `- Date: ${report.date}`,
    `- Scope: ${cell(scopeText(report))}`,
    `- Result: ${cell(counts(findings))}`,
    '',
    'Read-only: nothing was changed. Each finding names the account, the access, the path it comes through, and',
    'who is accountable for it according to the model (the RACI, the policies, team maintainers and reporting lines).',
    '',
  ];
  const header = [
    '| # | severity | finding | account | access | path | accountable |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const row = (f: Finding & { id: string }) =>
    `| ${f.id} | ${f.severity} | ${KIND_TITLES[f.kind]}${f.policy ? ` (${cell(f.policy)})` : ''} | ${cell(f.person ? `${f.person} (${f.account})` : f.account)} | ${cell(f.what)} | ${cell(f.path)} | ${cell(accountableText(f.accountable))} |`;
  lines.push('## Findings by role', '');
  const roles = [...new Set(findings.map((f) => f.role ?? ''))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1,
  );
  if (findings.length === 0) lines.push('No findings: the live state is as the model says.', '');
  for (const role of roles) {
    lines.push(`### ${role === '' ? 'Not tied to one role' : cell(role)}`, '', ...header);
    for (const f of findings) if ((f.role ?? '') === role) lines.push(row(f));
    lines.push('');
  }
  lines.push('## Findings by person or account', '');
  const who = new Map<string, string[]>();
  for (const f of findings) {
    const k = f.person ?? `${f.service}:${f.account}`;
    who.set(k, [...(who.get(k) ?? []), f.id]);
  }
  if (who.size > 0) {
    lines.push('| person or account | findings |', '| --- | --- |');
    for (const [k, ids] of [...who].sort(([a], [b]) => (a < b ? -1 : 1)))
      lines.push(`| ${cell(k)} | ${ids.join(', ')} |`);
    lines.push('');
  }
  lines.push(
    '## Sign-off',
    '',
    'Reviewed by: ______________________  Date: ____________  Signature: ______________________',
    '',
  );
  return `${lines.join('\n')}`;
}

export function auditJson(report: AuditReport): string {
  const findings = ordered(report);
  return `${JSON.stringify({ format: 1, date: report.date, organisation: report.organisation, scope: report.scope, summary: counts(findings), drift: findings.length > 0, findings }, null, 2)}\n`;
}
