import type { Command } from 'commander';
import type { Io } from '../io.js';

/** Registers the `rolekit codeowners ...` commands. */
export function registerCodeownersCommands(_root: Command, _io: Io, _result: { code: number }): void {}
