import { parseInstant } from '../search/instants.js';
import type { SearchParams } from './search-params.js';

/**
 * The shapes parseInstant accepts (search/instants.ts), checked before any arithmetic: the pattern bounds every
 * field but the day, which the month's length bounds in a later CASE branch (CASE evaluates its branches in order,
 * only the one taken). The offset is subtracted apart, not given to datetime(): that throws on offsets past
 * 18:00, which the model accepts up to 23:59: it only reads the local date and time, as UTC.
 */
const GUARD =
  '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])' +
  '(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)?)?';

export type OrderOperator = '=' | '<' | '<=' | '>' | '>=';

/**
 * `value` (an expression) names an instant that stands in `operator` to the literal's; false for any value that is
 * not such text and for a literal that is not an instant. Compared exactly: whole seconds, then nanoseconds.
 */
export function instantComparison(
  value: string,
  operator: OrderOperator,
  literal: string,
  params: SearchParams,
): string {
  const bound = parseInstant(literal);
  if (bound === undefined) return 'false';
  const seconds = params.add(bound.seconds);
  const nanos = params.add(bound.nanos);
  const guard = params.add(GUARD);
  const v = value;
  const digits = (start: string | number, length: number) => `toInteger(substring(${v}, ${start}, ${length}))`;
  const year = digits(0, 4);
  const month = digits(5, 2);
  const day = digits(8, 2);
  const leap = `((${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0)`;
  const monthLength =
    `CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END ` +
    `WHEN ${month} IN [4, 6, 9, 11] THEN 30 ELSE 31 END`;
  const order = `[t IN [${instantOf(v)}] | CASE WHEN t[0] <> ${seconds} THEN sign(t[0] - ${seconds}) ELSE sign(t[1] - ${nanos}) END][0]`;
  return (
    `(CASE WHEN NOT (${v} IS :: STRING NOT NULL AND ${v} =~ ${guard}) THEN false ` +
    `WHEN ${day} > ${monthLength} THEN false ` +
    `ELSE ${order} ${operator} 0 END)`
  );
}

/**
 * [seconds since the epoch, nanoseconds] of guarded text: datetime() of its local date and time read as UTC (always
 * valid once guarded), less the offset, which datetime() is never given (it refuses offsets past 18:00).
 */
function instantOf(v: string): string {
  const zone =
    `CASE WHEN ${v} ENDS WITH 'Z' THEN 1 ` +
    `WHEN size(${v}) > 16 AND substring(${v}, size(${v}) - 6, 1) IN ['+', '-'] THEN 6 ELSE 0 END`;
  const local = `CASE WHEN size(${v}) = 10 THEN ${v} + 'T00:00Z' ELSE substring(${v}, 0, size(${v}) - z) + 'Z' END`;
  const offset =
    `CASE WHEN z = 6 THEN (CASE WHEN substring(${v}, size(${v}) - 6, 1) = '-' THEN -1 ELSE 1 END) * ` +
    `(toInteger(substring(${v}, size(${v}) - 5, 2)) * 3600 + toInteger(substring(${v}, size(${v}) - 2, 2)) * 60) ELSE 0 END`;
  return `[z IN [${zone}] | [t IN [datetime(${local})] | [t.epochSeconds - (${offset}), t.nanosecond]][0]][0]`;
}
