// What a PDF worker thread calls (see @rolekit/render's pdfWorkers): each rebuilds one document's
// definition from the matrix, which every worker holds (shared once, not sent with every job).
import { renderPdf } from '@rolekit/render';
import { type MatrixPages, matrixPieces, type RaciPdfOptions, roleSheetDefinition } from './pdf.js';
import type { RaciMatrix } from './view.js';

/** One of raci.pdf's pieces, by path (`raci.pdf#band-3`), as matrixPieces builds it for `pages`. */
export function renderMatrixPiece(
  matrix: RaciMatrix,
  options: Pick<RaciPdfOptions, 'pageSize' | 'date'>,
  pages: MatrixPages | undefined,
  path: string,
): Promise<Uint8Array> {
  const piece = matrixPieces(matrix, options, pages).find((p) => p.path === path);
  if (!piece) throw new Error(`raci.pdf has no piece '${path}'`);
  return renderPdf(piece.definition, piece.meta);
}

/** roles/<id>.pdf. */
export function renderRoleSheet(matrix: RaciMatrix, roleId: string, date: Date): Promise<Uint8Array> {
  const doc = roleSheetDefinition(matrix, roleId, { date });
  return renderPdf(doc.definition, doc.meta);
}

export const pdfJobsModule = import.meta.url;
