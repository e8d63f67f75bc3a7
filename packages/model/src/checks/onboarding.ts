// Onboarding: task owners and the access owner name roles that exist; a repository needs an org.
import type { CheckContext } from './context.js';

export function checkOnboarding({ draft, incomplete, files, where, error, checkRole }: CheckContext): void {
  for (const t of draft.onboarding.tasks) {
    if (t.owner.startsWith('role:')) checkRole(t.owner.slice(5), where(t.at, 'owner'), 'as task owner');
  }
  const accessOwner = draft.onboarding.accessOwner;
  const onboardingFile = [...files].find(([path]) => /^onboarding\.ya?ml$/.test(path))?.[1];
  if (accessOwner?.startsWith('role:') && onboardingFile)
    checkRole(accessOwner.slice(5), onboardingFile.lazyLocate(['accessOwner']), 'as accessOwner');
  if (draft.onboarding.repository && !draft.organisation.github?.org && !incomplete.organisation) {
    error(
      'RK034',
      'onboarding.yaml names a repository but organisation.yaml has no github.org',
      'add github: { org: ... } to organisation.yaml',
      where(draft.organisation.at),
    );
  }
}
