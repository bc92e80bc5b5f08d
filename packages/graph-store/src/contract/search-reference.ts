import type { ChangeRecord, EdgeRecord, StoredResource } from '../graph-store.js';
import { matchesChange, matchesPredicate, valuesAt } from '../search/evaluate-search.js';
import { compareInstants, parseInstant } from '../search/instants.js';
import type {
  Aggregation,
  ChangeSearch,
  FieldPath,
  Predicate,
  ResourceSearch,
  SearchRow,
  SortKey,
  TraversalStep,
} from '../search/search-query.js';
import { formatFieldPath } from '../search/field-paths.js';
import { compareCodePoints, compareSortValues, groupText } from '../search/value-order.js';

/**
 * A whole search answered in memory, the slow and obvious way, over resources and the edges among them: the
 * reference the contract checks its stated answers and its generated queries against. Not a store.
 */
export class SearchReference {
  private readonly byUid: Map<string, StoredResource>;
  private readonly out = new Map<string, EdgeRecord[]>();
  private readonly in = new Map<string, EdgeRecord[]>();

  constructor(
    resources: readonly StoredResource[],
    edges: readonly EdgeRecord[],
    private readonly changes: readonly ChangeRecord[] = [],
  ) {
    this.byUid = new Map(resources.map((item) => [item.uid, item]));
    for (const edge of edges) {
      if (!this.byUid.has(edge.from) || !this.byUid.has(edge.to)) continue;
      push(this.out, edge.from, edge);
      push(this.in, edge.to, edge);
    }
  }

  /** The resources a search without aggregation answers, in its order, limit applied. */
  resources(query: ResourceSearch): StoredResource[] {
    const found = this.lastSet(query).sort(resourceOrder(query.sort ?? []));
    return query.limit === undefined ? found : found.slice(0, query.limit);
  }

  rows(query: ResourceSearch & { aggregate: Aggregation }): SearchRow[] {
    return finishRows(aggregate(this.lastSet(query), query.aggregate, valuesAt), query);
  }

  changeRecords(query: ChangeSearch): ChangeRecord[] {
    const found = this.matchingChanges(query);
    const keys = query.sort ?? [];
    const ordered = keys.length === 0 ? found : stableSort(found, (a, b) => compareByKeys(a, b, keys, changeValue));
    return query.limit === undefined ? ordered : ordered.slice(0, query.limit);
  }

  changeRows(query: ChangeSearch & { aggregate: Aggregation }): SearchRow[] {
    return finishRows(aggregate(this.matchingChanges(query), query.aggregate, changeValue), query);
  }

  matches(resource: StoredResource, predicate: Predicate): boolean {
    switch (predicate.type) {
      case 'and':
        return predicate.terms.every((term) => this.matches(resource, term));
      case 'or':
        return predicate.terms.some((term) => this.matches(resource, term));
      case 'not':
        return !this.matches(resource, predicate.term);
      case 'with': {
        const count = this.walk([resource], predicate.steps).length;
        return compareCount(count, predicate.count.op, predicate.count.value);
      }
      default:
        return matchesPredicate(resource, predicate);
    }
  }

  private lastSet(query: ResourceSearch): StoredResource[] {
    const start = [...this.byUid.values()].filter((item) => this.matches(item, query.filter));
    return this.walk(start, query.steps ?? []);
  }

  private walk(start: StoredResource[], steps: readonly TraversalStep[]): StoredResource[] {
    let current = start;
    for (const step of steps) current = this.step(current, step);
    return current;
  }

  /** Resources at a distance from minDepth to maxDepth of some start resource (fewest hops from that start). */
  private step(start: StoredResource[], step: TraversalStep): StoredResource[] {
    const minDepth = step.minDepth ?? 1;
    const maxDepth = step.maxDepth ?? step.minDepth ?? 1;
    const reached = new Set<string>();
    for (const origin of start) {
      const distance = new Map([[origin.uid, 0]]);
      let frontier = [origin.uid];
      if (minDepth === 0) reached.add(origin.uid);
      for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
        const next: string[] = [];
        for (const uid of frontier)
          for (const neighbor of this.neighbors(uid, step))
            if (!distance.has(neighbor)) {
              distance.set(neighbor, depth);
              next.push(neighbor);
              if (depth >= minDepth) reached.add(neighbor);
            }
        frontier = next;
      }
    }
    const found = [...reached].map((uid) => this.byUid.get(uid)!);
    const filter = step.filter;
    return filter === undefined ? found : found.filter((item) => this.matches(item, filter));
  }

  private neighbors(uid: string, step: TraversalStep): string[] {
    const types = step.edgeTypes ?? [];
    const accepts = (edge: EdgeRecord) => types.length === 0 || types.includes(edge.type);
    const found: string[] = [];
    if (step.direction !== 'in') for (const edge of this.out.get(uid) ?? []) if (accepts(edge)) found.push(edge.to);
    if (step.direction !== 'out') for (const edge of this.in.get(uid) ?? []) if (accepts(edge)) found.push(edge.from);
    return found;
  }

  private matchingChanges(query: ChangeSearch): ChangeRecord[] {
    const since = query.since?.type === 'time' ? parseInstant(query.since.value) : undefined;
    const until = query.until?.type === 'time' ? parseInstant(query.until.value) : undefined;
    return this.changes.filter((change) => {
      const at = parseInstant(change.at);
      if (at === undefined) return false;
      if (since !== undefined && compareInstants(at, since) < 0) return false;
      if (until !== undefined && compareInstants(at, until) >= 0) return false;
      return matchesChange(change, query.filter);
    });
  }
}

function push(map: Map<string, EdgeRecord[]>, key: string, edge: EdgeRecord): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [edge]);
  else list.push(edge);
}

function compareCount(count: number, op: string, value: number): boolean {
  if (op === 'eq') return count === value;
  if (op === 'ne') return count !== value;
  if (op === 'lt') return count < value;
  if (op === 'lte') return count <= value;
  if (op === 'gt') return count > value;
  return count >= value;
}

type Reader<T> = (item: T, path: FieldPath) => unknown;

function changeValue(change: ChangeRecord, path: FieldPath): unknown {
  if (path.root !== 'field') return undefined;
  const name = path.name as string;
  if (name === 'sync_id') return change.syncId;
  return (change as unknown as Record<string, unknown>)[name];
}

function resourceOrder(keys: readonly SortKey[]): (a: StoredResource, b: StoredResource) => number {
  return (a, b) => compareByKeys(a, b, keys, valuesAt) || compareCodePoints(a.uid, b.uid);
}

function compareByKeys<T>(a: T, b: T, keys: readonly SortKey[], read: Reader<T>): number {
  for (const key of keys) {
    if (!('path' in key)) continue;
    const order = compareSortValues(read(a, key.path), read(b, key.path), key.descending === true);
    if (order !== 0) return order;
  }
  return 0;
}

function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compare(a.item, b.item) || a.index - b.index)
    .map((entry) => entry.item);
}

function aggregate<T>(items: T[], aggregation: Aggregation, read: Reader<T>): SearchRow[] {
  const groups = new Map<string, { group: Record<string, string | null>; numbers: number[]; count: number }>();
  for (const item of items) {
    const group: Record<string, string | null> = {};
    for (const path of aggregation.groupBy) group[formatFieldPath(path)] = groupText(read(item, path));
    const key = JSON.stringify(aggregation.groupBy.map((path) => group[formatFieldPath(path)]));
    let entry = groups.get(key);
    if (entry === undefined) groups.set(key, (entry = { group, numbers: [], count: 0 }));
    entry.count += 1;
    const value = aggregation.path === undefined ? undefined : read(item, aggregation.path);
    if (typeof value === 'number') entry.numbers.push(value);
  }
  if (aggregation.groupBy.length === 0 && groups.size === 0) groups.set('[]', { group: {}, numbers: [], count: 0 });
  return [...groups.values()].map(({ group, numbers, count }) => ({
    group,
    value: valueOf(aggregation.op, numbers, count),
  }));
}

function valueOf(op: Aggregation['op'], numbers: number[], count: number): number | null {
  if (op === 'count') return count;
  if (numbers.length === 0) return null;
  if (op === 'sum') return numbers.reduce((sum, value) => sum + value, 0);
  if (op === 'avg') return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
  return op === 'min' ? Math.min(...numbers) : Math.max(...numbers);
}

/** Rows by the sort keys (the value, or a group field by its path), then by the group values, limit applied. */
function finishRows(
  rows: SearchRow[],
  query: { aggregate: Aggregation; sort?: SortKey[]; limit?: number },
): SearchRow[] {
  const names = query.aggregate.groupBy.map(formatFieldPath);
  const keys = query.sort ?? [];
  const sorted = [...rows].sort((a, b) => {
    for (const key of keys) {
      const order =
        'value' in key
          ? compareSortValues(a.value, b.value, key.descending === true)
          : compareSortValues(a.group[formatFieldPath(key.path)], b.group[formatFieldPath(key.path)], key.descending);
      if (order !== 0) return order;
    }
    for (const name of names) {
      const order = compareSortValues(a.group[name], b.group[name]);
      if (order !== 0) return order;
    }
    return 0;
  });
  return query.limit === undefined ? sorted : sorted.slice(0, query.limit);
}
