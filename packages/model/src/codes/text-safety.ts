import { section } from './section.js';

export const textSafety = section({
  heading: 'Text that would forge a marker or a line (RK080–RK084)',
  intro: [
    'Model text lands inside files whose lines mean something to a machine: the `# BEGIN rolekit` / `# END rolekit`',
    'block of a CODEOWNERS file, the `rolekit-managed:v1` line of a Jira scheme description, the hidden',
    '`<!-- rolekit:onboarding person=… -->` and `<!-- task:… -->` comments of an onboarding issue, a GitLab section',
    'header, a task line. rolekit reads its markers back to decide what it manages, so the model may never spell one.',
    'Every string of every file (keys too) is checked, wherever it ends up.',
  ],
  codes: {
    RK080: {
      title: 'Text forges a marker',
      severity: 'error',
      cause:
        "A line that reads `BEGIN rolekit` or `END rolekit` (with or without `#`), a line starting with `rolekit-managed`, or `<!-- rolekit:` / `<!-- task:` anywhere. A CODEOWNERS note could end rolekit's block early, a scheme description could hide the real record.",
      fix: 'Reword it. rolekit writes its markers itself.',
    },
    RK081: {
      title: 'Control character',
      severity: 'error',
      cause:
        'A control character (ESC, carriage return, NUL, DEL, C1, U+2028/U+2029) in a value or key: it can repaint a terminal, or split a line where a reader does not expect it.',
      fix: 'Remove it; use a block scalar (`|`) for real line breaks where allowed.',
    },
    RK082: {
      title: 'Line break in a one-line field',
      severity: 'error',
      cause:
        'A `name`, `title`, `section`, `url`, `projectRole`, `group`, `team` or label holds a line break. In CODEOWNERS a section name with a newline adds owner lines of its own (`* @evil-org/team`); in an onboarding issue it adds a task line.',
      fix: 'Write it on one line.',
    },
    RK083: {
      title: 'Brackets in a GitLab section name',
      severity: 'error',
      cause:
        '`[` or `]` in a section name: GitLab would read the rest of `[Ops] @evil-org/team]` as approvals or default owners.',
      fix: 'Rename the section without brackets.',
    },
    RK084: {
      title: 'Comma in an onboarding label',
      severity: 'error',
      cause:
        "A label in `onboarding.yaml` holds a comma. GitHub's issue list reads `labels=a,b` as two labels, so `onboarding publish` could never find the issue again and would open a new one on every run.",
      fix: 'Name the label without a comma.',
    },
  },
});
