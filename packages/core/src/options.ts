import { type Diagnostic, didYouMean } from '@rolekit/model';

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
