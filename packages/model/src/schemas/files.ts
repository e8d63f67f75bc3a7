import { type Static, Type } from '@sinclair/typebox';
import {
  closed,
  described,
  documents,
  employment,
  fileSchema,
  link,
  namedRef,
  onboardingTask,
  oneOf,
  roleRef,
  slug,
  source,
  stringOr,
  taskOwner,
  text,
  textList,
  textOr,
  url,
} from './defs.js';

const opt = Type.Optional;

const email = Type.String({
  pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
  maxLength: 254,
  description: 'An email address, e.g. ana@example.com.',
});
const githubLogin = Type.String({
  pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$',
  description:
    "A GitHub login, without the @. GitHub's rule: letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen.",
});

/** GitHub's rule for repository names; '.' and '..' would also turn API paths into other paths. */
const REPOSITORY_RULE =
  "GitHub's rule: letters, digits, '.', '-' and '_', at most 100 characters, and not '.' or '..'.";
const repositoryName = Type.String({ pattern: '^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$' });
const isoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date as YYYY-MM-DD.' });
const LETTERS = ['R', 'A', 'C', 'I', 'S', 'V'] as const;
const letter = Type.Unsafe<(typeof LETTERS)[number]>({
  type: 'string',
  enum: [...LETTERS],
  description:
    'R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS).',
});

/** A mapping from keys (checked by `keys`) to values of one schema, e.g. role id -> RACI letter. */
function recordOf<V extends TSchemaLike>(keys: object, values: V, description: string) {
  return Type.Unsafe<Record<string, Static<V>>>({
    type: 'object',
    description,
    propertyNames: keys,
    additionalProperties: values,
  });
}
type TSchemaLike = Parameters<typeof Type.Array>[0];

export const organisationSchema = fileSchema(
  'organisation',
  'rolekit organisation',
  'organisation.yaml: the organisation, its role families, its RACI variant and its GitHub organisation.',
  closed({
    name: described(text, 'The organisation’s name, as printed on every artifact.'),
    description: opt(described(text, 'A paragraph about the organisation, for job postings.')),
    date: described(isoDate, 'The date of this version of the model; printed on PDFs instead of the clock.'),
    website: opt(
      described(url, 'The organisation’s website: a web address starting with http:// or https://.'),
    ),
    families: opt(
      Type.Array(
        closed({
          id: described(
            slug,
            'The family’s id, which roles name in `family`: lowercase letters, digits and hyphens.',
          ),
          title: described(text, 'The family’s name, e.g. Engineering.'),
          description: opt(described(text, 'What the family is for.')),
        }),
        { description: 'Role families (departments). Roles name one in `family`.' },
      ),
    ),
    raci: opt(
      closed(
        {
          variant: opt(
            oneOf(['RACI', 'RASCI', 'RACI-VS'], {
              default: 'RACI',
              description:
                'RACI (R, A, C, I); RASCI adds S for Support; RACI-VS adds V for Verifier and S for Signatory.',
            }),
          ),
        },
        { description: 'How RACI charts are drawn.' },
      ),
    ),
    github: opt(
      closed(
        { org: described(githubLogin, 'The GitHub organisation’s login, e.g. example-org (without the @).') },
        { description: 'The GitHub organisation; needed by codeowners.yaml and by onboarding issues.' },
      ),
    ),
    employment: opt(
      described(
        employment,
        "Defaults for every role's employment (a role's own fields win), e.g. the office address.",
      ),
    ),
    documents: opt(documents),
    generators: opt(
      Type.Array(
        closed(
          {
            package: opt(
              Type.String({
                pattern: '^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$',
                description:
                  'An installed npm package whose main export is a generator, e.g. rolekit-generator-wiki.',
              }),
            ),
            path: opt(
              Type.String({
                pattern: '^\\./[^\\\\]*\\.m?js$',
                description:
                  'A .js or .mjs file inside the model folder, starting with ./ (e.g. ./generators/wiki.mjs).',
              }),
            ),
          },
          {
            description: 'An npm package, or a JavaScript file in the model folder (one of the two).',
            minProperties: 1,
            maxProperties: 1,
          },
        ),
        {
          description:
            'Generators of your own, run by `rolekit generate` after the built-in ones (see docs/CONTRIBUTING-generators.md). Loading one runs its code.',
        },
      ),
    ),
  }),
);

export const roleSchema = fileSchema(
  'role',
  'rolekit role',
  'roles/<id>.yaml: one role, everything the organisation says about it.',
  closed({
    id: described(slug, 'Stable id; must match the file name.'),
    title: described(text, 'The role’s name, as job descriptions print it.'),
    family: described(slug, 'The id of a family from organisation.yaml.'),
    seniority: opt(
      oneOf(
        ['associate', 'engineer', 'senior', 'lead', 'principal', 'manager', 'head', 'chief', 'executive'],
        {
          description: 'The role’s level, for job postings and sorting.',
        },
      ),
    ),
    aliases: opt(described(textList, 'Other names this role goes by in the sources or the organisation.')),
    summary: described(text, 'One or two sentences: what the role is for. Shown in indexes and postings.'),
    mission: opt(described(text, 'Why the role exists, in a sentence or a short paragraph.')),
    reportsTo: opt(described(roleRef, 'The id of the role this one reports to.')),
    partners: opt(
      Type.Array(
        closed({
          role: described(roleRef, 'The id of the partner role.'),
          for: opt(described(text, 'What the two roles work together on.')),
        }),
        { description: 'Key partners: the roles this one works with, and what for.' },
      ),
    ),
    responsibilities: opt(
      Type.Array(
        textOr(
          closed({
            group: described(text, 'The heading of a group of responsibilities.'),
            items: Type.Array(text, { minItems: 1, description: 'The responsibilities under that heading.' }),
          }),
        ),
        { description: 'What the role owns: plain items, or items grouped under a heading.' },
      ),
    ),
    decisionRights: opt(described(textList, 'Decisions the role makes on its own.')),
    accountabilities: opt(described(textList, 'Outcomes the role answers for.')),
    deliverables: opt(described(textList, 'What the role produces.')),
    kpis: opt(
      Type.Array(
        textOr(
          closed({
            name: described(text, 'What is measured.'),
            target: opt(described(text, 'The value aimed for, e.g. under 2%.')),
            description: opt(described(text, 'How it is measured, and why.')),
          }),
        ),
        { description: 'How the role’s success is measured: a name, or a name with a target.' },
      ),
    ),
    processes: opt(Type.Array(namedRef, { description: 'Processes and SOPs the role drives.' })),
    standards: opt(Type.Array(namedRef, { description: 'Standards the role follows and upholds.' })),
    templates: opt(Type.Array(namedRef, { description: 'Templates the role uses or maintains.' })),
    antiGoals: opt(described(textList, 'What the role is not for; anti-patterns to avoid.')),
    qualifications: opt(
      closed(
        {
          required: opt(described(textList, 'Qualifications a candidate must have.')),
          preferred: opt(described(textList, 'Qualifications that help.')),
        },
        { description: 'What a person needs to hold the role.' },
      ),
    ),
    employment: opt(employment),
    github: opt(
      closed(
        {
          team: described(
            slug,
            'The slug of the GitHub team that stands for this role: lowercase letters, digits and single hyphens, as GitHub makes it from the team name.',
          ),
          parent: opt(
            described(
              slug,
              'The slug of the parent team; `rolekit github teams --create-teams` creates the team under it.',
            ),
          ),
          maintainers: opt(
            Type.Array(slug, {
              uniqueItems: true,
              description:
                "Roles whose holders maintain this role's team (e.g. the role's lead); team sync makes them maintainers.",
            }),
          ),
        },
        { description: 'The GitHub team that stands for this role, for CODEOWNERS and onboarding access.' },
      ),
    ),
    jira: opt(
      closed(
        {
          projectRole: opt(described(text, 'The name of a Jira project role, e.g. QA Engineers.')),
          group: opt(described(text, 'The name of a Jira group, e.g. jira-qa.')),
        },
        {
          description: 'Who holds this role in Jira: a project role or a group (one of the two).',
          minProperties: 1,
          maxProperties: 1,
        },
      ),
    ),
    onboarding: opt(
      closed(
        { tasks: opt(Type.Array(onboardingTask, { description: 'Onboarding tasks for this role.' })) },
        { description: 'What a new holder of this role does first, beyond what every new hire does.' },
      ),
    ),
    sources: opt(
      Type.Array(source, { description: 'Where this role comes from; say so when roles were merged.' }),
    ),
    links: opt(Type.Array(link, { description: 'Pages about the role.' })),
  }),
);

const personSchema = closed({
  id: described(
    slug,
    'The person’s id, which manager, buddy and onboarding name: lowercase letters, digits and hyphens.',
  ),
  name: described(text, 'The person’s name.'),
  email: opt(email),
  github: opt(described(githubLogin, 'The person’s GitHub login, without the @.')),
  jiraAccountId: opt(
    Type.String({
      pattern: '^[A-Za-z0-9:_-]{1,128}$',
      description: 'The person’s Jira Cloud account id: letters, digits, colons, hyphens and underscores.',
    }),
  ),
  roles: Type.Array(roleRef, { minItems: 1, description: 'The roles this person holds.' }),
  manager: opt(described(slug, 'The id of this person’s manager.')),
  buddy: opt(described(slug, 'The id of this person’s onboarding buddy.')),
  startDate: opt(described(isoDate, 'First working day, for new hires: onboarding dates count from it.')),
});

export const peopleSchema = fileSchema(
  'people',
  'rolekit people',
  'people.yaml: the current owners of the roles, kept apart from the roles themselves.',
  closed({ people: Type.Array(personSchema, { description: 'Everyone who holds a role.' }) }),
);

const assignment = stringOr(
  letter,
  closed({
    letter,
    note: opt(described(text, 'Why this role holds this letter, or what exactly it does.')),
  }),
);

export const activitiesSchema = fileSchema(
  'activities',
  'rolekit activities',
  'activities.yaml: processes, phases and scenarios, each activity with a RACI assignment per role.',
  closed({
    groups: Type.Array(
      closed({
        id: described(slug, 'The group’s id: lowercase letters, digits and hyphens.'),
        title: described(text, 'The group’s name, as the RACI matrix prints it.'),
        kind: opt(
          oneOf(['process', 'phase', 'scenario'], {
            description: 'What the group is: a process, a phase of one, or a scenario.',
          }),
        ),
        description: opt(described(text, 'What the group covers.')),
        sources: opt(Type.Array(source, { description: 'Where the group comes from.' })),
        activities: Type.Array(
          closed({
            id: described(
              slug,
              'The activity’s id, unique across all groups; policies and `rolekit raci explain` name it.',
            ),
            title: described(text, 'The activity’s name, as the RACI matrix prints it.'),
            description: opt(described(text, 'What the activity is.')),
            raci: recordOf(slug, assignment, 'role id: letter (or { letter, note }).'),
            others: opt(
              recordOf(
                { enum: [...LETTERS] },
                textList,
                'Parties that are not roles, by letter, e.g. { I: [Relevant stakeholders] }.',
              ),
            ),
          }),
          { description: 'The activities of the group, in order.' },
        ),
      }),
      { description: 'Activities in groups: a process, a phase of one, or a scenario.' },
    ),
  }),
);

const gitlabSection = closed({
  name: described(text, 'The section’s name, as rules name it in `section`.'),
  optional: opt(
    Type.Boolean({ description: 'GitLab: approval from this section is optional (^[Section]).' }),
  ),
  approvals: opt(
    Type.Integer({ minimum: 1, maximum: 50, description: 'GitLab: number of approvals required.' }),
  ),
});

export const codeownersSchema = fileSchema(
  'codeowners',
  'rolekit code ownership',
  'codeowners.yaml: which roles own which paths in which repositories.',
  closed({
    repositories: Type.Array(
      closed({
        name: described(repositoryName, `Repository name in the org. ${REPOSITORY_RULE}`),
        description: opt(described(text, 'What the repository holds.')),
        sections: opt(Type.Array(gitlabSection, { description: 'GitLab sections, referenced by rules.' })),
        rules: Type.Array(
          closed({
            pattern: Type.String({
              minLength: 1,
              maxLength: 1000,
              description: 'A CODEOWNERS path pattern, e.g. /src/ or *.md.',
            }),
            owners: Type.Array(roleRef, {
              minItems: 1,
              description:
                'The ids of the roles that own the paths; their GitHub teams (or holders) are written.',
            }),
            section: opt(described(text, 'GitLab: the name of the section the rule belongs to.')),
            note: opt(described(text, 'Why these roles own these paths; written as a comment.')),
          }),
          { description: 'Ownership rules, in CODEOWNERS order: the last rule that matches a path wins.' },
        ),
      }),
      { description: 'The repositories in the GitHub organisation whose CODEOWNERS rolekit writes.' },
    ),
  }),
);

const permissionOrBundle = Type.String({
  pattern: '^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$',
  description: 'A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues).',
});

export const jiraSchema = fileSchema(
  'jira',
  'rolekit Jira',
  'jira.yaml: the Jira site, its projects, capability bundles and the permission schemes roles receive.',
  closed({
    site: Type.String({
      pattern: '^https://',
      description:
        'The Jira Cloud site: a web address starting with https://, e.g. https://example.atlassian.net.',
    }),
    bundles: opt(
      recordOf(
        slug,
        closed({
          title: opt(described(text, 'The bundle’s readable name.')),
          permissions: Type.Array(permissionOrBundle, {
            minItems: 1,
            description: 'Jira permission keys, or ids of other bundles.',
          }),
        }),
        'Capability bundles: a readable name for a set of permission keys.',
      ),
    ),
    projects: opt(
      Type.Array(
        closed({
          key: Type.String({
            pattern: '^[A-Z][A-Z0-9_]{1,9}$',
            description:
              'The project key: 2 to 10 capital letters, digits or underscores, starting with a letter.',
          }),
          name: described(text, 'The project’s name in Jira.'),
          scheme: described(slug, 'The id of a scheme under `schemes`.'),
          production: opt(Type.Boolean({ description: 'Changes in this project change production.' })),
        }),
        { description: 'The Jira projects, each with the permission scheme it uses.' },
      ),
    ),
    schemes: opt(
      Type.Array(
        closed({
          id: described(slug, 'The scheme’s id, which projects name in `scheme`.'),
          name: described(text, 'The scheme’s name in Jira; rolekit finds the scheme by it.'),
          description: opt(described(text, 'The scheme’s description in Jira.')),
          grants: Type.Array(
            closed({
              role: described(
                roleRef,
                'The id of the role granted the permissions; it needs `jira` in its file.',
              ),
              permissions: Type.Array(permissionOrBundle, {
                minItems: 1,
                description: 'Jira permission keys or bundle ids.',
              }),
            }),
            { description: 'One grant per role.' },
          ),
        }),
        { description: 'Permission schemes: which roles get which permissions.' },
      ),
    ),
  }),
);

export const policiesSchema = fileSchema(
  'policies',
  'rolekit policies',
  'policies.yaml: separation-of-duties, two-person and approval rules, checked against roles, people, RACI and Jira.',
  closed({
    policies: Type.Array(
      closed(
        {
          id: described(slug, 'The policy’s id: lowercase letters, digits and hyphens.'),
          type: oneOf(['separation-of-duties', 'two-person', 'approval'], {
            description:
              'separation-of-duties: restricted roles may not hold some activities, Jira permissions or other roles; two-person: the R and the A of an activity are two different people; approval: an approver role is Accountable.',
          }),
          statement: described(text, 'The policy as the organisation states it.'),
          sources: opt(Type.Array(source, { description: 'Where the policy comes from.' })),
          roles: opt(
            Type.Array(roleRef, { minItems: 1, description: 'separation-of-duties: the restricted roles.' }),
          ),
          conflictsWith: opt(
            Type.Array(roleRef, {
              description: 'separation-of-duties: roles no person may hold together with a restricted role.',
            }),
          ),
          activities: opt(
            Type.Array(slug, { minItems: 1, description: 'The activities the policy is about.' }),
          ),
          letters: opt(
            Type.Array(letter, {
              description:
                'separation-of-duties: the letters the restricted roles may not hold on those activities (default R and A).',
            }),
          ),
          jiraPermissions: opt(
            Type.Array(permissionOrBundle, {
              description:
                'separation-of-duties: Jira permissions the restricted roles may not hold in production projects.',
            }),
          ),
          approvers: opt(
            Type.Array(roleRef, { minItems: 1, description: 'approval: roles that may approve.' }),
          ),
        },
        {
          allOf: [
            {
              if: { properties: { type: { const: 'separation-of-duties' } } },
              then: { required: ['roles'] },
            },
            { if: { properties: { type: { const: 'two-person' } } }, then: { required: ['activities'] } },
            {
              if: { properties: { type: { const: 'approval' } } },
              then: { required: ['activities', 'approvers'] },
            },
          ],
        },
      ),
      { description: 'The rules the model must keep; `rolekit validate` reports each one broken.' },
    ),
  }),
);

export const onboardingSchema = fileSchema(
  'onboarding',
  'rolekit onboarding',
  'onboarding.yaml: tasks every new hire gets, and where onboarding issues are published.',
  closed({
    repository: opt(
      described(repositoryName, `Repository (in the org) for onboarding issues. ${REPOSITORY_RULE}`),
    ),
    accessOwner: opt(
      described(
        taskOwner,
        'Who grants new hires their GitHub team and Jira access: new-hire, manager, buddy or role:<role id>. Default: role:devops-engineer when the model has that role, else manager.',
      ),
    ),
    labels: opt(described(textList, 'Labels put on every onboarding issue.')),
    tasks: opt(
      Type.Array(onboardingTask, { description: 'Tasks every new hire gets, whatever their role.' }),
    ),
  }),
);

/** Every kind of model file, by the file name (or folder) it lives at. */
export const schemasByKind = {
  organisation: organisationSchema,
  role: roleSchema,
  people: peopleSchema,
  activities: activitiesSchema,
  codeowners: codeownersSchema,
  jira: jiraSchema,
  policies: policiesSchema,
  onboarding: onboardingSchema,
} as const;

export type FileKind = keyof typeof schemasByKind;

/** The raw YAML of each kind of file, as its schema lets it be: the normaliser reads these. */
export type OrganisationFile = Static<typeof organisationSchema>;
export type RoleFile = Static<typeof roleSchema>;
export type PeopleFile = Static<typeof peopleSchema>;
export type PersonEntry = Static<typeof personSchema>;
export type ActivitiesFile = Static<typeof activitiesSchema>;
export type CodeownersFile = Static<typeof codeownersSchema>;
export type JiraFile = Static<typeof jiraSchema>;
export type PoliciesFile = Static<typeof policiesSchema>;
export type OnboardingFile = Static<typeof onboardingSchema>;
