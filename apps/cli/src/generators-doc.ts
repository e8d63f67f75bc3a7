import { type OptionSpec, optionKeys } from '@rolekit/core';
import type { Registered } from './generators.js';

/** docs/generators.md, from the declarations: what each generator writes, reads and accepts. */
export const GENERATORS_DOC = new URL('../../../docs/generators.md', import.meta.url);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

/** A Markdown table with padded columns, as the formatter (biome) writes it. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)];
}

export function renderGeneratorsDoc(registry: readonly Registered[]): string {
  const out = [
    '# Generators',
    '',
    '<!-- Written from each generator’s declaration (src/declaration.ts) by `pnpm --filter rolekit docs`; a test keeps it in step. -->',
    '',
    '`rolekit generate` runs these in this order, each into `out/<name>/`. Set an option with',
    '`--option <name>.<key>=<value>`. Each generator has a page of its own in this folder; how to',
    'write one (in rolekit or your own) is in [CONTRIBUTING-generators.md](CONTRIBUTING-generators.md).',
    '',
  ];
  for (const { declaration: d } of registry) {
    out.push(`## ${d.name}`, '', `${d.description}.`, '');
    out.push(
      `Templates: ${d.templates ? `\`templates/${d.templates}/\`` : 'none'}. Page: [${d.name}.md](${d.name}.md).`,
      '',
    );
    const keys = optionKeys(d.options);
    if (keys.length > 0) {
      const rows = keys.map((key) => {
        const spec = (d.options as Record<string, OptionSpec>)[key]!;
        const values = spec.values ? spec.values.map((v) => `\`${String(v)}\``).join(', ') : '';
        return [`\`${key}\``, spec.type, values, cell(spec.description)];
      });
      out.push(...table(['option', 'type', 'values', 'what it does'], rows), '');
    }
    const written = d.artifacts.map((a) => [`\`${a.path}\``, `\`${a.mediaType}\``, cell(a.description)]);
    out.push(...table(['writes', 'media type', 'what'], written), '');
    if (d.commands.length > 0) {
      out.push('Commands:', '');
      for (const c of d.commands) out.push(`- \`rolekit ${d.name} ${c.name}\`: ${c.description}`);
      out.push('');
    }
    if (d.checks.length > 0)
      out.push(
        `Reports: ${d.checks.map((c) => `[${c.code}](diagnostics.md) ${cell(c.description)}`).join('; ')}.`,
        '',
      );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
