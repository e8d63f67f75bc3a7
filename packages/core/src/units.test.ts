import type { Model, Role } from '@rolekit/model';
import { describe, expect, it } from 'vitest';
import { isDeferred } from './deferred.js';
import { textArtifact } from './generator.js';
import { runGenerator } from './run.js';
import { parseUnitState, type UnitState, Units } from './units.js';

// The parts of units.ts the generators' soundness test (apps/cli units-sound.test.ts) does not
// reach: a model read after a unit was built, ids given twice, a unit that reports, a state that
// does not belong to this run.

/** A model of roles only, enough for units. */
function model(roles: Record<string, string>): Model {
  const list = Object.entries(roles).map(([id, title]) => ({ id, title }) as unknown as Role);
  return {
    roles: list,
    role: (id: string) => list.find((r) => r.id === id),
    peopleInRole: () => [],
  } as unknown as Model;
}

const titlePage = (units: Units, id: string) =>
  units.run(id, ({ model: m }) => ({
    artifacts: [textArtifact(`${id}.txt`, m.role(id)!.title, 'text/plain')],
  }));

const record = (m: Model, salt = 'one'): UnitState => {
  const units = new Units({ model: m, mode: 'record', salt });
  titlePage(units, 'a');
  titlePage(units, 'b');
  return JSON.parse(JSON.stringify(units.state()));
};

describe('units', () => {
  it('reuses a unit whose reads did not change and builds the one whose did', () => {
    const previous = record(model({ a: 'A', b: 'B' }));
    const units = new Units({ model: model({ a: 'A', b: 'B2' }), mode: 'reuse', salt: 'one', previous });
    const a = titlePage(units, 'a') as { artifacts: { bytes: Uint8Array }[] };
    const b = titlePage(units, 'b') as { artifacts: { bytes: Uint8Array }[] };
    expect(isDeferred(a.artifacts[0]!.bytes)).toBe(true);
    expect(new TextDecoder().decode(b.artifacts[0]!.bytes)).toBe('B2');
    expect([units.reused, units.built]).toEqual([1, 1]);
  });

  it('builds everything again for another salt (code, templates, options, date) or a damaged state', () => {
    const previous = record(model({ a: 'A', b: 'B' }));
    const salted = new Units({ model: model({ a: 'A', b: 'B' }), mode: 'reuse', salt: 'two', previous });
    titlePage(salted, 'a');
    expect(salted.reused).toBe(0);
    const damaged = { ...previous, units: { a: { deps: 'x', files: [['../a', 'no', 1, 't']] } } };
    const units = new Units({
      model: model({ a: 'A', b: 'B' }),
      mode: 'reuse',
      salt: 'one',
      previous: damaged as unknown as UnitState,
    });
    titlePage(units, 'a');
    expect(units.reused).toBe(0);
    expect(parseUnitState(new TextEncoder().encode('{"version":1}'))).toBeUndefined();
    expect(parseUnitState(new TextEncoder().encode('not json'))).toBeUndefined();
  });

  it('believes nothing odd in a units file: it builds the unit again, and never throws', () => {
    const previous = record(model({ a: 'A', b: 'B' }));
    const hash = previous.units['a']!.files[0]![1];
    const planted = (units: Record<string, unknown>, more: Partial<UnitState> = {}) =>
      new Units({
        model: model({ a: 'A', b: 'B' }),
        mode: 'reuse',
        salt: 'one',
        previous: { ...previous, ...more, units } as UnitState,
      });
    const file = (path: string) => [path, hash, 1, 'text/plain'];
    const cases = [
      // Read nothing, so would never change: frozen for good.
      planted({ a: { deps: [], groups: [], files: [file('a.txt')], entries: [] } }),
      // Out of the output folder.
      planted({ a: { ...previous.units['a'], files: [file('../a.txt')] } }),
      // Keys that are not values a unit reads, or are Object's own.
      planted({ a: { ...previous.units['a'], deps: [0] } }, { keys: ['__proto__:x'], tokens: ['t'] }),
      planted({ a: { ...previous.units['a'], deps: [0] } }, { keys: ['constructor'], tokens: ['t'] }),
    ];
    for (const units of cases) {
      titlePage(units, 'a');
      expect(units.reused).toBe(0);
    }
    // Two units that name one file: the second is built.
    const twice = planted({
      a: previous.units['a'],
      b: { ...previous.units['b'], files: previous.units['a']!.files },
    });
    titlePage(twice, 'a');
    titlePage(twice, 'b');
    expect([twice.reused, twice.built]).toEqual([1, 1]);
    // Facts that are not what the generator keeps: built again.
    const facts = new Units({ model: model({ a: 'A' }), mode: 'record', salt: 'one' });
    facts.run('a', ({ model: m }) => ({ artifacts: [], facts: { title: m.role('a')!.title } }));
    const kept = JSON.parse(JSON.stringify(facts.state())) as UnitState;
    kept.units['a']!.facts = { title: 5 };
    const again = new Units({ model: model({ a: 'A' }), mode: 'reuse', salt: 'one', previous: kept });
    const out = again.run(
      'a',
      ({ model: m }) => ({ artifacts: [], facts: { title: m.role('a')!.title } }),
      (f): f is { title: string } => typeof (f as { title?: unknown })?.title === 'string',
    ) as { facts: { title: string } };
    expect([again.reused, out.facts.title]).toEqual([0, 'A']);
    expect(
      parseUnitState(new TextEncoder().encode(JSON.stringify({ ...kept, keys: [5], tokens: ['t'] }))),
    ).toBeUndefined();
  });

  it('refuses the same unit twice, and a model read after its unit was built', () => {
    const units = new Units({ model: model({ a: 'A' }), mode: 'record', salt: 'one' });
    let kept: Model | undefined;
    units.run('a', ({ model: m }) => {
      kept = m;
      return { artifacts: [] };
    });
    expect(() => kept!.role('a')).toThrow(/read \(role:a\) after the unit/);
    expect(() => units.run('a', () => ({ artifacts: [] }))).toThrow(/built twice/);
  });

  it('makes a shared value a dependency of every unit that uses it', () => {
    const build = (units: Units, id: string) =>
      units.run(id, ({ shared }) => ({
        artifacts: [
          textArtifact(
            `${id}.txt`,
            shared('title', (m) => m.role('a')!.title),
            'text/plain',
          ),
        ],
      }));
    const first = new Units({ model: model({ a: 'A', b: 'B' }), mode: 'record', salt: 'one' });
    build(first, 'x');
    build(first, 'y');
    const previous = JSON.parse(JSON.stringify(first.state()));
    const units = new Units({ model: model({ a: 'A2', b: 'B' }), mode: 'reuse', salt: 'one', previous });
    build(units, 'x');
    build(units, 'y');
    expect([units.reused, units.built]).toEqual([0, 2]);
  });

  it('keeps no record of a unit that reported a diagnostic (its position may move)', async () => {
    const m = model({ a: 'A' });
    const units = new Units({ model: m, mode: 'record', salt: 'one' });
    await runGenerator(
      {
        name: 'g',
        description: 'g',
        templates: null,
        options: {},
        defaultOptions: {},
        checks: [],
        commands: [],
        artifacts: [],
        async generate(ctx) {
          const out = await ctx.unit!('a', () => {
            ctx.report({ code: 'RK111', severity: 'warning', message: 'careful' });
            return { artifacts: [textArtifact('a.txt', 'a', 'text/plain')] };
          });
          return out.artifacts;
        },
      },
      { model: m, templates: { list: () => [], get: () => undefined } as never, date: new Date(0), units },
    );
    expect(units.state().units).toEqual({});
  });
});
