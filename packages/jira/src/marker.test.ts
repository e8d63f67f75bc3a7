import { JIRA_PROJECT_PERMISSIONS } from '@rolekit/model';
import { describe, expect, it } from 'vitest';
import { formatMarker, MARKER_KEYS_V1, MARKER_PREFIX, parseMarker, schemeDescription } from './marker.js';
import type { Grant } from './view.js';

const g = (permission: string, type: 'projectRole' | 'group', name: string): Grant => ({
  permission,
  holder: { type, name },
});

describe('managed-grants marker', () => {
  it('writes one entry per holder with a 36-bit mask, and reads it back', () => {
    const grants = [
      g('BROWSE_PROJECTS', 'group', 'jira-qa'),
      g('ADD_COMMENTS', 'group', 'jira-qa'),
      g('WORK_ON_ISSUES', 'projectRole', 'Operations Monitoring & Support'),
    ];
    const line = formatMarker(grants);
    expect(line).toBe(
      `${MARKER_PREFIX} group:jira-qa=000000011 projectRole:Operations%20Monitoring%20%26%20Support=800000000`,
    );
    expect(parseMarker(`Some text.\n\n${line}`)).toEqual([
      g('ADD_COMMENTS', 'group', 'jira-qa'),
      g('BROWSE_PROJECTS', 'group', 'jira-qa'),
      g('WORK_ON_ISSUES', 'projectRole', 'Operations Monitoring & Support'),
    ]);
  });

  it('keeps permissions outside the v1 list by name, and holder names with any character', () => {
    const grants = [
      g('com.example.app__APPROVE', 'group', 'a=b c+d;é'),
      g('EDIT_ISSUES', 'group', 'a=b c+d;é'),
    ];
    expect(parseMarker(formatMarker(grants))).toEqual(
      [...grants].sort((a, b) => (a.permission < b.permission ? -1 : 1)),
    );
  });

  it('covers every permission key the model accepts, and the list never reorders', () => {
    expect([...MARKER_KEYS_V1].sort()).toEqual([...JIRA_PROJECT_PERMISSIONS].sort());
    expect(MARKER_KEYS_V1[0]).toBe('ADD_COMMENTS');
    expect(MARKER_KEYS_V1[35]).toBe('WORK_ON_ISSUES');
  });

  it('treats a description without a marker as managing nothing, and skips entries it cannot read', () => {
    expect(parseMarker(undefined)).toBeUndefined();
    expect(parseMarker('Made by hand.')).toBeUndefined();
    expect(parseMarker(`${MARKER_PREFIX}`)).toEqual([]);
    expect(
      parseMarker(`${MARKER_PREFIX} user:abc=1 group:ok=000000010 group:bad=xyz group:%E0%A4%A=1`),
    ).toEqual([g('BROWSE_PROJECTS', 'group', 'ok')]);
    // Jira may hand the description back with CRLF line ends.
    expect(parseMarker(`Text\r\n${MARKER_PREFIX} group:ok=000000010\r\n`)).toEqual([
      g('BROWSE_PROJECTS', 'group', 'ok'),
    ]);
  });

  it('reads the last marker line: one pasted above rolekit’s own never stands in for it', () => {
    const pasted = `${MARKER_PREFIX} group:auditors=000000010`;
    const real = schemeDescription({ id: 'ops', description: `Copied:\n${pasted}` }, [
      g('BROWSE_PROJECTS', 'group', 'ops-team'),
    ]);
    expect(real.split('\n').filter((l) => l.startsWith(MARKER_PREFIX))).toHaveLength(2);
    expect(parseMarker(real)).toEqual([g('BROWSE_PROJECTS', 'group', 'ops-team')]);
  });

  it('puts the model’s description first, then the note, then the marker line', () => {
    const text = schemeDescription({ id: 'ops', description: '  Production.  ' }, [
      g('BROWSE_PROJECTS', 'group', 'x'),
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Production.');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^Managed by rolekit from the role model \(scheme 'ops' in jira.yaml\)/);
    expect(lines[3]).toBe(`${MARKER_PREFIX} group:x=000000010`);
    expect(schemeDescription({ id: 'ops' }, []).split('\n')).toHaveLength(2);
  });
});
