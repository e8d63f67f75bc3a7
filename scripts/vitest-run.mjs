// `vitest run`, with one allowance: a test file whose worker process did not start in time is run
// once more. Vitest 4 gives a new worker 60 s to answer (a constant no option reaches) and, on a
// busy 2-core machine, a worker has missed it with every test passing (vitest-dev/vitest#8968):
// the run then failed with the file never run. Only that case is retried, and only the files that
// did not run; a failing test, or any other error, fails the run as before.
import { relative } from 'node:path';
import { startVitest } from 'vitest/node';

const WORKER_DID_NOT_START = /^\[vitest-pool\]: (Failed to start \w+ worker|Timeout starting \w+ runner)/;

const filters = process.argv.slice(2);
const first = await startVitest('test', filters, { run: true, watch: false });

const errors = first.state.getUnhandledErrors();
const startErrors = errors.filter((error) => WORKER_DID_NOT_START.test(String(error?.message)));
const ranFiles = first.state.getFiles();
const failedFiles = ranFiles.filter((file) => file.result?.state === 'fail');

if (
  process.exitCode &&
  startErrors.length > 0 &&
  startErrors.length === errors.length &&
  failedFiles.length === 0
) {
  const ran = new Set(ranFiles.map((file) => file.filepath));
  const planned = (await first.globTestSpecifications(filters)).map((spec) => spec.moduleId);
  const missed = [...new Set(planned)].filter((file) => !ran.has(file));
  if (missed.length > 0) {
    const names = missed.map((file) => relative(process.cwd(), file));
    console.log(
      `\nA test worker did not start within vitest's 60 s, so ${names.length === 1 ? 'this file' : 'these files'} did not run; running again:\n  ${names.join('\n  ')}\n`,
    );
    process.exitCode = 0;
    await startVitest('test', missed, { run: true, watch: false });
  }
}
