import type { Database } from 'better-sqlite3';

/**
 * Answers of whole-table reads (counts, aggregates) kept until the database changes: the key is this connection's
 * total_changes() and the file's data_version (which moves when another connection commits), so an answer is never
 * stale. A summary asked by many clients between two writes is then computed once. Bounded: at most `capacity`
 * answers, the oldest dropped first.
 */
export class SqliteReadCache {
  private version = '';
  private readonly answers = new Map<string, unknown>();
  private readonly versionStatement;

  constructor(
    db: Database,
    private readonly capacity = 64,
  ) {
    this.versionStatement = db.prepare<[], { changes: number; data: number }>(
      'SELECT total_changes() AS changes, data_version AS data FROM pragma_data_version',
    );
  }

  /**
   * The answer to the question `key` names (a JSON-serialisable value) as of the database's current state, computed
   * by `compute` when not known. A question that cannot be serialised is not kept: `compute` then validates it.
   */
  get<T>(question: unknown, compute: () => T): T {
    let key: string;
    try {
      key = JSON.stringify(question);
    } catch {
      // Documented expected case: a cyclic or otherwise odd argument; the query's own validation reports it.
      return compute();
    }
    const row = this.versionStatement.get() as { changes: number; data: number };
    const version = `${row.changes}:${row.data}`;
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    // Copies out, so that a caller changing its answer does not change the next caller's.
    if (this.answers.has(key)) return structuredClone(this.answers.get(key) as T);
    const answer = compute();
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, structuredClone(answer));
    return answer;
  }
}
