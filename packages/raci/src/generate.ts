import {
  type Artifact,
  type GeneratorContext,
  type Memo,
  mapLimit,
  noMemo,
  textArtifact,
} from '@rolekit/core';
import { didYouMean } from '@rolekit/model';
import { createRenderer, glyphWarnings, type PdfWorkers, pdfWorkersFor, renderPdf } from '@rolekit/render';
import { joinMatrixPdf, pageCount } from './join.js';
import { OPTION_VALUES, optionsSchema, type RaciOptions } from './options.js';
import {
  inPieces,
  isoDate,
  type MatrixPages,
  matrixDefinition,
  matrixMeta,
  matrixPieces,
  type RaciPdfOptions,
} from './pdf.js';
import { pdfJobsModule, renderRoleSheet } from './pdf-jobs.js';
import { markdownView, raciCsv } from './tables.js';
import { buildMatrix, type RaciMatrix, roleSheet } from './view.js';

const TEMPLATES = 'raci';

/** Option problems, reported as RK100 (never thrown); also checks the Markdown template compiles. */
export function validate(ctx: GeneratorContext<RaciOptions>): void {
  const known = Object.keys(optionsSchema);
  for (const [key, value] of Object.entries(ctx.options)) {
    if (!known.includes(key)) {
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `unknown raci option '${key}'${didYouMean(key, known)}`,
        hint: `raci options: ${known.filter((k) => k !== 'roles').join(', ')} (see docs/raci.md)`,
      });
      continue;
    }
    const allowed = (OPTION_VALUES as Record<string, readonly unknown[]>)[key];
    if (allowed && !allowed.includes(value)) {
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `raci option ${key}=${String(value)} is not one of ${allowed.join(', ')}`,
        hint: `e.g. --option raci.${key}=${String(allowed[0])}`,
      });
    }
  }
  for (const id of ctx.options.roles ?? []) {
    if (!ctx.model.role(id))
      ctx.report({
        code: 'RK100',
        severity: 'error',
        message: `unknown role '${id}'${didYouMean(
          id,
          ctx.model.roles.map((r) => r.id),
        )}`,
        hint: 'pass role ids as in roles/<id>.yaml',
      });
  }
  for (const problem of createRenderer(ctx.templates, TEMPLATES, 'markdown').problems) ctx.report(problem);
}

/**
 * Everything a role sheet's definition reads, as the key of ctx.memo: only that role's part, so that editing one activity re-renders only the sheets of
 * the roles in it.
 */
function memoKey(matrix: RaciMatrix, role: string, date: Date): unknown {
  const { organisation, variant, letters } = matrix;
  return {
    generator: 'raci',
    path: `roles/${role}.pdf`,
    organisation,
    variant,
    letters,
    sheet: roleSheet(matrix, role),
    date,
  };
}

export interface MatrixPdf {
  bytes: Uint8Array;
  /**
   * The pages of each piece, as matrixPieces takes them to rebuild the very same definitions;
   * undefined when raci.pdf is one document (matrixDefinition; see inPieces).
   */
  pages: MatrixPages | undefined;
}

/**
 * raci.pdf: each piece of matrixPieces rendered on its own (through `memo`, so that an edit
 * re-renders only the pieces whose data changed), then joined. The bands and the notes first; the
 * title page then knows where each band starts (rendered again in the rare case that the numbers
 * change its own page count), and the frame how many pages there are.
 */
export async function renderMatrixPdf(
  matrix: RaciMatrix,
  options: Pick<RaciPdfOptions, 'pageSize' | 'date'>,
  memo: Memo = noMemo,
  workers?: PdfWorkers,
): Promise<MatrixPdf> {
  if (!inPieces(matrix, options.pageSize)) {
    const doc = matrixDefinition(matrix, options);
    const bytes = await memo(
      { generator: 'raci', path: doc.path, matrix, pageSize: options.pageSize, date: options.date },
      () => renderPdf(doc.definition, doc.meta),
    );
    return { bytes, pages: undefined };
  }
  workers?.share('matrix', matrix);
  const render = (doc: ReturnType<typeof matrixPieces>[number], pages?: MatrixPages) =>
    memo(doc.key, () =>
      workers
        ? workers.render({
            module: pdfJobsModule,
            name: 'renderMatrixPiece',
            context: 'matrix',
            args: [options, pages, doc.path],
          })
        : renderPdf(doc.definition, doc.meta),
    );
  const estimate = matrixPieces(matrix, options);
  // In this thread one band at a time (a band's layout is large); in workers, as many as they take.
  const bandDocs = estimate.filter((d) => d.kind === 'band');
  const notesDoc = estimate.find((d) => d.kind === 'notes');
  const rendered = await mapLimit(
    notesDoc ? [...bandDocs, notesDoc] : bandDocs,
    workers ? workers.size * 2 : 1,
    (doc) => render(doc),
  );
  const bands = rendered.slice(0, bandDocs.length);
  const notes = notesDoc ? rendered.at(-1) : undefined;
  const pages = { title: 1, bands: bands.map(pageCount), notes: notes ? pageCount(notes) : 0 };
  let title: Uint8Array | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    const doc = matrixPieces(matrix, options, pages).find((d) => d.kind === 'title')!;
    title = await render(doc, pages);
    const n = pageCount(title);
    if (n === pages.title) break;
    pages.title = n;
  }
  const frame = await render(matrixPieces(matrix, options, pages).find((d) => d.kind === 'frame')!, pages);
  const bytes = await joinMatrixPdf(
    [title!, ...bands, ...(notes ? [notes] : [])],
    frame,
    matrixMeta(matrix, options.date),
  );
  return { bytes, pages };
}

/** raci.pdf alone, from the model as the generator makes it; for benchmarks and quick looks. */
export async function raciPdf(
  ctx: Pick<GeneratorContext<RaciOptions>, 'model' | 'options' | 'date'> & { memo?: Memo },
): Promise<Uint8Array> {
  const matrix = buildMatrix(ctx.model, { order: ctx.options.order });
  return (await renderMatrixPdf(matrix, { pageSize: ctx.options.pageSize, date: ctx.date }, ctx.memo)).bytes;
}

/** raci.pdf, roles/<id>.pdf, raci.csv and raci.md, all from one matrix. */
export async function generate(ctx: GeneratorContext<RaciOptions>): Promise<Artifact[]> {
  const matrix: RaciMatrix = buildMatrix(ctx.model, { order: ctx.options.order });
  const all = [...matrix.roles, ...matrix.rolesWithoutLetters].map((r) => r.id).sort();
  const wanted = ctx.options.roles ? all.filter((id) => ctx.options.roles!.includes(id)) : all;
  const keep = ctx.inShard ?? (() => true);
  const sheets = ctx.options.roleSheets ? wanted.filter((id) => keep(`roles/${id}.pdf`)) : [];
  const markdown = createRenderer(ctx.templates, TEMPLATES, 'markdown').render(
    'raci.md.hbs',
    markdownView(matrix, isoDate(ctx.date)),
  );
  const memo = ctx.memo ?? noMemo;
  // What the PDFs print of the model: role titles, activity titles, the names of the people holding roles.
  const printed = [
    ...ctx.model.roles.map((r) => ({ subject: `role '${r.id}'`, at: r.at, fields: { title: r.title } })),
    ...ctx.model.activities.map((a) => ({
      subject: `activity '${a.id}'`,
      at: a.at,
      fields: { title: a.title },
    })),
    ...ctx.model.people.map((p) => ({ subject: `person '${p.id}'`, at: p.at, fields: { name: p.name } })),
  ];
  for (const warning of glyphWarnings(printed, 'the RACI PDFs')) ctx.report(warning);
  const options = { pageSize: ctx.options.pageSize, date: ctx.date };
  const pieces = inPieces(matrix, options.pageSize);
  // Thousands of role sheets, a matrix in dozens of pieces: worker threads render them on every core.
  const workers = pdfWorkersFor(
    (pieces && keep('raci.pdf') ? matrixPieces(matrix, options).length : 0) + sheets.length,
  );
  try {
    // In pieces, the whole of raci.pdf first (an unchanged model skips the join too), then each piece.
    const matrixBytes = !keep('raci.pdf')
      ? undefined // another shard's
      : pieces
        ? await memo(
            {
              generator: 'raci',
              path: 'raci.pdf',
              pieces: true,
              matrix,
              pageSize: options.pageSize,
              date: ctx.date,
            },
            async () => (await renderMatrixPdf(matrix, options, memo, workers)).bytes,
          )
        : (await renderMatrixPdf(matrix, options, memo)).bytes;
    const artifacts: Artifact[] = matrixBytes
      ? [{ path: 'raci.pdf', bytes: matrixBytes, mediaType: 'application/pdf' }]
      : [];
    workers?.share('matrix', matrix);
    // A sheet's definition is built only when it is rendered here; a worker builds its own.
    const sheetBytes = await mapLimit(sheets, workers ? workers.size * 2 : 1, (role) =>
      memo(
        memoKey(matrix, role, ctx.date),
        () =>
          workers
            ? workers.render({
                module: pdfJobsModule,
                name: 'renderRoleSheet',
                context: 'matrix',
                args: [role, ctx.date],
              })
            : renderRoleSheet(matrix, role, ctx.date),
        { deferred: true }, // straight into the artifact
      ),
    );
    sheets.forEach((role, i) => {
      artifacts.push({ path: `roles/${role}.pdf`, bytes: sheetBytes[i]!, mediaType: 'application/pdf' });
    });
    artifacts.push(
      textArtifact(
        'raci.csv',
        // Excel reads a CSV without a byte order mark in the machine's code page, not UTF-8.
        `${ctx.options.bom ? '\uFEFF' : ''}${raciCsv(matrix)}`,
        'text/csv; charset=utf-8; header=present',
      ),
    );
    artifacts.push(textArtifact('raci.md', markdown, 'text/markdown; charset=utf-8'));
    return artifacts;
  } finally {
    await workers?.close();
  }
}
