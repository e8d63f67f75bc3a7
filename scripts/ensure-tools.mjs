// The test suite reads PDFs back with poppler's pdftotext, as a person's PDF viewer would render
// them, and opens the generated site in Debian's Chromium through playwright-core (Playwright's own
// browser download is not something every machine can reach). On a fresh Debian machine (CI, a new
// laptop) both are installed here; elsewhere we say how.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runs = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

// The places packages/testing/src/browser.ts looks (a subset), so "installed" means "the tests find it".
const chromiumPaths = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the tests (vitest), not by a turbo task.
const chosen = process.env['ROLEKIT_CHROMIUM'];
const hasChromium = () => Boolean(chosen) || chromiumPaths.some(existsSync);

const tools = [
  {
    what: 'pdftotext',
    present: () => runs('pdftotext', ['-v']),
    apt: 'poppler-utils',
    hint: 'The PDF tests need pdftotext: install poppler-utils (apt-get install poppler-utils, brew install poppler).',
  },
  {
    what: 'chromium',
    present: hasChromium,
    apt: 'chromium',
    hint:
      'The site tests need Chromium: install it (apt-get install chromium) or set ROLEKIT_CHROMIUM to a ' +
      'Chromium or Chrome executable.',
  },
];

if (chosen && !existsSync(chosen)) {
  console.error(`ROLEKIT_CHROMIUM names ${chosen}, which does not exist.`);
  process.exit(1);
}

const missing = tools.filter((t) => !t.present());
if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const apt = runs('apt-get', ['--version']);
  if (isRoot && apt) {
    console.log(`installing ${missing.map((t) => `${t.apt} (${t.what})`).join(', ')} for the tests...`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((t) => t.apt)],
      {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    );
  } else {
    for (const t of missing) console.error(t.hint);
    process.exit(1);
  }
}
