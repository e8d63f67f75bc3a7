import type { Artifact, GeneratorContext } from '@rolekit/core';
import type { JobDescriptionsOptions } from './options.js';

export async function generate(_ctx: GeneratorContext<JobDescriptionsOptions>): Promise<Artifact[]> {
  return [];
}
