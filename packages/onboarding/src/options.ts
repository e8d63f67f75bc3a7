/** Options of the onboarding generator (set with --option onboarding.KEY=VALUE). */
export interface OnboardingOptions {
  /** Only these roles, where the generator writes one file per role. */
  roles?: string[];
}

export const defaultOptions: OnboardingOptions = {};
