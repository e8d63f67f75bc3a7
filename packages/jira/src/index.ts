import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type JiraOptions } from './options.js';

export const jiraGenerator = defineGenerator<JiraOptions>({
  name: 'jira',
  description: 'TODO',
  defaultOptions,
  generate,
});

export type { JiraOptions };
