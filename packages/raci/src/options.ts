/** Options of the raci generator (set with --option raci.KEY=VALUE). */
export interface RaciOptions {
  /** Only these roles, where the generator writes one file per role. */
  roles?: string[];
}

export const defaultOptions: RaciOptions = {};
