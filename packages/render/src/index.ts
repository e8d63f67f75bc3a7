export { glyphWarnings, type PrintedEntity } from './glyph-warnings.js';
export {
  createRenderer,
  HELPERS,
  LETTER_NAMES,
  type OutputMode,
  type Renderer,
  TemplateError,
} from './handlebars.js';
export {
  barePdfmake,
  type Content,
  type PdfMeta,
  pageFooter,
  renderPdf,
  type TDocumentDefinitions,
  theme,
} from './pdf.js';
export { svgTextSpans, undrawable } from './text-runs.js';
export {
  type PdfJob,
  type PdfWorkers,
  pdfWorkerCount,
  pdfWorkers,
  pdfWorkersFor,
  WORKERS_FROM,
} from './workers.js';
