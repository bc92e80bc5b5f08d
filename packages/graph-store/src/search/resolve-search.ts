import { InvalidStoreArgumentError } from '../errors.js';
import { canonicalInstant } from './iso-time.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type {
  Comparison,
  ComparisonOperator,
  Literal,
  Predicate,
  SearchQuery,
  TimeLiteral,
  TraversalStep,
} from './search-query.js';

export interface SearchContext {
  now: Date;
  /** Kind families (`instance`, `volume`, ...) and their kinds. */
  families: ReadonlyMap<string, readonly string[]>;
}

/**
 * The query GraphStore.search takes: kinds and absolute times only. Call it on a valid query (validateSearch); the
 * input is not changed.
 * - `is` names that are families become their kinds (a family wins over a kind of the same name), duplicates
 *   removed; a family of no kinds matches nothing.
 * - relative times become times at `now`; every time is written canonically (`2024-05-01T00:00:00.000Z`).
 * - `age <op> <duration>` compares the instant `now - duration` with created_at, or with first_seen where
 *   created_at is missing. Older is earlier, so the operator turns round: `age > 90d` is
 *   `created_at < now-90d`.
 */
export function resolveSearch(query: SearchQuery, context: SearchContext): SearchQuery {
  if (!(context.now instanceof Date) || Number.isNaN(context.now.getTime())) {
    throw new InvalidStoreArgumentError('context.now', 'must be a valid Date');
  }
  const resolver = new Resolver(context);
  const filter = resolver.predicate(query.filter, 'query.filter');
  if (query.target === 'changes') {
    const resolved = { ...query, filter };
    if (query.since) resolved.since = resolver.time(query.since);
    if (query.until) resolved.until = resolver.time(query.until);
    return resolved;
  }
  const resolved = { ...query, filter };
  if (query.steps) resolved.steps = resolver.steps(query.steps, 'query.steps');
  return resolved;
}

const TURNED: Partial<Record<ComparisonOperator, ComparisonOperator>> = { gt: 'lt', gte: 'lte', lt: 'gt', lte: 'gte' };

class Resolver {
  constructor(private readonly context: SearchContext) {}

  predicate(predicate: Predicate, field: string): Predicate {
    switch (predicate.type) {
      case 'and':
      case 'or':
        return {
          type: predicate.type,
          terms: predicate.terms.map((term, index) => this.predicate(term, `${field}.terms[${index}]`)),
        };
      case 'not':
        return { type: 'not', term: this.predicate(predicate.term, `${field}.term`) };
      case 'is':
        return this.kinds(predicate.kinds, `${field}.kinds`);
      case 'compare':
        return this.comparison(predicate);
      case 'with':
        return { ...predicate, steps: this.steps(predicate.steps, `${field}.steps`) };
      default:
        return predicate;
    }
  }

  steps(steps: TraversalStep[], field: string): TraversalStep[] {
    return steps.map((step, index) =>
      step.filter ? { ...step, filter: this.predicate(step.filter, `${field}[${index}].filter`) } : step,
    );
  }

  time(literal: TimeLiteral): TimeLiteral {
    if (literal.type === 'time') return { type: 'time', value: canonicalInstant(literal.value) ?? literal.value };
    return { type: 'time', value: new Date(this.context.now.getTime() + literal.offsetSeconds * 1000).toISOString() };
  }

  private kinds(names: string[], field: string): Predicate {
    const kinds = [...new Set(names.flatMap((name) => this.context.families.get(name) ?? [name]))];
    if (kinds.length === 0) return { type: 'not', term: { type: 'all' } };
    if (kinds.length > SEARCH_LIMITS.listEntries) {
      throw new InvalidStoreArgumentError(field, `names families of more than ${SEARCH_LIMITS.listEntries} kinds`);
    }
    return { type: 'is', kinds };
  }

  private comparison(comparison: Comparison): Predicate {
    const { path, op, value } = comparison;
    if (path.root === 'field' && path.name === 'age' && value && !Array.isArray(value) && value.type === 'duration') {
      const instant: Literal = {
        type: 'time',
        value: new Date(this.context.now.getTime() - value.seconds * 1000).toISOString(),
      };
      const turned = TURNED[op] ?? op;
      const at = (name: 'created_at' | 'first_seen'): Comparison => ({
        type: 'compare',
        path: { root: 'field', name },
        op: turned,
        value: instant,
      });
      return {
        type: 'or',
        terms: [
          at('created_at'),
          {
            type: 'and',
            terms: [{ type: 'compare', path: { root: 'field', name: 'created_at' }, op: 'missing' }, at('first_seen')],
          },
        ],
      };
    }
    if (value === undefined) return comparison;
    return {
      ...comparison,
      value: Array.isArray(value) ? value.map((entry) => this.literal(entry)) : this.literal(value),
    };
  }

  private literal(literal: Literal): Literal {
    return literal.type === 'time' || literal.type === 'relative_time' ? this.time(literal) : literal;
  }
}
