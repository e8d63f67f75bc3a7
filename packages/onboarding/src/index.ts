import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type OnboardingOptions } from './options.js';

export const onboardingGenerator = defineGenerator<OnboardingOptions>({
  name: 'onboarding',
  description: 'TODO',
  defaultOptions,
  generate,
});

export type { OnboardingOptions };
