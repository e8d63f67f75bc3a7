import { section } from './section.js';

export const raci = section({
  heading: 'RACI rules (RK020–RK026)',
  codes: {
    RK020: {
      title: 'No Accountable',
      severity: 'error',
      cause: 'An activity has no A.',
      fix: 'Mark exactly one role with A.',
    },
    RK021: {
      title: 'More than one Accountable',
      severity: 'error',
      cause: 'An activity has two or more A.',
      fix: 'Keep one A; make the others R or C.',
    },
    RK022: {
      title: 'No Responsible',
      severity: 'error',
      cause: 'An activity has no R.',
      fix: 'Mark at least one role with R.',
    },
    RK023: {
      title: 'Letter not in the variant',
      severity: 'error',
      cause: "A letter other than the variant's (RACI: R A C I; RASCI adds S; RACI-VS adds V and S).",
      fix: "Use the variant's letters or declare the variant in `organisation.yaml` (`raci: { variant: RASCI }`).",
    },
    RK024: {
      title: 'Role with no R or A',
      severity: 'warning',
      cause: 'The role is neither Responsible nor Accountable for any activity.',
      fix: 'Give it an R or an A, or ask whether the role is needed.',
    },
    RK025: {
      title: 'Too many R/A',
      severity: 'warning',
      cause: 'Four or more roles, and more than half of all roles, are R or A in one activity.',
      fix: 'Narrow R and A down; make the rest C or I.',
    },
    RK026: {
      title: 'One person, no check',
      severity: 'warning',
      cause: 'One person holds the R and the A of an activity through two roles.',
      fix: 'Give one of the two roles to someone else.',
    },
  },
});
