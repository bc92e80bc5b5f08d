import type { Database, Statement } from 'better-sqlite3';

/** Interns sync ids as increasing integers: a later first use gets a larger number. */
export class SqliteSyncs {
  private readonly seqById = new Map<string, number>();
  private readonly insert: Statement<[string, string]>;
  private readonly select: Statement<[string], { seq: number }>;

  constructor(db: Database) {
    this.insert = db.prepare(
      'INSERT INTO syncs (sync_id, first_used_at) VALUES (?, ?) ON CONFLICT (sync_id) DO NOTHING',
    );
    this.select = db.prepare('SELECT seq FROM syncs WHERE sync_id = ?');
  }

  seqOf(syncId: string): number {
    const cached = this.seqById.get(syncId);
    if (cached !== undefined) return cached;
    this.insert.run(syncId, new Date().toISOString());
    const row = this.select.get(syncId);
    if (row === undefined) throw new Error(`sync ${syncId} was not interned`);
    this.seqById.set(syncId, row.seq);
    return row.seq;
  }
}
