import { defineGenerator } from '@rolekit/core';
import { declaration } from './declaration.js';
import { generate, validate } from './generate.js';

/** The generator with its code, for tests and programs that run it directly (the CLI loads the declaration). */
export const codeownersGenerator = defineGenerator(declaration, { validate, generate });

export { type SyncMode, type SyncOptions, syncCodeowners } from './apply.js';
export { type Explanation, explainPath, formatExplanation } from './explain.js';
export {
  BEGIN_MARKER,
  CODEOWNERS_MAX_BYTES,
  END_MARKER,
  findManagedSection,
  ManagedSectionError,
  managedSectionProblem,
  mergeManagedSection,
} from './markers.js';
export { type CodeownersOptions, FLAVOURS, type Flavour, resolveOptions } from './options.js';
export { isValidOwner, ownersOfRole, type RoleOwners } from './owners.js';
export { type CompiledPattern, compilePattern, covers } from './pattern.js';
export {
  type Assessment,
  assess,
  CODEOWNERS_LOCATIONS,
  DEFAULT_LOCATION,
  directWriteRefusal,
  exitCode,
  type OwnerCheck,
  ownerVerdict,
  pullRequestText,
  type RemoteFile,
  type RepositoryReport,
  type RepositoryStatus,
  SYNC_BRANCH,
  syncTargets,
  type Target,
} from './plan.js';
export { buildCodeowners, type RepositoryCodeowners, renderSection } from './render.js';
export {
  findShadowed,
  type LaidOutRule,
  layoutRepository,
  orderBySpecificity,
  type RepositoryLayout,
  type RuleGroup,
} from './view.js';
export { declaration };
