import { section } from './section.js';

export const output = section({
  heading: 'Templates and output (RK070, RK090)',
  codes: {
    RK070: {
      title: 'Template error',
      severity: 'error',
      cause:
        'A Handlebars template has a syntax error, names a field the view model does not have (strict mode), uses an unknown helper, or an unknown partial. The diagnostic names the template file and line.',
      fix: "Fix the template; [templates.md](templates.md) lists the helpers, and each generator's page its fields.",
    },
    RK090: {
      title: 'Unsafe output path',
      severity: 'error',
      cause:
        'A generator produced a path that is absolute, contains `..`, or is produced twice. This is a bug in the generator; nothing is written.',
      fix: 'Report it.',
    },
  },
});
