import type { Database, Statement } from 'better-sqlite3';
import type { ChangeSubject, DeletionResult, ResourceFilter, ScopeKey } from '../graph-store.js';
import type { StoreLogger } from '../logger.js';
import { buildResourceFilter } from './sqlite-filter.js';
import { changeOf, changeValues } from './sqlite-writer.js';

interface DoomedRow extends ChangeSubject {
  rid: number;
}

type ScopeParams = ScopeKey & { at?: string };

/** Orphan marks (resources whose scope left the configuration) and deletion by filter in the embedded store. */
export class SqliteOrphans {
  private readonly mark: Statement<[ScopeParams]>;
  private readonly unmark: Statement<[ScopeParams]>;
  private readonly deleteEdgesFrom: Statement<[string]>;
  private readonly deleteEdgesTo: Statement<[string]>;
  private readonly deleteResource: Statement<[number]>;
  private readonly deleteSeen: Statement<[number]>;
  private readonly insertChange: Statement<unknown[]>;
  readonly markOrphaned: (scopes: ScopeKey[], at: string) => number;
  readonly unmarkOrphaned: (scopes: ScopeKey[]) => number;

  constructor(
    private readonly db: Database,
    private readonly batchSize: number,
    private readonly logger: StoreLogger,
  ) {
    // The scope's five fields walk resources_scope, as cleanup does.
    const inScope = `account = @account AND region = @region AND kind = @kind AND cloud = @cloud AND service = @service`;
    this.mark = db.prepare(
      `UPDATE resources INDEXED BY resources_scope SET orphaned_since = @at WHERE ${inScope} AND orphaned_since IS NULL`,
    );
    this.unmark = db.prepare(
      `UPDATE resources INDEXED BY resources_scope SET orphaned_since = NULL
       WHERE ${inScope} AND orphaned_since IS NOT NULL`,
    );
    this.deleteEdgesFrom = db.prepare('DELETE FROM edges WHERE from_uid = ?');
    this.deleteEdgesTo = db.prepare('DELETE FROM edges WHERE to_uid = ?');
    this.deleteResource = db.prepare('DELETE FROM resources WHERE rid = ?');
    this.deleteSeen = db.prepare('DELETE FROM resource_seen WHERE rid = ?');
    this.insertChange = db.prepare(
      `INSERT INTO changes (sync_id, uid, kind, name, cloud, account, region, change, at, changed_fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
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
    const select = this.db.prepare<unknown[], DoomedRow>(
      `SELECT r.rid, r.uid, r.kind, r.name, r.cloud, r.account, r.region FROM resources r
       WHERE (${where.sql}) AND r.rid > ? ORDER BY r.rid LIMIT ?`,
    );
    const result: DeletionResult = { deleted: 0, deletedEdges: 0, changes: [] };
    let afterRowId = 0;
    const deleteBatch = this.db.transaction((): number => {
      const rows = select.all(...where.params, afterRowId, this.batchSize);
      afterRowId = rows.at(-1)?.rid ?? afterRowId;
      const at = new Date().toISOString();
      for (const row of rows) {
        result.deletedEdges += this.deleteEdgesFrom.run(row.uid).changes;
        result.deletedEdges += this.deleteEdgesTo.run(row.uid).changes;
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
      if (deleted < this.batchSize) break;
    }
    this.logger.info({ syncId, deleted: result.deleted, deletedEdges: result.deletedEdges }, 'resources deleted');
    return result;
  }
}

function uniqueScopes(scopes: ScopeKey[]): ScopeKey[] {
  const unique = new Map<string, ScopeKey>();
  for (const { cloud, account, region, service, kind } of scopes) {
    unique.set(JSON.stringify([cloud, account, region, service, kind]), { cloud, account, region, service, kind });
  }
  return [...unique.values()];
}
