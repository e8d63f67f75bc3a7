export {
  CacheFolder,
  type CacheFolderOptions,
  digestOf,
  entryName,
  hashDir,
  installedVersions,
} from './cache-store.js';
export { contractProblems, type GeneratorExport } from './contract.js';
export { DeferredMiss, isDeferred, materialiseAll } from './deferred.js';
export { escapeControl, terminalSafe } from './escape.js';
export { type Colours, formatDiagnostic, summarise } from './format.js';
export {
  type Artifact,
  type ArtifactKind,
  declareGenerator,
  defineGenerator,
  type Generator,
  type GeneratorCheck,
  type GeneratorCode,
  type GeneratorCommand,
  type GeneratorContext,
  type GeneratorDeclaration,
  type GeneratorInfo,
  loadGenerator,
  type OptionSpec,
  type OptionsSchema,
  textArtifact,
} from './generator.js';
export { mapLimit } from './map-limit.js';
export {
  contentKey,
  type DiskMemo,
  diskMemo,
  type Memo,
  type MemoOptions,
  noMemo,
  observeKeys,
  plainKeyProblem,
  stableStringify,
} from './memo.js';
export { checkOptions, optionKeys, parseOptionValue, unknownOptionKeys } from './options.js';
export { redact } from './redact.js';
export { buildEveryUnit, type GeneratorRun, outputDate, runGenerator } from './run.js';
export { OutputError } from './safe-tree.js';
export {
  defaultShardUnit,
  MAX_SHARDS,
  parseShard,
  type Shard,
  type ShardStamp,
  shardKeeps,
  shardOf,
} from './shard.js';
export { planMerge, type ShardFolder, type ShardSet, shardBytes } from './shards.js';
export { loadTemplates, type TemplateSource, type TemplateStore, templateStore } from './templates.js';
export {
  parseUnitState,
  type RunUnit,
  type Share,
  type UnitBuild,
  type UnitMode,
  type UnitOutput,
  type UnitScope,
  type UnitState,
  Units,
} from './units.js';
export {
  describeUnreachable,
  EXIT_UNREACHABLE,
  ServiceUnreachableError,
  type UnreachableKind,
  unreachableHint,
  unreachableKind,
} from './unreachable.js';
export {
  type CheckReport,
  checkArtifacts,
  lockOutputs,
  MANIFEST,
  type Manifest,
  type OutputOptions,
  TEMPORARY,
  unsafePathDiagnostics,
  type WriteOptions,
  type WriteReport,
  writeArtifacts,
} from './writer.js';
