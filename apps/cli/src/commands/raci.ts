import type { Command } from 'commander';
import type { Io } from '../io.js';

/** Registers the `rolekit raci ...` commands. */
export function registerRaciCommands(_root: Command, _io: Io, _result: { code: number }): void {}
