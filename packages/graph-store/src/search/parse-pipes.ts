import { parseFieldPath } from './parse-field-path.js';
import type { Aggregation, FieldPath, SortKey } from './search-query.js';
import type { TokenStream } from './search-token-stream.js';

export interface PipeResults {
  aggregate?: Aggregation;
  sort?: SortKey[];
  limit?: number;
  fields?: FieldPath[];
}

const AGGREGATIONS = ['count', 'sum', 'min', 'max', 'avg'];
/** The order pipes apply in: an aggregation, then the sort of what it answers, then the limit. */
const STAGES = ['aggregate', 'sort', 'limit'] as const;

/**
 * `| count [by paths]`, `| sum|min|max|avg of path [by paths]`, `| sort key [asc|desc], ...` (a key is a path or,
 * after an aggregation, `value`), `| limit n`, `| fields paths` (resources only); each at most once, the first three
 * in that order.
 */
export function parsePipes(stream: TokenStream, target: 'resources' | 'changes', into: PipeResults): void {
  let stage = -1;
  while (stream.isSymbol('|')) {
    stream.next();
    const token = stream.peek();
    const name = token.kind === 'word' ? token.text : '';
    const pipe = AGGREGATIONS.includes(name) ? 'aggregate' : name;
    if (pipe === 'fields' && target === 'resources') {
      if (into.fields) stream.failAt(token, '"| fields" comes once');
      stream.next();
      into.fields = stream.mark(paths(stream, target), token.column);
      continue;
    }
    const at = STAGES.indexOf(pipe as (typeof STAGES)[number]);
    if (at < 0) {
      const choices =
        target === 'resources'
          ? 'count, sum, min, max, avg, sort, limit or fields'
          : 'count, sum, min, max, avg, sort or limit';
      stream.fail(`expected ${choices} after "|"`);
    }
    if (at <= stage) stream.failAt(token, `"| ${name}" comes once, in the order: aggregation, sort, limit`);
    stage = at;
    stream.next();
    if (pipe === 'aggregate') into.aggregate = aggregation(stream, target, name as Aggregation['op'], token.column);
    else if (pipe === 'sort') into.sort = sortKeys(stream, target, token.column);
    else into.limit = limit(stream, into);
  }
}

function aggregation(
  stream: TokenStream,
  target: 'resources' | 'changes',
  op: Aggregation['op'],
  column: number,
): Aggregation {
  const aggregate: Aggregation = stream.mark({ op, groupBy: [] }, column);
  if (op !== 'count') {
    stream.expect('of', `after "${op}" (${op} of data.Size)`);
    aggregate.path = parseFieldPath(stream, target);
  }
  if (stream.accept('by')) aggregate.groupBy = stream.mark(paths(stream, target), stream.previous().column);
  return aggregate;
}

function sortKeys(stream: TokenStream, target: 'resources' | 'changes', column: number): SortKey[] {
  const keys: SortKey[] = stream.mark([], column);
  do {
    const start = stream.peek().column;
    const key: SortKey = stream.isWord('value')
      ? (stream.next(), { value: true })
      : { path: parseFieldPath(stream, target) };
    if (stream.accept('desc')) key.descending = true;
    else stream.accept('asc');
    keys.push(stream.mark(key, start));
  } while (stream.accept(','));
  return keys;
}

function limit(stream: TokenStream, into: PipeResults): number {
  const token = stream.next();
  if (token.kind !== 'word' || !/^\d+$/.test(token.text)) stream.fail('expected a whole number after "limit"', token);
  stream.markMember(into, 'limit', token.column);
  return Number(token.text);
}

function paths(stream: TokenStream, target: 'resources' | 'changes'): FieldPath[] {
  const list: FieldPath[] = [];
  do list.push(parseFieldPath(stream, target));
  while (stream.accept(','));
  return list;
}
