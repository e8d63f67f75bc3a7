import { type Memo, noMemo } from '@rolekit/core';
import type { Model, Role } from '@rolekit/model';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { baselines, type Label, labels } from './labels.js';

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

const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

interface Layout {
  width: number;
  height: number;
  nodes: Array<{ id: string; x: number; y: number }>;
  edges: Array<{ id: string; points: Array<[number, number]> }>;
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elk: Promise<Elk> | undefined;

/** ELK, loaded on first use (a large script): only the site generator pays for it. */
function elkInstance(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const ELK = (m.default ?? m) as unknown as new () => Elk;
    return new ELK();
  });
  return elk;
}

/** ELK's node for a role: its box's size. */
type Sizes = ReadonlyMap<string, { width: number; height: number }>;
const sized = (id: string, sizes: Sizes) => ({
  id,
  width: sizes.get(id)!.width,
  height: sizes.get(id)!.height,
});

async function layout(
  nodes: readonly string[],
  edges: ReadonlyArray<[string, string]>,
  sizes: Sizes,
): Promise<Layout> {
  if (nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
      'elk.randomSeed': '1',
    },
    children: nodes.map((id) => sized(id, sizes)),
    edges: edges.map(([s, t], i): ElkExtendedEdge => ({ id: `e${i}`, sources: [s], targets: [t] })),
  };
  const out = await (await elkInstance()).layout(graph);
  return {
    width: Math.ceil(out.width ?? 0),
    height: Math.ceil(out.height ?? 0),
    nodes: (out.children ?? []).map((n) => ({ id: n.id, x: round(n.x), y: round(n.y) })),
    edges: ((out.edges ?? []) as ElkExtendedEdge[]).map((e) => ({
      id: e.id,
      points: (e.sections ?? []).flatMap((s) => [
        [round(s.startPoint.x), round(s.startPoint.y)] as [number, number],
        ...(s.bendPoints ?? []).map((p) => [round(p.x), round(p.y)] as [number, number]),
        [round(s.endPoint.x), round(s.endPoint.y)] as [number, number],
      ]),
    })),
  };
}

/**
 * The partner map: ELK's stress layout places partners near each other, then its overlap
 * removal (SPOrE) moves boxes apart; edges are straight lines between box centres.
 */
async function partnerLayout(
  nodes: readonly string[],
  edges: ReadonlyArray<[string, string]>,
  sizes: Sizes,
): Promise<Layout> {
  if (nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const elk = await elkInstance();
  const graphEdges = edges.map(([s, t], i): ElkExtendedEdge => ({ id: `e${i}`, sources: [s], targets: [t] }));
  const stressed = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'stress', 'elk.stress.desiredEdgeLength': '200' },
    children: nodes.map((id) => sized(id, sizes)),
    edges: graphEdges,
  });
  const apart = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'sporeOverlap',
      'elk.spacing.nodeNode': '20',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    },
    children: (stressed.children ?? []).map((c) => ({ ...sized(c.id, sizes), x: c.x ?? 0, y: c.y ?? 0 })),
    edges: graphEdges,
  });
  const placed = (apart.children ?? []).map((n) => ({ id: n.id, x: round(n.x), y: round(n.y) }));
  const at = new Map(placed.map((n) => [n.id, n]));
  const centre = (id: string): [number, number] => {
    const n = at.get(id)!;
    const size = sizes.get(id)!;
    return [round(n.x + size.width / 2), round(n.y + size.height / 2)];
  };
  return {
    width: Math.ceil(apart.width ?? 0),
    height: Math.ceil(apart.height ?? 0),
    nodes: placed,
    edges: edges.map(([s, t], i) => ({ id: `e${i}`, points: [centre(s), centre(t)] })),
  };
}

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
  const tree = await remembered(
    { layout: 'org-chart', nodes: order, edges: reports, sizes: sizes(order) },
    () => layout(order, reports, boxes),
  );
  const map = await remembered(
    { layout: 'partner-map', nodes: partnered, edges: partnerEdges, sizes: sizes(partnered) },
    () => partnerLayout(partnered, partnerEdges, boxes),
  );
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
