import { exampleModel } from '@rolekit/testing';
import { describe, expect, it } from 'vitest';
import { explainPath, formatExplanation } from './explain.js';
import { fixtureModel } from './fixture.js';

describe('explain', () => {
  it('names the deciding rule, its roles and people, and the rules it overrides', async () => {
    const model = await exampleModel();
    const result = explainPath(model, 'platform-api', './src/auth/schema.sql');
    if (!result.ok) throw new Error(result.problem);
    expect(
      result.value.decisions.map((d) => [d.rule.rule.pattern, d.overrides.map((o) => o.rule.pattern)]),
    ).toEqual([['/src/auth/', ['*.sql', '/src/', '*']]]);
    expect(formatExplanation(result.value, model)).toBe(
      `src/auth/schema.sql in platform-api: rule '/src/auth/' (codeowners.yaml:20) decides
  @example-org/backend    role backend-engineer (Back-end Engineer), its GitHub team; held by Fatima Zahra (@fatima-example), Oliver Brown (@oliver-example)
  @example-org/devsecops  role devsecops (DevSecOps Engineer), its GitHub team; held by Noah Williams (@noah-example), Lina Haddad (@lina-example)
  it overrides 3 earlier rules that also match:
    '*.sql' (codeowners.yaml:15)  @example-org/backend @example-org/architecture
    '/src/' (codeowners.yaml:12)  @example-org/backend
    '*' (codeowners.yaml:9)  @example-org/tech-leads
`,
    );
  });

  it('explains each GitLab section on its own', async () => {
    const model = await exampleModel();
    const result = explainPath(model, 'web-app', 'tests/e2e/login.spec.ts', 'gitlab');
    if (!result.ok) throw new Error(result.problem);
    const text = formatExplanation(result.value, model);
    expect(text).toContain(
      "tests/e2e/login.spec.ts in web-app in section [Frontend]: rule '*' (codeowners.yaml:59) decides",
    );
    expect(text).toContain(
      "tests/e2e/login.spec.ts in web-app in section [Quality] (optional): rule '/tests/e2e/' (codeowners.yaml:76) decides",
    );
    expect(text).toContain(
      "  it overrides an earlier rule that also matches:\n    '/tests/' (codeowners.yaml:72)  @example-org/qa\n",
    );
  });

  it('shows people standing in for a role without a team', () => {
    const model = fixtureModel();
    const result = explainPath(model, 'api', 'docs/intro.md');
    if (!result.ok) throw new Error(result.problem);
    expect(formatExplanation(result.value, model)).toBe(
      `docs/intro.md in api: rule '/docs/' (codeowners.yaml:14) decides
  @ann-gh  role writer (Technical Writer), which has no GitHub team: the people who hold it
  @Zoe-GH
  it overrides an earlier rule that also matches:
    '*' (codeowners.yaml:12)  @acme/leads
`,
    );
  });

  it('says when no rule matches', () => {
    const model = fixtureModel({
      'codeowners.yaml':
        'repositories:\n  - name: api\n    rules:\n      - { pattern: /docs/, owners: [writer] }\n',
    });
    const result = explainPath(model, 'api', 'src/app.ts');
    if (!result.ok) throw new Error(result.problem);
    expect(formatExplanation(result.value, model)).toBe(
      'src/app.ts in api: no rule matches, so no code owner is asked to review it\n',
    );
  });

  it('suggests a repository for a typo', () => {
    expect(explainPath(fixtureModel(), 'apy', 'x')).toEqual({
      ok: false,
      problem: "no repository 'apy' in the model; did you mean 'api'?",
    });
  });
});
