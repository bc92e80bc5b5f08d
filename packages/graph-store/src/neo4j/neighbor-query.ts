import type { EdgeRecord, Neighborhood, NeighborQuery } from '../graph-store.js';
import { InvalidStoreArgumentError, StoreNotFoundError } from '../errors.js';
import { edgeEnds, resolveNeighborBudget } from '../neighbor-limits.js';
import { assertLabel, validateDepth } from '../validation.js';
import { runRows } from './neo4j-session.js';
import { getResource, neighborEdges, neighborsReached } from './query-cypher.js';
import { readResources } from './resource-cypher.js';
import { toStoredResource, type ResourceRow } from './resource-node.js';
import type { StoreContext } from './store-context.js';

const DIRECTIONS = new Set(['out', 'in', 'both']);

interface EdgeRow {
  from: string;
  type: string;
  to: string;
  toKind: string | null;
}

/**
 * A breadth-first walk inside one read transaction, two bounded queries per hop: the next resources not yet seen
 * (nearest hops first, by uid within a hop), then the edges from the frontier to resources kept. Each query stops
 * at the budget (one row more tells a cut), so a resource with a million neighbours costs one bounded page.
 */
export async function neighbors(context: StoreContext, uid: string, query: NeighborQuery = {}): Promise<Neighborhood> {
  const depth = validateDepth(query.depth);
  const budget = resolveNeighborBudget(query.limit);
  const direction = query.direction ?? 'out';
  if (!DIRECTIONS.has(direction)) throw new InvalidStoreArgumentError('query.direction', 'must be out, in or both');
  query.edgeTypes?.forEach((type, index) => assertLabel(type, `query.edgeTypes[${index}]`));

  return context.sessions.read(async (tx) => {
    const [start] = await runRows<{ resource: ResourceRow }>(tx, getResource(uid));
    if (start === undefined) throw new StoreNotFoundError('resource', uid);
    const visited = [uid];
    const edges: EdgeRecord[] = [];
    let truncated = false;
    let frontier = [uid];
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      const room = budget.resources + 1 - visited.length;
      const reachedRows = await runRows<{ reached: string }>(
        tx,
        neighborsReached(frontier, visited, direction, query.edgeTypes, room + 1),
      );
      const reached = reachedRows.map((row) => row.reached);
      if (reached.length > room) {
        truncated = true;
        reached.length = room;
      }
      visited.push(...reached);
      const edgeRoom = budget.edges - edges.length;
      const allowed = edgeEnds(direction, frontier, reached, visited);
      const rows = await runRows<EdgeRow>(
        tx,
        neighborEdges(frontier, allowed, direction, query.edgeTypes, edgeRoom + 1),
      );
      if (rows.length > edgeRoom) {
        truncated = true;
        rows.length = edgeRoom;
      }
      edges.push(...rows.map(toEdge));
      frontier = reached;
    }
    const resources = await runRows<{ resource: ResourceRow }>(tx, readResources(visited.slice(1)));
    return { resources: resources.map((row) => toStoredResource(row.resource)), edges, truncated };
  });
}

function toEdge(row: EdgeRow): EdgeRecord {
  return { from: row.from, type: row.type, to: row.to, ...(row.toKind === null ? {} : { toKind: row.toKind }) };
}
