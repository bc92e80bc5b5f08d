import { parseInstant } from '../search/instants.js';
import type { SearchParams } from './search-params.js';

/**
 * The shapes parseInstant accepts, checked before datetime() sees a value (datetime() throws on anything else): the
 * pattern bounds every field but the day, which the month's length bounds in a second CASE branch. CASE evaluates
 * its branches in order and only the one taken, so datetime() never meets a value the guard refused.
 */
const GUARD =
  '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])' +
  '(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:(?:0\\d|1[0-7]):[0-5]\\d|18:00))?)?';

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
  const year = `toInteger(substring(${v}, 0, 4))`;
  const month = `toInteger(substring(${v}, 5, 2))`;
  const leap = `((${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0)`;
  const monthLength =
    `CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END ` +
    `WHEN ${month} IN [4, 6, 9, 11] THEN 30 ELSE 31 END`;
  const zoned =
    `CASE WHEN size(${v}) = 10 THEN ${v} + 'T00:00:00Z' ` +
    `WHEN ${v} ENDS WITH 'Z' OR substring(${v}, size(${v}) - 6, 1) IN ['+', '-'] THEN ${v} ELSE ${v} + 'Z' END`;
  const order =
    `[t IN [datetime(${zoned})] | CASE WHEN t.epochSeconds <> ${seconds} ` +
    `THEN sign(t.epochSeconds - ${seconds}) ELSE sign(t.nanosecond - ${nanos}) END][0]`;
  return (
    `(CASE WHEN NOT (${v} IS :: STRING NOT NULL AND ${v} =~ ${guard}) THEN false ` +
    `WHEN toInteger(substring(${v}, 8, 2)) > ${monthLength} THEN false ` +
    `ELSE ${order} ${operator} 0 END)`
  );
}
