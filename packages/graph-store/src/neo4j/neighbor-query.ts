import type { EdgeRecord, Neighborhood, NeighborQuery } from '../graph-store.js';
import { InvalidStoreArgumentError, StoreNotFoundError } from '../errors.js';
import { assertLabel, validateDepth } from '../validation.js';
import { runRows } from './neo4j-session.js';
import { getResource, neighborHop } from './query-cypher.js';
import { readResources } from './resource-cypher.js';
import { toStoredResource, type ResourceRow } from './resource-node.js';
import type { StoreContext } from './store-context.js';

const DIRECTIONS = new Set(['out', 'in', 'both']);

interface HopRow {
  from: string;
  type: string;
  to: string;
  toKind: string | null;
  reached: string;
}

/**
 * A breadth-first walk, one query per hop inside one read transaction: each resource is expanded once, so the cost
 * follows the size of the neighbourhood, not the number of paths through it.
 */
export async function neighbors(context: StoreContext, uid: string, query: NeighborQuery = {}): Promise<Neighborhood> {
  const depth = validateDepth(query.depth);
  const direction = query.direction ?? 'out';
  if (!DIRECTIONS.has(direction)) throw new InvalidStoreArgumentError('query.direction', 'must be out, in or both');
  query.edgeTypes?.forEach((type, index) => assertLabel(type, `query.edgeTypes[${index}]`));

  return context.sessions.read(async (tx) => {
    const [start] = await runRows<{ resource: ResourceRow }>(tx, getResource(uid));
    if (start === undefined) throw new StoreNotFoundError('resource', uid);
    const visited = new Set([uid]);
    const edges = new Map<string, EdgeRecord>();
    let frontier = [uid];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const rows = await runRows<HopRow>(tx, neighborHop(frontier, direction, query.edgeTypes));
      const next: string[] = [];
      for (const row of rows) {
        edges.set(JSON.stringify([row.from, row.type, row.to]), toEdge(row));
        if (!visited.has(row.reached)) {
          visited.add(row.reached);
          next.push(row.reached);
        }
      }
      frontier = next;
    }
    visited.delete(uid);
    const resources = await runRows<{ resource: ResourceRow }>(tx, readResources([...visited]));
    return { resources: resources.map((row) => toStoredResource(row.resource)), edges: [...edges.values()] };
  });
}

function toEdge(row: HopRow): EdgeRecord {
  return { from: row.from, type: row.type, to: row.to, ...(row.toKind === null ? {} : { toKind: row.toKind }) };
}
