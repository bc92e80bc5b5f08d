import { constants, copyFileSync, existsSync, linkSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { InvalidStoreArgumentError, StoreUnavailableError } from '../errors.js';

export interface SqliteBackupResult {
  /** The backup file (absolute). */
  path: string;
  pages: number;
  bytes: number;
}

// One backup step for the whole file: the copy is read in one read transaction, a snapshot that another process
// writing meanwhile can neither change nor restart (with small steps, each write elsewhere starts the copy over).
const ALL_PAGES = 0x7fffffff;

function openSource(source: string): Database.Database {
  if (!existsSync(source)) throw new StoreUnavailableError('sqlite', `no store file at ${source}`);
  let db: Database.Database | undefined;
  try {
    // Read-only: a backup never writes to the store, whether or not the inventory is running on it.
    db = new Database(source, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const hasTables = db
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name IN ('resources', 'jobs')")
      .get() as { n: number };
    if (hasTables.n !== 2) throw new InvalidStoreArgumentError('source', `${source} is not an inventory store`);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof InvalidStoreArgumentError) throw error;
    throw new StoreUnavailableError('sqlite', `cannot open ${source}`, { cause: error });
  }
}

/**
 * An online, consistent copy of the embedded store through SQLite's backup API, safe while an inventory writes to
 * it from another process. The copy is written beside the destination, checked, then linked to its name, so the
 * destination either is a whole, valid store or does not exist; an existing file is never overwritten.
 */
export async function backupSqliteFile(source: string, destination: string): Promise<SqliteBackupResult> {
  const target = resolve(destination);
  if (target === resolve(source)) throw new InvalidStoreArgumentError('destination', 'is the store file itself');
  if (existsSync(target)) throw new InvalidStoreArgumentError('destination', 'exists; choose a new file');
  if (!existsSync(dirname(target))) {
    throw new InvalidStoreArgumentError('destination', `the directory ${dirname(target)} does not exist`);
  }
  const partial = `${target}.partial-${process.pid}`;
  const db = openSource(source);
  try {
    const progress = await db.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new StoreUnavailableError('sqlite', `the copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    placeWithoutReplacing(partial, target);
    return { path: target, pages: progress.totalPages, bytes: statSync(target).size };
  } catch (error) {
    if (error instanceof InvalidStoreArgumentError || error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError('sqlite', `cannot back up ${source} to ${target}`, { cause: error });
  } finally {
    db.close();
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
  }
}

/**
 * Puts the finished copy under its name, failing rather than replacing a file that appeared there meanwhile: a hard
 * link where the filesystem has them, else an exclusive copy (some network and bind-mounted filesystems have none).
 */
function placeWithoutReplacing(partial: string, target: string): void {
  try {
    linkSync(partial, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    copyFileSync(partial, target, constants.COPYFILE_EXCL);
  }
}
