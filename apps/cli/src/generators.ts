import { codeownersGenerator } from '@rolekit/codeowners';
import type { Generator } from '@rolekit/core';
import { jiraGenerator } from '@rolekit/jira';
import { jobDescriptionsGenerator } from '@rolekit/job-descriptions';
import { onboardingGenerator } from '@rolekit/onboarding';
import { raciGenerator } from '@rolekit/raci';

/** Every generator the CLI knows, in the order `rolekit generate` runs them. */
// biome-ignore lint/suspicious/noExplicitAny: each generator has its own option type; the CLI passes them through untyped.
export const generators: Generator<any>[] = [
  jobDescriptionsGenerator,
  raciGenerator,
  codeownersGenerator,
  jiraGenerator,
  onboardingGenerator,
];
