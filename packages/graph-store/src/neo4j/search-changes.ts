import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ChangeRecord } from '../graph-store.js';
import { changeRecordOf } from '../record-mapping.js';
import { matchesChange } from '../search/evaluate-search.js';
import type { ChangeSearch, FieldPath, SearchPage } from '../search/search-query.js';
import { compareSortValues, groupText } from '../search/value-order.js';
import { cypher } from './cypher-statement.js';
import { runRows } from './neo4j-session.js';
import { predicateCondition } from './search-condition.js';
import { nextToken, pageRoom, sortedOffset, type SearchCursor } from './search-order.js';
import { SearchParams } from './search-params.js';
import { merged, rowPage, totalsOf } from './search-rows.js';
import { instantComparison } from './search-time-cypher.js';

interface ChangeRow {
  seq: number;
  change: Parameters<typeof changeRecordOf>[0] & { changed_fields: string[] | null };
  sure: boolean;
}

const PROJECTION =
  'c { .seq, .sync_id, .uid, .kind, .name, .cloud, .account, .region, .change, .at, .changed_fields } AS change';

/**
 * A page of the change log: in recorded order by sequence (keyset pages), or sorted in process, or grouped in
 * process. Change fields are text, so Cypher decides the filter but where text order may part from code point order
 * (then matchesChange decides the candidates).
 */
export async function changePage(tx: ManagedTransaction, query: ChangeSearch, cursor: SearchCursor): Promise<SearchPage> {
  const params = new SearchParams();
  const condition = predicateCondition(query.filter, 'c', params, 'changes');
  const conditions = [condition.maybe];
  if (query.since !== undefined) conditions.push(instantComparison('c.at', '>=', query.since.value, params));
  if (query.until !== undefined) conditions.push(instantComparison('c.at', '<', query.until.value, params));
  const keyset = query.aggregate === undefined && (query.sort ?? []).length === 0;
  const room = pageRoom(cursor, query.limit);
  if (keyset && cursor.after !== undefined) {
    if (typeof cursor.after !== 'number') return { changes: [] };
    conditions.push(`c.seq > ${params.add(neo4j.int(cursor.after))}`);
  }
  // Unsure candidates are decided in process, so a keyset page reads on until it has a page or the log ends.
  const read = async (limit: number | undefined, afterSeq: number | undefined): Promise<ChangeRow[]> => {
    const local = afterSeq === undefined ? conditions : [...conditions, `c.seq > ${params.add(neo4j.int(afterSeq))}`];
    return runRows<ChangeRow>(
      tx,
      cypher(
        [
          'MATCH (c:Change)',
          `WHERE ${local.map((text) => `(${text})`).join(' AND ')}`,
          `RETURN c.seq AS seq, ${PROJECTION}, ${condition.sure} AS sure`,
          'ORDER BY c.seq',
          limit === undefined ? '' : `LIMIT ${params.add(neo4j.int(limit))}`,
        ].join('\n'),
        params.values,
      ),
    );
  };
  const keep = (row: ChangeRow) => row.sure || matchesChange(toChange(row), query.filter);
  if (!keyset) {
    const changes = (await read(undefined, undefined)).filter(keep).map(toChange);
    if (query.aggregate !== undefined) {
      const aggregation = query.aggregate;
      const totals = merged(
        changes.map((change) =>
          totalsOf(
            aggregation.groupBy.map((path) => groupText(changeValue(change, path))),
            aggregation.path === undefined ? undefined : changeValue(change, aggregation.path),
          ),
        ),
      );
      return rowPage(totals, aggregation, query.sort, query.limit, cursor);
    }
    return sortedChanges(changes, query, cursor, room);
  }
  const kept: ChangeRecord[] = [];
  let lastSeq: number | undefined;
  let more = false;
  for (;;) {
    const rows = await read(room + 1, lastSeq);
    for (const row of rows) {
      if (!keep(row)) continue;
      if (kept.length === room) {
        more = true;
        break;
      }
      kept.push(toChange(row));
      lastSeq = row.seq;
    }
    if (more || rows.length < room + 1) break;
    lastSeq = rows.at(-1)!.seq;
  }
  const token = nextToken(cursor, query.limit, kept.length, more, lastSeq);
  return token === undefined ? { changes: kept } : { changes: kept, nextPageToken: token };
}

function sortedChanges(changes: ChangeRecord[], query: ChangeSearch, cursor: SearchCursor, room: number): SearchPage {
  const offset = sortedOffset(cursor);
  const keys = query.sort ?? [];
  // The sort is stable: ties stay in recorded order.
  const sorted = [...changes].sort((a, b) => {
    for (const key of keys) {
      if (!('path' in key)) continue;
      const order = compareSortValues(changeValue(a, key.path), changeValue(b, key.path), key.descending ?? false);
      if (order !== 0) return order;
    }
    return 0;
  });
  const page = sorted.slice(offset, offset + room);
  const end = offset + page.length;
  const token = nextToken(cursor, query.limit, page.length, end < sorted.length, end);
  return token === undefined ? { changes: page } : { changes: page, nextPageToken: token };
}

function changeValue(change: ChangeRecord, path: FieldPath): unknown {
  if (path.root !== 'field') return undefined;
  if (path.name === 'sync_id') return change.syncId;
  const value = (change as unknown as Record<string, unknown>)[path.name];
  return ['uid', 'kind', 'name', 'cloud', 'account', 'region', 'change', 'at'].includes(path.name) ? value : undefined;
}

function toChange(row: ChangeRow): ChangeRecord {
  return changeRecordOf(row.change, row.change.changed_fields);
}
