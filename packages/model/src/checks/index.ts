// Checks of meaning: references resolve, ids are unique, RACI rules hold, ownership and Jira grants
// are possible, policies are kept. Collects everything. They run on the files that passed their
// schema even when others did not (Draft.incomplete says which are missing), so that a reference
// error is not held back until every shape error is fixed; a check that would need a missing file
// to be right stays silent rather than guess.
//
// One rule module per part of the model, each reporting its own codes, all reading one index of
// the draft (roles, people and activities by id, people by role) that the model's look-ups reuse.
import type { Diagnostic } from '../diagnostics.js';
import type { YamlFile } from '../yaml-file.js';
import { checkActivities } from './activities.js';
import { checkCodeowners } from './codeowners.js';
import { checkContext, type Draft, type DraftIndex, indexDraft, type Rule } from './context.js';
import { checkJira } from './jira.js';
import { checkOnboarding } from './onboarding.js';
import { checkPeople } from './people.js';
import { checkPolicies } from './policies.js';
import { checkRoles } from './roles.js';

/** In the order they run; the loader sorts what they report by place, so order only breaks ties. */
export const RULES: readonly Rule[] = [
  checkRoles,
  checkPeople,
  checkActivities,
  checkCodeowners,
  checkJira,
  checkOnboarding,
  checkPolicies,
];

/** Runs every rule; returns what they report and the index they shared, for the model's look-ups. */
export function checkDraft(
  draft: Draft,
  files: ReadonlyMap<string, YamlFile>,
): { diagnostics: Diagnostic[]; index: DraftIndex } {
  const diagnostics: Diagnostic[] = [];
  const index = indexDraft(draft);
  const ctx = checkContext(draft, files, index, diagnostics);
  for (const rule of RULES) rule(ctx);
  return { diagnostics, index };
}

export { codeownersPatternProblem } from './codeowners.js';
export type { CheckContext, Draft, DraftIndex, Incomplete, Rule } from './context.js';
