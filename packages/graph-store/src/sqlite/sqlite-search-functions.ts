import type { Database } from 'better-sqlite3';
import { StoreLimitError } from '../errors.js';

/**
 * The JavaScript functions a search statement calls, registered once per connection. SQLite has no regular
 * expressions and no instant parser that agrees with the evaluator's (julianday accepts `2024-02-30`), and
 * better-sqlite3 cannot interrupt a running statement: the deadline is a function every scanned row calls.
 */

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Milliseconds since the epoch of an ISO-8601 date (`2024-05-01`, UTC midnight) or date-time
 * (`2024-05-01T10:00:00Z`, `…T10:00:00.123+02:00`, no zone: UTC; fractions of a millisecond dropped), undefined for
 * any other text or an impossible date (`2024-02-30`, `T24:00:00`).
 */
export function parseInstant(text: string): number | undefined {
  const match = INSTANT_PATTERN.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  const offset = offsetMinutes(match[8]);
  return offset === undefined ? undefined : utc.getTime() - offset * 60_000;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

const REGEX_CACHE_SIZE = 256;

/** The clock of the page being answered: past its deadline, the next row a statement reads throws. */
export class SearchDeadline {
  private deadline = Number.POSITIVE_INFINITY;
  private ticks = 0;

  constructor(readonly timeMs: number) {}

  /** Runs one page's statements under the limit. */
  run<T>(work: () => T): T {
    this.deadline = Date.now() + this.timeMs;
    this.ticks = 0;
    try {
      return work();
    } finally {
      this.deadline = Number.POSITIVE_INFINITY;
    }
  }

  tick(): 1 {
    // Date.now() every 256 rows: the row itself costs more than the check.
    this.ticks += 1;
    if ((this.ticks & 255) === 0 && Date.now() > this.deadline) {
      throw new StoreLimitError('timeMs', `the search took longer than ${this.timeMs} ms`);
    }
    return 1;
  }
}

/** Registers search_tick, search_regexp, search_instant and search_number_text on the connection. */
export function registerSearchFunctions(db: Database, deadline: SearchDeadline): void {
  const regexes = new Map<string, RegExp>();
  const regexOf = (pattern: string): RegExp => {
    let regex = regexes.get(pattern);
    if (regex === undefined) {
      if (regexes.size >= REGEX_CACHE_SIZE) regexes.clear();
      regex = new RegExp(pattern);
      regexes.set(pattern, regex);
    }
    return regex;
  };
  db.function('search_tick', { deterministic: false }, () => deadline.tick());
  db.function('search_regexp', { deterministic: true }, (pattern: unknown, value: unknown) =>
    typeof pattern === 'string' && typeof value === 'string' && regexOf(pattern).test(value) ? 1 : 0,
  );
  db.function('search_instant', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? (parseInstant(value) ?? null) : null,
  );
  // A group's text of a number is what JavaScript prints (SQLite prints 0.1 + 0.2 as 0.3).
  db.function('search_number_text', { deterministic: true }, (value: unknown) =>
    typeof value === 'number' || typeof value === 'bigint' ? String(value) : null,
  );
}
