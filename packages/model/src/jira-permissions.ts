/**
 * Jira Cloud's built-in project permission keys (REST API v3, "Get all permissions", type PROJECT),
 * the keys a permission scheme grant may name. Kept here so that typos are caught while the model
 * loads, with a did-you-mean, instead of by Jira at apply time.
 */
export const JIRA_PROJECT_PERMISSIONS: readonly string[] = [
  'ADD_COMMENTS',
  'ADMINISTER_PROJECTS',
  'ASSIGNABLE_USER',
  'ASSIGN_ISSUES',
  'BROWSE_PROJECTS',
  'CLOSE_ISSUES',
  'CREATE_ATTACHMENTS',
  'CREATE_ISSUES',
  'DELETE_ALL_ATTACHMENTS',
  'DELETE_ALL_COMMENTS',
  'DELETE_ALL_WORKLOGS',
  'DELETE_ISSUES',
  'DELETE_OWN_ATTACHMENTS',
  'DELETE_OWN_COMMENTS',
  'DELETE_OWN_WORKLOGS',
  'EDIT_ALL_COMMENTS',
  'EDIT_ALL_WORKLOGS',
  'EDIT_ISSUES',
  'EDIT_ISSUE_LAYOUT',
  'EDIT_OWN_COMMENTS',
  'EDIT_OWN_WORKLOGS',
  'EDIT_WORKFLOW',
  'LINK_ISSUES',
  'MANAGE_SPRINTS_PERMISSION',
  'MANAGE_WATCHERS',
  'MODIFY_REPORTER',
  'MOVE_ISSUES',
  'RESOLVE_ISSUES',
  'SCHEDULE_ISSUES',
  'SERVICEDESK_AGENT',
  'SET_ISSUE_SECURITY',
  'TRANSITION_ISSUES',
  'VIEW_DEV_TOOLS',
  'VIEW_READONLY_WORKFLOW',
  'VIEW_VOTERS_AND_WATCHERS',
  'WORK_ON_ISSUES',
];

const known = new Set(JIRA_PROJECT_PERMISSIONS);

export function isJiraProjectPermission(key: string): boolean {
  return known.has(key);
}
