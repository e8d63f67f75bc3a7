import {
  described,
  documents,
  employment,
  fileSchema,
  type JsonSchema,
  link,
  namedRef,
  onboardingTask,
  roleRef,
  slug,
  source,
  taskOwner,
  text,
  textList,
  textOr,
  url,
} from './defs.js';

const email: JsonSchema = {
  type: 'string',
  pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
  maxLength: 254,
  description: 'An email address, e.g. ana@example.com.',
};
const githubLogin: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$',
  description:
    "A GitHub login, without the @. GitHub's rule: letters, digits and single hyphens, at most 39 characters, not starting or ending with a hyphen.",
};

/** GitHub's rule for repository names; '.' and '..' would also turn API paths into other paths. */
const REPOSITORY_RULE =
  "GitHub's rule: letters, digits, '.', '-' and '_', at most 100 characters, and not '.' or '..'.";
const repositoryName: JsonSchema = { type: 'string', pattern: '^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$' };
const isoDate: JsonSchema = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A date as YYYY-MM-DD.',
};
const letter: JsonSchema = {
  type: 'string',
  enum: ['R', 'A', 'C', 'I', 'S', 'V'],
  description:
    'R Responsible, A Accountable, C Consulted, I Informed; S Support (RASCI, RACI-VS: Signatory); V Verifier (RACI-VS).',
};

export const organisationSchema = fileSchema(
  'organisation',
  'rolekit organisation',
  'organisation.yaml: the organisation, its role families, its RACI variant and its GitHub organisation.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'date'],
    properties: {
      name: described(text, 'The organisation’s name, as printed on every artifact.'),
      description: described(text, 'A paragraph about the organisation, for job postings.'),
      date: {
        ...isoDate,
        description: 'The date of this version of the model; printed on PDFs instead of the clock.',
      },
      website: described(url, 'The organisation’s website: a web address starting with http:// or https://.'),
      families: {
        type: 'array',
        description: 'Role families (departments). Roles name one in `family`.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title'],
          properties: {
            id: described(
              slug,
              'The family’s id, which roles name in `family`: lowercase letters, digits and hyphens.',
            ),
            title: described(text, 'The family’s name, e.g. Engineering.'),
            description: described(text, 'What the family is for.'),
          },
        },
      },
      raci: {
        type: 'object',
        additionalProperties: false,
        description: 'How RACI charts are drawn.',
        properties: {
          variant: {
            enum: ['RACI', 'RASCI', 'RACI-VS'],
            default: 'RACI',
            description:
              'RACI (R, A, C, I); RASCI adds S for Support; RACI-VS adds V for Verifier and S for Signatory.',
          },
        },
      },
      github: {
        type: 'object',
        additionalProperties: false,
        required: ['org'],
        description: 'The GitHub organisation; needed by codeowners.yaml and by onboarding issues.',
        properties: {
          org: described(githubLogin, 'The GitHub organisation’s login, e.g. example-org (without the @).'),
        },
      },
      employment: {
        ...employment,
        description:
          "Defaults for every role's employment (a role's own fields win), e.g. the office address.",
      },
      documents,
    },
  },
);

export const roleSchema = fileSchema(
  'role',
  'rolekit role',
  'roles/<id>.yaml: one role, everything the organisation says about it.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'family', 'summary'],
    properties: {
      id: { ...slug, description: 'Stable id; must match the file name.' },
      title: described(text, 'The role’s name, as job descriptions print it.'),
      family: { ...slug, description: 'The id of a family from organisation.yaml.' },
      seniority: {
        description: 'The role’s level, for job postings and sorting.',
        enum: [
          'associate',
          'engineer',
          'senior',
          'lead',
          'principal',
          'manager',
          'head',
          'chief',
          'executive',
        ],
      },
      aliases: {
        ...textList,
        description: 'Other names this role goes by in the sources or the organisation.',
      },
      summary: described(text, 'One or two sentences: what the role is for. Shown in indexes and postings.'),
      mission: described(text, 'Why the role exists, in a sentence or a short paragraph.'),
      reportsTo: described(roleRef, 'The id of the role this one reports to.'),
      partners: {
        type: 'array',
        description: 'Key partners: the roles this one works with, and what for.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['role'],
          properties: {
            role: described(roleRef, 'The id of the partner role.'),
            for: described(text, 'What the two roles work together on.'),
          },
        },
      },
      responsibilities: {
        type: 'array',
        description: 'What the role owns: plain items, or items grouped under a heading.',
        items: textOr({
          type: 'object',
          additionalProperties: false,
          required: ['group', 'items'],
          properties: {
            group: described(text, 'The heading of a group of responsibilities.'),
            items: { ...textList, minItems: 1, description: 'The responsibilities under that heading.' },
          },
        }),
      },
      decisionRights: { ...textList, description: 'Decisions the role makes on its own.' },
      accountabilities: { ...textList, description: 'Outcomes the role answers for.' },
      deliverables: { ...textList, description: 'What the role produces.' },
      kpis: {
        type: 'array',
        description: 'How the role’s success is measured: a name, or a name with a target.',
        items: textOr({
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: described(text, 'What is measured.'),
            target: described(text, 'The value aimed for, e.g. under 2%.'),
            description: described(text, 'How it is measured, and why.'),
          },
        }),
      },
      processes: { type: 'array', items: namedRef, description: 'Processes and SOPs the role drives.' },
      standards: { type: 'array', items: namedRef, description: 'Standards the role follows and upholds.' },
      templates: { type: 'array', items: namedRef, description: 'Templates the role uses or maintains.' },
      antiGoals: { ...textList, description: 'What the role is not for; anti-patterns to avoid.' },
      qualifications: {
        type: 'object',
        additionalProperties: false,
        description: 'What a person needs to hold the role.',
        properties: {
          required: { ...textList, description: 'Qualifications a candidate must have.' },
          preferred: { ...textList, description: 'Qualifications that help.' },
        },
      },
      employment,
      github: {
        type: 'object',
        additionalProperties: false,
        required: ['team'],
        description: 'The GitHub team that stands for this role, for CODEOWNERS and onboarding access.',
        properties: {
          team: {
            ...slug,
            description:
              'The slug of the GitHub team that stands for this role: lowercase letters, digits and single hyphens, as GitHub makes it from the team name.',
          },
          parent: {
            ...slug,
            description:
              'The slug of the parent team; `rolekit github teams --create-teams` creates the team under it.',
          },
          maintainers: {
            type: 'array',
            items: slug,
            uniqueItems: true,
            description:
              "Roles whose holders maintain this role's team (e.g. the role's lead); team sync makes them maintainers.",
          },
        },
      },
      jira: {
        type: 'object',
        additionalProperties: false,
        description: 'Who holds this role in Jira: a project role or a group (one of the two).',
        properties: {
          projectRole: described(text, 'The name of a Jira project role, e.g. QA Engineers.'),
          group: described(text, 'The name of a Jira group, e.g. jira-qa.'),
        },
        minProperties: 1,
        maxProperties: 1,
      },
      onboarding: {
        type: 'object',
        additionalProperties: false,
        description: 'What a new holder of this role does first, beyond what every new hire does.',
        properties: {
          tasks: { type: 'array', items: onboardingTask, description: 'Onboarding tasks for this role.' },
        },
      },
      sources: {
        type: 'array',
        items: source,
        description: 'Where this role comes from; say so when roles were merged.',
      },
      links: { type: 'array', items: link, description: 'Pages about the role.' },
    },
  },
);

const personSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'roles'],
  properties: {
    id: described(
      slug,
      'The person’s id, which manager, buddy and onboarding name: lowercase letters, digits and hyphens.',
    ),
    name: described(text, 'The person’s name.'),
    email,
    github: described(githubLogin, 'The person’s GitHub login, without the @.'),
    jiraAccountId: {
      type: 'string',
      pattern: '^[A-Za-z0-9:_-]{1,128}$',
      description: 'The person’s Jira Cloud account id: letters, digits, colons, hyphens and underscores.',
    },
    roles: { type: 'array', items: roleRef, minItems: 1, description: 'The roles this person holds.' },
    manager: { ...slug, description: 'The id of this person’s manager.' },
    buddy: { ...slug, description: 'The id of this person’s onboarding buddy.' },
    startDate: {
      ...isoDate,
      description: 'First working day, for new hires: onboarding dates count from it.',
    },
  },
};

export const peopleSchema = fileSchema(
  'people',
  'rolekit people',
  'people.yaml: the current owners of the roles, kept apart from the roles themselves.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['people'],
    properties: {
      people: { type: 'array', items: personSchema, description: 'Everyone who holds a role.' },
    },
  },
);

const assignment: JsonSchema = {
  type: ['string', 'object'],
  if: { type: 'string' },
  then: letter,
  else: {
    type: 'object',
    additionalProperties: false,
    required: ['letter'],
    properties: {
      letter,
      note: described(text, 'Why this role holds this letter, or what exactly it does.'),
    },
  },
};

export const activitiesSchema = fileSchema(
  'activities',
  'rolekit activities',
  'activities.yaml: processes, phases and scenarios, each activity with a RACI assignment per role.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['groups'],
    properties: {
      groups: {
        type: 'array',
        description: 'Activities in groups: a process, a phase of one, or a scenario.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title', 'activities'],
          properties: {
            id: described(slug, 'The group’s id: lowercase letters, digits and hyphens.'),
            title: described(text, 'The group’s name, as the RACI matrix prints it.'),
            kind: {
              enum: ['process', 'phase', 'scenario'],
              description: 'What the group is: a process, a phase of one, or a scenario.',
            },
            description: described(text, 'What the group covers.'),
            sources: { type: 'array', items: source, description: 'Where the group comes from.' },
            activities: {
              type: 'array',
              description: 'The activities of the group, in order.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'title', 'raci'],
                properties: {
                  id: described(
                    slug,
                    'The activity’s id, unique across all groups; policies and `rolekit raci explain` name it.',
                  ),
                  title: described(text, 'The activity’s name, as the RACI matrix prints it.'),
                  description: described(text, 'What the activity is.'),
                  raci: {
                    type: 'object',
                    description: 'role id: letter (or { letter, note }).',
                    propertyNames: slug,
                    additionalProperties: assignment,
                  },
                  others: {
                    type: 'object',
                    description:
                      'Parties that are not roles, by letter, e.g. { I: [Relevant stakeholders] }.',
                    propertyNames: { enum: ['R', 'A', 'C', 'I', 'S', 'V'] },
                    additionalProperties: textList,
                  },
                },
              },
            },
          },
        },
      },
    },
  },
);

const gitlabSection: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: described(text, 'The section’s name, as rules name it in `section`.'),
    optional: {
      type: 'boolean',
      description: 'GitLab: approval from this section is optional (^[Section]).',
    },
    approvals: {
      type: 'integer',
      minimum: 1,
      maximum: 50,
      description: 'GitLab: number of approvals required.',
    },
  },
};

export const codeownersSchema = fileSchema(
  'codeowners',
  'rolekit code ownership',
  'codeowners.yaml: which roles own which paths in which repositories.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['repositories'],
    properties: {
      repositories: {
        type: 'array',
        description: 'The repositories in the GitHub organisation whose CODEOWNERS rolekit writes.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'rules'],
          properties: {
            name: {
              ...repositoryName,
              description: `Repository name in the org. ${REPOSITORY_RULE}`,
            },
            description: described(text, 'What the repository holds.'),
            sections: {
              type: 'array',
              items: gitlabSection,
              description: 'GitLab sections, referenced by rules.',
            },
            rules: {
              type: 'array',
              description: 'Ownership rules, in CODEOWNERS order: the last rule that matches a path wins.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['pattern', 'owners'],
                properties: {
                  pattern: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 1000,
                    description: 'A CODEOWNERS path pattern, e.g. /src/ or *.md.',
                  },
                  owners: {
                    type: 'array',
                    items: roleRef,
                    minItems: 1,
                    description:
                      'The ids of the roles that own the paths; their GitHub teams (or holders) are written.',
                  },
                  section: described(text, 'GitLab: the name of the section the rule belongs to.'),
                  note: described(text, 'Why these roles own these paths; written as a comment.'),
                },
              },
            },
          },
        },
      },
    },
  },
);

const permissionOrBundle: JsonSchema = {
  type: 'string',
  pattern: '^([A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$',
  description: 'A Jira project permission key (BROWSE_PROJECTS) or the id of a bundle (work-on-issues).',
};

export const jiraSchema = fileSchema(
  'jira',
  'rolekit Jira',
  'jira.yaml: the Jira site, its projects, capability bundles and the permission schemes roles receive.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['site'],
    properties: {
      site: {
        type: 'string',
        pattern: '^https://',
        description:
          'The Jira Cloud site: a web address starting with https://, e.g. https://example.atlassian.net.',
      },
      bundles: {
        type: 'object',
        description: 'Capability bundles: a readable name for a set of permission keys.',
        propertyNames: slug,
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['permissions'],
          properties: {
            title: described(text, 'The bundle’s readable name.'),
            permissions: {
              type: 'array',
              items: permissionOrBundle,
              minItems: 1,
              description: 'Jira permission keys, or ids of other bundles.',
            },
          },
        },
      },
      projects: {
        type: 'array',
        description: 'The Jira projects, each with the permission scheme it uses.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'name', 'scheme'],
          properties: {
            key: {
              type: 'string',
              pattern: '^[A-Z][A-Z0-9_]{1,9}$',
              description:
                'The project key: 2 to 10 capital letters, digits or underscores, starting with a letter.',
            },
            name: described(text, 'The project’s name in Jira.'),
            scheme: described(slug, 'The id of a scheme under `schemes`.'),
            production: { type: 'boolean', description: 'Changes in this project change production.' },
          },
        },
      },
      schemes: {
        type: 'array',
        description: 'Permission schemes: which roles get which permissions.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'grants'],
          properties: {
            id: described(slug, 'The scheme’s id, which projects name in `scheme`.'),
            name: described(text, 'The scheme’s name in Jira; rolekit finds the scheme by it.'),
            description: described(text, 'The scheme’s description in Jira.'),
            grants: {
              type: 'array',
              description: 'One grant per role.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['role', 'permissions'],
                properties: {
                  role: described(
                    roleRef,
                    'The id of the role granted the permissions; it needs `jira` in its file.',
                  ),
                  permissions: {
                    type: 'array',
                    items: permissionOrBundle,
                    minItems: 1,
                    description: 'Jira permission keys or bundle ids.',
                  },
                },
              },
            },
          },
        },
      },
    },
  },
);

export const policiesSchema = fileSchema(
  'policies',
  'rolekit policies',
  'policies.yaml: separation-of-duties, two-person and approval rules, checked against roles, people, RACI and Jira.',
  {
    type: 'object',
    additionalProperties: false,
    required: ['policies'],
    properties: {
      policies: {
        type: 'array',
        description: 'The rules the model must keep; `rolekit validate` reports each one broken.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'type', 'statement'],
          properties: {
            id: described(slug, 'The policy’s id: lowercase letters, digits and hyphens.'),
            type: {
              enum: ['separation-of-duties', 'two-person', 'approval'],
              description:
                'separation-of-duties: restricted roles may not hold some activities, Jira permissions or other roles; two-person: the R and the A of an activity are two different people; approval: an approver role is Accountable.',
            },
            statement: { ...text, description: 'The policy as the organisation states it.' },
            sources: { type: 'array', items: source, description: 'Where the policy comes from.' },
            roles: {
              type: 'array',
              items: roleRef,
              minItems: 1,
              description: 'separation-of-duties: the restricted roles.',
            },
            conflictsWith: {
              type: 'array',
              items: roleRef,
              description: 'separation-of-duties: roles no person may hold together with a restricted role.',
            },
            activities: {
              type: 'array',
              items: slug,
              minItems: 1,
              description: 'The activities the policy is about.',
            },
            letters: {
              type: 'array',
              items: letter,
              description:
                'separation-of-duties: the letters the restricted roles may not hold on those activities (default R and A).',
            },
            jiraPermissions: {
              type: 'array',
              items: permissionOrBundle,
              description:
                'separation-of-duties: Jira permissions the restricted roles may not hold in production projects.',
            },
            approvers: {
              type: 'array',
              items: roleRef,
              minItems: 1,
              description: 'approval: roles that may approve.',
            },
          },
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
      },
    },
  },
);

export const onboardingSchema = fileSchema(
  'onboarding',
  'rolekit onboarding',
  'onboarding.yaml: tasks every new hire gets, and where onboarding issues are published.',
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      repository: {
        ...repositoryName,
        description: `Repository (in the org) for onboarding issues. ${REPOSITORY_RULE}`,
      },
      accessOwner: {
        ...taskOwner,
        description:
          'Who grants new hires their GitHub team and Jira access: new-hire, manager, buddy or role:<role id>. Default: role:devops-engineer when the model has that role, else manager.',
      },
      labels: { ...textList, description: 'Labels put on every onboarding issue.' },
      tasks: {
        type: 'array',
        items: onboardingTask,
        description: 'Tasks every new hire gets, whatever their role.',
      },
    },
  },
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
