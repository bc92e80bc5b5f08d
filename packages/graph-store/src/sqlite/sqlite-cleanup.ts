import type { Database, Statement } from 'better-sqlite3';
import type { FinishSyncResult, ScopeKey } from '../graph-store.js';
import type { StoreLogger } from '../logger.js';
import { SqliteResourceDeletion, type DeletableRow } from './sqlite-resource-deletion.js';
import { toEdgeRecord, type EdgeRow } from './sqlite-rows.js';

interface StaleEdgeRow extends ScopeKey {
  from_uid: string;
  type: string;
  to_uid: string;
}

type ScopeParams = ScopeKey & { syncSeq: number; afterRowId: number; limit: number };
type EdgeCursor = { from: string; type: string; to: string };

/**
 * End-of-sync cleanup. Every batch is one transaction holding a resource's deletion, its edges and its change record
 * together, so a crash between batches leaves a consistent store and finishing the sync again completes the work.
 * "Unseen" means not seen by this sync nor a later one (last_sync < this sync's number).
 */
export class SqliteCleanup {
  private readonly selectUnseen: Statement<[ScopeParams], DeletableRow>;
  private readonly deleteEdgesFrom: Statement<[string, number]>;
  private readonly deleteEdgesTo: Statement<[string, number]>;
  private readonly deletion: SqliteResourceDeletion;
  private readonly selectStaleEdges: Statement<[EdgeCursor & { syncSeq: number; limit: number }], StaleEdgeRow>;
  private readonly deleteEdge: Statement<[string, string, string]>;
  private readonly selectDangling: Statement<[number], EdgeRow>;

  constructor(
    private readonly db: Database,
    private readonly batchSize: number,
    private readonly logger: StoreLogger,
  ) {
    this.selectUnseen = db.prepare(
      `SELECT r.rid, r.uid, r.kind, r.name, r.cloud, r.account, r.region
       FROM resources r INDEXED BY resources_scope JOIN resource_seen v ON v.rid = r.rid
       WHERE r.account = @account AND r.region = @region AND r.kind = @kind AND r.cloud = @cloud
         AND r.service = @serviceGroup AND r.rid > @afterRowId AND v.last_sync < @syncSeq
       ORDER BY r.rid
       LIMIT @limit`,
    );
    this.deleteEdgesFrom = db.prepare('DELETE FROM edges WHERE from_uid = ? AND last_sync < ?');
    this.deleteEdgesTo = db.prepare('DELETE FROM edges WHERE to_uid = ? AND last_sync < ?');
    this.deletion = new SqliteResourceDeletion(db, batchSize);
    this.selectStaleEdges = db.prepare(
      `SELECT e.from_uid, e.type, e.to_uid, r.cloud, r.account, r.region, r.kind, r.service AS serviceGroup
       FROM edges e JOIN resources r ON r.uid = e.from_uid
       WHERE e.last_sync < @syncSeq AND (e.from_uid, e.type, e.to_uid) > (@from, @type, @to)
       ORDER BY e.from_uid, e.type, e.to_uid
       LIMIT @limit`,
    );
    this.deleteEdge = db.prepare('DELETE FROM edges WHERE from_uid = ? AND type = ? AND to_uid = ?');
    this.selectDangling = db.prepare(
      `SELECT e.from_uid, e.type, e.to_uid, e.to_kind FROM edges e
       WHERE e.last_sync = ?
         AND (NOT EXISTS (SELECT 1 FROM resources r WHERE r.uid = e.to_uid)
           OR NOT EXISTS (SELECT 1 FROM resources r WHERE r.uid = e.from_uid))
       ORDER BY e.from_uid, e.type, e.to_uid`,
    );
  }

  finish(syncId: string, syncSeq: number, completeScopes: ScopeKey[]): FinishSyncResult {
    const result: FinishSyncResult = { deleted: 0, deletedEdges: 0, changes: [], danglingEdges: [] };
    const scopes = new Map(completeScopes.map((scope) => [scopeKeyOf(scope), scope]));
    for (const scope of scopes.values()) this.deleteUnseenResources(syncId, syncSeq, scope, result);
    if (scopes.size > 0) result.deletedEdges += this.deleteStaleEdges(syncSeq, new Set(scopes.keys()));
    result.danglingEdges = this.selectDangling.all(syncSeq).map(toEdgeRecord);
    this.logger.info(
      {
        syncId,
        scopes: scopes.size,
        deleted: result.deleted,
        deletedEdges: result.deletedEdges,
        dangling: result.danglingEdges.length,
      },
      'sync finished',
    );
    return result;
  }

  private deleteUnseenResources(syncId: string, syncSeq: number, scope: ScopeKey, result: FinishSyncResult): void {
    const { cloud, account, region, kind, serviceGroup } = scope;
    this.deletion.deleteInBatches(
      syncId,
      (afterRowId, limit) =>
        this.selectUnseen.all({ cloud, account, region, kind, serviceGroup, syncSeq, afterRowId, limit }),
      (uid) => this.deleteEdgesFrom.run(uid, syncSeq).changes + this.deleteEdgesTo.run(uid, syncSeq).changes,
      result,
    );
  }

  /** Edges not seen again whose source remains in a complete scope: one pass over the edges in key order, in batches. */
  private deleteStaleEdges(syncSeq: number, completeScopes: Set<string>): number {
    let cursor: EdgeCursor = { from: '', type: '', to: '' };
    let deleted = 0;
    const deleteBatch = this.db.transaction((): StaleEdgeRow | undefined => {
      const rows = this.selectStaleEdges.all({ ...cursor, syncSeq, limit: this.batchSize });
      for (const row of rows) {
        if (completeScopes.has(scopeKeyOf(row)))
          deleted += this.deleteEdge.run(row.from_uid, row.type, row.to_uid).changes;
      }
      return rows.length === this.batchSize ? rows[rows.length - 1] : undefined;
    });
    for (let last = deleteBatch(); last !== undefined; last = deleteBatch()) {
      cursor = { from: last.from_uid, type: last.type, to: last.to_uid };
    }
    return deleted;
  }
}

function scopeKeyOf(scope: ScopeKey): string {
  return JSON.stringify([scope.cloud, scope.account, scope.region, scope.kind, scope.serviceGroup]);
}
