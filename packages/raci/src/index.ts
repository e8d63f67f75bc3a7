import { defineGenerator } from '@rolekit/core';
import { declaration } from './declaration.js';
import { generate, validate } from './generate.js';

/** The generator with its code, for tests and programs that run it directly (the CLI loads the declaration). */
export const raciGenerator = defineGenerator(declaration, { validate, generate });

export { type ActivityExplanation, explainActivity, formatExplanation } from './explain.js';
export { type MatrixPdf, raciPdf, renderMatrixPdf } from './generate.js';
export { joinMatrixPdf } from './join.js';
/** Roboto's advance widths: the site sizes its org chart's boxes with them. */
export { textWidth } from './metrics.js';
export type { RaciOptions } from './options.js';
export {
  bands,
  inPieces,
  type MatrixPages,
  type MatrixPiece,
  matrixDefinition,
  matrixPieces,
  type PageSize,
  type PdfDocument,
  type RaciPdfOptions,
  raciPdfDefinitions,
  roleSheetDefinition,
} from './pdf.js';
export { csvField, markdownView, raciCsv } from './tables.js';
export {
  abbreviations,
  buildMatrix,
  holdersOf,
  type LetterInfo,
  lettersOf,
  type MatrixCell,
  type MatrixGroup,
  type MatrixNote,
  type MatrixRole,
  type MatrixRow,
  type RaciMatrix,
  type RoleOrder,
  type RoleSheet,
  roleSheet,
} from './view.js';
export { declaration };
