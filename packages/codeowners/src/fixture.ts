/**
 * A small organisation for exact assertions (test-only; not part of the published package):
 * acme with teams for most roles, a role without a team whose holders are the owners, and
 * repositories that exercise ordering, shadowing and GitLab sections.
 */
import type { Model } from '@rolekit/model';
import { modelFromYaml } from '@rolekit/testing';

const role = (id: string, title: string, team?: string) => `
id: ${id}
title: ${title}
family: engineering
summary: ${title}.
${team ? `github: { team: ${team} }` : ''}
`;

export const FIXTURE: Record<string, string> = {
  'organisation.yaml': `
name: Acme
date: 2026-11-01
families:
  - { id: engineering, title: Engineering }
github:
  org: acme
`,
  'roles/lead.yaml': role('lead', 'Tech Lead', 'leads'),
  'roles/backend.yaml': role('backend', 'Back-end Engineer', 'backend'),
  'roles/security.yaml': role('security', 'Security Engineer', 'security'),
  'roles/writer.yaml': role('writer', 'Technical Writer'),
  'roles/qa.yaml': role('qa', 'QA Engineer', 'qa'),
  'people.yaml': `
people:
  - { id: lee, name: Lee Lead, github: lee-gh, roles: [lead] }
  - { id: bo, name: Bo Back, github: bo-gh, roles: [backend] }
  - { id: zoe, name: Zoe Writer, github: Zoe-GH, roles: [writer] }
  - { id: ann, name: Ann Writer, github: ann-gh, roles: [writer] }
  - { id: sam, name: Sam Secure, roles: [security] }
`,
  'codeowners.yaml': `
repositories:
  - name: api
    rules:
      - pattern: /src/auth/
        owners: [backend, security]
        note: Security reviews authentication.
      - pattern: "*.sql"
        owners: [backend]
      - pattern: /src/
        owners: [backend]
      - pattern: "*"
        owners: [lead]
      - pattern: /docs/
        owners: [writer]
  - name: site
    sections:
      - { name: Docs }
      - { name: Quality, optional: true }
      - { name: Release, approvals: 2 }
    rules:
      - pattern: "*"
        owners: [lead]
      - pattern: /docs/
        owners: [writer]
        section: Docs
      - pattern: /docs/**
        owners: [lead]
        section: Docs
      - pattern: /tests/
        owners: [qa]
        section: Quality
      - pattern: CHANGELOG.md
        owners: [lead, writer]
        section: Release
`,
};

export function fixtureModel(overrides: Record<string, string> = {}): Model {
  return modelFromYaml({ ...FIXTURE, ...overrides });
}
