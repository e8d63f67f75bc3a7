export { glyphWarnings, type PrintedEntity } from './glyph-warnings.js';
export {
  createRenderer,
  HELPERS,
  inertMarkup,
  LETTER_NAMES,
  type OutputMode,
  type Renderer,
  TemplateError,
} from './handlebars.js';
export {
  PAGE_MARGINS,
  type PageBase,
  type PageOptions,
  type PdfMeta,
  pageFooter,
  pdfPage,
  theme,
} from './page.js';
export { barePdfmake, type Content, renderPdf, type TDocumentDefinitions } from './pdf.js';
export { isolate, svgTextSpans, undrawable } from './text-runs.js';
export {
  type PdfJob,
  type PdfWorkers,
  pdfWorkerCount,
  pdfWorkers,
  pdfWorkersFor,
  WORKERS_FROM,
} from './workers.js';
