export {
  createRenderer,
  HELPERS,
  LETTER_NAMES,
  type OutputMode,
  type Renderer,
  TemplateError,
} from './handlebars.js';
export {
  type Content,
  type PdfMeta,
  pageFooter,
  barePdfmake,
  renderPdf,
  type TDocumentDefinitions,
  theme,
} from './pdf.js';
