import { section } from './section.js';

export const shape = section({
  heading: 'Shape (RK010–RK011), checked against the JSON Schemas in `packages/model/schema/`',
  codes: {
    RK010: {
      title: 'Wrong value',
      severity: 'error',
      cause:
        "A required field (in a people CSV file: a required column) is missing, a value has the wrong type, is not one of the allowed values, does not match its pattern (ids are lowercase slugs; repository names, logins, the org and team slugs follow GitHub's rules, so `.` and `..` are refused), or a date is not a real date.",
      fix: "Follow the message and the hint; the schema's description of the field says what is expected.",
    },
    RK011: {
      title: 'Unknown field',
      severity: 'error',
      cause:
        "A field the schema does not know, usually a typo (`mision`); the message suggests the closest known field. In a people CSV file: a column that is not a person's field, or one without a heading ([people.md](people.md)).",
      fix: 'Rename it to the suggested field or remove it.',
    },
  },
});
