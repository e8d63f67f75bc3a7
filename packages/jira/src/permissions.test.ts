import { JIRA_PROJECT_PERMISSION_INFO as REFERENCE } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { JIRA_PROJECT_PERMISSION_INFO, permissionInfo, permissionRank } from './permissions.js';

describe('permission names for the matrix', () => {
  it('match the stand-in’s own transcription of the REST reference, entry for entry', () => {
    expect(JIRA_PROJECT_PERMISSION_INFO).toEqual(REFERENCE);
  });

  it('let unknown (app) keys stand for themselves, sorted last', () => {
    expect(permissionInfo('com.example__X')).toEqual({
      key: 'com.example__X',
      name: 'com.example__X',
      category: 'project',
    });
    expect(permissionRank('com.example__X')).toBe(JIRA_PROJECT_PERMISSION_INFO.length);
    expect(permissionRank('ADMINISTER_PROJECTS')).toBe(0);
  });
});
