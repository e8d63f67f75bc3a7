import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../conventions.js';
import type { Io } from '../io.js';
import { displayPath } from '../model.js';

const require = createRequire(import.meta.url);

/** apps/cli/scaffold, beside src/ and dist/ alike (shipped in the package's `files`). */
const scaffoldDir = fileURLToPath(new URL('../../scaffold/', import.meta.url));

/** Each schema's `$id`: where an editor finds it when no installed copy is in reach. */
const SCHEMA_URL = 'https://rolekit.dev/schema/v1/';

const MODELINE = /^# yaml-language-server: \$schema=\S*?([a-z]+\.schema\.json)$/m;

export interface InitOptions {
  example: boolean;
  force: boolean;
}

interface PlannedFile {
  /** Relative to the repository folder, with forward slashes. */
  path: string;
  text: string;
}

/** The model's YAML files in `dir`: the top-level ones and roles/*.yaml, as relative paths. */
function yamlFiles(dir: string): string[] {
  const yaml = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((name) => name.endsWith('.yaml'))
          .sort()
          .map((name) => (sub ? `${sub}/${name}` : name))
      : [];
  return [...yaml(''), ...yaml('roles')];
}

/**
 * Where the model files' `$schema` comments point, decided once for the folder they go to:
 * the schemas of an installed rolekit in the nearest node_modules (npm puts @rolekit/model at the top;
 * the link survives upgrades), else the schemas this rolekit runs from when they are not inside
 * node_modules (a checkout of the rolekit repository), else their published `$id` URL.
 */
function schemaLocation(modelDir: string): (fromDir: string, file: string) => string {
  for (let dir = modelDir; ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', '@rolekit', 'model', 'schema');
    if (existsSync(join(installed, 'role.schema.json')))
      return (from, file) => posix(relative(from, join(installed, file)));
    if (dirname(dir) === dir) break;
  }
  const own = dirname(realpathSync(require.resolve('@rolekit/model/schema/role.schema.json')));
  if (!own.split(sep).includes('node_modules')) return (from, file) => posix(relative(from, join(own, file)));
  return (_from, file) => `${SCHEMA_URL}${file}`;
}

const posix = (path: string) => path.split(sep).join('/');

/** The files `rolekit init` writes into `root`: pure, so the plan can be checked before anything is written. */
export function planInit(root: string, options: Pick<InitOptions, 'example'>): PlannedFile[] {
  const source = options.example
    ? dirname(require.resolve('@rolekit/example-model/package.json'))
    : join(scaffoldDir, 'model');
  const modelDir = join(root, 'model');
  const schema = schemaLocation(modelDir);
  const model = yamlFiles(source).map((file) => {
    const text = readFileSync(join(source, file), 'utf8');
    const from = dirname(join(modelDir, file));
    return {
      path: `model/${file}`,
      text: text.replace(
        MODELINE,
        (_line, name: string) => `# yaml-language-server: $schema=${schema(from, name)}`,
      ),
    };
  });
  return [
    ...model,
    { path: '.github/workflows/rolekit.yml', text: readFileSync(join(scaffoldDir, 'rolekit.yml'), 'utf8') },
  ];
}

/** The lines of the scaffold's .gitignore that `existing` lacks (an existing .gitignore is added to, not replaced). */
function gitignoreAdditions(existing: string): string {
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const wanted = readFileSync(join(scaffoldDir, 'gitignore'), 'utf8').split('\n');
  const missing = wanted.filter((l) => l.trim() !== '' && !l.startsWith('#') && !have.has(l.trim()));
  if (missing.length === 0) return '';
  return `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${wanted[0]}\n${missing.join('\n')}\n`;
}

/** rolekit init [DIR]: a model to edit, a .gitignore and a CI workflow; never overwrites without --force. */
export async function init(io: Io, dir: string, options: InitOptions): Promise<number> {
  const root = resolve(io.cwd, dir);
  const plan = planInit(root, options);
  const taken = plan.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
  if (taken.length > 0 && !options.force) {
    const shown = taken
      .slice(0, 8)
      .map((p) => `  ${p}\n`)
      .join('');
    const more = taken.length > 8 ? `  ... and ${taken.length - 8} more\n` : '';
    throw new UsageError(
      `${taken.length} file${taken.length === 1 ? '' : 's'} already exist${taken.length === 1 ? 's' : ''} in ${displayPath(io, root)}; nothing was written:\n${shown}${more}run again with --force to overwrite them, or give another folder: rolekit init DIR`,
    );
  }
  for (const file of plan) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const gitignore = join(root, '.gitignore');
  const before = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : '';
  const added = gitignoreAdditions(before);
  if (added) writeFileSync(gitignore, before + added);

  const where = displayPath(io, root);
  const models = plan.filter((f) => f.path.startsWith('model/')).length;
  io.stdout(
    `${where}: wrote ${models} model files${options.example ? ' (the example organisation)' : ''} in model/, .github/workflows/rolekit.yml${added ? ', .gitignore' : ''}${taken.length ? ` (${taken.length} overwritten)` : ''}\n`,
  );
  const cd = dir === '.' ? '' : `cd ${dir} && `;
  io.stdout(
    `next: edit model/*.yaml, then ${cd}npx rolekit validate && npx rolekit generate (writes out/; CI builds it too)\n`,
  );
  return 0;
}
