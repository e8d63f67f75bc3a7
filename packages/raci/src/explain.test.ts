import type { Model } from '@rolekit/model';
import { exampleModel, modelFromYaml } from '@rolekit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainActivity, formatExplanation } from './explain.js';

describe('explainActivity on the example model', () => {
  let model: Model;
  beforeAll(async () => {
    model = await exampleModel();
  });

  it('names the holders of each letter of a seed 003 scenario, with the people in those roles', () => {
    const e = explainActivity(model, 'pipeline-change')!;
    expect(e.activity.title).toBe('Pipeline change (new stage, new policy)');
    expect(e.group.title).toBe('DevOps RACI scenarios');
    expect(e.group.sources[0]).toMatch(/^DevOps personas/);
    expect(e.at).toMatch(/^activities\.yaml:\d+$/);
    expect(
      Object.fromEntries(e.letters.map((l) => [l.letter.letter, l.holders.map((h) => h.roleId)])),
    ).toEqual({
      R: ['platform-engineer'],
      A: ['engineering-lead'],
      C: ['devsecops', 'qa-engineer'],
      I: ['product-owner', 'sre'],
    });
    const lead = e.letters.find((l) => l.letter.letter === 'A')!.holders[0]!;
    expect(lead.people.map((p) => p.id)).toEqual(model.peopleInRole('engineering-lead').map((p) => p.id));
  });

  it('prints notes as the reason, and parties that are not roles', () => {
    const text = formatExplanation(explainActivity(model, 'critical-incident')!);
    expect(text).toContain('Critical incident affecting users (critical-incident, activities.yaml:');
    expect(text).toContain('group:   DevOps RACI scenarios (scenario)');
    expect(text).toContain('   Relevant stakeholders (not a role)');
    const production = formatExplanation(explainActivity(model, 'make-production-changes')!);
    expect(production).toMatch(
      /Operations Infrastructure Engineer \(ops-infrastructure\)\n {5}why: {4}when requested/,
    );
    expect(production).toContain('A  Accountable: answers for the outcome');
  });

  it('returns undefined for an unknown activity', () => {
    expect(explainActivity(model, 'no-such-activity')).toBeUndefined();
  });
});

describe('explainActivity with people', () => {
  it('lists who holds each role, or says nobody does', () => {
    const model = modelFromYaml({
      'organisation.yaml': 'name: O\ndate: 2026-03-01\nfamilies:\n  - { id: d, title: D }\n',
      'roles/lead.yaml': 'id: lead\ntitle: Lead\nfamily: d\nsummary: Leads.\n',
      'roles/dev.yaml': 'id: dev\ntitle: Developer\nfamily: d\nsummary: Builds.\n',
      'people.yaml': 'people:\n  - { id: ana, name: Ana Lima, roles: [lead] }\n',
      'activities.yaml':
        'groups:\n  - id: g\n    title: G\n    activities:\n      - id: build\n        title: Build\n        raci: { dev: R, lead: { letter: A, note: signs off } }\n',
    });
    const text = formatExplanation(explainActivity(model, 'build')!);
    expect(text).toContain('   Lead (lead)\n     why:    signs off\n     people: Ana Lima (ana)\n');
    expect(text).toContain('   Developer (dev)\n     people: nobody holds this role in people.yaml\n');
  });
});
