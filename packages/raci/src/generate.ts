import type { Artifact, GeneratorContext } from '@rolekit/core';
import type { RaciOptions } from './options.js';

export async function generate(_ctx: GeneratorContext<RaciOptions>): Promise<Artifact[]> {
  return [];
}
