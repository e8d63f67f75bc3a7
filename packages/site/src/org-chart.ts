import { type Memo, noMemo } from '@rolekit/core';
import type { Model, Role } from '@rolekit/model';
import { baselines, type Label, labels } from './labels.js';
import { type Layout, type LayoutInput, partnerLayout, round, treeLayout } from './layouts.js';

// The org chart (reportsTo) and the partner map, laid out here by ELK's layered algorithm and
// written as inline SVG: the browser runs no layout code, and the same model gives the same
// coordinates (ELK's layered algorithm is deterministic for a given graph; nodes and edges are
// given in a fixed order and every coordinate is rounded). Each box is as large as its whole
// title needs (labels.ts): nothing is cut.

/** The roles the chart draws: the top of the hierarchy, level by level, at most `limit`. */
export function chartedRoles(model: Model, limit: number): { roles: Role[]; omitted: number } {
  const known = new Set(model.roles.map((r) => r.id));
  const roots = model.roles.filter((r) => !r.reportsTo || !known.has(r.reportsTo) || r.reportsTo === r.id);
  const out: Role[] = [];
  const seen = new Set<string>();
  let level = roots;
  while (level.length > 0 && out.length < limit) {
    const next: Role[] = [];
    for (const role of level) {
      if (seen.has(role.id)) continue;
      if (out.length >= limit) break;
      seen.add(role.id);
      out.push(role);
      next.push(...model.reportsOf(role.id));
    }
    level = next;
  }
  return { roles: out, omitted: model.roles.length - out.length };
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The two layouts, here or in the site's worker thread (worker.ts). */
export type Layouter = Record<'tree' | 'partners', (input: LayoutInput) => Promise<Layout>>;
const inThread: Layouter = { tree: treeLayout, partners: partnerLayout };

function svg(
  id: string,
  label: string,
  placed: Layout,
  titles: ReadonlyMap<string, string>,
  boxes: ReadonlyMap<string, Label>,
  hrefPrefix: string,
  edgeClass: string,
): string {
  const parts: string[] = [
    `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${placed.width} ${placed.height}" width="${placed.width}" height="${placed.height}" role="group" aria-label="${escapeXml(label)}">`,
  ];
  for (const edge of placed.edges) {
    if (edge.points.length < 2) continue;
    const d = edge.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
    parts.push(`<path class="${edgeClass}" d="${d}"/>`);
  }
  for (const node of placed.nodes) {
    const title = titles.get(node.id) ?? node.id;
    const box = boxes.get(node.id)!;
    const cx = round(node.x + box.width / 2);
    const ys = baselines(box, node.y);
    const text = box.lines
      .map((line, i) => `<tspan x="${cx}" y="${round(ys[i])}">${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(
      `<a href="${hrefPrefix}${escapeXml(node.id)}.html"><title>${escapeXml(title)}</title><rect x="${node.x}" y="${node.y}" width="${box.width}" height="${box.height}" rx="6"/><text text-anchor="middle">${text}</text></a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

export interface OrgChart {
  /** Inline SVG (escaped here: model text only as text and attribute values). */
  chart: string;
  partners: string;
  charted: number;
  omitted: number;
  /** Roles the partner map considers, and those it leaves out. */
  mapped: number;
  mapOmitted: number;
}

/** The org chart of up to `limit` roles and the partner map of the same roles. */
export async function orgChart(
  model: Model,
  limit: number,
  partnerLimit: number,
  memo: Memo = noMemo,
  layouter: Layouter = inThread,
): Promise<OrgChart> {
  const { roles, omitted } = chartedRoles(model, limit);
  const ids = new Set(roles.map((r) => r.id));
  const titles = new Map(roles.map((r) => [r.id, r.title]));
  const byId = (a: Role, b: Role) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = [...roles].sort(byId).map((r) => r.id);
  const reports = order.flatMap((id) => {
    const to = model.role(id)?.reportsTo;
    return to && ids.has(to) && to !== id ? [[to, id] as [string, string]] : [];
  });
  // The partner map's layout costs the square of its roles: the top `partnerLimit` of the chart.
  const mapped = new Set(roles.slice(0, partnerLimit).map((r) => r.id));
  // One edge per pair of partners, whoever names whom.
  const pairs = new Map<string, [string, string]>();
  for (const id of order) {
    if (!mapped.has(id)) continue;
    for (const p of model.role(id)?.partners ?? []) {
      if (!mapped.has(p.role) || p.role === id) continue;
      const pair: [string, string] = id < p.role ? [id, p.role] : [p.role, id];
      pairs.set(pair.join('\n'), pair);
    }
  }
  const partnerEdges = [...pairs.keys()].sort().map((k) => pairs.get(k)!);
  const linked = new Set(partnerEdges.flat());
  const partnered = order.filter((id) => linked.has(id));
  // ELK is the site's slowest step: remember each layout by its graph (ids and edges are all it reads),
  // so regenerating after an edit that leaves the graph alone (most edits) skips it.
  const remembered = async (key: unknown, run: () => Promise<Layout>): Promise<Layout> => {
    const bytes = await memo(key, async () => new TextEncoder().encode(JSON.stringify(await run())));
    return JSON.parse(new TextDecoder().decode(bytes)) as Layout;
  };
  // The boxes' sizes come from the titles, so they are part of what a layout is remembered by.
  const boxes = labels(titles);
  const sizes = (ids: readonly string[]) => ids.map((id) => [boxes.get(id)!.width, boxes.get(id)!.height]);
  const boxSizes = Object.fromEntries(
    [...boxes].map(([id, box]) => [id, { width: box.width, height: box.height }]),
  );
  // Both at once: in the worker thread they run while the generator renders pages.
  const [tree, map] = await Promise.all([
    remembered({ layout: 'org-chart', nodes: order, edges: reports, sizes: sizes(order) }, () =>
      layouter.tree({ nodes: order, edges: reports, sizes: boxSizes }),
    ),
    remembered(
      { layout: 'partner-map', nodes: partnered, edges: partnerEdges, sizes: sizes(partnered) },
      () => layouter.partners({ nodes: partnered, edges: partnerEdges, sizes: boxSizes }),
    ),
  ]);
  return {
    chart: svg('org-chart', 'Org chart: who reports to whom', tree, titles, boxes, 'roles/', 'reports'),
    partners: svg(
      'partner-map',
      'Partner map: roles that work together',
      map,
      titles,
      boxes,
      'roles/',
      'partners',
    ),
    charted: roles.length,
    omitted,
    mapped: mapped.size,
    mapOmitted: model.roles.length - mapped.size,
  };
}
