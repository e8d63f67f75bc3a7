import { section } from './section.js';

export const policies = section({
  heading: 'Policies (RK050–RK060)',
  codes: {
    RK050: {
      title: 'Conflicting roles held',
      severity: 'error',
      cause:
        'Separation of duties: one person holds a restricted role and one it conflicts with (seed 002: "no developer has made a change to a Production deployment").',
      fix: 'Give one of the roles to someone else.',
    },
    RK051: {
      title: 'Restricted role on a forbidden activity',
      severity: 'error',
      cause:
        'Separation of duties: a restricted role holds a forbidden letter (default R or A) on a named activity.',
      fix: 'Remove the letter or change the policy.',
    },
    RK052: {
      title: 'Two-person rule broken',
      severity: 'error',
      cause:
        'The R and the A of the activity are held by fewer than two different people (seed 002: "all production changes require two people").',
      fix: 'Make sure different people hold the R and the A roles.',
    },
    RK053: {
      title: 'Restricted role holds a forbidden Jira permission',
      severity: 'error',
      cause:
        'Separation of duties: a restricted role holds a forbidden permission in a scheme that a production project uses.',
      fix: 'Remove the permission from that grant.',
    },
    RK054: {
      title: 'Approval by the wrong role',
      severity: 'error',
      cause:
        'Approval policy: the activity\'s Accountable role is not one of the approvers (seed 002: "documented approvals are required").',
      fix: 'Make an approver Accountable.',
    },
    RK060: {
      title: 'Policy names an unknown activity',
      severity: 'error',
      cause: "A policy's `activities` names an id that does not exist.",
      fix: 'Use an activity id from `activities.yaml`.',
    },
  },
});
