// Every test run gets one temporary folder, and every folder a test, or a process it starts, makes
// with os.tmpdir() lands inside it: it is removed when the run ends, so a test that forgets to
// clean up (or dies before it can) leaves nothing behind in the machine's /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const outer = tmpdir();
  const run = mkdtempSync(join(outer, 'rolekit-tests-'));
  // Read by os.tmpdir() in the test workers, which vitest starts with this process's environment.
  process.env['TMPDIR'] = run;
  return () => {
    process.env['TMPDIR'] = outer;
    rmSync(run, { recursive: true, force: true, maxRetries: 3 });
  };
}
