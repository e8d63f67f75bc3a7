import { resolve } from 'node:path';
import { summarise } from '@rolekit/core';
import { loadModel } from '@rolekit/model';
import { type OutputFormat, printDiagnostics } from '../diagnostics.js';
import type { Io } from '../io.js';
import { displayPath } from '../model.js';

/** rolekit validate [DIR]: 0 when the model is valid (warnings allowed), 1 when not. */
export async function validate(io: Io, dir: string, options: { format: OutputFormat }): Promise<number> {
  const absolute = resolve(io.cwd, dir);
  const started = performance.now();
  const result = await loadModel(absolute);
  const base = displayPath(io, absolute);
  printDiagnostics(io, result.diagnostics, { base, format: options.format });
  if (options.format === 'text') {
    const { line } = summarise(result.diagnostics);
    const ms = Math.round(performance.now() - started);
    if (result.ok) {
      const m = result.value;
      io.stdout(
        `${base}: valid (${m.roles.length} roles, ${m.people.length} people, ${m.activities.length} activities, ${m.repositories.length} repositories, ${m.policies.length} policies); ${line} in ${ms} ms\n`,
      );
    } else io.stderr(`${base}: invalid; ${line}\n`);
  }
  return result.ok ? 0 : 1;
}
