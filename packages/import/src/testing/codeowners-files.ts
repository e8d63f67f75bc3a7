/**
 * CODEOWNERS files shaped like real ones, for the round-trip proof and the bench: hundreds of rules
 * over a repository tree, header and inline comments, duplicate and shadowed patterns, teams,
 * individual owners, emails, rules without owners and, for GitLab, sections with defaults.
 * Deterministic: a seed gives the same file and tree every time.
 */

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ['api', 'web', 'auth', 'billing', 'search', 'infra', 'docs', 'mobile', 'data', 'sdk'].flatMap(
  (a) => ['', '-core', '-ui', '-jobs', '-edge', '-v2'].map((s) => a + s),
);
const SUBS = [
  'src',
  'test',
  'lib',
  'config',
  'scripts',
  'assets',
  'migrations',
  'internal',
  'cmd',
  'pkg',
  'e2e',
  'fixtures',
];
const FILES = [
  'index.ts',
  'main.go',
  'README.md',
  'schema.sql',
  'app.py',
  'style.css',
  'Makefile',
  '.env.example',
];
const EXTS = ['ts', 'go', 'md', 'sql', 'py', 'css', 'yml', 'json'];

export interface ShapedFile {
  text: string;
  /** The repository's files, as a tree listing gives them. */
  paths: string[];
}

export function shapedCodeowners(
  seed: number,
  options: {
    rules?: number;
    gitlab?: boolean;
    org?: string;
    crlf?: boolean;
    /** Where emails and other organisations' teams own: on anchored paths (default) or anywhere. */
    exceptions?: 'anchored' | 'anywhere';
  } = {},
): ShapedFile {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const org = options.org ?? 'acme';
  const rules = options.rules ?? 300;
  const paths = new Set<string>();
  for (const area of AREAS)
    for (const sub of SUBS)
      for (let i = 0; i < 2; i++)
        paths.add(`${area}/${sub}/${i === 0 ? pick(FILES) : `f${i}.${pick(EXTS)}`}`);
  paths.add('README.md');
  paths.add('.github/workflows/ci.yml');
  paths.add('docs/guides/deep/page.md');

  const teams = ['core', 'frontend', 'backend', 'platform-team', 'security', 'docs-team', 'data-eng', 'qa'];
  const users = ['alice', 'Bob-Smith', 'carol99', 'dave'];
  const owner = (anchored: boolean): string => {
    const r = next();
    if (!anchored && options.exceptions !== 'anywhere' && r >= 0.985) return `@${org}/${pick(teams)}`;
    if (r < 0.74) return `@${org}/${pick(teams)}`;
    if (r < 0.985) return `@${pick(users)}`;
    if (r < 0.995) return `${pick(['ops', 'security', 'jane.doe'])}@example.com`;
    return `@${pick(['other-org', 'partner'])}/${pick(teams)}`;
  };
  const pattern = (): string => {
    const area = pick(AREAS);
    const sub = pick(SUBS);
    const r = next();
    // Mostly anchored directories and files, as real files are; some globs at any depth.
    switch (r < 0.8 ? [0, 1, 5, 6, 8][Math.floor(next() * 5)] : [2, 3, 4, 7][Math.floor(next() * 4)]) {
      case 0:
        return `/${area}/`;
      case 1:
        return `/${area}/${sub}/`;
      case 2:
        return `*.${pick(EXTS)}`;
      case 3:
        return `/${area}/**/*.${pick(EXTS)}`;
      case 4:
        return `${sub}/`;
      case 5:
        return `/${area}/${sub}/*`;
      case 6:
        return `/${area}/${sub}/${pick(FILES)}`;
      case 7:
        return `**/${pick(FILES)}`;
      default:
        return `/${area}/${sub}/**`;
    }
  };
  // Files grow general first, specific later, with exceptions: order by depth, one in ten anywhere.
  const depth = (p: string) => (p.startsWith('/') ? p.split('/').filter(Boolean).length : 0);
  const drawn = Array.from({ length: rules }, () => pattern());
  const ordered = drawn
    .map((p, i) => ({
      p,
      key:
        next() < 0.1 && (p.startsWith('/') || options.exceptions === 'anywhere')
          ? 1 + next() * 3
          : depth(p) + i / rules,
    }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.p);
  const lines: string[] = [
    '# CODEOWNERS for the monorepo',
    '# Maintained by hand until rolekit.',
    '',
    `* @${org}/core`,
    '',
  ];
  const sections = ['Backend', 'Frontend', 'Docs', 'Security'];
  for (let i = 0; i < rules; i++) {
    if (options.gitlab && i % 60 === 0) {
      const name = sections[(i / 60) % sections.length] as string;
      const optional = next() < 0.25 ? '^' : '';
      const approvals = !optional && next() < 0.3 ? '[2]' : '';
      const defaults = next() < 0.5 ? ` @${org}/${pick(teams)}` : '';
      lines.push('', `${optional}[${name}]${approvals}${defaults}`);
    }
    const r = next();
    if (r < 0.08)
      lines.push(`# ${pick(['Owned by', 'Reviewed by', 'Ask'])} ${pick(teams)} <b>&</b> ✓ — ${i}`);
    else if (r < 0.12) lines.push('');
    const p = next() < 0.05 && i > 5 ? (ordered[Math.floor(next() * i)] as string) : (ordered[i] as string);
    const count = 1 + Math.floor(next() * next() * 3);
    const owners = Array.from({ length: count }, () => owner(p.startsWith('/')));
    const noOwners = next() < 0.01 && p.startsWith('/');
    const inline = next() < 0.05 ? ' # inline note' : '';
    lines.push(`${p}${noOwners ? '' : ` ${owners.join(' ')}`}${inline}`);
  }
  lines.push('', '# End of file');
  const eol = options.crlf ? '\r\n' : '\n';
  return { text: `${lines.join(eol)}${eol}`, paths: [...paths].sort() };
}
