// People: unique ids, the roles they hold, their manager and buddy, real dates (and the model's date).
import { didYouMean } from '../suggest.js';
import type { CheckContext } from './context.js';

const REFERENCES = ['manager', 'buddy'] as const;

/** Date.parse rolls 2026-02-30 over to March 2nd, so a real day must print back as itself. */
const notADate = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day;
};

export function checkPeople({ draft, incomplete, index, where, error, checkRole }: CheckContext): void {
  for (const person of index.duplicatePeople) {
    const first = index.people.get(person.id)!;
    // People may be split across files: a duplicate in another file is reported in both, each naming the other.
    const elsewhere = first.at.file !== person.at.file;
    error(
      'RK013',
      `duplicate person id '${person.id}'${elsewhere ? ` (also in ${first.at.file}:${first.at.line})` : ''}`,
      'give each person their own id',
      where(person.at, 'id'),
    );
    if (elsewhere)
      error(
        'RK013',
        `duplicate person id '${person.id}' (also in ${person.at.file}:${person.at.line})`,
        'give each person their own id',
        where(first.at, 'id'),
      );
  }
  // For suggestions only: built for the first unknown reference, not for every load of 100,000 people.
  let personIds: string[] | undefined;
  const idsRepeat = index.duplicatePeople.length > 0;
  // Many people start on the same day: each date is parsed once.
  const badDates = new Map<string, boolean>();
  // Each role held is asked about once, not once per holder: a person's roles are read again only
  // for a role that is not known (every look-up of 100,000 people's ids reads cold memory).
  for (const [r, holders] of index.peopleByRole) {
    if (index.roles.has(r)) continue;
    for (let k = 0; k < holders.length; k++) {
      const person = holders[k]!;
      // A person listing the role twice is listed twice, one after the other.
      if (person === holders[k - 1]) continue;
      const { roles } = person;
      for (let i = 0; i < roles.length; i++)
        if (roles[i] === r) checkRole(r, where(person.at, 'roles', i), `held by '${person.id}'`);
    }
  }
  for (const person of draft.people) {
    for (const field of REFERENCES) {
      const ref = person[field];
      if (ref === undefined) continue;
      // One look-up answers both questions, and a comparison of ids (cold memory, like the look-up)
      // is needed only where ids repeat: every person's id is in the index, so a reference to
      // oneself finds that very person, or the first person with the id.
      const target = index.people.get(ref);
      if (target === person || (target !== undefined && idsRepeat && ref === person.id))
        error(
          'RK015',
          `'${person.id}' is their own ${field}`,
          `name another person as ${field}`,
          where(person.at, field),
        );
      else if (target === undefined) {
        personIds ??= [...index.people.keys()];
        error(
          'RK015',
          `unknown person '${ref}' as ${field}${didYouMean(ref, personIds)}`,
          'use the id of a person in people.yaml',
          where(person.at, field),
        );
      }
    }
    let badDate = person.startDate ? badDates.get(person.startDate) : false;
    if (badDate === undefined) {
      badDate = notADate(person.startDate!);
      badDates.set(person.startDate!, badDate);
    }
    if (badDate) {
      error(
        'RK010',
        `startDate '${person.startDate}' is not a real date`,
        'write it as YYYY-MM-DD',
        where(person.at, 'startDate'),
      );
    }
  }
  if (!incomplete.organisation && notADate(draft.organisation.date)) {
    error(
      'RK010',
      `date '${draft.organisation.date}' is not a real date`,
      'write it as YYYY-MM-DD',
      where(draft.organisation.at, 'date'),
    );
  }
}
