/** `1 file`, `2 files`: a count with its noun, for the CLI's summary lines. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
