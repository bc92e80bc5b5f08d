import type { Database } from 'better-sqlite3';
import type { JobQuery, Page, PageRequest, SyncJobRecord } from '../graph-store.js';
import { assertNonEmptyString, resolvePage } from '../validation.js';
import { pageOf } from './sqlite-page.js';

interface JobRow {
  id: string;
  created_at: string;
  record: string;
}

/** Sync job records, kept whole as JSON with the columns the listing filters and orders by. */
export class SqliteJobs {
  constructor(private readonly db: Database) {}

  save(job: SyncJobRecord): void {
    assertNonEmptyString(job.id, 'job.id');
    assertNonEmptyString(job.createdAt, 'job.createdAt');
    this.db
      .prepare(
        `INSERT INTO jobs (id, created_at, state, accounts, record) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, state = excluded.state,
           accounts = excluded.accounts, record = excluded.record`,
      )
      .run(job.id, job.createdAt, job.state, JSON.stringify(job.accounts), JSON.stringify(job));
  }

  get(id: string): SyncJobRecord | undefined {
    const row = this.db.prepare<[string], JobRow>('SELECT id, created_at, record FROM jobs WHERE id = ?').get(id);
    return row === undefined ? undefined : (JSON.parse(row.record) as SyncJobRecord);
  }

  list(query: JobQuery, page?: PageRequest): Page<SyncJobRecord> {
    const { limit, after } = resolvePage(page, 2);
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (query.states !== undefined) {
      clauses.push('j.state IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.states));
    }
    if (query.account !== undefined) {
      clauses.push('EXISTS (SELECT 1 FROM json_each(j.accounts) a WHERE a.value = ?)');
      params.push(query.account);
    }
    if (after !== undefined) {
      clauses.push('(j.created_at, j.id) < (?, ?)');
      params.push(...after);
    }
    const where = clauses.length === 0 ? '1' : clauses.join(' AND ');
    const rows = this.db
      .prepare<unknown[], JobRow>(
        `SELECT id, created_at, record FROM jobs j WHERE ${where} ORDER BY j.created_at DESC, j.id DESC LIMIT ?`,
      )
      .all(...params, limit + 1);
    const cut = pageOf(rows, limit, (row) => [row.created_at, row.id]);
    return { ...cut, items: cut.items.map((row) => JSON.parse(row.record) as SyncJobRecord) };
  }
}
