import type { Artifact, GeneratorContext } from '@rolekit/core';
import type { CodeownersOptions } from './options.js';

export async function generate(_ctx: GeneratorContext<CodeownersOptions>): Promise<Artifact[]> {
  return [];
}
