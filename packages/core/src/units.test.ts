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
