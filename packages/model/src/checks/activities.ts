// Activities and the RACI rules: unique ids, the variant's letters, one A, at least one R, and the
// smells (nobody R or A, everybody R or A, one person doing and approving).
import type { Letter } from '../types.js';
import type { CheckContext } from './context.js';

export function checkActivities(ctx: CheckContext): void {
  const { draft, incomplete, index, where, error, warning, seenBefore, checkRole } = ctx;
  const groupIds = new Set<string>();
  const allowed = new Set(draft.organisation.raci.letters);
  const variant = draft.organisation.raci.variant;
  const holdsRorA = new Set<string>();
  const roleCount = draft.roles.length + incomplete.roles.size;
  for (const group of draft.activityGroups) {
    const duplicate = seenBefore(groupIds, group.id, () => [
      `duplicate activity group id '${group.id}'`,
      'give each group its own id',
      where(group.at, 'id'),
    ]);
    if (!duplicate) groupIds.add(group.id);
    for (const activity of group.activities) {
      if (index.activities.get(activity.id) !== activity)
        error(
          'RK013',
          `duplicate activity id '${activity.id}'`,
          'activity ids are unique across all groups',
          where(activity.at, 'id'),
        );
      // Counted in locals: an object per activity, given letters as keys one by one, would get a
      // hidden class of its own once activities.yaml's role ids have used up V8's transitions.
      let accountable = 0;
      let responsible = 0;
      let rOrA = 0;
      for (const a of activity.assignments) {
        if (!index.roles.has(a.role))
          checkRole(a.role, where(activity.at, 'raci', a.role), `in the RACI of '${activity.id}'`);
        if (!allowed.has(a.letter)) {
          error(
            'RK023',
            `letter '${a.letter}' is not part of the ${variant} variant (activity '${activity.id}', role '${a.role}')`,
            `use one of ${[...allowed].join(', ')}, or set raci.variant in organisation.yaml`,
            where(activity.at, 'raci', a.role),
          );
          continue;
        }
        if (a.letter === 'R' || a.letter === 'A') holdsRorA.add(a.role);
        if (a.letter === 'A') accountable++;
        if (a.letter === 'R') responsible++;
      }
      for (const [letter, names] of Object.entries(activity.others)) {
        if (!allowed.has(letter as Letter))
          error(
            'RK023',
            `letter '${letter}' is not part of the ${variant} variant (activity '${activity.id}')`,
            `use one of ${[...allowed].join(', ')}`,
            where(activity.at, 'others', letter),
          );
        if (letter === 'A') accountable += names?.length ?? 0;
        if (letter === 'R') responsible += names?.length ?? 0;
      }
      if (accountable === 0)
        error(
          'RK020',
          `activity '${activity.id}' has no Accountable role`,
          'mark exactly one role with A: one role answers for the outcome',
          where(activity.at, 'raci'),
        );
      if (accountable > 1) {
        const holders = activity.assignments.filter((a) => a.letter === 'A').map((a) => a.role);
        error(
          'RK021',
          `activity '${activity.id}' has ${accountable} Accountable roles (${holders.join(', ')})`,
          'keep exactly one A; make the others R or C',
          where(activity.at, 'raci'),
        );
      }
      if (responsible === 0)
        error(
          'RK022',
          `activity '${activity.id}' has no Responsible role`,
          'mark at least one role with R: someone has to do the work',
          where(activity.at, 'raci'),
        );
      for (const a of activity.assignments) if (a.letter === 'R' || a.letter === 'A') rOrA++;
      // Two Rs and an A is ordinary in a small team; four or more roles holding R or A, and more
      // than half of all roles, is the "everyone is responsible" smell.
      if (rOrA >= 4 && rOrA > roleCount / 2) {
        warning(
          'RK025',
          `activity '${activity.id}' has ${rOrA} of ${roleCount} roles as R or A`,
          'when everyone is responsible nobody is: narrow R and A down, make the rest C or I',
          where(activity.at, 'raci'),
        );
      }
      // One person, no check: the R and the A of one activity held by the same person through two roles.
      const a = activity.assignments.find((x) => x.letter === 'A');
      // Asked of the lists of holders, by identity: reading each person's own roles was a cache
      // miss per person (tens of thousands at 10,000 roles), and it is the same question.
      const accountableHolders = a && index.peopleByRole.get(a.role);
      if (a && accountableHolders) {
        for (const r of activity.assignments.filter((x) => x.letter === 'R' && x.role !== a.role)) {
          for (const p of index.peopleByRole.get(r.role) ?? []) {
            if (accountableHolders.includes(p)) {
              warning(
                'RK026',
                `'${p.id}' holds both the R (${r.role}) and the A (${a.role}) of '${activity.id}'`,
                'one person checking their own work is no check: give one of the two roles to someone else',
                where(activity.at, 'raci', r.role),
              );
            }
          }
        }
      }
    }
  }
  if (index.activities.size > 0) {
    for (const role of draft.roles) {
      if (!holdsRorA.has(role.id)) {
        warning(
          'RK024',
          `role '${role.id}' is Responsible or Accountable for no activity`,
          'give the role an R or an A in activities.yaml, or ask whether the role is needed',
          where(role.at, 'id'),
        );
      }
    }
  }
}
