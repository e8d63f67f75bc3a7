/** Options of the codeowners generator (set with --option codeowners.KEY=VALUE). */
export interface CodeownersOptions {
  /** Only these roles, where the generator writes one file per role. */
  roles?: string[];
}

export const defaultOptions: CodeownersOptions = {};
