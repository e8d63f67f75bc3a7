import type { HandlerContext } from './handlers.js';

/** Pages a list like GitHub: `per_page` (max 100) and `page`, with a Link header. */
export function paginate<T>(
  items: T[],
  ctx: HandlerContext,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query['per_page'] ?? 30), 1), 100);
  const page = Math.max(Number(ctx.query['page'] ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(ctx.rawQuery)) query.set(k, v);
    query.set('per_page', String(perPage));
    query.set('page', String(p));
    return `<${ctx.url}${ctx.pathname}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
