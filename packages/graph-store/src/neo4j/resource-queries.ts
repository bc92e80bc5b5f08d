import type {
  AggregateQuery,
  AggregateRow,
  EdgeCountFilter,
  Page,
  PageRequest,
  ResourceFilter,
  StoredResource,
} from '../graph-store.js';
import { InvalidStoreArgumentError } from '../errors.js';
import {
  assertLabel,
  encodePageToken,
  resolveGroupField,
  resolvePage,
  resolveProperty,
  validateFilter,
} from '../validation.js';
import { countEdges as countEdgesStatement } from './edge-cypher.js';
import { runRows } from './neo4j-session.js';
import {
  aggregateResources,
  countEdgesFrom,
  getResource as getResourceStatement,
  listResources as listStatement,
} from './query-cypher.js';
import { toStoredResource, type ResourceRow } from './resource-node.js';
import type { StoreContext } from './store-context.js';

export async function getResource(context: StoreContext, uid: string): Promise<StoredResource | undefined> {
  const [row] = await context.sessions.read((tx) => runRows<{ resource: ResourceRow }>(tx, getResourceStatement(uid)));
  return row === undefined ? undefined : toStoredResource(row.resource);
}

export async function listResources(
  context: StoreContext,
  filter: ResourceFilter,
  page: PageRequest | undefined,
): Promise<Page<StoredResource>> {
  const resolved = validateFilter(filter);
  const { limit, after } = resolvePage(page, 1);
  const afterUid = after === undefined ? undefined : String(after[0]);
  const rows = await context.sessions.read((tx) =>
    runRows<{ resource: ResourceRow }>(tx, listStatement(filter, resolved, limit, afterUid)),
  );
  const items = rows.slice(0, limit).map((row) => toStoredResource(row.resource));
  const last = items.at(-1);
  return rows.length > limit && last !== undefined ? { items, nextPageToken: encodePageToken([last.uid]) } : { items };
}

// The operator becomes a Cypher function name, so only these four may pass.
const AGGREGATE_OPS = new Set(['count', 'sum', 'min', 'max']);

export async function aggregate(context: StoreContext, query: AggregateQuery): Promise<AggregateRow[]> {
  if (!Array.isArray(query.groupBy)) throw new InvalidStoreArgumentError('query.groupBy', 'must be a list');
  const groups = query.groupBy.map((field, index) => resolveGroupField(field, `query.groupBy[${index}]`));
  const resolvedFilter = validateFilter(query.filter ?? {}, 'query.filter');
  const value = query.value;
  if (value !== undefined && !AGGREGATE_OPS.has(value.op)) {
    throw new InvalidStoreArgumentError('query.value.op', 'must be count, sum, min or max');
  }
  const valueProperty =
    value === undefined || value.op === 'count' ? undefined : resolveProperty(value.property, 'query.value.property');
  const rows = await context.sessions.read((tx) =>
    runRows<Record<string, string | number | null>>(
      tx,
      aggregateResources(query, resolvedFilter, groups, valueProperty),
    ),
  );
  return rows.map((row) => ({
    group: Object.fromEntries(
      query.groupBy.map((field, index) => [field, (row[`g${index}`] as string | null) ?? null]),
    ),
    value: Number(row['value'] ?? 0),
  }));
}

export async function countEdges(context: StoreContext, filter: EdgeCountFilter = {}): Promise<number> {
  filter.types?.forEach((type, index) => assertLabel(type, `filter.types[${index}]`));
  if (filter.from !== undefined) {
    const from = filter.from;
    const resolved = validateFilter(from, 'filter.from');
    const types = filter.types === undefined ? undefined : [...new Set(filter.types)];
    const [row] = await context.sessions.read((tx) =>
      runRows<{ count: number }>(tx, countEdgesFrom(from, resolved, types)),
    );
    return row?.count ?? 0;
  }
  const types = filter.types === undefined ? [undefined] : [...new Set(filter.types)];
  return context.sessions.read(async (tx) => {
    let total = 0;
    for (const type of types) {
      const [row] = await runRows<{ count: number }>(tx, countEdgesStatement(type));
      total += row?.count ?? 0;
    }
    return total;
  });
}
