import {
  type Artifact,
  isDeferred,
  loadTemplates,
  outputDate,
  runGenerator,
  type TemplateStore,
  type UnitState,
  Units,
} from '@rolekit/core';
import { jobDescriptionsGenerator } from '@rolekit/job-descriptions';
import type { Model } from '@rolekit/model';
import { onboardingGenerator } from '@rolekit/onboarding';
import { siteGenerator } from '@rolekit/site';
import { defaultTemplatesDir } from '@rolekit/templates';
import { exampleSources, modelFromYaml } from '@rolekit/testing';
import { beforeAll, describe, expect, it } from 'vitest';

// Incremental runs are sound only if every unit reads the model through its scope (core's
// units.ts): a value taken from outside the unit is not recorded, and a later edit to it would
// leave the unit's old files in place. This runs each generator that builds in units after each of
// a dozen edits to the example organisation, once reusing the units of a run before the edit and
// once from nothing, and requires the very same files and diagnostics. The edits touch every kind
// of model file and every kind of value the generators read.

type Edit = (files: Record<string, string>) => void;

/** Replaces `from` (which must occur) in one file. */
const replace =
  (path: string, from: string | RegExp, to: string): Edit =>
  (files) => {
    const before = files[path];
    if (before === undefined) throw new Error(`no ${path}`);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${String(from)} is not in ${path}`);
    files[path] = after;
  };

interface EditCase {
  edit: Edit;
  /** At most this many units built again, per generator. */
  most?: number;
  /** Every unit of some generator reads what it changes (the organisation's name is on every page). */
  touchesAll?: true;
}

const EDITS: Record<string, EditCase> = {
  'a role summary': {
    edit: replace('roles/qa-engineer.yaml', /^summary: >-\n/m, 'summary: >-\n  Edited.\n'),
  },
  'a role title': {
    edit: replace('roles/qa-engineer.yaml', /^title: QA Engineer$/m, 'title: QA Engineer II'),
  },
  'a comment above a role (positions only)': {
    edit: replace('roles/sre.yaml', /^id: /m, '# a comment\n\nid: '),
    most: 0,
  },
  'a person name': { edit: replace('people.yaml', 'name: Daniel Reyes', 'name: دانيال رييس') },
  'a person holding one more role': {
    edit: replace('people.yaml', /(id: chloe-martin[\s\S]*?roles:\n)/, '$1      - qa-engineer\n'),
  },
  'a comment at the top of people.yaml (positions only)': {
    edit: replace('people.yaml', /^people:$/m, '# another comment\n\npeople:'),
    most: 0,
  },
  'the organisation name': {
    touchesAll: true,
    edit: replace('organisation.yaml', /^name: .*$/m, 'name: Example Corp <b>&</b>'),
  },
  'a family title': {
    touchesAll: true,
    edit: replace('organisation.yaml', 'title: Delivery', 'title: Delivery and Projects'),
  },
  'an activity title': {
    edit: replace('activities.yaml', /(activities:\n\s+- id: [^\n]+\n\s+title: )/, '$1Edited '),
  },
  'a common onboarding task': {
    touchesAll: true,
    edit: replace(
      'onboarding.yaml',
      'title: Welcome meeting with your manager',
      'title: Welcome lunch with your manager',
    ),
  },
  'a Jira bundle title': {
    touchesAll: true,
    edit: replace(
      'jira.yaml',
      'title: See projects, issues and development information',
      'title: See projects',
    ),
  },
  'a new role': {
    edit: (files) => {
      files['roles/tester.yaml'] = [
        'id: tester',
        'title: Tester',
        'family: quality',
        'summary: Tests things.',
        'reportsTo: qa-lead',
        'responsibilities:',
        '  - Tests every build.',
        '',
      ].join('\n');
    },
  },
};

const GENERATORS = [
  // PDFs are the same data as the Markdown and HTML, and slow: left out here.
  { generator: jobDescriptionsGenerator, options: { formats: ['md', 'html'] } },
  { generator: onboardingGenerator, options: { pdf: false } },
  { generator: siteGenerator, options: {} },
] as const;

let templates: TemplateStore;
let sources: Record<string, string>;
let before: Model;
const recorded = new Map<string, { state: UnitState; files: Map<string, Uint8Array> }>();

async function run(
  entry: (typeof GENERATORS)[number],
  model: Model,
  units?: Units,
): Promise<{ files: Map<string, Uint8Array>; diagnostics: string[]; reused: Set<string> }> {
  const result = await runGenerator(entry.generator as never, {
    model,
    templates,
    options: entry.options as never,
    date: outputDate(model, {}),
    deferred: true,
    ...(units ? { units } : {}),
  });
  const reused = new Set(result.artifacts.filter((a: Artifact) => isDeferred(a.bytes)).map((a) => a.path));
  return {
    files: new Map(result.artifacts.map((a) => [a.path, a.bytes])),
    diagnostics: result.diagnostics.map((d) => JSON.stringify(d)),
    reused,
  };
}

type Run = Awaited<ReturnType<typeof run>>;

/**
 * The files an incremental run leaves in the output folder (a reused file is handed on unread: the
 * writer finds it in place, as the run before left it), required to be those of a fresh run.
 */
function expectSameFiles(incremental: Run, before: Map<string, Uint8Array>, fresh: Run, what: string) {
  const written = new Map(
    [...incremental.files].map(([path, bytes]) => [
      path,
      incremental.reused.has(path) ? before.get(path)! : bytes,
    ]),
  );
  expect([...written.keys()].sort(), what).toEqual([...fresh.files.keys()].sort());
  for (const [path, bytes] of fresh.files)
    expect(Buffer.from(written.get(path)!).equals(Buffer.from(bytes)), `${what}: ${path}`).toBe(true);
  return written;
}

beforeAll(async () => {
  templates = await loadTemplates([defaultTemplatesDir]);
  sources = exampleSources();
  before = modelFromYaml(sources);
  for (const entry of GENERATORS) {
    const units = new Units({ model: before, mode: 'record', salt: 'test' });
    const { files } = await run(entry, before, units);
    // Through JSON, as the cache keeps it.
    recorded.set(entry.generator.name, { state: JSON.parse(JSON.stringify(units.state())), files });
  }
}, 120_000);

describe('an incremental run by units', () => {
  for (const [name, { edit, most, touchesAll }] of Object.entries(EDITS))
    it(`after ${name}, writes what a run from nothing writes`, async () => {
      const files = { ...sources };
      edit(files);
      const after = modelFromYaml(files);
      for (const entry of GENERATORS) {
        const { state, files: old } = recorded.get(entry.generator.name)!;
        const units = new Units({ model: after, mode: 'reuse', salt: 'test', previous: state });
        const incremental = await run(entry, after, units);
        const fresh = await run(entry, after);
        expectSameFiles(incremental, old, fresh, entry.generator.name);
        expect(incremental.diagnostics).toEqual(fresh.diagnostics);
        // The test means something only if units were reused.
        if (!touchesAll) expect(units.reused, entry.generator.name).toBeGreaterThan(0);
        if (most !== undefined) expect(units.built, entry.generator.name).toBeLessThanOrEqual(most);
      }
    });

  it('stays right over a chain of runs, each reusing the units the one before kept', async () => {
    const chain = [
      'a role summary',
      'a person name',
      'a comment above a role (positions only)',
      'a role title',
    ];
    for (const entry of GENERATORS) {
      let { state, files: old } = recorded.get(entry.generator.name)!;
      const files = { ...sources };
      for (const name of chain) {
        EDITS[name]!.edit(files);
        const after = modelFromYaml(files);
        const units = new Units({ model: after, mode: 'reuse', salt: 'test', previous: state });
        const incremental = await run(entry, after, units);
        const fresh = await run(entry, after);
        const written = expectSameFiles(incremental, old, fresh, `${entry.generator.name} after ${name}`);
        expect(units.reused, `${entry.generator.name} after ${name}`).toBeGreaterThan(0);
        state = JSON.parse(JSON.stringify(units.state()));
        old = written;
      }
    }
  });

  it('builds only what reads an edited role summary', async () => {
    const files = { ...sources };
    EDITS['a role summary']!.edit(files);
    const after = modelFromYaml(files);
    const site = GENERATORS[2];
    const units = new Units({
      model: after,
      mode: 'reuse',
      salt: 'test',
      previous: recorded.get('site')!.state,
    });
    const { reused } = await run(site, after, units);
    // The role's own page and its holders' are built again; a role and a person far from it are not.
    expect(reused).not.toContain('roles/qa-engineer.html');
    for (const holder of after.peopleInRole('qa-engineer'))
      expect(reused).not.toContain(`people/${holder.id}.html`);
    expect(reused).toContain('roles/chief-architect.html');
    expect(reused).toContain('people/priya-nair.html');
  });
});
