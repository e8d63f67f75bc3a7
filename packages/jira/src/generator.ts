import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type JiraOptions } from './options.js';
import { validate } from './validate.js';

// On its own entry point (`@rolekit/jira/generator`) so that `rolekit generate jira` does not load
// the Jira client (jira.js and axios), which only `rolekit jira diff | apply` use.
export const jiraGenerator = defineGenerator<JiraOptions>({
  name: 'jira',
  description:
    'Jira permission schemes: a REST create body per scheme, and a roles x permissions matrix (md, pdf)',
  defaultOptions,
  validate,
  generate,
});
