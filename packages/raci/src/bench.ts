import { createRequire } from 'node:module';
import type { Model, RaciVariant } from '@rolekit/model';
import type { TDocumentDefinitions } from '@rolekit/render';
import { raciPdf, renderMatrixPdf } from './generate.js';
import { pageCount as pdfkitPageCount } from './join.js';
import { defaultOptions, type RaciOptions } from './options.js';
import { bands, geometry, inPieces, matrixDefinition, matrixPieces } from './pdf.js';
import { buildMatrix } from './view.js';

// How long raci.pdf takes through the generator, against pdfmake alone rendering the very same
// document definitions (one, or for a large matrix every piece: title, bands, notes, frame): the
// difference is what rolekit adds (building the matrix, the definitions, the render wrapper, and
// for pieces the join). Not pure, on purpose: it reads the clock.

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
}

export interface RaciBenchResult {
  /** Whether raci.pdf was rendered in pieces and joined (see inPieces). */
  readonly pieces: boolean;
  readonly activities: number;
  readonly roles: number;
  readonly bands: number;
  readonly pages: number;
  readonly bytes: number;
  readonly runs: number;
  /** raciPdf(): matrix, definitions and renderPdf, as `rolekit generate raci` makes raci.pdf. */
  readonly generator: Timing;
  /** pdfmake.createPdf(definition).getBuffer() with the same definition(s), nothing else. */
  readonly bare: Timing;
}

// pdfmake is a CommonJS singleton; take the very instance @rolekit/render set up (fonts, locks).
const requireHere = createRequire(import.meta.url);
const pdfmake = createRequire(requireHere.resolve('@rolekit/render'))('pdfmake') as {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs: Math.round(median), minMs: Math.round(sorted[0]!) };
}

/** Pages of a PDF that pdfkit wrote (one /Type /Page object each); not of a joined raci.pdf. */
export const pageCount = pdfkitPageCount;

/** Times raci.pdf for `model`: `runs` rounds of the generator, then of bare pdfmake, after a warm-up. */
export async function benchRaciPdf(
  model: Model,
  options: { runs?: number; pageSize?: RaciOptions['pageSize']; date?: Date } = {},
): Promise<RaciBenchResult> {
  const runs = options.runs ?? 3;
  const date = options.date ?? new Date(`${model.organisation.date}T00:00:00Z`);
  const raciOptions: RaciOptions = {
    ...defaultOptions,
    pageSize: options.pageSize ?? defaultOptions.pageSize,
  };
  const ctx = { model, options: raciOptions, date };

  const matrix = buildMatrix(model, { order: raciOptions.order });
  const pdfOptions = { pageSize: raciOptions.pageSize, date };
  const { bytes, pages: piecePages } = await renderMatrixPdf(matrix, pdfOptions); // warm-up; sets fonts up
  // The very documents the generator rendered: the piece definitions with its page counts. Each
  // definition is built afresh for every render (pdfmake writes its layout into the definition).
  const docs = piecePages
    ? () => matrixPieces(matrix, pdfOptions, piecePages)
    : () => [matrixDefinition(matrix, pdfOptions)];
  const renderBare = async () => {
    for (const doc of docs()) {
      const definition = {
        ...doc.definition,
        info: { title: doc.meta.title, author: doc.meta.author, creationDate: date, modDate: date },
      } as TDocumentDefinitions;
      await pdfmake.createPdf(definition).getBuffer();
    }
  };
  await renderBare(); // warm-up

  const generator: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await raciPdf(ctx);
    generator.push(performance.now() - start);
  }
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await renderBare();
    bare.push(performance.now() - start);
  }
  const { perBand } = geometry(raciOptions.pageSize, matrix.roles.length);
  return {
    pieces: inPieces(matrix, raciOptions.pageSize),
    activities: matrix.activityCount,
    roles: matrix.roles.length,
    bands: bands(matrix.roles, perBand).length,
    pages: piecePages
      ? piecePages.title + piecePages.bands.reduce((a, b) => a + b, 0) + piecePages.notes
      : pageCount(bytes),
    bytes: bytes.length,
    runs,
    generator: timing(generator),
    bare: timing(bare),
  };
}

export interface SyntheticOptions {
  roles?: number;
  activities?: number;
  groups?: number;
  families?: number;
  variant?: RaciVariant;
}

const WORDS = [
  'Data',
  'Platform',
  'Payments',
  'Mobile',
  'Identity',
  'Search',
  'Billing',
  'Network',
  'Compliance',
  'Analytics',
  'Customer',
  'Release',
];
const JOBS = ['Engineer', 'Lead', 'Manager', 'Analyst', 'Architect', 'Owner', 'Specialist', 'Coordinator'];
const VERBS = [
  'Review',
  'Approve',
  'Plan',
  'Deploy',
  'Audit',
  'Document',
  'Test',
  'Monitor',
  'Migrate',
  'Report on',
];
const THINGS = [
  'the quarterly roadmap',
  'a schema change',
  'access requests',
  'the incident log',
  'vendor contracts',
];

const q = (s: string) => JSON.stringify(s);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * YAML files (path -> text) of a synthetic organisation for scale tests and benchmarks: `roles`
 * roles in `families` families, `activities` activities in `groups` groups. Every activity has
 * one A, one or two R, and some C and I (S and V too for the other variants); every role holds an
 * A somewhere, so every role gets a column. Deterministic: the same options give the same text.
 */
export function syntheticRaciYaml(options: SyntheticOptions = {}): Record<string, string> {
  const roleCount = options.roles ?? 40;
  const activityCount = options.activities ?? 500;
  const groupCount = options.groups ?? 10;
  const familyCount = options.families ?? 8;
  const variant = options.variant ?? 'RACI';
  const files: Record<string, string> = {};
  files['organisation.yaml'] = [
    'name: Synthetic Org',
    'date: 2026-01-01',
    'families:',
    ...Array.from(
      { length: familyCount },
      (_, f) => `  - { id: family-${f + 1}, title: ${q(`Family ${f + 1}`)} }`,
    ),
    `raci: { variant: ${variant} }`,
    '',
  ].join('\n');
  const roleIds = Array.from({ length: roleCount }, (_, i) => `role-${pad(i + 1, 2)}`);
  roleIds.forEach((id, i) => {
    const title = `${WORDS[i % WORDS.length]} ${JOBS[(i * 5) % JOBS.length]} ${i + 1}`;
    files[`roles/${id}.yaml`] = [
      `id: ${id}`,
      `title: ${q(title)}`,
      `family: family-${(i % familyCount) + 1}`,
      `summary: ${q(`Synthetic role number ${i + 1}.`)}`,
      '',
    ].join('\n');
  });
  const extra = variant === 'RACI' ? [] : variant === 'RASCI' ? ['S'] : ['V', 'S'];
  const lines = ['groups:'];
  let n = 0;
  for (let g = 0; g < groupCount; g++) {
    const size = Math.floor(activityCount / groupCount) + (g < activityCount % groupCount ? 1 : 0);
    lines.push(`  - id: group-${pad(g + 1, 2)}`);
    lines.push(`    title: ${q(`Group ${g + 1}: ${WORDS[g % WORDS.length]} work`)}`);
    lines.push(`    kind: ${['process', 'phase', 'scenario'][g % 3]}`);
    lines.push('    activities:');
    for (let k = 0; k < size; k++, n++) {
      // Distinct roles for one activity; a letter is left out once every role has one.
      const picked = new Set<number>();
      const letters: Array<[string, string]> = [];
      const give = (seed: number, letter: string) => {
        if (picked.size === roleCount) return;
        let r = seed % roleCount;
        while (picked.has(r)) r = (r + 1) % roleCount;
        picked.add(r);
        letters.push([roleIds[r]!, letter]);
      };
      give(n, 'A');
      give(n * 7 + 3, 'R');
      if (n % 3 === 0) give(n * 11 + 5, 'R');
      for (const l of extra) give(n * 17 + 9, l);
      give(n * 13 + 1, 'C');
      if (n % 2 === 0) give(n * 19 + 7, 'C');
      give(n * 23 + 11, 'I');
      give(n * 29 + 13, 'I');
      lines.push(`      - id: activity-${pad(n + 1, 4)}`);
      lines.push(`        title: ${q(`${VERBS[n % VERBS.length]} ${THINGS[n % THINGS.length]} (${n + 1})`)}`);
      lines.push('        raci:');
      letters.forEach(([role, letter], i) => {
        if (i === 1 && n % 20 === 0)
          lines.push(`          ${role}: { letter: ${letter}, note: ${q('when requested')} }`);
        else lines.push(`          ${role}: ${letter}`);
      });
    }
  }
  files['activities.yaml'] = `${lines.join('\n')}\n`;
  return files;
}
