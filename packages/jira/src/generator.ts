import { defineGenerator } from '@rolekit/core';
import { declaration } from './declaration.js';
import { generate, validate } from './generate.js';

// Kept as its own entry point (`@rolekit/jira/generator`) for programs that import it: the
// generator without the Jira client. The CLI loads `./declaration` instead.
export const jiraGenerator = defineGenerator(declaration, { validate, generate });
