import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { StoredResource } from '../graph-store.js';
import { valuesAt } from '../search/evaluate-search.js';
import type { ResourceSearch, SearchPage, SortKey } from '../search/search-query.js';
import { compareCodePoints, compareSortValues } from '../search/value-order.js';
import { cypher } from './cypher-statement.js';
import { runRows } from './neo4j-session.js';
import { resourceProjection, toStoredResource, type ResourceRow } from './resource-node.js';
import { nextToken, pageRoom, sortedOffset, type SearchCursor } from './search-order.js';
import { whereOf, type ResourceSet } from './search-sets.js';

/** A page of the resources of `set`: by uid (keyset pages) or, sorted, in process by the sort keys then uid. */
export async function resourcePage(
  tx: ManagedTransaction,
  set: ResourceSet,
  query: ResourceSearch,
  cursor: SearchCursor,
): Promise<SearchPage> {
  const room = pageRoom(cursor, query.limit);
  if (query.sort !== undefined && query.sort.length > 0) return sortedPage(tx, set, query, cursor, room);
  if (cursor.after !== undefined && typeof cursor.after !== 'string') return { resources: [] };
  const params = set.params;
  const after = cursor.after === undefined ? 'true' : `r.uid > ${params.add(cursor.after)}`;
  const rows = await runRows<{ resource: ResourceRow }>(
    tx,
    cypher(
      [whereOf(set, after), `RETURN ${resourceProjection('r')} AS resource`, 'ORDER BY r.uid', `LIMIT ${params.add(neo4j.int(room + 1))}`].join('\n'),
      params.values,
    ),
  );
  const resources = rows.slice(0, room).map((row) => toStoredResource(row.resource));
  const token = nextToken(cursor, query.limit, resources.length, rows.length > room, resources.at(-1)?.uid);
  return token === undefined ? { resources } : { resources, nextPageToken: token };
}

/**
 * Sorted: every member is read and ordered in process (compareSortValues: numbers, then text by code point, then
 * other values, missing last; Neo4j's own ORDER BY orders text by UTF-16 unit and mixed types otherwise).
 */
async function sortedPage(
  tx: ManagedTransaction,
  set: ResourceSet,
  query: ResourceSearch,
  cursor: SearchCursor,
  room: number,
): Promise<SearchPage> {
  const offset = sortedOffset(cursor);
  const rows = await runRows<{ resource: ResourceRow }>(
    tx,
    cypher(`${set.text} RETURN ${resourceProjection('r')} AS resource`, set.params.values),
  );
  const resources = rows.map((row) => toStoredResource(row.resource));
  const keys = query.sort ?? [];
  const keyed = resources.map((resource) => ({ resource, values: keys.map((key) => sortValue(resource, key)) }));
  keyed.sort((a, b) => {
    for (const [index, key] of keys.entries()) {
      const order = compareSortValues(a.values[index], b.values[index], key.descending ?? false);
      if (order !== 0) return order;
    }
    return compareCodePoints(a.resource.uid, b.resource.uid);
  });
  const page = keyed.slice(offset, offset + room).map((entry) => entry.resource);
  const end = offset + page.length;
  const token = nextToken(cursor, query.limit, page.length, end < keyed.length, end);
  return token === undefined ? { resources: page } : { resources: page, nextPageToken: token };
}

function sortValue(resource: StoredResource, key: SortKey): unknown {
  return 'path' in key ? valuesAt(resource, key.path) : undefined;
}
