import type { Command } from 'commander';
import type { Io } from '../io.js';

/** Registers the `rolekit jira ...` commands. */
export function registerJiraCommands(_root: Command, _io: Io, _result: { code: number }): void {}
