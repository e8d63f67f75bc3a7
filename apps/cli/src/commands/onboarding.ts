import type { Command } from 'commander';
import type { Io } from '../io.js';

/** Registers the `rolekit onboarding ...` commands. */
export function registerOnboardingCommands(_root: Command, _io: Io, _result: { code: number }): void {}
