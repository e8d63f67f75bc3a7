import { unknownOptionKeys } from '@rolekit/core';
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
  /** Who grants access (GitHub teams, Jira projects): new-hire, manager, buddy or role:<id>. */
  accessOwner: string;
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
  accessOwner: 'role:devops-engineer',
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
const KNOWN_KEYS = new Set(['roles', 'pdf', 'people', 'accessOwner', ...PHASE_KEYS]);
const OWNER = /^(new-hire|manager|buddy|role:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

function problem(message: string, hint: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { code: 'RK100', severity, message, hint };
}

/**
 * Checks the options as given (defaults merged with --option strings) against the model. The
 * default access owner, role:devops-engineer, falls back to the manager (with a warning) in a model
 * that has no such role; an access owner that was set explicitly must exist.
 */
export function resolveOptions(
  options: Partial<OnboardingOptions>,
  model: Model,
): { value: ResolvedOptions; problems: Diagnostic[] } {
  const problems = unknownOptionKeys(
    'onboarding',
    options,
    KNOWN_KEYS,
    `options are ${[...KNOWN_KEYS].filter((k) => k !== 'roles').join(', ')}`,
  );
  const flag = (key: 'pdf' | 'people'): boolean => {
    const value = options[key] ?? defaultOptions[key];
    if (typeof value === 'boolean') return value;
    problems.push(problem(`option 'onboarding.${key}' must be true or false`, `e.g. ${key}=false`));
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

  let accessOwner = String(options.accessOwner ?? defaultOptions.accessOwner);
  if (!OWNER.test(accessOwner)) {
    problems.push(
      problem(
        `option 'onboarding.accessOwner' is '${accessOwner}'`,
        'use new-hire, manager, buddy or role:<role id>, e.g. accessOwner=role:sre',
      ),
    );
    accessOwner = 'manager';
  } else if (accessOwner.startsWith('role:') && !model.role(accessOwner.slice(5))) {
    const isDefault = accessOwner === defaultOptions.accessOwner;
    problems.push(
      problem(
        `the access owner role '${accessOwner.slice(5)}' is not in the model; access tasks go to the manager`,
        'set --option onboarding.accessOwner=role:<id> to the role that grants GitHub and Jira access',
        isDefault ? 'warning' : 'error',
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
