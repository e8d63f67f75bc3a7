import type { Generator, GeneratorDeclaration } from './generator.js';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPTION_TYPES = new Set(['boolean', 'integer', 'string', 'list']);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a module's export lacks to be a generator (a declaration with `load`, or a generator with
 * `generate`), in words for an error message; empty when it satisfies the contract. Outside
 * generators are checked with this before anything of theirs runs, so a wrong one is a diagnostic
 * and never a stack trace.
 */
export function contractProblems(value: unknown): string[] {
  if (!isObject(value)) return ['it is not an object (export `generator` or a default export)'];
  const problems: string[] = [];
  if (typeof value['name'] !== 'string' || !NAME.test(value['name']))
    problems.push('`name` must be lowercase letters, digits and hyphens (it names the output folder)');
  if (typeof value['description'] !== 'string' || value['description'] === '')
    problems.push('`description` must be a text');
  if (
    value['templates'] !== null &&
    (typeof value['templates'] !== 'string' || !NAME.test(value['templates']))
  )
    problems.push('`templates` must be a folder name under templates/ or null');
  if (!isObject(value['defaultOptions'])) problems.push('`defaultOptions` must be an object');
  if (!isObject(value['options'])) problems.push('`options` must be an object of option descriptions');
  else
    for (const [key, spec] of Object.entries(value['options'])) {
      if (
        !isObject(spec) ||
        !OPTION_TYPES.has(spec['type'] as string) ||
        typeof spec['description'] !== 'string'
      )
        problems.push(`option '${key}' needs a type (boolean, integer, string or list) and a description`);
    }
  for (const list of ['checks', 'commands', 'artifacts'] as const)
    if (!Array.isArray(value[list])) problems.push(`\`${list}\` must be a list (empty when there are none)`);
  if (typeof value['generate'] !== 'function' && typeof value['load'] !== 'function')
    problems.push('it needs a `generate(ctx)` function (or `load()` that imports one)');
  if (value['validate'] !== undefined && typeof value['validate'] !== 'function')
    problems.push('`validate`, when given, must be a function');
  for (const hook of ['shardUnit', 'remerge'] as const)
    if (value[hook] !== undefined && typeof value[hook] !== 'function')
      problems.push(`\`${hook}\`, when given, must be a function`);
  return problems;
}

/** A generator or a declaration, as contractProblems accepted it. */
export type GeneratorExport = Generator | GeneratorDeclaration;
