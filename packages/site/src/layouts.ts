import { createRequire } from 'node:module';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';

// ELK's two layouts of the org chart page, from plain data (ids, edges, box sizes) to plain data
// (rounded coordinates): so they can run in the site's worker thread (site-worker.ts) as well as
// in the generator's own, with the same result.

export interface Layout {
  width: number;
  height: number;
  nodes: Array<{ id: string; x: number; y: number }>;
  edges: Array<{ id: string; points: Array<[number, number]> }>;
}

/** What a layout reads: node ids in order, edges as [source, target], each node's box size. */
export interface LayoutInput {
  nodes: readonly string[];
  edges: ReadonlyArray<[string, string]>;
  sizes: Readonly<Record<string, { width: number; height: number }>>;
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elk: Promise<Elk> | undefined;

/**
 * ELK, loaded on first use (a large script): only the site generator pays for it. Required, not
 * imported: `import()` of a CommonJS file has Node scan all of it for its export names first
 * (1.6 MB: 0.35 s of CPU to load it, against 0.14 s required).
 */
function elkInstance(): Promise<Elk> {
  elk ??= Promise.resolve().then(() => {
    const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => Elk;
    return new ELK();
  });
  return elk;
}

export const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

/** ELK's node for a role: its box's size. */
const sized = (id: string, sizes: LayoutInput['sizes']) => ({
  id,
  width: sizes[id]!.width,
  height: sizes[id]!.height,
});

/** The org chart: ELK's layered algorithm, left to right, orthogonal edges. */
export async function treeLayout({ nodes, edges, sizes }: LayoutInput): Promise<Layout> {
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
export async function partnerLayout({ nodes, edges, sizes }: LayoutInput): Promise<Layout> {
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
    const size = sizes[id]!;
    return [round(n.x + size.width / 2), round(n.y + size.height / 2)];
  };
  return {
    width: Math.ceil(apart.width ?? 0),
    height: Math.ceil(apart.height ?? 0),
    nodes: placed,
    edges: edges.map(([s, t], i) => ({ id: `e${i}`, points: [centre(s), centre(t)] })),
  };
}
