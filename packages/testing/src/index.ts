export { folderHashes } from './folder-hashes.js';
export {
  CODEOWNERS_LOCATIONS,
  type CodeownersError,
  checkCodeowners,
  type Fault,
  FaultInjector,
  type FaultSpec,
  GitHubApi,
  type GitHubStandIn,
  type GitHubStandInOptions,
  GitHubState,
  GitHubStateError,
  gitBlobSha,
  loadGitHubOpenApi,
  type RecordedRequest as GitHubRecordedRequest,
  startGitHubStandIn,
  type Violation as GitHubViolation,
} from './github/index.js';
export * from './jira/index.js';
export { exampleModel, exampleModelDir, exampleSources, modelFromYaml, withPdfWorkers } from './model.js';
export {
  headingsAtFoot,
  type PdfLine,
  type PdfWord,
  pdfFontNames,
  pdfInfo,
  pdfMissingGlyphs,
  pdfPageLines,
  pdfText,
  pdfWords,
  squash,
} from './pdf.js';
export { type SyntheticSize, syntheticOrganisation } from './synthetic.js';
