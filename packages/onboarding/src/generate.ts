import type { Artifact, GeneratorContext } from '@rolekit/core';
import type { OnboardingOptions } from './options.js';

export async function generate(_ctx: GeneratorContext<OnboardingOptions>): Promise<Artifact[]> {
  return [];
}
