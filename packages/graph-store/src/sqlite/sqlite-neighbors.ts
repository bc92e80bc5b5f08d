import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError, StoreNotFoundError } from '../errors.js';
import type { Direction, EdgeRecord, NeighborQuery, Neighborhood } from '../graph-store.js';
import { edgeEnds, resolveNeighborBudget } from '../neighbor-limits.js';
import { assertLabel, validateDepth } from '../validation.js';
import {
  FROM_RESOURCES,
  RESOURCE_COLUMNS,
  toEdgeRecord,
  toStoredResource,
  type EdgeRow,
  type ResourceRow,
} from './sqlite-rows.js';

const IN_LIST = (column: string, param: string) => `${column} IN (SELECT value FROM json_each(@${param}))`;

/**
 * The statements of one hop. Both stop at the budget in the database (LIMIT, one row more to tell a cut), so a
 * resource with a million neighbours costs one bounded page, not a million rows.
 */
function hopStatements(direction: Direction, hasTypes: boolean): { reached: string; edges: string } {
  const typeSql = hasTypes ? ` AND ${IN_LIST('e.type', 'types')}` : '';
  // Only connected edges: every uid in the frontier and in `allowed` is a stored resource; `reached` joins its end.
  const reachedSides = {
    out: `SELECT DISTINCT e.to_uid AS uid FROM edges e JOIN resources t ON t.uid = e.to_uid
          WHERE ${IN_LIST('e.from_uid', 'frontier')}${typeSql} AND e.to_uid NOT IN (SELECT value FROM json_each(@visited))`,
    in: `SELECT DISTINCT e.from_uid AS uid FROM edges e JOIN resources f ON f.uid = e.from_uid
         WHERE ${IN_LIST('e.to_uid', 'frontier')}${typeSql} AND e.from_uid NOT IN (SELECT value FROM json_each(@visited))`,
  };
  const edgeSides = {
    out: `SELECT e.from_uid, e.type, e.to_uid, e.to_kind FROM edges e
          WHERE ${IN_LIST('e.from_uid', 'frontier')} AND ${IN_LIST('e.to_uid', 'allowed')}${typeSql}`,
    in: `SELECT e.from_uid, e.type, e.to_uid, e.to_kind FROM edges e
         WHERE ${IN_LIST('e.to_uid', 'frontier')} AND ${IN_LIST('e.from_uid', 'allowed')}${typeSql}`,
  };
  const sides = direction === 'both' ? (['out', 'in'] as const) : ([direction] as const);
  return {
    reached: `${sides.map((side) => reachedSides[side]).join(' UNION ')} ORDER BY uid LIMIT @limit`,
    edges: `${sides.map((side) => edgeSides[side]).join(' UNION ')} ORDER BY 1, 2, 3 LIMIT @limit`,
  };
}

/**
 * Breadth-first, two bounded queries per hop: the next resources not yet seen (nearest hops first, by uid within a
 * hop), then the edges from the frontier to resources kept. Only connected edges (both ends stored) are followed.
 */
export function findNeighbors(db: Database, uid: string, query: NeighborQuery = {}): Neighborhood {
  const depth = validateDepth(query.depth);
  const budget = resolveNeighborBudget(query.limit);
  const direction = query.direction ?? 'out';
  if (!['out', 'in', 'both'].includes(direction))
    throw new InvalidStoreArgumentError('query.direction', 'must be out, in or both');
  query.edgeTypes?.forEach((type, index) => assertLabel(type, `query.edgeTypes[${index}]`));
  if (!db.prepare('SELECT 1 FROM resources WHERE uid = ?').get(uid)) throw new StoreNotFoundError('resource', uid);

  const statements = hopStatements(direction, query.edgeTypes !== undefined);
  const reachedStatement = db.prepare<[Record<string, unknown>], { uid: string }>(statements.reached);
  const edgeStatement = db.prepare<[Record<string, unknown>], EdgeRow>(statements.edges);
  const types = JSON.stringify(query.edgeTypes ?? []);
  const visited = [uid];
  const edges: EdgeRecord[] = [];
  let truncated = false;
  let frontier = [uid];
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
    const room = budget.resources + 1 - visited.length;
    const reached = reachedStatement
      .all({ frontier: JSON.stringify(frontier), visited: JSON.stringify(visited), types, limit: room + 1 })
      .map((row) => row.uid);
    if (reached.length > room) {
      truncated = true;
      reached.length = room;
    }
    visited.push(...reached);
    const edgeRoom = budget.edges - edges.length;
    const rows = edgeStatement.all({
      frontier: JSON.stringify(frontier),
      allowed: JSON.stringify(edgeEnds(direction, frontier, reached, visited)),
      types,
      limit: edgeRoom + 1,
    });
    if (rows.length > edgeRoom) {
      truncated = true;
      rows.length = edgeRoom;
    }
    edges.push(...rows.map(toEdgeRecord));
    frontier = reached;
  }
  const resources = db
    .prepare<[string], ResourceRow>(
      `SELECT ${RESOURCE_COLUMNS} ${FROM_RESOURCES} WHERE r.uid IN (SELECT value FROM json_each(?)) ORDER BY r.uid`,
    )
    .all(JSON.stringify(visited.slice(1)))
    .map(toStoredResource);
  return { resources, edges, truncated };
}
