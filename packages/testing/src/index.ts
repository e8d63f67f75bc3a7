export * from './jira/index.js';
export { exampleModel, exampleModelDir, modelFromYaml } from './model.js';
export { pdfInfo, pdfText, squash } from './pdf.js';
