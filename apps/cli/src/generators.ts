import type { Generator } from '@rolekit/core';

/** Every generator the CLI knows, in the order `rolekit generate` runs them. */
// biome-ignore lint/suspicious/noExplicitAny: each generator has its own option type; the CLI passes them through untyped.
export const generators: Generator<any>[] = [];
