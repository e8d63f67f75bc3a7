/** Options of the job-descriptions generator (set with --option job-descriptions.KEY=VALUE). */
export interface JobDescriptionsOptions {
  /** Only these roles, where the generator writes one file per role. */
  roles?: string[];
}

export const defaultOptions: JobDescriptionsOptions = {};
