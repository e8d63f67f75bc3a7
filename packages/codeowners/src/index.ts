import { defineGenerator } from '@rolekit/core';
import { generate } from './generate.js';
import { defaultOptions, type CodeownersOptions } from './options.js';

export const codeownersGenerator = defineGenerator<CodeownersOptions>({
  name: 'codeowners',
  description: 'TODO',
  defaultOptions,
  generate,
});

export type { CodeownersOptions };
