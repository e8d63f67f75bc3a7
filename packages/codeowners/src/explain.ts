import { didYouMean, type GitLabSection, type Model } from '@rolekit/model';
import type { Flavour } from './options.js';
import type { RoleOwners } from './owners.js';
import { type LaidOutRule, layoutRepository } from './view.js';

export interface Decision {
  /** GitLab only: the section whose rules decided (every section decides on its own). */
  section?: GitLabSection;
  /** The last rule in CODEOWNERS order that matches the path. */
  rule: LaidOutRule;
  /** Earlier rules that match the path too and that `rule` overrides, nearest first. */
  overrides: LaidOutRule[];
}

export interface Explanation {
  repository: string;
  path: string;
  flavour: Flavour;
  /** Empty when no rule matches: then nobody's review is required for the path. */
  decisions: Decision[];
}

/** Which rule owns a path in a repository, as GitHub (or GitLab) would read rolekit's CODEOWNERS. */
export function explainPath(
  model: Model,
  repository: string,
  path: string,
  flavour: Flavour = 'github',
): { ok: true; value: Explanation } | { ok: false; problem: string } {
  const repo = model.repositories.find((r) => r.name === repository);
  if (!repo) {
    const names = model.repositories.map((r) => r.name);
    return {
      ok: false,
      problem: `no repository '${repository}' in the model${didYouMean(repository, names)}`,
    };
  }
  const normalised = path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
  if (normalised === '')
    return { ok: false, problem: 'give the path of a file in the repository, e.g. src/app.ts' };
  const { layout } = layoutRepository(model, repo, flavour);
  const decisions: Decision[] = [];
  for (const group of layout.groups) {
    const matching = group.rules.filter((r) => r.pattern.matches(normalised));
    const rule = matching.at(-1);
    if (!rule) continue;
    decisions.push({
      ...(group.section ? { section: group.section } : {}),
      rule,
      overrides: matching.slice(0, -1).reverse(),
    });
  }
  return { ok: true, value: { repository: repo.name, path: normalised, flavour, decisions } };
}

const where = (rule: LaidOutRule) => `${rule.rule.at.file}:${rule.rule.at.line}`;

function holders(role: RoleOwners): string {
  if (role.people.length === 0) return 'held by nobody in the model';
  return `held by ${role.people.map((p) => (p.github ? `${p.name} (@${p.github})` : p.name)).join(', ')}`;
}

function describeRole(role: RoleOwners, model: Model): string {
  const title = model.role(role.role)?.title;
  const name = title ? `${role.role} (${title})` : role.role;
  if (role.via === 'team') return `role ${name}, its GitHub team; ${holders(role)}`;
  if (role.via === 'people') return `role ${name}, which has no GitHub team: the people who hold it`;
  return `role ${name}: nobody (no team, no GitHub logins)`;
}

function sectionLabel(section: GitLabSection): string {
  const traits = [
    ...(section.optional ? ['optional'] : []),
    ...(section.approvals && section.approvals > 1 ? [`${section.approvals} approvals`] : []),
  ];
  return `section [${section.name}]${traits.length > 0 ? ` (${traits.join(', ')})` : ''}`;
}

/** The explanation as the CLI prints it. */
export function formatExplanation(explanation: Explanation, model: Model): string {
  const { repository, path } = explanation;
  if (explanation.decisions.length === 0) {
    return `${path} in ${repository}: no rule matches, so no code owner is asked to review it\n`;
  }
  const out: string[] = [];
  for (const decision of explanation.decisions) {
    const scope = decision.section ? ` in ${sectionLabel(decision.section)}` : '';
    const { rule } = decision;
    out.push(`${path} in ${repository}${scope}: rule '${rule.rule.pattern}' (${where(rule)}) decides`);
    if (rule.rule.note) out.push(`  note: ${rule.rule.note}`);
    const width = Math.max(...rule.roles.flatMap((r) => r.owners.map((o) => o.length)), 0);
    for (const role of rule.roles) {
      const owners = role.owners.length > 0 ? role.owners : ['(nobody)'];
      owners.forEach((owner, i) => {
        out.push(`  ${owner.padEnd(width)}  ${i === 0 ? describeRole(role, model) : ''}`.trimEnd());
      });
    }
    if (decision.overrides.length === 0) out.push('  it overrides no other rule');
    else {
      const count = decision.overrides.length;
      out.push(
        `  it overrides ${count === 1 ? 'an earlier rule that also matches' : `${count} earlier rules that also match`}:`,
      );
      for (const earlier of decision.overrides)
        out.push(`    '${earlier.rule.pattern}' (${where(earlier)})  ${earlier.owners.join(' ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
