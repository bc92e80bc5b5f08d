import neo4j from 'neo4j-driver';
import type { EventRecord } from '../graph-store.js';
import { cypher, seekingCypher, type CypherStatement } from './cypher-statement.js';
import { whereClause } from './filter-cypher.js';

/** An event is one `:StoreEvent` node keyed by (stream, id), its body as JSON. */
export function saveEvents(events: EventRecord[]): CypherStatement {
  return seekingCypher(
    [
      'UNWIND $events AS event',
      'MERGE (e:StoreEvent {stream: event.stream, id: event.id})',
      'SET e.subject = event.subject, e.at = event.at, e.body_json = event.bodyJson',
    ].join('\n'),
    {
      events: events.map((event) => ({
        stream: event.stream,
        id: event.id,
        subject: event.subject,
        at: event.at,
        bodyJson: JSON.stringify(event.body),
      })),
    },
  );
}

/** Newest first (at, then id, descending), starting after the (at, id) of the previous page. */
export function listEvents(
  query: { stream: string; subject?: string | undefined },
  limit: number,
  after: [string, string] | undefined,
): CypherStatement {
  const conditions = ['e.stream = $stream'];
  const params: Record<string, unknown> = { stream: query.stream, limit: neo4j.int(limit + 1) };
  if (query.subject !== undefined) {
    conditions.push('e.subject = $subject');
    params['subject'] = query.subject;
  }
  if (after !== undefined) {
    conditions.push('(e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))');
    params['afterAt'] = after[0];
    params['afterId'] = after[1];
  }
  return cypher(
    [
      'MATCH (e:StoreEvent)',
      whereClause(conditions),
      'RETURN e.stream AS stream, e.id AS id, e.subject AS subject, e.at AS at, e.body_json AS bodyJson',
      'ORDER BY e.at DESC, e.id DESC',
      'LIMIT $limit',
    ].join('\n'),
    params,
  );
}
