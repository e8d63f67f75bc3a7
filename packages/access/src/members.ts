/**
 * The one idea behind both syncs, after Peribolos' configureMembers(have, want, adder, remover):
 * a plan is the set difference of who is there and who the model wants there, and nothing else.
 * Pure: callers pass what they read and get back what to do.
 */

/** Someone in a group (team, project role), keyed case-insensitively where the service is. */
export interface Member<R extends string> {
  /** Comparison key (lower-cased GitHub login, Jira `user:ID` / `group:ID`). */
  key: string;
  /** As shown and as sent to the service. */
  name: string;
  role: R;
}

export interface MemberDiff<M extends Member<string>> {
  add: M[];
  /** Present with another role (member -> maintainer). */
  update: Array<M & { from: M['role'] }>;
  /** Present, not wanted, and `prune` asked for their removal. */
  remove: M[];
  /** Present, not wanted, kept because nobody asked to prune. */
  kept: M[];
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function diffMembers<M extends Member<string>>(
  have: ReadonlyMap<string, M>,
  want: ReadonlyMap<string, M>,
  prune: boolean,
): MemberDiff<M> {
  const diff: MemberDiff<M> = { add: [], update: [], remove: [], kept: [] };
  for (const [key, wanted] of want) {
    const present = have.get(key);
    if (!present) diff.add.push(wanted);
    else if (present.role !== wanted.role)
      diff.update.push({ ...wanted, name: present.name, from: present.role });
  }
  for (const [key, present] of have) {
    if (want.has(key)) continue;
    (prune ? diff.remove : diff.kept).push(present);
  }
  diff.add.sort(byKey);
  diff.update.sort(byKey);
  diff.remove.sort(byKey);
  diff.kept.sort(byKey);
  return diff;
}

/** `--max-removals`: a count (`3`), a fraction (`0.1`) or a percentage (`10%`) of the members read. */
export type RemovalCap = { count: number } | { fraction: number };

export const DEFAULT_REMOVAL_CAP: RemovalCap = { fraction: 0.1 };

/** Parses `--max-removals`; undefined when the text is none of the three forms. */
export function parseRemovalCap(text: string): RemovalCap | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return { count: Number(t) };
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (percent) {
    const value = Number(percent[1]) / 100;
    return value <= 1 ? { fraction: value } : undefined;
  }
  if (/^0?\.\d+$/.test(t)) return { fraction: Number(t) };
  return undefined;
}

/** Removals allowed in one run, given how many members the managed groups hold now. */
export function removalLimit(cap: RemovalCap, membersRead: number): number {
  // A fraction never rounds down to zero for a small organisation: one removal is always allowed.
  return 'count' in cap ? cap.count : Math.max(1, Math.floor(cap.fraction * membersRead));
}

export function describeCap(cap: RemovalCap): string {
  return 'count' in cap ? String(cap.count) : `${Math.round(cap.fraction * 1000) / 10}%`;
}

/** The kind of "could not reach the service" an error stands for (GitHub or Jira client), if it is one. */
export function unreachableOf(error: unknown): string | undefined {
  const e = error as { name?: unknown; kind?: unknown; unreachable?: unknown };
  if (e?.name === 'ServiceUnreachableError' && typeof e.kind === 'string') return e.kind;
  return typeof e?.unreachable === 'string' ? e.unreachable : undefined;
}
