// Every PDF every generator writes for the example organisation, page by page: no heading may be
// the last text on its page (a heading left alone at the foot, its content on the next page).
import { loadTemplates, outputDate, runGenerator } from '@rolekit/core';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleModel, headingsAtFoot } from '@rolekit/testing';
import { expect, it } from 'vitest';
import { generatorNames, loadGenerators } from './generators.js';

it('no generated PDF leaves a heading alone at the foot of a page', async () => {
  const model = await exampleModel();
  const templates = await loadTemplates([defaultTemplatesDir]);
  const found: string[] = [];
  let pdfs = 0;
  for (const generator of await loadGenerators([...generatorNames])) {
    const result = await runGenerator(generator, {
      model,
      templates,
      options: generator.defaultOptions,
      date: outputDate(model, {}),
    });
    for (const artifact of result.artifacts.filter((a) => a.path.endsWith('.pdf'))) {
      pdfs++;
      for (const h of await headingsAtFoot(artifact.bytes))
        found.push(`${generator.name}/${artifact.path} page ${h.page}: ${h.text}`);
    }
  }
  // Job descriptions (two versions), RACI matrix and sheets, Jira matrix, onboarding checklists.
  expect(pdfs).toBeGreaterThan(90);
  expect(found).toEqual([]);
}, 180_000);
