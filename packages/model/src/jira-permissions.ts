/**
 * Jira Cloud's built-in project permissions (REST API v3, "Get all permissions", type PROJECT): the
 * keys a permission scheme grant may name, with the names Jira shows and the headings the reference
 * groups them under. Kept here so that typos are caught while the model loads, with a did-you-mean,
 * instead of by Jira at apply time; the Jira generator uses the names for its matrix.
 */

/** Headings the reference groups the built-in project permissions under. */
export type JiraProjectPermissionCategory =
  | 'administration'
  | 'project'
  | 'issue'
  | 'voters-and-watchers'
  | 'comments'
  | 'attachments'
  | 'time-tracking';

export interface JiraProjectPermissionInfo {
  /** The key used in REST payloads, e.g. `BROWSE_PROJECTS`. */
  readonly key: string;
  /** The name Jira shows in the permission scheme UI and returns from GET /permissions. */
  readonly name: string;
  readonly category: JiraProjectPermissionCategory;
  /** Set for the permissions the reference marks as product-specific. */
  readonly product?: 'Jira Software' | 'Jira Service Desk';
}

/** Every built-in project permission, in the order the reference lists them. */
export const JIRA_PROJECT_PERMISSION_INFO = [
  { key: 'ADMINISTER_PROJECTS', name: 'Administer Projects', category: 'administration' },
  { key: 'EDIT_WORKFLOW', name: 'Edit Workflows', category: 'administration' },
  { key: 'EDIT_ISSUE_LAYOUT', name: 'Edit Issue Layout', category: 'administration' },
  { key: 'BROWSE_PROJECTS', name: 'Browse Projects', category: 'project' },
  { key: 'MANAGE_SPRINTS_PERMISSION', name: 'Manage sprints', category: 'project', product: 'Jira Software' },
  {
    key: 'SERVICEDESK_AGENT',
    name: 'Service Project Agent',
    category: 'project',
    product: 'Jira Service Desk',
  },
  { key: 'VIEW_DEV_TOOLS', name: 'View Development Tools', category: 'project', product: 'Jira Software' },
  { key: 'VIEW_READONLY_WORKFLOW', name: 'View Read-Only Workflow', category: 'project' },
  { key: 'ASSIGNABLE_USER', name: 'Assignable User', category: 'issue' },
  { key: 'ASSIGN_ISSUES', name: 'Assign Issues', category: 'issue' },
  { key: 'CLOSE_ISSUES', name: 'Close Issues', category: 'issue' },
  { key: 'CREATE_ISSUES', name: 'Create Issues', category: 'issue' },
  { key: 'DELETE_ISSUES', name: 'Delete Issues', category: 'issue' },
  { key: 'EDIT_ISSUES', name: 'Edit Issues', category: 'issue' },
  { key: 'LINK_ISSUES', name: 'Link Issues', category: 'issue' },
  { key: 'MODIFY_REPORTER', name: 'Modify Reporter', category: 'issue' },
  { key: 'MOVE_ISSUES', name: 'Move Issues', category: 'issue' },
  { key: 'RESOLVE_ISSUES', name: 'Resolve Issues', category: 'issue' },
  { key: 'SCHEDULE_ISSUES', name: 'Schedule Issues', category: 'issue' },
  { key: 'SET_ISSUE_SECURITY', name: 'Set Issue Security', category: 'issue' },
  { key: 'TRANSITION_ISSUES', name: 'Transition Issues', category: 'issue' },
  { key: 'MANAGE_WATCHERS', name: 'Manage Watchers', category: 'voters-and-watchers' },
  { key: 'VIEW_VOTERS_AND_WATCHERS', name: 'View Voters and Watchers', category: 'voters-and-watchers' },
  { key: 'ADD_COMMENTS', name: 'Add Comments', category: 'comments' },
  { key: 'DELETE_ALL_COMMENTS', name: 'Delete All Comments', category: 'comments' },
  { key: 'DELETE_OWN_COMMENTS', name: 'Delete Own Comments', category: 'comments' },
  { key: 'EDIT_ALL_COMMENTS', name: 'Edit All Comments', category: 'comments' },
  { key: 'EDIT_OWN_COMMENTS', name: 'Edit Own Comments', category: 'comments' },
  { key: 'CREATE_ATTACHMENTS', name: 'Create Attachments', category: 'attachments' },
  { key: 'DELETE_ALL_ATTACHMENTS', name: 'Delete All Attachments', category: 'attachments' },
  { key: 'DELETE_OWN_ATTACHMENTS', name: 'Delete Own Attachments', category: 'attachments' },
  { key: 'DELETE_ALL_WORKLOGS', name: 'Delete All Worklogs', category: 'time-tracking' },
  { key: 'DELETE_OWN_WORKLOGS', name: 'Delete Own Worklogs', category: 'time-tracking' },
  { key: 'EDIT_ALL_WORKLOGS', name: 'Edit All Worklogs', category: 'time-tracking' },
  { key: 'EDIT_OWN_WORKLOGS', name: 'Edit Own Worklogs', category: 'time-tracking' },
  { key: 'WORK_ON_ISSUES', name: 'Work On Issues', category: 'time-tracking' },
] as const satisfies readonly JiraProjectPermissionInfo[];

/** The keys alone, sorted. */
export const JIRA_PROJECT_PERMISSIONS: readonly string[] = JIRA_PROJECT_PERMISSION_INFO.map(
  (p) => p.key,
).sort();

const known = new Set(JIRA_PROJECT_PERMISSIONS);

export function isJiraProjectPermission(key: string): boolean {
  return known.has(key);
}
