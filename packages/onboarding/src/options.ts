import { type OptionsSchema, optionKeys, unknownOptionKeys } from '@rolekit/core';
import type { Diagnostic, Model, Phase } from '@rolekit/model';
import { PHASES } from './dates.js';

/** Options of the onboarding generator (set with --option onboarding.KEY=VALUE). */
export interface OnboardingOptions {
  /** Only these roles (set by `--role`): their role checklists and the new hires holding them. */
  roles?: readonly string[];
  /** Write PDFs next to the Markdown (`--option onboarding.pdf=false` for Markdown only). */
  pdf: boolean;
  /** Write a checklist for every person with a startDate (`people=false` for role checklists only). */
  people: boolean;
  /**
   * Who grants access (GitHub teams, Jira projects): new-hire, manager, buddy or role:<id>. Unset:
   * `accessOwner` in onboarding.yaml, else role:devops-engineer when the model has that role, else
   * the manager.
   */
  accessOwner?: string;
  /** When each kind of derived task is due. */
  accessPhase: Phase;
  processPhase: Phase;
  standardPhase: Phase;
  partnerPhase: Phase;
  raciPhase: Phase;
}

export const defaultOptions: OnboardingOptions = {
  pdf: true,
  people: true,
  accessPhase: 'before-day-1',
  processPhase: 'week-1',
  standardPhase: 'day-30',
  partnerPhase: 'week-1',
  raciPhase: 'day-30',
};

/** The options in the form the generator uses. */
export interface ResolvedOptions {
  roles: readonly string[] | undefined;
  pdf: boolean;
  people: boolean;
  accessOwner: string;
  phases: {
    access: Phase;
    process: Phase;
    standard: Phase;
    partner: Phase;
    raci: Phase;
  };
}

const PHASE_KEYS = ['accessPhase', 'processPhase', 'standardPhase', 'partnerPhase', 'raciPhase'] as const;
const phaseOption = (what: string) =>
  ({ type: 'string', values: PHASES, description: `when ${what} tasks are due` }) as const;
/** Every option, as the CLI reads and the docs describe it (in the order the checks list them). */
export const optionsSchema: OptionsSchema<OnboardingOptions> = {
  roles: {
    type: 'list',
    internal: true,
    description: 'only these roles (set by --role) and their new hires',
  },
  pdf: { type: 'boolean', description: 'write PDFs next to the Markdown (default true)' },
  people: { type: 'boolean', description: 'a checklist for every person with a startDate (default true)' },
  accessOwner: {
    type: 'string',
    description:
      'who grants access: new-hire, manager, buddy or role:<id> (default: onboarding.yaml’s accessOwner)',
  },
  accessPhase: phaseOption('access'),
  processPhase: phaseOption('process'),
  standardPhase: phaseOption('standard'),
  partnerPhase: phaseOption('partner'),
  raciPhase: phaseOption('RACI review'),
};
const OWNER = /^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

function problem(message: string, hint: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { code: 'RK100', severity, message, hint };
}

/** The access owner when neither --option nor onboarding.yaml names one. */
const CONVENTIONAL_ACCESS_ROLE = 'devops-engineer';

/**
 * Checks the options as given (defaults merged with --option strings) against the model. The
 * access owner comes from the option, else from onboarding.yaml, else it is the devops-engineer
 * role when the model has one and the manager when not (a small model is not warned about that);
 * an access owner that was named must exist.
 */
export function resolveOptions(
  options: Partial<OnboardingOptions>,
  model: Model,
): { value: ResolvedOptions; problems: Diagnostic[] } {
  const problems = unknownOptionKeys(
    'onboarding',
    options,
    Object.keys(optionsSchema),
    `options are ${optionKeys(optionsSchema).join(', ')}`,
  );
  const flag = (key: 'pdf' | 'people'): boolean => {
    const value = options[key] ?? defaultOptions[key];
    if (typeof value === 'boolean') return value;
    problems.push(
      problem(`option 'onboarding.${key}' must be true or false`, `e.g. --option onboarding.${key}=false`),
    );
    return defaultOptions[key];
  };
  const phase = (key: (typeof PHASE_KEYS)[number]): Phase => {
    const value = String(options[key] ?? defaultOptions[key]);
    if ((PHASES as readonly string[]).includes(value)) return value as Phase;
    problems.push(
      problem(`option 'onboarding.${key}' is '${value}', not a phase`, `phases are ${PHASES.join(', ')}`),
    );
    return defaultOptions[key];
  };

  const named = options.accessOwner ?? model.onboarding.accessOwner;
  let accessOwner =
    named === undefined
      ? model.role(CONVENTIONAL_ACCESS_ROLE)
        ? `role:${CONVENTIONAL_ACCESS_ROLE}`
        : 'manager'
      : String(named);
  const where =
    options.accessOwner === undefined ? 'accessOwner in onboarding.yaml' : "option 'onboarding.accessOwner'";
  if (!OWNER.test(accessOwner)) {
    problems.push(
      problem(
        `${where} is '${accessOwner}'`,
        'use new-hire, manager, buddy or role:<role id>, e.g. accessOwner: role:sre',
      ),
    );
    accessOwner = 'manager';
  } else if (accessOwner.startsWith('role:') && !model.role(accessOwner.slice(5))) {
    problems.push(
      problem(
        `the access owner role '${accessOwner.slice(5)}' (${where}) is not in the model; access tasks go to the manager`,
        'set accessOwner: role:<id> in onboarding.yaml (or --option onboarding.accessOwner=role:<id> with rolekit generate) to the role that grants GitHub and Jira access',
      ),
    );
    accessOwner = 'manager';
  }

  return {
    value: {
      roles: options.roles ? [...options.roles] : undefined,
      pdf: flag('pdf'),
      people: flag('people'),
      accessOwner,
      phases: {
        access: phase('accessPhase'),
        process: phase('processPhase'),
        standard: phase('standardPhase'),
        partner: phase('partnerPhase'),
        raci: phase('raciPhase'),
      },
    },
    problems,
  };
}
