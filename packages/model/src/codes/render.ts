import { CODE_SECTIONS } from './index.js';
import type { CodeSection } from './section.js';

/** Where the generated catalogue lives, from the repository root. */
export const DIAGNOSTICS_DOC = 'docs/diagnostics.md';

const PREAMBLE = `# Diagnostics catalogue

Every problem rolekit reports has a stable code. \`rolekit validate\` prints them like a compiler:

\`\`\`
model/roles/qa-engineer.yaml:12:5 error RK012 unknown role 'qa-lead' in partners; did you mean 'qa-engineer'?
  hint: use the id of a file under roles/ (23 roles defined)
\`\`\`

Errors stop \`validate\` (exit 1) and \`generate\` (nothing is written). Warnings are printed and do not stop anything.
Every problem comes at once: a file that fails its schema is left out of the checks of meaning, but the files that
passed are still checked, so an unknown role in one file is reported beside a missing field in another. Checks that
would need the broken file (who holds a role when people.yaml is broken, the RACI variant when organisation.yaml is)
wait until it is fixed, rather than report what the broken file would have settled.
\`--format json\` gives the same diagnostics as \`{ code, severity, message, hint, file, line, column, pointer }\`.

Model text is never printed raw: control characters in values, messages and file names (ESC, CR, newlines, other
C0 and C1 controls, bidi overrides such as U+202E) are shown escaped the way JSON writes them (\`\\u001b\`, \`\\n\`), so a
model cannot repaint the terminal or forge a CI log line such as \`::error::\`. Whatever else the CLI prints goes
through the same filter, and a line of output that would start with \`::\` is prefixed with a backslash.`;

const width = (s: string) => [...s].length;

/** A Markdown table with padded columns, as a formatter would leave it. */
function table(rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => row.map((c) => c.replaceAll('|', '\\|')));
  const widths = cells[0]?.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? '')))) ?? [];
  const line = (row: readonly string[]) =>
    `| ${row.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

function renderSection(s: CodeSection): string {
  const rows = Object.entries(s.codes).map(([code, info]) => [
    code,
    info.severity === 'warning' ? `${info.title} (warning)` : info.title,
    info.cause,
    info.fix,
  ]);
  const intro = s.intro ? [...s.intro, ''] : [];
  return [`## ${s.heading}`, '', ...intro, ...table([['code', 'title', 'cause', 'fix'], ...rows])].join('\n');
}

/** docs/diagnostics.md, from the catalogue. */
export function renderDiagnosticsDoc(): string {
  return `${[PREAMBLE, ...CODE_SECTIONS.map(renderSection)].join('\n\n')}\n`;
}
