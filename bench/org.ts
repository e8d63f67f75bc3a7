// pnpm bench:org --roles 2000 --people 20000 --repos 1000 --activities 500 [--out .bench/org]
// Writes a valid synthetic model of that size, deterministically.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticOrganisation } from '@rolekit/testing';

export async function writeOrganisation(
  out: string,
  size: { roles: number; people: number; repos: number; activities: number },
) {
  await rm(out, { recursive: true, force: true });
  const files = syntheticOrganisation(size);
  for (const [path, text] of files) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), text);
  }
  return files.size;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      roles: { type: 'string', default: '2000' },
      people: { type: 'string', default: '20000' },
      repos: { type: 'string', default: '1000' },
      activities: { type: 'string', default: '500' },
      out: { type: 'string', default: '.bench/org' },
    },
  });
  const size = {
    roles: Number(values.roles),
    people: Number(values.people),
    repos: Number(values.repos),
    activities: Number(values.activities),
  };
  const out = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out);
  const count = await writeOrganisation(out, size);
  console.log(
    `wrote ${count} files to ${out} (${size.roles} roles, ${size.people} people, ${size.repos} repositories, ${size.activities} activities)`,
  );
}
