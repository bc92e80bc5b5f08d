import { InvalidStoreArgumentError } from '../errors.js';
import { parsePipes } from './parse-pipes.js';
import { PredicateParser } from './parse-predicate.js';
import { bareLiteral } from './search-literal-text.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type { ChangeSearch, ResourceSearch, SearchQuery, TimeLiteral } from './search-query.js';
import { columnOfField } from './search-positions.js';
import { SearchSyntaxError } from './search-syntax-error.js';
import { TokenStream } from './search-token-stream.js';
import { validateSearch } from './validate-search.js';

/**
 * The text syntax (README.md, "Search"): a predicate, traversal steps each with an optional filter, then pipes;
 * or `changes [where predicate] [since time] [until time]` and pipes. Throws SearchSyntaxError at the column of
 * the first problem, including those validateSearch finds in what the text says.
 */
export function parseSearch(text: string): SearchQuery {
  if (typeof text !== 'string') throw new SearchSyntaxError(1, 'the query must be text');
  if (text.length > SEARCH_LIMITS.textLength) {
    throw new SearchSyntaxError(
      SEARCH_LIMITS.textLength + 1,
      `the query is longer than ${SEARCH_LIMITS.textLength} characters`,
    );
  }
  const stream = new TokenStream(text);
  const query = stream.isWord('changes') ? changeSearch(stream) : resourceSearch(stream);
  try {
    return validateSearch(query);
  } catch (error) {
    if (!(error instanceof InvalidStoreArgumentError)) throw error;
    throw new SearchSyntaxError(columnOfField(query, error.field, stream), `${error.field}: ${error.reason}`);
  }
}

function resourceSearch(stream: TokenStream): ResourceSearch {
  const predicates = new PredicateParser(stream, 'resources');
  const query: ResourceSearch = stream.mark({ target: 'resources', filter: predicates.predicate() }, 1);
  const steps = predicates.steps();
  if (steps.length > 0) query.steps = stream.mark(steps, stream.columns.get(steps[0] as object) ?? 1);
  parsePipes(stream, 'resources', query);
  if (stream.peek().kind !== 'end') {
    stream.fail('expected "and", "or", a traversal step (-->), "|" or the end of the query');
  }
  return query;
}

function changeSearch(stream: TokenStream): ChangeSearch {
  stream.next();
  const predicates = new PredicateParser(stream, 'changes');
  const query: ChangeSearch = stream.mark({ target: 'changes', filter: { type: 'all' } }, 1);
  const hasWhere = stream.accept('where');
  if (hasWhere) query.filter = predicates.predicate();
  for (;;) {
    const token = stream.peek();
    const bound = token.kind === 'word' && (token.text === 'since' || token.text === 'until') ? token.text : undefined;
    if (bound === undefined) break;
    if (query[bound] !== undefined) stream.failAt(token, `"${bound}" comes once`);
    stream.next();
    query[bound] = time(stream, bound);
  }
  parsePipes(stream, 'changes', query);
  if (stream.peek().kind !== 'end') {
    const expected = hasWhere ? '"and", "or", ' : '"where", ';
    stream.fail(`expected ${expected}"since", "until", "|" or the end of the query`);
  }
  return query;
}

function time(stream: TokenStream, bound: string): TimeLiteral {
  const token = stream.peek();
  if (token.kind !== 'word') stream.fail(`expected a time after "${bound}" (now-1d, -1d, 2024-05-01)`);
  const literal = bareLiteral(stream.next().text, 'order');
  if (literal.type !== 'time' && literal.type !== 'relative_time') {
    stream.fail(`expected a time after "${bound}" (now-1d, -1d, 2024-05-01)`, token);
  }
  return stream.mark(literal, token.column);
}
