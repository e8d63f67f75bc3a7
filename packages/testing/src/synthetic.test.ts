import { loadModelFromSources } from '@rolekit/model';
import { describe, expect, it } from 'vitest';
import { syntheticOrganisation } from './synthetic.js';

const encoder = new TextEncoder();
const load = (files: Map<string, string>) =>
  loadModelFromSources(new Map([...files].map(([p, t]) => [p, encoder.encode(t)])));

describe('syntheticOrganisation', () => {
  it('writes a valid model of the requested size', () => {
    const result = load(syntheticOrganisation({ roles: 60, people: 300, repos: 12, activities: 40 }));
    if (!result.ok)
      throw new Error(
        result.diagnostics
          .slice(0, 5)
          .map((d) => `${d.file}:${d.line} ${d.message}`)
          .join('\n'),
      );
    const model = result.value;
    expect(model.roles).toHaveLength(60);
    expect(model.people).toHaveLength(300);
    expect(model.repositories).toHaveLength(12);
    expect(model.activities).toHaveLength(40);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('splits a large organisation’s people across people/<family>.yaml, as one list', () => {
    const size = { roles: 30, people: 300, repos: 3, activities: 10, peoplePerFile: 100 };
    const files = syntheticOrganisation(size);
    const peopleFiles = [...files.keys()].filter((p) => p.startsWith('people'));
    expect(peopleFiles).toHaveLength(10);
    expect(peopleFiles.every((p) => /^people\/[a-z]+\.yaml$/.test(p))).toBe(true);
    const result = load(files);
    expect(result.ok && result.value.people).toHaveLength(size.people);
  });

  it('is deterministic', () => {
    const size = { roles: 20, people: 50, repos: 3, activities: 10 };
    expect([...syntheticOrganisation(size)]).toEqual([...syntheticOrganisation(size)]);
  });
});
