import type { Artifact, GeneratorContext } from '@rolekit/core';
import type { JiraOptions } from './options.js';

export async function generate(_ctx: GeneratorContext<JiraOptions>): Promise<Artifact[]> {
  return [];
}
