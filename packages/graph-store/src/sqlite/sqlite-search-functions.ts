import type { Database } from 'better-sqlite3';
import { StoreLimitError } from '../errors.js';
import { parseInstant } from '../search/instants.js';
import { searchRegExp } from '../search/evaluate-search.js';

/**
 * The JavaScript functions a search statement calls, registered once per connection. SQLite has no regular
 * expressions and no instant parser that agrees with the evaluator's (julianday accepts `2024-02-30` and keeps milliseconds only), and
 * better-sqlite3 cannot interrupt a running statement: the deadline is a function every scanned row calls.
 */

// Seconds from year 0000 (less an 18-hour offset) to 9999 fit in 12 digits once shifted by this.
const SECONDS_SHIFT = 100_000_000_000;

/**
 * A text that orders as the instant an ISO-8601 time names (parseInstant, to the nanosecond): shifted seconds then
 * nanoseconds, fixed width; undefined for text that is no time.
 */
export function instantKey(text: string): string | undefined {
  const instant = parseInstant(text);
  if (instant === undefined) return undefined;
  return `${String(instant.seconds + SECONDS_SHIFT).padStart(12, '0')}${String(instant.nanos).padStart(9, '0')}`;
}

/** The clock of the page being answered: past its deadline, the next row a statement reads throws. */
export class SearchDeadline {
  private deadline = Number.POSITIVE_INFINITY;

  constructor(readonly timeMs: number) {}

  /** Runs one page's statements under the limit. */
  run<T>(work: () => T): T {
    this.deadline = Date.now() + this.timeMs;
    try {
      return work();
    } finally {
      this.deadline = Number.POSITIVE_INFINITY;
    }
  }

  /** Called for about one row in 256 (TICK). */
  tick(): 1 {
    if (Date.now() > this.deadline) {
      throw new StoreLimitError('timeMs', `the search took longer than ${this.timeMs} ms`);
    }
    return 1;
  }
}

/** Registers search_tick, search_regexp, search_instant and search_number_text on the connection. */
export function registerSearchFunctions(db: Database, deadline: SearchDeadline): void {
  db.function('search_tick', { deterministic: false }, () => deadline.tick());
  db.function('search_regexp', { deterministic: true }, (pattern: unknown, value: unknown) =>
    typeof pattern === 'string' && typeof value === 'string' && searchRegExp(pattern).test(value) ? 1 : 0,
  );
  db.function('search_instant', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? (instantKey(value) ?? null) : null,
  );
  // A group's text of a number is what JavaScript prints (SQLite prints 0.1 + 0.2 as 0.3).
  db.function('search_number_text', { deterministic: true }, (value: unknown) =>
    typeof value === 'number' || typeof value === 'bigint' ? String(value) : null,
  );
}
