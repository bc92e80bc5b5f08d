import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const pollMs = 250;

/** The lock directory of one Neo4j server: every test process names the same one for the same URI. */
function lockPathOf(uri: string): string {
  return join(tmpdir(), `cloud-inventory-neo4j-${createHash('sha256').update(uri).digest('hex').slice(0, 16)}.lock`);
}

/** Whether the process that holds the lock has exited without releasing it (killed, crashed). */
async function holderIsGone(lock: string): Promise<boolean> {
  const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Holds the one database of a Neo4j test server for this test file, across Jest's worker processes, and resolves to
 * its release. The files that use it empty the database and count what they wrote, so two at once would see each
 * other's data. The lock is a directory renamed into place with the holder's pid inside (the rename is atomic and
 * fails while the lock exists); a holder that died is taken over.
 */
export async function holdNeo4jDatabase(uri: string, timeoutMs = 600_000): Promise<() => Promise<void>> {
  const lock = lockPathOf(uri);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const candidate = await mkdtemp(`${lock}-`);
    await writeFile(join(candidate, 'pid'), String(process.pid));
    try {
      await rename(candidate, lock);
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      await rm(candidate, { recursive: true, force: true });
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
    if (await holderIsGone(lock)) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the Neo4j test database at ${uri} stayed held by another test file for ${timeoutMs} ms (${lock})`,
      );
    }
    await sleep(pollMs);
  }
}
