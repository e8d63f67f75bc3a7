import { section } from './section.js';

export const jira = section({
  heading: 'Jira (RK040–RK043)',
  codes: {
    RK040: {
      title: 'Unknown Jira permission',
      severity: 'error',
      cause:
        "A key that is not one of Jira Cloud's built-in project permissions (ADD_COMMENTS, ADMINISTER_PROJECTS, ASSIGNABLE_USER, ASSIGN_ISSUES, BROWSE_PROJECTS, CLOSE_ISSUES, CREATE_ATTACHMENTS, CREATE_ISSUES, DELETE_ALL_ATTACHMENTS, DELETE_ALL_COMMENTS, DELETE_ALL_WORKLOGS, DELETE_ISSUES, DELETE_OWN_ATTACHMENTS, DELETE_OWN_COMMENTS, DELETE_OWN_WORKLOGS, EDIT_ALL_COMMENTS, EDIT_ALL_WORKLOGS, EDIT_ISSUES, EDIT_ISSUE_LAYOUT, EDIT_OWN_COMMENTS, EDIT_OWN_WORKLOGS, EDIT_WORKFLOW, LINK_ISSUES, MANAGE_SPRINTS_PERMISSION, MANAGE_WATCHERS, MODIFY_REPORTER, MOVE_ISSUES, RESOLVE_ISSUES, SCHEDULE_ISSUES, SERVICEDESK_AGENT, SET_ISSUE_SECURITY, TRANSITION_ISSUES, VIEW_DEV_TOOLS, VIEW_READONLY_WORKFLOW, VIEW_VOTERS_AND_WATCHERS, WORK_ON_ISSUES); the message suggests the closest.",
      fix: 'Use the suggested key.',
    },
    RK041: {
      title: 'Unknown or circular bundle',
      severity: 'error',
      cause: 'A lowercase name that is not a bundle in `jira.yaml`, or a bundle that includes itself.',
      fix: 'Define the bundle, fix the name, or break the cycle.',
    },
    RK042: {
      title: 'No Jira holder',
      severity: 'error',
      cause:
        'A role is granted permissions but its role file says neither `jira: { projectRole }` nor `jira: { group }`.',
      fix: 'Add the holder to the role file.',
    },
    RK043: {
      title: 'Unknown scheme',
      severity: 'error',
      cause: 'A project names a scheme id that `jira.yaml` does not define.',
      fix: "Use a scheme's id.",
    },
  },
});
