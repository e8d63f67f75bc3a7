// Code ownership: unique repositories, patterns CODEOWNERS understands, owners that resolve to a
// team or a login, known GitLab sections, and a GitHub organisation to write them for.
import { didYouMean } from '../suggest.js';
import type { CheckContext } from './context.js';

export function checkCodeowners(ctx: CheckContext): void {
  const { draft, incomplete, index, where, error, seenBefore, checkRole } = ctx;
  const repoNames = new Set<string>();
  for (const repo of draft.repositories) {
    const duplicate = seenBefore(repoNames, repo.name, () => [
      `duplicate repository '${repo.name}'`,
      'list each repository once and put all its rules there',
      where(repo.at, 'name'),
    ]);
    if (!duplicate) repoNames.add(repo.name);
    const sections = new Set(repo.sections.map((s) => s.name));
    for (const rule of repo.rules) {
      const problem = codeownersPatternProblem(rule.pattern);
      if (problem)
        error(
          'RK032',
          `pattern '${rule.pattern}' ${problem.message}`,
          problem.hint,
          where(rule.at, 'pattern'),
        );
      rule.owners.forEach((owner, i) => {
        const known =
          index.roles.has(owner) || checkRole(owner, where(rule.at, 'owners', i), `as owner in ${repo.name}`);
        if (!known) return;
        const role = index.roles.get(owner)!;
        const someLogin = () => (index.peopleByRole.get(owner) ?? []).some((p) => p.github);
        if (!role.github && !incomplete.people && !someLogin()) {
          error(
            'RK031',
            `role '${owner}' owns '${rule.pattern}' in ${repo.name} but has no GitHub team and nobody holding it has a GitHub login`,
            `add github: { team: ... } to roles/${owner}.yaml, or a github login to a person who holds it`,
            where(rule.at, 'owners', i),
          );
        }
      });
      if (rule.section !== undefined && !sections.has(rule.section)) {
        error(
          'RK033',
          `unknown section '${rule.section}' in ${repo.name}${didYouMean(rule.section, sections)}`,
          'list the section under the repository’s sections',
          where(rule.at, 'section'),
        );
      }
    }
  }
  if (draft.repositories.length > 0 && !draft.organisation.github?.org && !incomplete.organisation) {
    error(
      'RK034',
      'codeowners.yaml names repositories but organisation.yaml has no github.org',
      'add github: { org: <your GitHub organisation> } to organisation.yaml',
      where(draft.organisation.at),
    );
  }
}

/** GitHub's CODEOWNERS syntax is gitignore minus a few features; say which one a pattern uses. */
export function codeownersPatternProblem(pattern: string): { message: string; hint: string } | undefined {
  if (pattern.startsWith('!'))
    return {
      message: 'uses ! negation, which CODEOWNERS does not support',
      hint: 'list the paths that should be owned instead of excluding some',
    };
  if (/[[\]]/.test(pattern))
    return {
      message: 'uses a [ ] character range, which CODEOWNERS does not support',
      hint: 'write one rule per alternative',
    };
  if (pattern.startsWith('\\#'))
    return {
      message: 'starts with \\#, which CODEOWNERS does not support',
      hint: 'CODEOWNERS cannot own paths starting with #',
    };
  if (pattern.startsWith('#'))
    return {
      message: 'starts with #, which makes the line a comment',
      hint: 'CODEOWNERS cannot own paths starting with #',
    };
  if (/\s/.test(pattern))
    return {
      message: 'contains white space, which ends the pattern in CODEOWNERS',
      hint: 'CODEOWNERS patterns cannot contain spaces; use * in their place',
    };
  if (pattern.includes('***'))
    return { message: 'uses ***, which is not a valid glob', hint: 'use ** for any number of directories' };
  return undefined;
}
