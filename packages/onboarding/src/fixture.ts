import type { Model } from '@rolekit/model';
import { modelFromYaml } from '@rolekit/testing';

/**
 * A small organisation for exact assertions, independent of the example model's wording:
 * Quinn starts on a Friday as QA engineer; Pat holds two roles that partner each other and share
 * an SOP; Dana and Devin hold the other roles.
 */
export const FIXTURE: Record<string, string> = {
  'organisation.yaml': `
name: Acme
date: 2026-11-01
families:
  - { id: quality, title: Quality }
  - { id: engineering, title: Engineering }
github:
  org: acme
`,
  'onboarding.yaml': `
repository: onboarding
labels: [onboarding, new-hire]
tasks:
  - { id: laptop, title: Order the laptop, phase: before-day-1, owner: manager }
  - { id: welcome, title: Welcome meeting, phase: day-1, owner: manager }
  - { title: Meet your buddy, phase: day-1, owner: buddy }
  - { id: check-in-30, title: 30-day check-in, phase: day-30, owner: manager }
  - { id: check-in-90, title: 90-day check-in, phase: day-90, owner: manager }
`,
  'roles/qa-engineer.yaml': `
id: qa-engineer
title: QA Engineer
family: quality
summary: Verifies builds.
partners:
  - { role: developer, for: "handover, fixes" }
  - role: platform-engineer
processes:
  - { name: QA & Testing, url: "https://wiki.acme.test/qa" }
standards:
  - { name: Escaped Defects Analysis, note: own your escaped-defect record }
github: { team: qa }
jira: { projectRole: QA Engineers }
onboarding:
  tasks:
    - { id: qa-env, title: Get access to the QA environment, phase: before-day-1, owner: "role:devops-engineer" }
    - { title: Run the regression suite, phase: week-1, owner: buddy, links: [{ title: Suite, url: "https://ci.acme.test/regression" }] }
`,
  'roles/platform-engineer.yaml': `
id: platform-engineer
title: Platform Engineer
family: engineering
summary: Runs the pipeline.
partners:
  - { role: qa-engineer, for: quality gates }
  - role: developer
processes:
  - QA & Testing
github: { team: platform }
jira: { group: platform-engineers }
onboarding:
  tasks:
    - { title: Walk through the pipeline, phase: week-1 }
`,
  'roles/developer.yaml': `
id: developer
title: Developer
family: engineering
summary: Writes code.
github: { team: dev }
`,
  'roles/devops-engineer.yaml': `
id: devops-engineer
title: DevOps Engineer
family: engineering
summary: Grants access.
`,
  'activities.yaml': `
groups:
  - id: delivery
    title: Delivery
    activities:
      - id: qa-testing
        title: QA & Testing
        raci: { qa-engineer: A, developer: R, platform-engineer: C }
      - id: release
        title: Release
        description: ship the build
        raci: { platform-engineer: A, qa-engineer: R }
      - id: deploy
        title: Deploy
        raci: { platform-engineer: A, developer: R, qa-engineer: I }
`,
  'jira.yaml': `
site: https://acme.atlassian.net
bundles:
  browse: { permissions: [BROWSE_PROJECTS] }
projects:
  - { key: APP, name: App, scheme: delivery }
  - { key: OPS, name: Operations, scheme: ops, production: true }
schemes:
  - id: delivery
    name: Delivery
    grants:
      - { role: qa-engineer, permissions: [browse, ADD_COMMENTS] }
      - { role: platform-engineer, permissions: [browse] }
  - id: ops
    name: Ops
    grants:
      - { role: platform-engineer, permissions: [browse] }
`,
  'people.yaml': `
people:
  - { id: mia, name: Mia Lead, github: mia-gh, roles: [qa-engineer] }
  - { id: dana, name: Dana Dev, github: dana-gh, roles: [developer] }
  - { id: devin, name: Devin Ops, roles: [devops-engineer] }
  - { id: quinn, name: Quinn Tester, github: quinn-gh, roles: [qa-engineer], manager: mia, buddy: dana, startDate: 2026-12-04 }
  - { id: pat, name: Pat Both, github: pat-gh, roles: [platform-engineer, qa-engineer], manager: mia, startDate: 2026-12-07 }
`,
};

/** The fixture, optionally with some files replaced. */
export function fixtureModel(overrides: Record<string, string> = {}): Model {
  return modelFromYaml({ ...FIXTURE, ...overrides });
}
