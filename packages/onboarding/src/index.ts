import { defineGenerator } from '@rolekit/core';
import { generate, validate } from './generate.js';
import { defaultOptions, type OnboardingOptions } from './options.js';

export const onboardingGenerator = defineGenerator<OnboardingOptions>({
  name: 'onboarding',
  description:
    'onboarding checklists per role and per new hire (Markdown and PDF), published as GitHub issues',
  defaultOptions,
  validate,
  generate,
  // Each role's and each new hire's checklist (.md and .pdf) is a unit; index.md goes to shard 1.
  shardUnit(path) {
    return path === 'index.md' ? undefined : path.replace(/\.[a-z]+$/, '');
  },
});

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
