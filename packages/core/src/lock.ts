import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { OutputError, type SafeTree } from './safe-tree.js';

/** The lock is a folder (made atomically by mkdir); who holds it is written beside it. */
export const LOCK = '.rolekit-lock';
export const LOCK_OWNER = '.rolekit-lock-owner';

export interface OutputLock {
  /** Throws if the lock was lost (its holder could not refresh it in time) since it was taken. */
  assertHeld(): void;
  release(): Promise<void>;
}

interface Owner {
  pid: number;
  host: string;
  started: string;
  command: string;
}

function readOwner(tree: SafeTree, rel: string): Owner | undefined {
  try {
    const bytes = tree.read(rel);
    const owner = bytes ? (JSON.parse(bytes.toString('utf8')) as Partial<Owner>) : undefined;
    // The file sits in a folder a pull request can write to: trust its shape no further than this.
    const ok =
      owner &&
      Number.isSafeInteger(owner.pid) &&
      ['host', 'started', 'command'].every((k) => typeof owner[k as keyof Owner] === 'string');
    return ok ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(owner: Owner | undefined): string {
  if (!owner) return 'another rolekit run';
  const command = JSON.stringify(owner.command);
  return `another rolekit run (pid ${owner.pid} on ${JSON.stringify(owner.host)}, started ${owner.started}, command ${command})`;
}

/**
 * Takes the lock on the output folder `rel` of `tree` (which must exist). A run that was killed
 * leaves its lock behind; the lock is refreshed every stale/2 ms while held, so one older than
 * `stale` is taken over. When the holder is a process of this machine that no longer exists, this
 * waits for that; otherwise it fails at once, naming the run that holds the lock.
 */
export async function lockOutput(
  tree: SafeTree,
  rel: string,
  options: { stale?: number } = {},
): Promise<OutputLock> {
  const stale = options.stale ?? 10_000;
  const lockRel = rel === '' ? LOCK : `${rel}/${LOCK}`;
  const ownerRel = rel === '' ? LOCK_OWNER : `${rel}/${LOCK_OWNER}`;
  if (tree.entry(lockRel) === 'symlink')
    throw new OutputError(`${tree.show(lockRel)} is a symbolic link: remove it`);
  const folder = join(tree.root, rel);
  let lost: Error | undefined;
  const take = (retries: number) =>
    lockfile.lock(folder, {
      realpath: false,
      lockfilePath: join(tree.root, lockRel),
      stale,
      retries: { retries, minTimeout: 500, maxTimeout: 500, factor: 1 },
      onCompromised: (error) => {
        lost = error;
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(tree, ownerRel);
    const dead = owner && owner.host === hostname() && owner.pid !== process.pid && !alive(owner.pid);
    if (!dead)
      throw new OutputError(
        `${tree.show(rel)} is being written by ${describe(owner)}: wait for it to finish and run again (a lock left by a run that was killed expires ${stale / 1000} s after it stopped)`,
      );
    // Left by a run that was killed: its lock goes stale within `stale` ms.
    try {
      release = await take(Math.ceil(stale / 500) + 4);
    } catch {
      throw new OutputError(
        `${tree.show(rel)} is locked by ${describe(owner)}, which no longer runs: remove ${tree.show(lockRel)}`,
      );
    }
  }
  const owner: Owner = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    command: ['rolekit', ...process.argv.slice(2)].join(' '),
  };
  const tmp = `${ownerRel}.${process.pid}.rolekit-tmp`;
  tree.unlink(tmp);
  tree.create(tmp, Buffer.from(`${JSON.stringify(owner)}\n`));
  tree.rename(tmp, ownerRel);
  return {
    assertHeld() {
      if (lost)
        throw new OutputError(
          `lost the lock on ${tree.show(rel)} (${lost.message}); nothing more was written: run again`,
        );
    },
    async release() {
      tree.unlink(ownerRel);
      try {
        await release();
      } catch {
        // Already lost or removed: nothing left to release.
      }
    },
  };
}
