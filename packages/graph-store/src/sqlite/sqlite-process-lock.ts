import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors.js';

/**
 * Holds `<store>.lock` for as long as the store is open, so that a second process on the same file refuses to start.
 *
 * The lock is SQLite's own: an exclusive transaction, in exclusive locking mode, on a small database beside the
 * store. The operating system drops it when the process ends however it ends (kill -9 included), so a crash never
 * leaves a stale lock behind, which a file holding a pid would.
 */
export class SqliteProcessLock {
  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {}

  static acquire(storePath: string): SqliteProcessLock {
    const path = `${storePath}.lock`;
    const db = new Database(path, { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new StoreUnavailableError(
          'sqlite',
          `${storePath} is already open in another process (it holds ${path}); the embedded store serves one inventory ` +
            'process: stop the other one, or run several inventories on one Neo4j',
        );
      }
      throw error;
    }
    return new SqliteProcessLock(db, path);
  }

  release(): void {
    this.db.close();
  }
}
