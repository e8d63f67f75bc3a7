import { type Diagnostic, didYouMean } from '@rolekit/model';
import type { GeneratorInfo, OptionSpec, OptionsSchema } from './generator.js';

/**
 * The check every generator makes of `--option GENERATOR.KEY=VALUE`: a key the generator does not
 * have is RK100 "unknown option 'GENERATOR.KEY'", with a did-you-mean when one is close. The checks
 * of each value stay with the generator that knows what it accepts.
 */
export function unknownOptionKeys(
  generator: string,
  options: object,
  known: Iterable<string>,
  hint: string,
): Diagnostic[] {
  const keys = [...known];
  return Object.keys(options)
    .sort()
    .filter((key) => !keys.includes(key))
    .map((key) => ({
      code: 'RK100',
      severity: 'error' as const,
      message: `unknown option '${generator}.${key}'${didYouMean(
        key,
        keys.filter((k) => k !== 'roles'),
      )}`,
      hint,
    }));
}

/** The keys a user sets with --option (internal ones, such as roles, left out), in declaration order. */
export function optionKeys<O>(schema: OptionsSchema<O>): string[] {
  return Object.entries(schema as Record<string, OptionSpec>)
    .filter(([, spec]) => !spec.internal)
    .map(([key]) => key);
}

/**
 * The value of `--option GENERATOR.KEY=RAW` as its declaration reads it: a boolean from true or
 * false, an integer from digits, else the text (a list stays comma-separated text; the generator
 * splits it). A key the generator does not declare is read the same generic way, so that its own
 * check can name it.
 */
export function parseOptionValue(spec: OptionSpec | undefined, raw: string): unknown {
  const type = spec?.type;
  if ((type === 'boolean' || type === undefined) && (raw === 'true' || raw === 'false'))
    return raw === 'true';
  if ((type === 'integer' || type === undefined) && /^\d+$/.test(raw)) return Number(raw);
  return raw;
}

const TYPE_WORDS: Record<OptionSpec['type'], string> = {
  boolean: 'true or false',
  integer: 'a whole number',
  string: 'a text',
  list: 'a comma-separated list',
};

/**
 * Every option checked against the declaration alone: unknown keys, values of the wrong type or
 * not among `values`. Outside generators get this before their own validate; the built-in ones
 * make the same checks in their own words (and with the model at hand).
 */
export function checkOptions<O>(info: GeneratorInfo<O>, options: object): Diagnostic[] {
  const schema = info.options as Record<string, OptionSpec>;
  const keys = optionKeys(info.options);
  const problems = unknownOptionKeys(
    info.name,
    options,
    // roles is set by --role for every generator, whether it declares it or not.
    [...Object.keys(schema), 'roles'],
    keys.length > 0 ? `options are ${keys.join(', ')}` : `the ${info.name} generator has no options`,
  );
  for (const [key, value] of Object.entries(options)) {
    const spec = schema[key];
    if (!spec || value === undefined) continue;
    const entries =
      spec.type === 'list'
        ? (typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]).map((v) =>
            typeof v === 'string' ? v.trim() : v,
          )
        : [value];
    const typed =
      spec.type === 'boolean'
        ? typeof value === 'boolean'
        : spec.type === 'integer'
          ? Number.isInteger(value)
          : entries.every((v) => typeof v === 'string');
    const allowed = spec.values;
    const outside = allowed ? entries.filter((v) => !allowed.includes(v as string | boolean)) : [];
    if (!typed || outside.length > 0)
      problems.push({
        code: 'RK100',
        severity: 'error',
        message: `option '${info.name}.${key}' is '${String(value)}', not ${allowed ? `one of ${allowed.join(', ')}` : TYPE_WORDS[spec.type]}`,
        hint: `${spec.description} (--option ${info.name}.${key}=VALUE)`,
      });
  }
  return problems;
}
