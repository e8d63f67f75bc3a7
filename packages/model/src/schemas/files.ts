import {
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
} from './defs.js';

const email: JsonSchema = { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', maxLength: 254 };
const githubLogin: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$',
  description: 'A GitHub login, without the @.',
};
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
      name: text,
      description: text,
      date: {
        ...isoDate,
        description: 'The date of this version of the model; printed on PDFs instead of the clock.',
      },
      website: { type: 'string', pattern: '^https?://' },
      families: {
        type: 'array',
        description: 'Role families (departments). Roles name one in `family`.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title'],
          properties: { id: slug, title: text, description: text },
        },
      },
      raci: {
        type: 'object',
        additionalProperties: false,
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
        properties: { org: githubLogin },
      },
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
      title: text,
      family: { ...slug, description: 'The id of a family from organisation.yaml.' },
      seniority: {
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
      summary: text,
      mission: text,
      reportsTo: roleRef,
      partners: {
        type: 'array',
        description: 'Key partners: the roles this one works with, and what for.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['role'],
          properties: { role: roleRef, for: text },
        },
      },
      responsibilities: {
        type: 'array',
        description: 'What the role owns: plain items, or items grouped under a heading.',
        items: textOr({
          type: 'object',
          additionalProperties: false,
          required: ['group', 'items'],
          properties: { group: text, items: { ...textList, minItems: 1 } },
        }),
      },
      decisionRights: { ...textList, description: 'Decisions the role makes on its own.' },
      accountabilities: { ...textList, description: 'Outcomes the role answers for.' },
      deliverables: textList,
      kpis: {
        type: 'array',
        items: textOr({
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: { name: text, target: text, description: text },
        }),
      },
      processes: { type: 'array', items: namedRef, description: 'Processes and SOPs the role drives.' },
      standards: { type: 'array', items: namedRef },
      templates: { type: 'array', items: namedRef },
      antiGoals: { ...textList, description: 'What the role is not for; anti-patterns to avoid.' },
      qualifications: {
        type: 'object',
        additionalProperties: false,
        properties: { required: textList, preferred: textList },
      },
      employment: {
        type: 'object',
        additionalProperties: false,
        description: 'What a job posting needs beyond the role itself.',
        properties: {
          type: { enum: ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] },
          location: text,
          remote: { type: 'boolean' },
        },
      },
      github: {
        type: 'object',
        additionalProperties: false,
        required: ['team'],
        properties: {
          team: { ...slug, description: 'The slug of the GitHub team that stands for this role.' },
        },
      },
      jira: {
        type: 'object',
        additionalProperties: false,
        description: 'Who holds this role in Jira: a project role or a group (one of the two).',
        properties: { projectRole: text, group: text },
        minProperties: 1,
        maxProperties: 1,
      },
      onboarding: {
        type: 'object',
        additionalProperties: false,
        properties: { tasks: { type: 'array', items: onboardingTask } },
      },
      sources: {
        type: 'array',
        items: source,
        description: 'Where this role comes from; say so when roles were merged.',
      },
      links: { type: 'array', items: link },
    },
  },
);

const personSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'roles'],
  properties: {
    id: slug,
    name: text,
    email,
    github: githubLogin,
    jiraAccountId: { type: 'string', pattern: '^[A-Za-z0-9:_-]{1,128}$' },
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
    properties: { people: { type: 'array', items: personSchema } },
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
    properties: { letter, note: text },
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
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title', 'activities'],
          properties: {
            id: slug,
            title: text,
            kind: { enum: ['process', 'phase', 'scenario'] },
            description: text,
            sources: { type: 'array', items: source },
            activities: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'title', 'raci'],
                properties: {
                  id: slug,
                  title: text,
                  description: text,
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
    name: text,
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
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'rules'],
          properties: {
            name: {
              ...githubLogin,
              pattern: '^[A-Za-z0-9._-]{1,100}$',
              description: 'Repository name in the org.',
            },
            description: text,
            sections: {
              type: 'array',
              items: gitlabSection,
              description: 'GitLab sections, referenced by rules.',
            },
            rules: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['pattern', 'owners'],
                properties: {
                  pattern: { type: 'string', minLength: 1, maxLength: 1000 },
                  owners: { type: 'array', items: roleRef, minItems: 1 },
                  section: text,
                  note: text,
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
      site: { type: 'string', pattern: '^https://' },
      bundles: {
        type: 'object',
        description: 'Capability bundles: a readable name for a set of permission keys.',
        propertyNames: slug,
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['permissions'],
          properties: { title: text, permissions: { type: 'array', items: permissionOrBundle, minItems: 1 } },
        },
      },
      projects: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'name', 'scheme'],
          properties: {
            key: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{1,9}$' },
            name: text,
            scheme: slug,
            production: { type: 'boolean', description: 'Changes in this project change production.' },
          },
        },
      },
      schemes: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'grants'],
          properties: {
            id: slug,
            name: text,
            description: text,
            grants: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['role', 'permissions'],
                properties: {
                  role: roleRef,
                  permissions: { type: 'array', items: permissionOrBundle, minItems: 1 },
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
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'type', 'statement'],
          properties: {
            id: slug,
            type: {
              enum: ['separation-of-duties', 'two-person', 'approval'],
              description:
                'separation-of-duties: restricted roles may not hold some activities, Jira permissions or other roles; two-person: the R and the A of an activity are two different people; approval: an approver role is Accountable.',
            },
            statement: { ...text, description: 'The policy as the organisation states it.' },
            sources: { type: 'array', items: source },
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
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,100}$',
        description: 'Repository (in the org) for onboarding issues.',
      },
      accessOwner: {
        ...taskOwner,
        description:
          'Who grants new hires their GitHub team and Jira access: new-hire, manager, buddy or role:<role id>. Default: role:devops-engineer when the model has that role, else manager.',
      },
      labels: textList,
      tasks: { type: 'array', items: onboardingTask },
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
