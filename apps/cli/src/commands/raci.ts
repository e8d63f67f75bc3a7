import { explainActivity, formatExplanation } from '@rolekit/raci';
import type { Command } from 'commander';
import { examples, modelOption, UsageError, unknownName } from '../conventions.js';
import type { Io } from '../io.js';
import { loadOrExit } from '../model.js';

/** Registers the `rolekit raci ...` commands. */
export function registerRaciCommands(root: Command, io: Io, result: { code: number }): void {
  const raci = root.command('raci').description('RACI matrix: explain who holds which letter, and why');
  examples(raci, [
    ['rolekit raci explain release-close-out', 'who holds each letter of one activity, and why'],
    [
      'rolekit raci explain hotfix --model ../org-model',
      'in another model (write the matrix: rolekit generate raci)',
    ],
  ]);
  const explainCommand = raci
    .command('explain')
    .description(
      'print who holds each letter of an activity, why (notes, group, sources), and who holds those roles',
    )
    .argument('<activity>', 'activity id (or title), as in activities.yaml');
  modelOption(explainCommand).action(async (id: string, opts: { model: string }) => {
    result.code = await explain(io, id, opts);
  });
  examples(explainCommand, [
    ['rolekit raci explain release-close-out', 'by id'],
    ["rolekit raci explain 'Release Close-out'", 'by title'],
    ['rolekit raci explain hotfix --model ../org-model', 'in another model'],
  ]);
}

/** rolekit raci explain ACTIVITY: 0 when found, 2 (with a suggestion) for an unknown activity. */
export async function explain(io: Io, id: string, options: { model: string }): Promise<number> {
  const model = await loadOrExit(io, options.model);
  const explanation = explainActivity(model, id);
  if (!explanation) {
    const ids = model.activities.map((a) => a.id);
    const byTitle = model.activities.find((a) => a.title.toLowerCase() === id.toLowerCase());
    if (byTitle)
      throw new UsageError(`unknown activity '${id}'; did you mean '${byTitle.id}' (${byTitle.title})?`);
    throw unknownName('activity', id, ids, `${ids.length} activities; ids are listed in raci.csv`);
  }
  io.stdout(formatExplanation(explanation));
  return 0;
}
