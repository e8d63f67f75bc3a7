import { loadTemplates, outputDate, runGenerator } from '@rolekit/core';
import { loadModel, type Model } from '@rolekit/model';
import { defaultTemplatesDir } from '@rolekit/templates';
import { generators } from '../apps/cli/src/generators.js';

export interface Step {
  name: string;
  /** Returns a short detail for the table (e.g. how many artifacts). */
  run(modelDir: string): Promise<string>;
}

async function model(dir: string): Promise<Model> {
  const result = await loadModel(dir);
  if (!result.ok) throw new Error(`invalid model: ${result.diagnostics[0]?.message}`);
  return result.value;
}

function generatorStep(name: string, options: Record<string, unknown> = {}, label = name): Step {
  return {
    name: label,
    async run(dir) {
      const m = await model(dir);
      const generator = generators.find((g) => g.name === name)!;
      const templates = await loadTemplates([defaultTemplatesDir]);
      const started = performance.now();
      const run = await runGenerator(generator, { model: m, templates, date: outputDate(m), options });
      const bytes = run.artifacts.reduce((n, a) => n + a.bytes.byteLength, 0);
      return `${run.artifacts.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, generate ${Math.round(performance.now() - started)} ms`;
    },
  };
}

export const steps: Step[] = [
  {
    name: 'validate',
    async run(dir) {
      const m = await model(dir);
      return `${m.roles.length} roles, ${m.people.length} people, ${m.activities.length} activities, ${m.repositories.length} repos`;
    },
  },
  ...generators.map((g) => generatorStep(g.name)),
];
