// Every top-level render of a Handlebars template copies the environment's helpers into a fresh
// table and wraps each in two new closures, whether the template calls it or not: 21 helpers for
// each of the site's 26,000 pages (a person page calls 7 of them). So an environment registers
// only the helpers its folder's templates name (see createRenderer).

type Node = { type?: string; [key: string]: unknown };

/**
 * Every name a template could call as a helper: the first part of each path in it (a superset:
 * `{{count}}`, `{{#each items}}`, `(eq a b)`, and fields such as `items` too), and `partial`
 * when a partial call has a hash (compiled as a call of the helper PARTIAL_CONTEXT).
 */
export function namesUsed(tree: unknown, partial: string, into: Set<string> = new Set()): Set<string> {
  if (tree === null || typeof tree !== 'object') return into;
  if (Array.isArray(tree)) {
    for (const item of tree) namesUsed(item, partial, into);
    return into;
  }
  const node = tree as Node;
  if (node.type === 'PathExpression') {
    const parts = node['parts'] as string[];
    into.add(parts[0] ?? (node['original'] as string));
  }
  if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && node['hash'])
    into.add(partial);
  for (const [key, child] of Object.entries(node)) if (key !== 'loc') namesUsed(child, partial, into);
  return into;
}
