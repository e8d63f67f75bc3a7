import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RemoteScheme } from './plan.js';

/** Saves schemes before they change, one folder per run, created on first use. */
export class Backups {
  private dir: string | undefined;
  private readonly projects: Array<{ key: string; schemeId?: number; schemeName?: string }> = [];

  constructor(
    private readonly root: string,
    private readonly now: () => Date,
  ) {}

  get folder(): string | undefined {
    return this.dir;
  }

  private async ensure(): Promise<string> {
    if (this.dir) return this.dir;
    await mkdir(this.root, { recursive: true });
    const stamp = this.now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-');
    for (let n = 1; ; n++) {
      const dir = join(this.root, n === 1 ? stamp : `${stamp}-${n}`);
      try {
        await mkdir(dir);
        this.dir = dir;
        return dir;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  async saveScheme(id: string, scheme: RemoteScheme): Promise<string> {
    const file = join(await this.ensure(), `${id}.json`);
    await writeFile(file, `${JSON.stringify(scheme, null, 2)}\n`, { flag: 'wx' });
    return file;
  }

  async saveProject(
    key: string,
    schemeId: number | undefined,
    schemeName: string | undefined,
  ): Promise<void> {
    this.projects.push({
      key,
      ...(schemeId !== undefined ? { schemeId } : {}),
      ...(schemeName !== undefined ? { schemeName } : {}),
    });
    await writeFile(
      join(await this.ensure(), 'projects.json'),
      `${JSON.stringify(this.projects, null, 2)}\n`,
    );
  }
}
