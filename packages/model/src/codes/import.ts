import { section } from './section.js';

export const importing = section({
  heading: 'Import (RK160–RK163)',
  intro: [
    'These come from `rolekit import` (see [import.md](import.md)); with any error nothing is written.',
  ],
  codes: {
    RK160: {
      title: 'Unreadable import source',
      severity: 'error',
      cause:
        'A line or cell of the file being imported that rolekit cannot read: a malformed CODEOWNERS line (an owner that is not `@user`, `@org/team` or an email; `!`, `[ ]`), a RACI cell that is not a letter, two A in a row, an unknown column.',
      fix: 'Fix the line or cell named by file:line:column and import again.',
    },
    RK161: {
      title: 'Import would replace',
      severity: 'error',
      cause:
        'The model folder (or output folder) already has the repository, activity group, scheme, project or file the import brings.',
      fix: 'Import into a new folder, or pass `--force` to replace it.',
    },
    RK163: {
      title: 'Imported CODEOWNERS differs',
      severity: 'warning',
      cause:
        'After the import, the generated CODEOWNERS would give a path other owners than the original file.',
      fix: 'Keep the rule by hand after the END marker, and report it.',
    },
  },
});
