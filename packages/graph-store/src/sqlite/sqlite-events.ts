import type { Database } from 'better-sqlite3';
import type { EventQuery, EventRecord, Page, PageRequest } from '../graph-store.js';
import { validateEvents } from '../validate-events.js';
import { assertNonEmptyString, resolvePage } from '../validation.js';
import { pageOf } from './sqlite-page.js';

interface EventRow {
  stream: string;
  id: string;
  subject: string;
  at: string;
  body: string;
}

/** Event streams beside the syncs: one row per (stream, id), the body as JSON. */
export class SqliteEvents {
  constructor(private readonly db: Database) {}

  save(events: EventRecord[]): void {
    const valid = validateEvents(events);
    const insert = this.db.prepare(
      `INSERT INTO events (stream, id, subject, at, body) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (stream, id) DO UPDATE SET subject = excluded.subject, at = excluded.at, body = excluded.body`,
    );
    this.db.transaction(() => {
      for (const event of valid)
        insert.run(event.stream, event.id, event.subject, event.at, JSON.stringify(event.body));
    })();
  }

  list(query: EventQuery, page?: PageRequest): Page<EventRecord> {
    assertNonEmptyString(query.stream, 'query.stream');
    const { limit, after } = resolvePage(page, 2);
    const clauses = ['e.stream = ?'];
    const params: unknown[] = [query.stream];
    if (query.subject !== undefined) {
      clauses.push('e.subject = ?');
      params.push(query.subject);
    }
    if (after !== undefined) {
      clauses.push('(e.at, e.id) < (?, ?)');
      params.push(...after);
    }
    const rows = this.db
      .prepare<unknown[], EventRow>(
        `SELECT * FROM events e WHERE ${clauses.join(' AND ')} ORDER BY e.at DESC, e.id DESC LIMIT ?`,
      )
      .all(...params, limit + 1);
    const cut = pageOf(rows, limit, (row) => [row.at, row.id]);
    return {
      ...cut,
      items: cut.items.map((row) => ({
        stream: row.stream,
        id: row.id,
        subject: row.subject,
        at: row.at,
        body: JSON.parse(row.body) as Record<string, unknown>,
      })),
    };
  }
}
