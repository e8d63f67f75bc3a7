import { section } from './section.js';

export const generators = section({
  heading: 'Generators (RK045–RK056, RK100–RK181)',
  intro: [
    "These come from `rolekit generate` (or a generator's own command), after the model loaded. Each generator's page",
    'has the details.',
  ],
  codes: {
    RK045: {
      title: 'Roles share a Jira holder',
      severity: 'warning',
      cause:
        'Two roles use the same project role or group but the model grants them different permissions; in Jira each gets the union. See [jira.md](jira.md).',
      fix: 'Give the roles their own holders, or the same grants.',
    },
    RK055: {
      title: 'Two-person rule through a shared Jira holder',
      severity: 'error',
      cause:
        'The R and the A of a two-person activity share a Jira holder with grants in a production scheme, so one group of people could both do and approve.',
      fix: 'Give the two roles different holders.',
    },
    RK056: {
      title: 'Forbidden permission through a shared Jira holder',
      severity: 'error',
      cause:
        'A separation-of-duties role receives a forbidden production permission through a holder it shares with another role.',
      fix: 'Give the restricted role its own holder.',
    },
    RK100: {
      title: 'Generator option',
      severity: 'error',
      cause:
        'An unknown `--option GENERATOR.KEY`, a value the option does not accept (a format, a flavour, a phase, a language tag), an unknown role in `--role`, or an `accessOwner` role (in onboarding.yaml or the option) the model does not have.',
      fix: "Use a key and value listed on the generator's page.",
    },
    RK111: {
      title: 'Job posting incomplete',
      severity: 'warning',
      cause:
        "A candidate job posting lacks Google's `jobLocation` (an address with a country) or, if remote, the countries. See [job-descriptions.md](job-descriptions.md).",
      fix: 'Give `employment:` an `address`, or `remote: true` and `remoteCountries`.',
    },
    RK121: {
      title: 'CODEOWNERS rule never decides',
      severity: 'warning',
      cause:
        'Later rules together match every path this rule matches, so it never decides an owner. See [codeowners.md](codeowners.md).',
      fix: 'Remove it, merge its owners into the later rule, or make it more specific.',
    },
    RK122: {
      title: 'Optional GitLab section with approvals',
      severity: 'warning',
      cause: 'GitLab cannot require approvals from an optional section.',
      fix: 'Drop `optional: true` or `approvals`.',
    },
    RK123: {
      title: 'CODEOWNERS too large',
      severity: 'error',
      cause: 'The file would be 3 MB or more; GitHub ignores such a file.',
      fix: 'Use broader patterns or teams instead of people.',
    },
    RK124: {
      title: 'Not a CODEOWNERS owner',
      severity: 'error',
      cause:
        'An owner that is not `@user`, `@org/team` or an email address (a malformed team slug or login).',
      fix: "Check the role's team slug and the people's GitHub logins.",
    },
    RK141: {
      title: 'Start date is not a date',
      severity: 'error',
      cause: "A new hire's start date (model or `--start`) is not a real date.",
      fix: 'Write it as YYYY-MM-DD. See [onboarding.md](onboarding.md).',
    },
    RK142: {
      title: 'Start on a weekend',
      severity: 'warning',
      cause: 'Day 1 moves to the Monday after.',
      fix: 'Set `startDate` in people.yaml (or `--start`) to the first working day.',
    },
    RK143: {
      title: 'No onboarding repository',
      severity: 'error',
      cause:
        '`onboarding publish` needs `repository` in onboarding.yaml and `github.org` in organisation.yaml.',
      fix: 'Add them.',
    },
    RK170: {
      title: 'Character no font can draw',
      severity: 'warning',
      cause:
        "A field a PDF prints has a character none of rolekit's fonts has ([fonts.md](fonts.md)); the warning names the role, person or activity and the field.",
      fix: 'Write it in a covered script, or leave the character out.',
    },
    RK180: {
      title: 'Outside generator not loaded',
      severity: 'error',
      cause:
        "A generator `organisation.yaml` names under `generators:` is not installed, has no such file, fails to import, exports something that is not a generator (see [CONTRIBUTING-generators.md](CONTRIBUTING-generators.md)) or takes a generator's name that is already there.",
      fix: 'Install the package, fix the path or the module, or rename the generator.',
    },
    RK181: {
      title: 'Outside generator outside the model folder',
      severity: 'error',
      cause:
        'A `path:` under `generators:` leads out of the model folder, by `..` or through a symbolic link. Loading a generator runs its code, so only files in the model folder are loaded.',
      fix: 'Copy the file into the model folder.',
    },
  },
});
