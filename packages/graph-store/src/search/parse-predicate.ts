import { parseFieldPath } from './parse-field-path.js';
import { parseStepArrow } from './parse-step.js';
import { bareLiteral, type LiteralContext } from './search-literal-text.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type {
  Comparison,
  ComparisonOperator,
  Literal,
  Predicate,
  TraversalStep,
  WithCondition,
} from './search-query.js';
import type { TokenStream } from './search-token-stream.js';

const SYMBOL_OPERATORS: Record<string, ComparisonOperator> = {
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
const COUNT_OPERATORS = ['=', '!=', '<', '<=', '>', '>='];
/** Words that end or join predicates: a bare value cannot be one of them (quote it). */
const RESERVED = new Set(['and', 'or', 'not', 'in', 'with', 'since', 'until']);
const STEP_STARTS = new Set(['-->', '<--', '<-->', '-[', '<-[']);
/** Parentheses, not and with read recursively: bounded so that no text overflows the stack. */
const MAX_DEPTH = 2 * SEARCH_LIMITS.nesting;

/**
 * Predicates: `or` of `and` of (`not` predicate | `(` predicate `)` | `all` | `is(kinds)` | `with(count, steps)` |
 * path operator value); and binds tighter than or. Steps: an arrow, then optionally the predicate filtering what it
 * reaches.
 */
export class PredicateParser {
  private depth = 0;

  constructor(
    private readonly stream: TokenStream,
    private readonly target: 'resources' | 'changes',
  ) {}

  predicate(): Predicate {
    const column = this.stream.peek().column;
    const terms = [this.conjunction()];
    while (this.stream.accept('or')) terms.push(this.conjunction());
    return terms.length === 1 ? (terms[0] as Predicate) : this.stream.mark({ type: 'or', terms }, column);
  }

  /** Whether the next token can begin a predicate (a step's filter is optional). */
  startsPredicate(): boolean {
    const token = this.stream.peek();
    return (
      this.stream.isSymbol('(') || (token.kind === 'word' && !['and', 'or', 'since', 'until'].includes(token.text))
    );
  }

  startsStep(): boolean {
    return this.stream.peek().kind === 'symbol' && STEP_STARTS.has(this.stream.peek().text);
  }

  /** Steps, each with its optional filter, while an arrow follows. */
  steps(): TraversalStep[] {
    const steps: TraversalStep[] = [];
    while (this.startsStep()) steps.push(this.step());
    return steps;
  }

  private step(): TraversalStep {
    const step = parseStepArrow(this.stream);
    if (this.startsPredicate()) step.filter = this.predicate();
    return step;
  }

  private conjunction(): Predicate {
    const column = this.stream.peek().column;
    const terms = [this.unary()];
    // `a with(...)` is `a and with(...)`, as Fix Inventory writes it
    while (this.stream.accept('and') || (this.stream.isWord('with') && this.stream.isSymbol('(', 1))) {
      terms.push(this.unary());
    }
    return terms.length === 1 ? (terms[0] as Predicate) : this.stream.mark({ type: 'and', terms }, column);
  }

  private unary(): Predicate {
    const token = this.stream.peek();
    if (token.kind === 'symbol' && token.text === '(') {
      return this.nested(() => {
        this.stream.next();
        const inner = this.predicate();
        this.stream.expect(')', 'to close the "(" of column ' + token.column);
        return inner;
      });
    }
    if (token.kind !== 'word') {
      return this.stream.fail(
        'expected a predicate (a comparison such as name = "web", is(kind), all, not, with(...) or "(")',
      );
    }
    if (token.text === 'not' && !this.stream.isWord('in', 1)) {
      this.stream.next();
      return this.nested(() => this.stream.mark({ type: 'not', term: this.unary() }, token.column));
    }
    if (token.text === 'all') {
      this.stream.next();
      return this.stream.mark({ type: 'all' }, token.column);
    }
    if (token.text === 'is' && this.stream.isSymbol('(', 1)) return this.isPredicate();
    if (token.text === 'with' && this.stream.isSymbol('(', 1)) return this.nested(() => this.withCondition());
    return this.comparison();
  }

  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) this.stream.fail(`nests more than ${MAX_DEPTH} levels deep; expected less`);
    const result = read();
    this.depth--;
    return result;
  }

  private isPredicate(): Predicate {
    const column = this.stream.next().column;
    this.stream.next();
    const kinds: string[] = [];
    const predicate = this.stream.mark({ type: 'is' as const, kinds }, column);
    do {
      const kind = this.stream.peek();
      if (kind.kind !== 'word') this.stream.fail('expected a kind or kind family in is(...)');
      this.stream.markMember(kinds, kinds.length, kind.column);
      kinds.push(this.stream.next().text);
    } while (this.stream.accept(','));
    this.stream.expect(')', 'after the kinds of is(...)');
    return predicate;
  }

  private comparison(): Comparison {
    const column = this.stream.peek().column;
    const path = parseFieldPath(this.stream, this.target);
    const opToken = this.stream.peek();
    let op: ComparisonOperator | undefined;
    if (opToken.kind === 'symbol') op = SYMBOL_OPERATORS[opToken.text];
    else if (opToken.kind === 'word' && opToken.text === 'not' && this.stream.isWord('in', 1)) op = 'not_in';
    else if (opToken.kind === 'word' && Object.hasOwn(WORD_OPERATORS, opToken.text)) op = WORD_OPERATORS[opToken.text];
    if (op === undefined) {
      this.stream.fail(
        'expected an operator (= != < <= > >= in, not in, contains, ~, like, exists, missing) after the field',
      );
    }
    this.stream.next();
    if (op === 'not_in') this.stream.next();
    const comparison: Comparison = this.stream.mark({ type: 'compare', path, op }, column);
    this.stream.markMember(comparison, 'op', opToken.column);
    if (op === 'exists' || op === 'missing') return comparison;
    if (op === 'in' || op === 'not_in') comparison.value = this.list();
    else
      comparison.value = this.literal(
        op === 'contains' || op === 'matches' || op === 'glob'
          ? 'text'
          : op === 'eq' || op === 'ne'
            ? 'equality'
            : 'order',
      );
    return comparison;
  }

  private list(): Literal[] {
    const open = this.stream.peek();
    if (!this.stream.accept('[')) this.stream.fail(`expected a list [a, b] after "${this.stream.previous().text}"`);
    const values = this.stream.mark([] as Literal[], open.column);
    do values.push(this.literal('equality'));
    while (this.stream.accept(','));
    this.stream.expect(']', 'to close the list (or "," for another value)');
    return values;
  }

  private literal(context: LiteralContext): Literal {
    const token = this.stream.peek();
    const after = this.stream.previous();
    const expected = `expected a value after ${after.kind === 'string' ? 'a value' : JSON.stringify(after.text)}`;
    if (token.kind === 'string')
      return this.stream.mark({ type: 'string', value: this.stream.next().text }, token.column);
    if (token.kind !== 'word') this.stream.fail(expected);
    if (RESERVED.has(token.text)) this.stream.fail(`${expected} (quote a keyword to compare with its text)`);
    return this.stream.mark(bareLiteral(this.stream.next().text, context), token.column);
  }

  /** `with(empty | any | count <op> <n>, steps)`. */
  private withCondition(): WithCondition {
    const column = this.stream.next().column;
    this.stream.next();
    const countToken = this.stream.next();
    let count: WithCondition['count'];
    if (countToken.kind === 'word' && countToken.text === 'empty') count = { op: 'eq', value: 0 };
    else if (countToken.kind === 'word' && countToken.text === 'any') count = { op: 'gte', value: 1 };
    else if (countToken.kind === 'word' && countToken.text === 'count') count = this.count();
    else this.stream.fail('expected empty, any or count <op> <n> in with(...)', countToken);
    this.stream.expect(',', 'after the count of with(...)');
    if (!this.startsStep()) this.stream.fail('expected a traversal step (-->, <--, <-->, -[type]->) in with(...)');
    const steps = this.steps();
    this.stream.expect(')', 'to close with(...) (or another step)');
    return this.stream.mark({ type: 'with', count, steps }, column);
  }

  private count(): WithCondition['count'] {
    const opToken = this.stream.next();
    if (opToken.kind !== 'symbol' || !COUNT_OPERATORS.includes(opToken.text)) {
      this.stream.fail('expected = != < <= > >= after count', opToken);
    }
    const value = this.stream.next();
    if (value.kind !== 'word' || !/^\d+$/.test(value.text)) this.stream.fail('expected a whole number', value);
    const count = { op: SYMBOL_OPERATORS[opToken.text] as WithCondition['count']['op'], value: Number(value.text) };
    this.stream.markMember(count, 'value', value.column);
    return count;
  }
}
