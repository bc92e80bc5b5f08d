import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError, StoreNotFoundError } from '../errors.js';
import type {
  AggregateQuery,
  AggregateRow,
  ChangeQuery,
  ChangeRecord,
  EdgeRecord,
  NeighborQuery,
  Neighborhood,
  Page,
  PageRequest,
  ResourceFilter,
  StoredResource,
} from '../graph-store.js';
import {
  assertLabel,
  encodePageToken,
  normalizeTime,
  resolveGroupField,
  resolvePage,
  resolveProperty,
  validateDepth,
} from '../validation.js';
import { buildResourceFilter, dataPath, type SqlFragment } from './sqlite-filter.js';
import {
  RESOURCE_COLUMNS,
  toChangeRecord,
  toEdgeRecord,
  toStoredResource,
  type ChangeRow,
  type EdgeRow,
  type ResourceRow,
} from './sqlite-rows.js';

const FROM_RESOURCES = 'FROM resources r JOIN syncs s ON s.seq = r.last_sync';

/** Read queries of the embedded store. */
export class SqliteQueries {
  constructor(private readonly db: Database) {}

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

  neighbors(uid: string, query: NeighborQuery = {}): Neighborhood {
    const depth = validateDepth(query.depth);
    const direction = query.direction ?? 'out';
    if (!['out', 'in', 'both'].includes(direction))
      throw new InvalidStoreArgumentError('query.direction', 'must be out, in or both');
    query.edgeTypes?.forEach((type, index) => assertLabel(type, `query.edgeTypes[${index}]`));
    if (!this.db.prepare('SELECT 1 FROM resources WHERE uid = ?').get(uid))
      throw new StoreNotFoundError('resource', uid);

    const typeSql = query.edgeTypes === undefined ? '' : ' AND e.type IN (SELECT value FROM json_each(@types))';
    const edgeStatements = {
      out: `SELECT e.from_uid, e.type, e.to_uid, e.to_kind FROM edges e JOIN resources t ON t.uid = e.to_uid
            WHERE e.from_uid IN (SELECT value FROM json_each(@frontier))${typeSql}`,
      in: `SELECT e.from_uid, e.type, e.to_uid, e.to_kind FROM edges e JOIN resources f ON f.uid = e.from_uid
           WHERE e.to_uid IN (SELECT value FROM json_each(@frontier))${typeSql}`,
    };
    const sides = direction === 'both' ? (['out', 'in'] as const) : ([direction] as const);
    const visited = new Set([uid]);
    const edges = new Map<string, EdgeRecord>();
    let frontier = [uid];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const params = { frontier: JSON.stringify(frontier), types: JSON.stringify(query.edgeTypes ?? []) };
      const next: string[] = [];
      for (const side of sides) {
        for (const row of this.db.prepare<[typeof params], EdgeRow>(edgeStatements[side]).all(params)) {
          edges.set(JSON.stringify([row.from_uid, row.type, row.to_uid]), toEdgeRecord(row));
          const other = side === 'out' ? row.to_uid : row.from_uid;
          if (!visited.has(other)) {
            visited.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    visited.delete(uid);
    const resources = this.db
      .prepare<[string], ResourceRow>(
        `SELECT ${RESOURCE_COLUMNS} ${FROM_RESOURCES} WHERE r.uid IN (SELECT value FROM json_each(?)) ORDER BY r.uid`,
      )
      .all(JSON.stringify([...visited]))
      .map(toStoredResource);
    return { resources, edges: [...edges.values()] };
  }

  aggregate(query: AggregateQuery): AggregateRow[] {
    if (!Array.isArray(query.groupBy)) throw new InvalidStoreArgumentError('query.groupBy', 'must be a list');
    const groups = query.groupBy.map((field, index) => groupSql(field, index));
    const value = valueSql(query.value ?? { op: 'count' });
    const where = buildResourceFilter(query.filter ?? {}, 'query.filter');
    const selectGroups = groups.map((group, index) => `${group.sql} AS g${index}`);
    const groupBySql = groups.length === 0 ? '' : ` GROUP BY ${groups.map((_, index) => `g${index}`).join(', ')}`;
    const sql = `SELECT ${[...selectGroups, `${value.sql} AS value`].join(', ')} FROM resources r WHERE (${where.sql})${groupBySql}`;
    const params = [...groups.flatMap((group) => group.params), ...value.params, ...where.params];
    const rows = this.db.prepare<unknown[], Record<string, unknown>>(sql).all(...params);
    if (groups.length > 0 && rows.length === 0) return [];
    return rows.map((row) => ({
      group: Object.fromEntries(query.groupBy.map((field, index) => [field, groupValue(row[`g${index}`])])),
      value: Number(row.value ?? 0),
    }));
  }

  countEdges(filter: { types?: string[] } = {}): number {
    filter.types?.forEach((type, index) => assertLabel(type, `filter.types[${index}]`));
    const typeSql = filter.types === undefined ? '' : ' AND e.type IN (SELECT value FROM json_each(?))';
    const row = this.db
      .prepare<unknown[], { count: number }>(
        `SELECT count(*) AS count FROM edges e
         WHERE EXISTS (SELECT 1 FROM resources r WHERE r.uid = e.from_uid)
           AND EXISTS (SELECT 1 FROM resources r WHERE r.uid = e.to_uid)${typeSql}`,
      )
      .get(...(filter.types === undefined ? [] : [JSON.stringify(filter.types)]));
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

/** Cuts a page from `limit + 1` rows: the extra row only tells that another page exists. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (item: T) => (string | number)[]): Page<T> {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, nextPageToken: encodePageToken(cursorOf(items[items.length - 1]!)) };
}

function groupSql(field: string, index: number): SqlFragment {
  const resolved = resolveGroupField(field, `query.groupBy[${index}]`);
  if (resolved.source === 'core') return { sql: `r.${resolved.field}`, params: [] };
  if (resolved.source === 'tag')
    return { sql: '(SELECT t.value FROM json_each(r.tags) t WHERE t.key = ?)', params: [resolved.key] };
  const path = dataPath(resolved.key);
  return {
    sql: `CASE json_type(r.data, ?) WHEN 'null' THEN NULL WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
            WHEN 'object' THEN json_extract(r.data, ?) WHEN 'array' THEN json_extract(r.data, ?)
            ELSE CAST(json_extract(r.data, ?) AS TEXT) END`,
    params: [path, path, path, path],
  };
}

function valueSql(value: NonNullable<AggregateQuery['value']>): SqlFragment {
  if (value.op === 'count') return { sql: 'count(*)', params: [] };
  if (!['sum', 'min', 'max'].includes(value.op))
    throw new InvalidStoreArgumentError('query.value.op', 'must be count, sum, min or max');
  const property = resolveProperty(value.property, 'query.value.property');
  // Core fields are text, so they hold no numbers to add up.
  if (property.source === 'core') return { sql: '0', params: [] };
  const path = dataPath(property.key);
  const numeric = `CASE WHEN json_type(r.data, ?) IN ('integer', 'real') THEN json_extract(r.data, ?) END`;
  const sql = value.op === 'sum' ? `total(${numeric})` : `coalesce(${value.op}(${numeric}), 0)`;
  return { sql, params: [path, path] };
}

function groupValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
