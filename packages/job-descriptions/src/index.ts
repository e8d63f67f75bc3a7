import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type JobDescriptionsOptions } from './options.js';

export const jobDescriptionsGenerator = defineGenerator<JobDescriptionsOptions>({
  name: 'job-descriptions',
  description: 'TODO',
  defaultOptions,
  generate,
});

export type { JobDescriptionsOptions };
