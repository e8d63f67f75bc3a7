import type { ImportProblem } from '@rolekit/import';
import type { Io } from '../io.js';

/** CODEOWNERS of OWNER/NAME repositories, read through the same client as sync (filled in next). */
export async function readRemoteCodeowners(
  _io: Io,
  repos: readonly string[],
): Promise<{ files: Array<{ repository: string; file: string; text: string }>; problems: ImportProblem[] }> {
  return {
    files: [],
    problems: repos.map((r) => ({
      file: r,
      line: 0,
      message: 'reading from GitHub is not available yet',
      hint: 'import the file locally',
    })),
  };
}
