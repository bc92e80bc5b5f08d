import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError, StoreNotFoundError } from '../errors.js';
import type { EdgeRecord, NeighborQuery, Neighborhood } from '../graph-store.js';
import { assertLabel, validateDepth } from '../validation.js';
import {
  FROM_RESOURCES,
  RESOURCE_COLUMNS,
  toEdgeRecord,
  toStoredResource,
  type EdgeRow,
  type ResourceRow,
} from './sqlite-rows.js';

/** Breadth-first, one query per hop and direction; only connected edges (both ends stored) are followed. */
export function findNeighbors(db: Database, uid: string, query: NeighborQuery = {}): Neighborhood {
  const depth = validateDepth(query.depth);
  const direction = query.direction ?? 'out';
  if (!['out', 'in', 'both'].includes(direction))
    throw new InvalidStoreArgumentError('query.direction', 'must be out, in or both');
  query.edgeTypes?.forEach((type, index) => assertLabel(type, `query.edgeTypes[${index}]`));
  if (!db.prepare('SELECT 1 FROM resources WHERE uid = ?').get(uid)) throw new StoreNotFoundError('resource', uid);

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
      for (const row of db.prepare<[typeof params], EdgeRow>(edgeStatements[side]).all(params)) {
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
  const resources = db
    .prepare<[string], ResourceRow>(
      `SELECT ${RESOURCE_COLUMNS} ${FROM_RESOURCES} WHERE r.uid IN (SELECT value FROM json_each(?)) ORDER BY r.uid`,
    )
    .all(JSON.stringify([...visited]))
    .map(toStoredResource);
  return { resources, edges: [...edges.values()] };
}
