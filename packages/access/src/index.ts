export {
  type Accountable,
  type AuditReport,
  audit,
  type Finding,
  type FindingKind,
} from './audit/findings.js';
export { type LiveGitHub, type LiveJira, readGitHub, readJira } from './audit/live.js';
export { auditPdf } from './audit/pdf.js';
export { auditJson, auditMarkdown, ordered, summaryLine } from './audit/report.js';
export {
  actorsPlanHasChanges,
  formatActorsOutcomes,
  formatActorsPlan,
  formatTeamOutcomes,
  formatTeamsPlan,
  teamsPlanHasChanges,
} from './format.js';
export { githubTeamWriter, readTeams } from './github-live.js';
export {
  applyTeams,
  type DesiredTeam,
  desiredTeams,
  type LiveTeam,
  type LiveTeams,
  type NoAccount,
  planTeams,
  type TeamOutcome,
  type TeamPlan,
  type TeamRole,
  type TeamsPlan,
  type TeamWriter,
} from './github-teams.js';
export {
  type Actor,
  type ActorsOutcome,
  type ActorsPlan,
  type ActorsPlanEntry,
  applyActors,
  type DesiredActors,
  desiredActors,
  expectedRoles,
  type LiveActors,
  planActors,
  readActors,
  readRoleActors,
} from './jira-actors.js';
export {
  DEFAULT_REMOVAL_CAP,
  describeCap,
  diffMembers,
  type Member,
  type MemberDiff,
  parseRemovalCap,
  type RemovalCap,
  removalLimit,
  unreachableOf,
} from './members.js';
