/** Options of the jira generator (set with --option jira.KEY=VALUE). */
export interface JiraOptions {
  /** Only these roles, where the generator writes one file per role. */
  roles?: string[];
}

export const defaultOptions: JiraOptions = {};
