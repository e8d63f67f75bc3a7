import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The site's scripts are files of this package (assets/, linted like any code) and MiniSearch's
// browser build from its package: read once a process, like fonts, and written into out/site/assets/
// so that the pages load nothing from the network. Not model input, so generate stays pure.

const cache = new Map<string, string>();

function packageFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The search box's script. */
export const searchScript = () => packageFile('search.js');
/** The RACI page's filters and cell notes. */
export const raciScript = () => packageFile('raci.js');

/** MiniSearch's UMD build (assigns window.MiniSearch), with its licence and no source-map comment. */
export function miniSearchScript(): string {
  let text = cache.get('minisearch');
  if (text === undefined) {
    const require = createRequire(import.meta.url);
    const root = join(dirname(require.resolve('minisearch')), '..', '..');
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
      .version;
    const body = readFileSync(join(root, 'dist', 'umd', 'index.js'), 'utf8').replace(
      /\n\/\/# sourceMappingURL=\S+\s*$/,
      '\n',
    );
    text = `/*! MiniSearch ${version} | MIT License | Copyright 2022 Luca Ongaro | https://github.com/lucaong/minisearch */\n${body}`;
    cache.set('minisearch', text);
  }
  return text;
}
