import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type RaciOptions } from './options.js';

export const raciGenerator = defineGenerator<RaciOptions>({
  name: 'raci',
  description: 'TODO',
  defaultOptions,
  generate,
});

export type { RaciOptions };
