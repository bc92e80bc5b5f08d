import type { Database } from 'better-sqlite3';
import type {
  AggregateQuery,
  AggregateRow,
  ChangeQuery,
  ChangeRecord,
  EdgeCountFilter,
  NeighborQuery,
  Neighborhood,
  Page,
  PageRequest,
  ResourceFilter,
  StoredResource,
} from '../graph-store.js';
import { assertLabel, normalizeTime, resolvePage } from '../validation.js';
import { aggregateResources } from './sqlite-aggregate.js';
import { buildResourceFilter } from './sqlite-filter.js';
import { findNeighbors } from './sqlite-neighbors.js';
import { pageOf } from './sqlite-page.js';
import { SqliteReadCache } from './sqlite-read-cache.js';
import {
  FROM_RESOURCES,
  RESOURCE_COLUMNS,
  toChangeRecord,
  toStoredResource,
  type ChangeRow,
  type ResourceRow,
} from './sqlite-rows.js';

/** Read queries of the embedded store. */
export class SqliteQueries {
  private readonly cache: SqliteReadCache;

  constructor(private readonly db: Database) {
    this.cache = new SqliteReadCache(db);
  }

  getResource(uid: string): StoredResource | undefined {
    const row = this.db
      .prepare<[string], ResourceRow>(`SELECT ${RESOURCE_COLUMNS} ${FROM_RESOURCES} WHERE r.uid = ?`)
      .get(uid);
    return row === undefined ? undefined : toStoredResource(row);
  }

  listResources(filter: ResourceFilter, page?: PageRequest): Page<StoredResource> {
    const where = buildResourceFilter(filter);
    const { limit, after } = resolvePage(page, 1);
    const afterSql = after === undefined ? '' : ' AND r.uid > ?';
    const rows = this.db
      .prepare<unknown[], ResourceRow>(
        `SELECT ${RESOURCE_COLUMNS} ${FROM_RESOURCES} WHERE (${where.sql})${afterSql} ORDER BY r.uid LIMIT ?`,
      )
      .all(...where.params, ...(after ?? []), limit + 1);
    return pageOf(rows.map(toStoredResource), limit, (item) => [item.uid]);
  }

  neighbors(uid: string, query?: NeighborQuery): Neighborhood {
    return findNeighbors(this.db, uid, query);
  }

  /** Aggregates and edge counts read whole tables: kept until the next write (a summary's many askers pay once). */
  aggregate(query: AggregateQuery): AggregateRow[] {
    return this.cache.get(['aggregate', query], () => aggregateResources(this.db, query));
  }

  countEdges(filter: EdgeCountFilter = {}): number {
    return this.cache.get(['countEdges', filter], () => this.countEdgesNow(filter));
  }

  private countEdgesNow(filter: EdgeCountFilter): number {
    filter.types?.forEach((type, index) => assertLabel(type, `filter.types[${index}]`));
    const from = buildResourceFilter(filter.from ?? {}, 'filter.from');
    const typeSql = filter.types === undefined ? '' : ' AND e.type IN (SELECT value FROM json_each(?))';
    const row = this.db
      .prepare<unknown[], { count: number }>(
        `SELECT count(*) AS count FROM edges e JOIN resources r ON r.uid = e.from_uid
         WHERE EXISTS (SELECT 1 FROM resources t WHERE t.uid = e.to_uid) AND (${from.sql})${typeSql}`,
      )
      .get(...from.params, ...(filter.types === undefined ? [] : [JSON.stringify(filter.types)]));
    return row?.count ?? 0;
  }

  listChanges(query: ChangeQuery, page?: PageRequest): Page<ChangeRecord> {
    const { limit, after } = resolvePage(page, 1);
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (query.syncId !== undefined) {
      clauses.push('c.sync_id = ?');
      params.push(query.syncId);
    }
    for (const [list, column] of [
      [query.kinds, 'c.kind'],
      [query.changes, 'c.change'],
    ] as const) {
      if (list === undefined) continue;
      clauses.push(`${column} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(list));
    }
    if (query.since !== undefined) {
      clauses.push('c.at >= ?');
      params.push(normalizeTime(query.since, 'query.since'));
    }
    if (query.until !== undefined) {
      clauses.push('c.at < ?');
      params.push(normalizeTime(query.until, 'query.until'));
    }
    if (after !== undefined) {
      clauses.push('c.seq > ?');
      params.push(after[0]);
    }
    const where = clauses.length === 0 ? '1' : clauses.join(' AND ');
    const rows = this.db
      .prepare<unknown[], ChangeRow>(`SELECT * FROM changes c WHERE ${where} ORDER BY c.seq LIMIT ?`)
      .all(...params, limit + 1);
    const page_ = pageOf(rows, limit, (row) => [row.seq]);
    return { ...page_, items: page_.items.map(toChangeRecord) };
  }
}
