// The names and headings of Jira's permissions, for the matrix; the list itself is the model's.
import {
  JIRA_PROJECT_PERMISSION_INFO,
  type JiraProjectPermissionCategory,
  type JiraProjectPermissionInfo,
} from '@rolekit/model';

export { JIRA_PROJECT_PERMISSION_INFO, type JiraProjectPermissionCategory, type JiraProjectPermissionInfo };

/** Headings as the reference prints them. */
export const CATEGORY_TITLES: Readonly<Record<JiraProjectPermissionCategory, string>> = {
  administration: 'Administration',
  project: 'Project',
  issue: 'Issues',
  'voters-and-watchers': 'Voters and watchers',
  comments: 'Comments',
  attachments: 'Attachments',
  'time-tracking': 'Time tracking',
};

const byKey = new Map<string, JiraProjectPermissionInfo>(JIRA_PROJECT_PERMISSION_INFO.map((p) => [p.key, p]));

/** Name and heading of a permission key; keys Jira does not list (app permissions) stand for themselves. */
export function permissionInfo(key: string): JiraProjectPermissionInfo {
  return byKey.get(key) ?? { key, name: key, category: 'project' };
}

/** Position in the reference's order, for sorting rows of the matrix; unknown keys last. */
export function permissionRank(key: string): number {
  const i = JIRA_PROJECT_PERMISSION_INFO.findIndex((p) => p.key === key);
  return i === -1 ? JIRA_PROJECT_PERMISSION_INFO.length : i;
}
