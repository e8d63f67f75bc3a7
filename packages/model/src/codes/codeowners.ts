import { section } from './section.js';

export const codeOwnership = section({
  heading: 'Code ownership (RK031–RK034)',
  codes: {
    RK031: {
      title: 'Owner resolves to nobody',
      severity: 'error',
      cause:
        "A rule's role has no GitHub team and nobody holding it has a GitHub login, so the CODEOWNERS line would have no owner.",
      fix: 'Add `github: { team: ... }` to the role, or a `github` login to a person holding it.',
    },
    RK032: {
      title: 'Unsupported pattern',
      severity: 'error',
      cause:
        'The pattern uses what CODEOWNERS does not support: `!` negation, `[ ]` ranges, a leading `#` or `\\#`, white space, `***`.',
      fix: 'Rewrite it as one or more supported patterns.',
    },
    RK033: {
      title: 'Unknown section',
      severity: 'error',
      cause: 'A rule names a GitLab section the repository does not list.',
      fix: "Add the section to the repository's `sections`.",
    },
    RK034: {
      title: 'No GitHub organisation',
      severity: 'error',
      cause:
        'Repositories or an onboarding repository are named but `organisation.yaml` has no `github.org`.',
      fix: 'Add `github: { org: ... }`.',
    },
  },
});
