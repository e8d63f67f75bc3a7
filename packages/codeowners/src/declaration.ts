import { declareGenerator } from '@rolekit/core';
import { type CodeownersOptions, defaultOptions, optionsSchema } from './options.js';

/** What the CLI, the cache and the docs know of this generator; the code loads when it runs. */
export const declaration = declareGenerator<CodeownersOptions>({
  name: 'codeowners',
  description: 'a CODEOWNERS file per repository, owners from the roles’ GitHub teams (or their people)',
  templates: null,
  options: optionsSchema,
  defaultOptions,
  checks: [
    { code: 'RK031', description: 'a rule’s owner resolves to nobody' },
    { code: 'RK032', description: 'a pattern CODEOWNERS does not support' },
    { code: 'RK034', description: 'repositories without a GitHub organisation' },
    { code: 'RK100', description: 'an unknown option or flavour' },
    { code: 'RK121', description: 'a rule that never decides an owner' },
    { code: 'RK122', description: 'an optional GitLab section with approvals' },
    { code: 'RK123', description: 'a CODEOWNERS file over GitHub’s 3 MB' },
    { code: 'RK124', description: 'an owner GitHub would not accept' },
  ],
  commands: [
    { name: 'sync', description: 'bring each repository’s CODEOWNERS in step (dry run unless --apply)' },
    { name: 'check', description: 'exit 1 when a repository’s CODEOWNERS differs from the model' },
    { name: 'explain', description: 'which rule owns a path, and why' },
  ],
  artifacts: [
    {
      path: '<repository>/CODEOWNERS',
      mediaType: 'text/plain',
      description: 'rolekit’s block (between its markers) for each repository in codeowners.yaml',
    },
  ],
  // merge-shards keeps the lines people wrote around rolekit's block, as generate does.
  remerge: async (_path, written) => (await import('./markers.js')).mergeFromWritten(written),
  load: () => import('./generate.js'),
});
