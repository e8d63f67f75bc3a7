import { describe, expect, it } from 'vitest';
import { fixtureModel } from './fixture.js';
import { formatMarker, schemeDescription } from './marker.js';
import { formatPlan, hasChanges, plan, planSummaryLine, type RemoteGrant, type RemoteState } from './plan.js';
import { desiredSchemes } from './view.js';

const desired = desiredSchemes(fixtureModel());
const production = desired.find((s) => s.id === 'production')!;

/** A site with the fixture's holders and projects, and whatever schemes a test gives it. */
function site(schemes: RemoteState['schemes'] = [], assigned: Record<string, number> = {}): RemoteState {
  return {
    schemes,
    roles: [
      { id: 10001, name: 'Developers' },
      { id: 10002, name: 'Leads' },
      { id: 10003, name: 'Operators' },
    ],
    groups: [
      { name: 'jira-qa', groupId: 'g-qa' },
      { name: 'auditors', groupId: 'g-aud' },
    ],
    projects: ['APP', 'WEB', 'OPS'].map((key) => ({ key, exists: true, schemeId: assigned[key] ?? 0 })),
  };
}

let nextId = 500;
const role = (permission: string, id: number): RemoteGrant => ({
  id: nextId++,
  permission,
  holder: { type: 'projectRole', parameter: String(id), value: String(id) },
});
const group = (permission: string, name: string, groupId: string): RemoteGrant => ({
  id: nextId++,
  permission,
  holder: { type: 'group', parameter: name, value: groupId },
});

/** The production scheme exactly as rolekit would have left it, ids and all. */
function appliedProduction(extra: RemoteGrant[] = [], managedExtra: RemoteGrant[] = []) {
  const ids = { Developers: 10001, Leads: 10002, Operators: 10003 } as Record<string, number>;
  const grants = production.grants.map((g) =>
    g.holder.type === 'group'
      ? group(g.permission, g.holder.name, 'g-aud')
      : role(g.permission, ids[g.holder.name]!),
  );
  const managedNames = managedExtra.map((g) => ({
    permission: g.permission,
    holder: { type: 'projectRole' as const, name: 'Developers' },
  }));
  return {
    id: 20001,
    name: production.name,
    description: schemeDescription(production, [...production.grants, ...managedNames]),
    permissions: [...grants, ...extra, ...managedExtra],
  };
}

describe('plan', () => {
  it('creates a missing scheme with every grant, ids resolved, and assigns its projects', () => {
    const p = plan([production], site());
    const s = p.schemes[0]!;
    expect(s.remote).toBeUndefined();
    expect(s.createBody?.name).toBe('Fixture production');
    expect(s.createBody?.permissions).toHaveLength(14);
    expect(s.createBody?.permissions.slice(0, 3)).toEqual([
      { holder: { type: 'projectRole', parameter: '10002' }, permission: 'ADD_COMMENTS' },
      { holder: { type: 'projectRole', parameter: '10003' }, permission: 'ADD_COMMENTS' },
      { holder: { type: 'group', parameter: 'auditors', value: 'g-aud' }, permission: 'BROWSE_PROJECTS' },
    ]);
    expect(s.projects).toEqual([{ key: 'OPS', name: 'Operations', fromSchemeId: 0, change: true }]);
    expect(hasChanges(p)).toBe(true);
    expect(p.blockers).toEqual([]);
  });

  it('finds nothing to do for a scheme rolekit applied', () => {
    const remote = appliedProduction();
    const p = plan([production], site([remote], { OPS: remote.id }));
    expect(hasChanges(p)).toBe(false);
    expect(formatPlan(p)).toEqual(["scheme 'Fixture production' (production, id 20001): in step"]);
    expect(planSummaryLine(p)).toBe('in step: 1 scheme, nothing to change');
  });

  it('adds what is missing and removes only what rolekit added before', () => {
    const remote = appliedProduction(
      [role('DELETE_ISSUES', 10001), { id: 900, permission: 'EDIT_ISSUES', holder: { type: 'reporter' } }],
      [role('MOVE_ISSUES', 10001)],
    );
    // Someone removed one of rolekit's grants by hand.
    remote.permissions = remote.permissions.filter((g) => !(g.permission === 'CLOSE_ISSUES'));
    const p = plan([production], site([remote], { OPS: remote.id }));
    const s = p.schemes[0]!;
    expect(s.add.map((a) => [a.grant.permission, a.holder])).toEqual([
      ['CLOSE_ISSUES', { type: 'projectRole', parameter: '10003' }],
    ]);
    expect(s.remove.map((r) => `${r.remote.permission} ${r.label}`)).toEqual([
      'MOVE_ISSUES projectRole:Developers',
    ]);
    expect(s.kept.map((r) => `${r.remote.permission} ${r.label}`)).toEqual([
      'DELETE_ISSUES projectRole:Developers',
      'EDIT_ISSUES reporter',
    ]);
    expect(s.descriptionChanged).toBe(true);
    expect(s.description.split('\n').at(-1)).toBe(formatMarker(production.grants));
    expect(formatPlan(p)).toEqual([
      "scheme 'Fixture production' (production, id 20001): 1 to add, 1 to remove, description",
      '+ CLOSE_ISSUES      projectRole:Operators',
      '- MOVE_ISSUES       projectRole:Developers',
      '  DELETE_ISSUES     projectRole:Developers   (kept: not in the model, not added by rolekit; --prune removes it)',
      '  EDIT_ISSUES       reporter   (kept: not in the model, not added by rolekit; --prune removes it)',
      '~ description: model text and managed-grants line',
    ]);
  });

  it('removes everything the model does not name with prune', () => {
    const remote = appliedProduction([
      role('DELETE_ISSUES', 10001),
      { id: 901, permission: 'EDIT_ISSUES', holder: { type: 'reporter' } },
    ]);
    const p = plan([production], site([remote], { OPS: remote.id }), { prune: true });
    expect(p.schemes[0]!.remove.map((r) => r.label)).toEqual(['projectRole:Developers', 'reporter']);
    expect(p.schemes[0]!.kept).toEqual([]);
    expect(p.schemes[0]!.descriptionChanged).toBe(false);
  });

  it('does not claim a wanted grant someone else made', () => {
    const remote = appliedProduction();
    // The same scheme, but made by hand: no marker at all.
    remote.description = 'Made by hand.';
    const p = plan([production], site([remote], { OPS: remote.id }));
    const s = p.schemes[0]!;
    expect([s.add, s.remove, s.kept]).toEqual([[], [], []]);
    expect(s.descriptionChanged).toBe(true);
    expect(s.description.split('\n').at(-1)).toBe('rolekit-managed:v1');
  });

  it('reassigns projects that use another scheme', () => {
    const remote = appliedProduction();
    const p = plan([production], site([remote, { id: 5, name: 'Old', permissions: [] }], { OPS: 5 }));
    expect(p.schemes[0]!.projects).toEqual([
      { key: 'OPS', name: 'Operations', fromSchemeId: 5, fromSchemeName: 'Old', change: true },
    ]);
    expect(formatPlan(p).at(-1)).toBe('~ project OPS (Operations): Old -> Fixture production');
  });

  it('blocks on project roles, groups and projects the site lacks, naming the roles that need them', () => {
    const state = site();
    const p = plan(desired, {
      ...state,
      roles: state.roles.filter((r) => r.name !== 'Leads'),
      groups: [],
      projects: state.projects.map((x) => (x.key === 'WEB' ? { key: 'WEB', exists: false } : x)),
    });
    expect(p.blockers).toEqual([
      "group 'jira-qa' does not exist in Jira (held by qa): create it in the Atlassian admin, or change jira.group in the role file",
      "project role 'Leads' does not exist in Jira (held by lead): create it under Settings > System > Project roles, or change jira.projectRole in the role file",
      "group 'auditors' does not exist in Jira (held by auditor): create it in the Atlassian admin, or change jira.group in the role file",
      'project WEB (Web) does not exist in Jira: create it, or remove it from jira.yaml',
    ]);
    expect(planSummaryLine(p)).toBe('4 problems to fix in Jira first; nothing can be applied');
  });
});
