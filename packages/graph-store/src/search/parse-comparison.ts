import { parseFieldPath } from './parse-field-path.js';
import { bareLiteral, type LiteralContext } from './search-literal-text.js';
import type { Comparison, ComparisonOperator, Literal } from './search-query.js';
import type { TokenStream } from './search-token-stream.js';

export const SYMBOL_OPERATORS: Record<string, ComparisonOperator> = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  '~': 'matches',
};
const WORD_OPERATORS: Record<string, ComparisonOperator> = {
  in: 'in',
  contains: 'contains',
  like: 'glob',
  exists: 'exists',
  missing: 'missing',
};
/** Words that end or join predicates: a bare value cannot be one of them (quote it). */
const RESERVED = new Set(['and', 'or', 'not', 'in', 'with', 'since', 'until']);

/** `path operator value`: the value read by its operator (search-literal-text.ts), a list after in / not in. */
export function parseComparison(stream: TokenStream, target: 'resources' | 'changes'): Comparison {
  const column = stream.peek().column;
  const path = parseFieldPath(stream, target);
  const opToken = stream.peek();
  let op: ComparisonOperator | undefined;
  if (opToken.kind === 'symbol') op = SYMBOL_OPERATORS[opToken.text];
  else if (opToken.kind === 'word' && opToken.text === 'not' && stream.isWord('in', 1)) op = 'not_in';
  else if (opToken.kind === 'word' && Object.hasOwn(WORD_OPERATORS, opToken.text)) op = WORD_OPERATORS[opToken.text];
  if (op === undefined) {
    stream.fail('expected an operator (= != < <= > >= in, not in, contains, ~, like, exists, missing) after the field');
  }
  stream.next();
  if (op === 'not_in') stream.next();
  const comparison: Comparison = stream.mark({ type: 'compare', path, op }, column);
  stream.markMember(comparison, 'op', opToken.column);
  if (op === 'exists' || op === 'missing') return comparison;
  if (op === 'in' || op === 'not_in') comparison.value = list(stream);
  else comparison.value = literal(stream, contextOf(op));
  return comparison;
}

function contextOf(op: ComparisonOperator): LiteralContext {
  if (op === 'contains' || op === 'matches' || op === 'glob') return 'text';
  return op === 'eq' || op === 'ne' ? 'equality' : 'order';
}

function list(stream: TokenStream): Literal[] {
  const open = stream.peek();
  if (!stream.accept('[')) stream.fail(`expected a list [a, b] after "${stream.previous().text}"`);
  const values = stream.mark([] as Literal[], open.column);
  do values.push(literal(stream, 'equality'));
  while (stream.accept(','));
  stream.expect(']', 'to close the list (or "," for another value)');
  return values;
}

function literal(stream: TokenStream, context: LiteralContext): Literal {
  const token = stream.peek();
  const after = stream.previous();
  const expected = `expected a value after ${after.kind === 'string' ? 'a value' : JSON.stringify(after.text)}`;
  if (token.kind === 'string') return stream.mark({ type: 'string', value: stream.next().text }, token.column);
  if (token.kind !== 'word') stream.fail(expected);
  if (RESERVED.has(token.text)) stream.fail(`${expected} (quote a keyword to compare with its text)`);
  return stream.mark(bareLiteral(stream.next().text, context), token.column);
}
