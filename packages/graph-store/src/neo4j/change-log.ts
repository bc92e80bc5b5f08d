import type { ChangeQuery, ChangeRecord, Page, PageRequest } from '../graph-store.js';
import { InvalidStoreArgumentError } from '../errors.js';
import { changeRecordOf, type ChangeColumns } from '../record-mapping.js';
import { encodePageToken, normalizeTime, resolvePage } from '../validation.js';
import { listChanges as listChangesStatement } from './change-cypher.js';
import { runRows } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';

interface ChangeRow extends ChangeColumns {
  changed_fields: string[] | null;
}

export async function listChanges(
  context: StoreContext,
  query: ChangeQuery,
  page: PageRequest | undefined,
): Promise<Page<ChangeRecord>> {
  const normalized: ChangeQuery = { ...query };
  if (query.since !== undefined) normalized.since = normalizeTime(query.since, 'query.since');
  if (query.until !== undefined) normalized.until = normalizeTime(query.until, 'query.until');
  const { limit, after } = resolvePage(page, 1);
  const afterSeq = after === undefined ? undefined : Number(after[0]);
  if (afterSeq !== undefined && !Number.isSafeInteger(afterSeq)) {
    throw new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
  }
  const rows = await context.sessions.read((tx) =>
    runRows<{ change: ChangeRow }>(tx, listChangesStatement(normalized, limit, afterSeq)),
  );
  const changes = rows.slice(0, limit).map((row) => row.change);
  const last = changes.at(-1);
  const items = changes.map(toChangeRecord);
  return rows.length > limit && last !== undefined ? { items, nextPageToken: encodePageToken([last.seq]) } : { items };
}

function toChangeRecord(row: ChangeRow): ChangeRecord {
  return changeRecordOf(row, row.changed_fields);
}
