import { importJira, type JiraSite, type Known } from '@rolekit/import';
import { connectionFromEnv, JiraApi, JiraRequestError, secretsOf } from '@rolekit/jira';
import { type Io, redactingIo } from '../io.js';
import type { Gathered } from './import.js';

/** Reads every permission scheme, project role and project of the site, and imports them. */
export async function gatherJira(io: Io, known: Known): Promise<Gathered> {
  const connection = connectionFromEnv(io.env, undefined);
  if (!connection.ok)
    return {
      fragments: [],
      notCarried: [],
      problems: connection.problems.map((message) => ({
        file: '(environment)',
        line: 0,
        message,
        hint: 'set JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN',
      })),
    };
  const api = new JiraApi(connection.value);
  let site: JiraSite;
  try {
    const [schemes, roles, projects] = [
      await api.listSchemes(),
      await api.listProjectRoles(),
      await api.listProjects(),
    ];
    const withSchemes = [];
    for (const p of projects) {
      const schemeId = await api.projectSchemeId(p.key);
      withSchemes.push({ ...p, ...(schemeId !== undefined ? { schemeId } : {}) });
    }
    const base = connection.value.baseUrl;
    site = { ...(base.startsWith('https://') ? { site: base } : {}), schemes, roles, projects: withSchemes };
  } catch (error) {
    const message =
      error instanceof JiraRequestError
        ? error.message
        : `could not read the site: ${(error as Error).message}`;
    return {
      fragments: [],
      notCarried: [],
      problems: [
        { file: connection.value.baseUrl, line: 0, message, hint: 'check JIRA_BASE_URL and the credentials' },
      ],
    };
  }
  const imported = importJira(site, known);
  const jira = imported.fragment.jira;
  return {
    fragments: [imported.fragment],
    problems: [],
    notCarried: imported.notCarried,
    notes: [
      `read ${site.schemes.length} schemes, ${site.roles.length} project roles and ${site.projects.length} projects (${api.stats.requests} requests)`,
      ...(jira?.site
        ? []
        : [
            'the site is not https: jira.yaml names https://example.atlassian.net; set site, or JIRA_BASE_URL',
          ]),
    ],
  };
}

/** Every line a Jira import prints goes through here, so no form of the credentials gets out. */
export function jiraSafeIo(io: Io): Io {
  const email = io.env['JIRA_EMAIL']?.trim() ?? '';
  const apiToken = io.env['JIRA_API_TOKEN']?.trim() ?? '';
  return redactingIo(io, secretsOf({ email, apiToken }));
}
