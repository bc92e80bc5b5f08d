import type { EventQuery, EventRecord, Page, PageRequest } from '../graph-store.js';
import { validateEvents } from '../validate-events.js';
import { assertNonEmptyString, encodePageToken, resolvePage } from '../validation.js';
import { listEvents as listEventsStatement, saveEvents as saveEventsStatement } from './event-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';

export async function saveEvents(context: StoreContext, events: EventRecord[]): Promise<void> {
  const valid = validateEvents(events);
  if (valid.length === 0) return;
  await context.sessions.write((tx) => runStatement(tx, saveEventsStatement(valid)));
}

export async function listEvents(
  context: StoreContext,
  query: EventQuery,
  page: PageRequest | undefined,
): Promise<Page<EventRecord>> {
  assertNonEmptyString(query.stream, 'query.stream');
  const { limit, after } = resolvePage(page, 2);
  const afterKey = after === undefined ? undefined : ([String(after[0]), String(after[1])] as [string, string]);
  const rows = await context.sessions.read((tx) =>
    runRows<{ stream: string; id: string; subject: string; at: string; bodyJson: string }>(
      tx,
      listEventsStatement(query, limit, afterKey),
    ),
  );
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const items = pageRows.map((row) => ({
    stream: row.stream,
    id: row.id,
    subject: row.subject,
    at: row.at,
    body: JSON.parse(row.bodyJson) as Record<string, unknown>,
  }));
  return rows.length > limit && last !== undefined
    ? { items, nextPageToken: encodePageToken([last.at, last.id]) }
    : { items };
}
