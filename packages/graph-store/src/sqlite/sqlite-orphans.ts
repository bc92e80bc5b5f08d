import type { Database, Statement } from 'better-sqlite3';
import type { DeletionResult, ResourceFilter, ScopeKey } from '../graph-store.js';
import type { StoreLogger } from '../logger.js';
import { buildResourceFilter } from './sqlite-filter.js';
import { SqliteResourceDeletion, type DeletableRow } from './sqlite-resource-deletion.js';
import { uniqueScopes } from '../scope-keys.js';

type ScopeParams = ScopeKey & { at?: string };

/** Orphan marks (resources whose scope left the configuration) and deletion by filter in the embedded store. */
export class SqliteOrphans {
  private readonly mark: Statement<[ScopeParams]>;
  private readonly unmark: Statement<[ScopeParams]>;
  private readonly deleteEdgesFrom: Statement<[string]>;
  private readonly deleteEdgesTo: Statement<[string]>;
  private readonly deletion: SqliteResourceDeletion;
  readonly markOrphaned: (scopes: ScopeKey[], at: string) => number;
  readonly unmarkOrphaned: (scopes: ScopeKey[]) => number;

  constructor(
    private readonly db: Database,
    batchSize: number,
    private readonly logger: StoreLogger,
  ) {
    // The scope's five fields walk resources_scope, as cleanup does.
    const inScope = `account = @account AND region = @region AND kind = @kind AND cloud = @cloud AND service = @serviceGroup`;
    this.mark = db.prepare(
      `UPDATE resources INDEXED BY resources_scope SET orphaned_since = @at WHERE ${inScope} AND orphaned_since IS NULL`,
    );
    this.unmark = db.prepare(
      `UPDATE resources INDEXED BY resources_scope SET orphaned_since = NULL
       WHERE ${inScope} AND orphaned_since IS NOT NULL`,
    );
    this.deleteEdgesFrom = db.prepare('DELETE FROM edges WHERE from_uid = ?');
    this.deleteEdgesTo = db.prepare('DELETE FROM edges WHERE to_uid = ?');
    this.deletion = new SqliteResourceDeletion(db, batchSize);
    this.markOrphaned = db.transaction((scopes: ScopeKey[], at: string) =>
      uniqueScopes(scopes).reduce((marked, scope) => marked + this.mark.run({ ...scope, at }).changes, 0),
    );
    this.unmarkOrphaned = db.transaction((scopes: ScopeKey[]) =>
      uniqueScopes(scopes).reduce((cleared, scope) => cleared + this.unmark.run(scope).changes, 0),
    );
  }

  /** One transaction per batch holds the deletions, their edges and their change records, as cleanup does. */
  deleteResources(syncId: string, filter: ResourceFilter): DeletionResult {
    const where = buildResourceFilter(filter);
    const select = this.db.prepare<unknown[], DeletableRow>(
      `SELECT r.rid, r.uid, r.kind, r.name, r.cloud, r.account, r.region FROM resources r
       WHERE (${where.sql}) AND r.rid > ? ORDER BY r.rid LIMIT ?`,
    );
    const result: DeletionResult = { deleted: 0, deletedEdges: 0, changes: [] };
    this.deletion.deleteInBatches(
      syncId,
      (afterRowId, limit) => select.all(...where.params, afterRowId, limit),
      (uid) => this.deleteEdgesFrom.run(uid).changes + this.deleteEdgesTo.run(uid).changes,
      result,
    );
    this.logger.info({ syncId, deleted: result.deleted, deletedEdges: result.deletedEdges }, 'resources deleted');
    return result;
  }
}
