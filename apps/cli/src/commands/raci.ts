import { didYouMean } from '@rolekit/model';
import { explainActivity, formatExplanation } from '@rolekit/raci';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { loadOrExit } from '../model.js';
import { UsageError } from './generate.js';

/** Registers the `rolekit raci ...` commands. */
export function registerRaciCommands(root: Command, io: Io, result: { code: number }): void {
  const raci = root.command('raci').description('RACI matrix: explain who holds which letter, and why');
  raci
    .command('explain')
    .description(
      'print who holds each letter of an activity, why (notes, group, sources), and who holds those roles',
    )
    .argument('<activity>', 'activity id, as in activities.yaml')
    .option('-m, --model <dir>', 'model directory', 'model')
    .action(async (id: string, opts: { model: string }) => {
      result.code = await explain(io, id, opts);
    });
}

/** rolekit raci explain ACTIVITY: 0 when found, 2 (with a suggestion) for an unknown activity. */
export async function explain(io: Io, id: string, options: { model: string }): Promise<number> {
  const model = await loadOrExit(io, options.model);
  const explanation = explainActivity(model, id);
  if (!explanation) {
    const ids = model.activities.map((a) => a.id);
    const byTitle = model.activities.find((a) => a.title.toLowerCase() === id.toLowerCase());
    const hint = byTitle ? `; did you mean '${byTitle.id}' (${byTitle.title})?` : didYouMean(id, ids);
    throw new UsageError(
      `unknown activity '${id}'${hint}${hint ? '' : ` (${ids.length} activities; ids are listed in raci.csv)`}`,
    );
  }
  io.stdout(formatExplanation(explanation));
  return 0;
}
