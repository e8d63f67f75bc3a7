import { defineGenerator } from '@rolekit/core';
import { declaration } from './declaration.js';
import { generate, validate } from './generate.js';

/** The generator with its code, for tests and programs that run it directly (the CLI loads the declaration). */
export const onboardingGenerator = defineGenerator(declaration, { validate, generate });

export { addBusinessDays, dueDates, formatDate, isBusinessDay, PHASES, parseIsoDate } from './dates.js';
export {
  type OnboardingContext,
  onboardingDocuments,
  personArtifacts,
  plannedChecklists,
  startDateProblem,
  TEMPLATE_FOLDER,
} from './generate.js';
export { personMarker, TASK_LINE, taskMarker } from './markers.js';
export { defaultOptions, type OnboardingOptions, type ResolvedOptions, resolveOptions } from './options.js';
export { type ChecklistDocument, checklistDocument } from './pdf.js';
export {
  listCandidateIssues,
  type PublishResult,
  type PublishTarget,
  publishIssue,
} from './publish/apply.js';
export {
  applyTicks,
  changedLines,
  type DesiredIssue,
  desiredIssue,
  findIssues,
  type LineChange,
  MAX_BODY,
  normaliseBody,
  type PublishPlan,
  planIssue,
  publishTarget,
  type RemoteIssue,
  tickedTasks,
} from './publish/plan.js';
export { type ChecklistView, personChecklist, roleChecklist } from './view.js';
export { type ChecklistTask, checklistTasks, type TaskSource } from './view-tasks.js';
export { declaration };
