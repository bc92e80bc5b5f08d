import type { Database, Statement } from 'better-sqlite3';
import type { ChangeSubject, DeletionResult } from '../graph-store.js';
import { changeOf, changeValues } from './sqlite-writer.js';

export interface DeletableRow extends ChangeSubject {
  rid: number;
}

/**
 * Deletes resources in bounded batches, each one transaction holding the resources, their edges, their seen rows and
 * their `deleted` change records, so a crash between batches leaves a consistent store. Shared by end-of-sync cleanup
 * and deletion by filter (orphans, purges); they differ in which rows go and which of their edges.
 */
export class SqliteResourceDeletion {
  private readonly deleteResource: Statement<[number]>;
  private readonly deleteSeen: Statement<[number]>;
  private readonly insertChange: Statement<unknown[]>;

  constructor(
    private readonly db: Database,
    private readonly batchSize: number,
  ) {
    this.deleteResource = db.prepare('DELETE FROM resources WHERE rid = ?');
    this.deleteSeen = db.prepare('DELETE FROM resource_seen WHERE rid = ?');
    this.insertChange = db.prepare(
      `INSERT INTO changes (sync_id, uid, kind, name, cloud, account, region, change, at, changed_fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Deletes the rows `selectBatch` returns, batch after batch, until one comes back short. `selectBatch(afterRowId,
   * limit)` gives the next rows in rid order; `deleteEdgesOf(uid)` removes a row's edges and counts them.
   */
  deleteInBatches(
    syncId: string,
    selectBatch: (afterRowId: number, limit: number) => DeletableRow[],
    deleteEdgesOf: (uid: string) => number,
    result: DeletionResult,
  ): void {
    let afterRowId = 0;
    const deleteBatch = this.db.transaction((): number => {
      const rows = selectBatch(afterRowId, this.batchSize);
      afterRowId = rows.at(-1)?.rid ?? afterRowId;
      const at = new Date().toISOString();
      for (const row of rows) {
        result.deletedEdges += deleteEdgesOf(row.uid);
        this.deleteResource.run(row.rid);
        this.deleteSeen.run(row.rid);
        const change = changeOf(syncId, row, 'deleted', at);
        this.insertChange.run(...changeValues(change));
        result.changes.push(change);
      }
      return rows.length;
    });
    for (;;) {
      const deleted = deleteBatch();
      result.deleted += deleted;
      if (deleted < this.batchSize) return;
    }
  }
}
