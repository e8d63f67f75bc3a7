// An example of a generator from outside rolekit: one Markdown page of every role, by family, for
// a Confluence or Slack-style wiki. Copy this file into your model folder (or publish it as a
// package) and name it in organisation.yaml:
//
//   generators:
//     - path: ./generators/roles-page.mjs      # or: - package: rolekit-generator-roles-page
//
// It needs nothing but Node: the contract is a plain object (docs/CONTRIBUTING-generators.md).
// Pure: it reads ctx.model and ctx.options and returns files; rolekit writes them, checks them
// with --check and reports problems through ctx.report.

const encoder = new TextEncoder();

/** Model text on one line, with what Markdown or a wiki would read as markup escaped. */
function text(value) {
  return String(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`);
}

/** @type {import('@rolekit/core').Generator<{ title: string, people: boolean, roles?: string[] }>} */
export const generator = {
  name: 'roles-page',
  description: 'one Markdown page of every role, by family, for a wiki or a chat channel',
  templates: null,
  options: {
    title: { type: 'string', description: 'the page’s heading (default: Roles at <organisation>)' },
    people: { type: 'boolean', description: 'name the people who hold each role (default true)' },
  },
  defaultOptions: { title: '', people: true },
  checks: [{ code: 'RK100', description: 'an unknown option or a value of the wrong type' }],
  commands: [],
  artifacts: [{ path: 'roles.md', mediaType: 'text/markdown; charset=utf-8', description: 'every role' }],

  generate(ctx) {
    const { model, options } = ctx;
    const only = options.roles ? new Set(options.roles) : undefined;
    const lines = [`# ${text(options.title || `Roles at ${model.organisation.name}`)}`, ''];
    for (const family of model.organisation.families) {
      const roles = model.roles.filter((r) => r.family.id === family.id && (!only || only.has(r.id)));
      if (roles.length === 0) continue;
      lines.push(`## ${text(family.title)}`, '');
      for (const role of roles) {
        const holders = options.people ? model.peopleInRole(role.id).map((p) => text(p.name)) : [];
        lines.push(
          `- **${text(role.title)}**: ${text(role.summary)}${holders.length > 0 ? ` (${holders.join(', ')})` : ''}`,
        );
      }
      lines.push('');
    }
    lines.push(`_Generated from the role model of ${model.organisation.date}._`, '');
    return [
      {
        path: 'roles.md',
        bytes: encoder.encode(lines.join('\n')),
        mediaType: 'text/markdown; charset=utf-8',
      },
    ];
  },
};
