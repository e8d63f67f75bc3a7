import { defineGenerator } from '@rolekit/core';
import { generate, validate } from './generate.js';
import { defaultOptions, type RaciOptions } from './options.js';

export const raciGenerator = defineGenerator<RaciOptions>({
  name: 'raci',
  description:
    'RACI matrix of every activity against every role (PDF, CSV, Markdown) and a one-page sheet per role',
  defaultOptions,
  validate,
  generate,
  // A role's sheet is a unit, raci.pdf another; the CSV and Markdown take milliseconds: shard 1.
  shardUnit(path) {
    if (path.startsWith('roles/')) return path.slice('roles/'.length).replace(/\.pdf$/, '');
    return path === 'raci.pdf' ? path : undefined;
  },
});

export { type ActivityExplanation, explainActivity, formatExplanation } from './explain.js';
export { type MatrixPdf, raciPdf, renderMatrixPdf } from './generate.js';
export { joinMatrixPdf } from './join.js';
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
export type { RaciOptions };
