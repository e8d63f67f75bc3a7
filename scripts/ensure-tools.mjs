// The test suite reads PDFs back with poppler's pdftotext, as a person's PDF viewer would render
// them. On a fresh Debian machine (CI, a new laptop) it is installed here; elsewhere we say how.
import { execFileSync, spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync(cmd, ['-v'], { stdio: 'ignore' }).status === 0;

if (!has('pdftotext')) {
  const isRoot = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (isRoot && apt) {
    console.log('installing poppler-utils (pdftotext) for the PDF tests...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      'The PDF tests need pdftotext: install poppler-utils (apt-get install poppler-utils, brew install poppler).',
    );
    process.exit(1);
  }
}
