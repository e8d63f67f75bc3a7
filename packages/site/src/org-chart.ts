import { type Memo, noMemo } from '@rolekit/core';
import type { Model, Role } from '@rolekit/model';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';

// The org chart (reportsTo) and the partner map, laid out here by ELK's layered algorithm and
// written as inline SVG: the browser runs no layout code, and the same model gives the same
// coordinates (ELK's layered algorithm is deterministic for a given graph; nodes and edges are
// given in a fixed order and every coordinate is rounded).

const BOX = { width: 184, height: 56 };
const LINE_CHARS = 22;

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

/** A title in at most two lines of about LINE_CHARS characters, the second cut with an ellipsis. */
export function wrapTitle(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && [...`${line} ${word}`].length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const cut = (s: string) =>
    [...s].length > LINE_CHARS ? `${[...s].slice(0, LINE_CHARS - 1).join('')}…` : s;
  if (lines.length <= 2) return lines.map(cut);
  return [cut(lines[0]!), `${[...lines.slice(1).join(' ')].slice(0, LINE_CHARS - 1).join('')}…`];
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

async function layout(
  nodes: readonly string[],
  edges: ReadonlyArray<[string, string]>,
  options: Record<string, string>,
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
      ...options,
    },
    children: nodes.map((id) => ({ id, ...BOX })),
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
): Promise<Layout> {
  if (nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const elk = await elkInstance();
  const graphEdges = edges.map(([s, t], i): ElkExtendedEdge => ({ id: `e${i}`, sources: [s], targets: [t] }));
  const stressed = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'stress', 'elk.stress.desiredEdgeLength': '200' },
    children: nodes.map((id) => ({ id, ...BOX })),
    edges: graphEdges,
  });
  const apart = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'sporeOverlap',
      'elk.spacing.nodeNode': '20',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    },
    children: (stressed.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, ...BOX })),
    edges: graphEdges,
  });
  const placed = (apart.children ?? []).map((n) => ({ id: n.id, x: round(n.x), y: round(n.y) }));
  const at = new Map(placed.map((n) => [n.id, n]));
  const centre = (id: string): [number, number] => {
    const n = at.get(id)!;
    return [round(n.x + BOX.width / 2), round(n.y + BOX.height / 2)];
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
    const lines = wrapTitle(title);
    const cx = round(node.x + BOX.width / 2);
    const first = round(node.y + BOX.height / 2 - (lines.length - 1) * 8 + 5);
    const text = lines
      .map((line, i) => `<tspan x="${cx}" y="${round(first + i * 16)}">${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(
      `<a href="${hrefPrefix}${escapeXml(node.id)}.html"><title>${escapeXml(title)}</title><rect x="${node.x}" y="${node.y}" width="${BOX.width}" height="${BOX.height}" rx="6"/><text text-anchor="middle">${text}</text></a>`,
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
  const tree = await remembered({ layout: 'org-chart', nodes: order, edges: reports }, () =>
    layout(order, reports, {}),
  );
  const map = await remembered({ layout: 'partner-map', nodes: partnered, edges: partnerEdges }, () =>
    partnerLayout(partnered, partnerEdges),
  );
  return {
    chart: svg('org-chart', 'Org chart: who reports to whom', tree, titles, 'roles/', 'reports'),
    partners: svg('partner-map', 'Partner map: roles that work together', map, titles, 'roles/', 'partners'),
    charted: roles.length,
    omitted,
    mapped: mapped.size,
    mapOmitted: model.roles.length - mapped.size,
  };
}
