import { section } from './section.js';

export const references = section({
  heading: 'References (RK012–RK018)',
  codes: {
    RK012: {
      title: 'Unknown role',
      severity: 'error',
      cause:
        "A role id named in a partner, reportsTo, a person's roles, a RACI, an ownership rule, a Jira grant, a policy or a task owner does not exist.",
      fix: 'Use the id of a file under `roles/` (the message suggests the closest one).',
    },
    RK013: {
      title: 'Duplicate',
      severity: 'error',
      cause:
        'Two roles, people, activities, groups, families, repositories, schemes, projects or policies share an id (people in two files are reported in both); or a model file exists as both `.yaml` and `.yml`.',
      fix: 'Give each its own id; keep one file.',
    },
    RK014: {
      title: 'Role id and file name differ',
      severity: 'error',
      cause: '`roles/qa.yaml` says `id: qa-engineer`.',
      fix: 'Rename the file or change the id so they agree.',
    },
    RK015: {
      title: 'Unknown person',
      severity: 'error',
      cause:
        'A manager or buddy names a person who is not in `people.yaml`, or a person is their own manager.',
      fix: 'Use the id of a person in `people.yaml`.',
    },
    RK016: {
      title: 'Unknown family',
      severity: 'error',
      cause: "A role's family is not listed in `organisation.yaml`.",
      fix: "Add the family or correct the role's `family`.",
    },
    RK017: {
      title: 'Reporting cycle',
      severity: 'error',
      cause: 'A role reports to itself, or reporting lines form a loop.',
      fix: 'Make one role in the loop report elsewhere (or to nobody).',
    },
    RK018: {
      title: 'Partner is itself',
      severity: 'warning',
      cause: 'A role lists itself as a key partner.',
      fix: 'Remove it.',
    },
  },
});
