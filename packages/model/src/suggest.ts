import { distance } from 'fastest-levenshtein';

/** True when b is a with one pair of neighbouring characters swapped ("titel" / "title"). */
function oneSwapApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

/** The closest candidate within a sensible edit distance, for "did you mean" hints. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  // An iterator can be read once; the prefix match below reads the candidates again.
  const list = [...candidates];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const needle = input.toLowerCase();
  for (const candidate of list) {
    // A swapped pair is one slip of the fingers, though Levenshtein counts it as two edits.
    const d = oneSwapApart(needle, candidate.toLowerCase()) ? 1 : distance(needle, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  // Allow roughly one typo per three characters (a swapped pair counts two), and always one; also
  // accept a clear prefix match.
  const allowed = Math.max(1, Math.floor(input.length / 3));
  if (bestDistance <= allowed) return best;
  const prefixMatch = list.filter((c) => c.startsWith(input) || input.startsWith(c)).sort()[0];
  return prefixMatch;
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match ? `; did you mean '${match}'?` : '';
}
