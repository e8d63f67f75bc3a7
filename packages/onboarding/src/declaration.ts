import { declareGenerator } from '@rolekit/core';
import { defaultOptions, type OnboardingOptions, optionsSchema } from './options.js';

const MD = 'text/markdown; charset=utf-8';

/** What the CLI, the cache and the docs know of this generator; the code loads when it runs. */
export const declaration = declareGenerator<OnboardingOptions>({
  name: 'onboarding',
  description:
    'onboarding checklists per role and per new hire (Markdown and PDF), published as GitHub issues',
  templates: 'onboarding',
  options: optionsSchema,
  defaultOptions,
  checks: [
    { code: 'RK070', description: 'a template under templates/onboarding/ does not compile' },
    { code: 'RK100', description: 'an unknown option, phase or access owner' },
    { code: 'RK141', description: 'a start date that is not a date' },
    { code: 'RK142', description: 'a start date on a weekend' },
    { code: 'RK143', description: 'people to onboard but no onboarding repository' },
    { code: 'RK170', description: 'a character no embedded font can draw' },
  ],
  commands: [{ name: 'publish', description: 'each new hire’s checklist as a GitHub issue, ticks kept' }],
  artifacts: [
    { path: 'index.md', mediaType: MD, description: 'every checklist' },
    { path: 'roles/<role>.md', mediaType: MD, description: 'a role’s checklist, without dates' },
    { path: 'roles/<role>.pdf', mediaType: 'application/pdf', description: 'the same as a PDF' },
    { path: 'people/<person>.md', mediaType: MD, description: 'a new hire’s checklist, with due dates' },
    { path: 'people/<person>.pdf', mediaType: 'application/pdf', description: 'the same as a PDF' },
  ],
  // Each role's and each new hire's checklist (.md and .pdf) is a unit; index.md goes to shard 1.
  shardUnit(path) {
    return path === 'index.md' ? undefined : path.replace(/\.[a-z]+$/, '');
  },
  load: () => import('./generate.js'),
});
