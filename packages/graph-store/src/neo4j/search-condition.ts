import type { Predicate, TraversalStep, WithCondition } from '../search/search-query.js';
import { comparisonLeaf, type Leaf } from './search-comparison-cypher.js';
import type { SearchParams } from './search-params.js';
import type { NodeTarget } from './search-value-cypher.js';
import { InvalidStoreArgumentError } from '../errors.js';
import { stepMatch } from './search-step-cypher.js';

/**
 * A predicate over a node in Cypher, as two conditions: `sure` holds only where the predicate holds, `maybe` holds
 * wherever it does (sure ⊆ answer ⊆ maybe). They differ only where a leaf is uncertain (search-comparison-cypher.ts:
 * inside nested values, text that may be JSON, text where code point and UTF-16 order part); there the evaluator
 * decides in process. `not` swaps them, so an in-process leaf counts as true under an even number of `not`s and as
 * false under an odd number in `maybe`. `exact`: sure and maybe are the same text.
 */
export interface Condition {
  sure: string;
  maybe: string;
  exact: boolean;
}

const exactly = (text: string): Condition => ({ sure: text, maybe: text, exact: true });

export function predicateCondition(
  predicate: Predicate,
  variable: string,
  params: SearchParams,
  target: NodeTarget = 'resources',
): Condition {
  const inner = (term: Predicate) => predicateCondition(term, variable, params, target);
  switch (predicate.type) {
    case 'all':
      return exactly('true');
    case 'is':
      return exactly(`${variable}.kind IN ${params.add(predicate.kinds)}`);
    case 'and':
      return joined(predicate.terms.map(inner), 'AND', 'true');
    case 'or':
      return joined(predicate.terms.map(inner), 'OR', 'false');
    case 'not': {
      const term = inner(predicate.term);
      return { sure: `NOT (${term.maybe})`, maybe: `NOT (${term.sure})`, exact: term.exact };
    }
    case 'compare':
      return leafCondition(comparisonLeaf(predicate, variable, params, target));
    case 'with':
      if (target === 'changes') throw new InvalidStoreArgumentError('query.filter', 'a change search has no with condition');
      return withCondition(predicate, variable, params);
  }
}

function joined(terms: Condition[], operator: 'AND' | 'OR', empty: string): Condition {
  if (terms.length === 0) return exactly(empty);
  const join = (parts: string[]) => parts.map((part) => `(${part})`).join(` ${operator} `);
  return {
    sure: join(terms.map((term) => term.sure)),
    maybe: join(terms.map((term) => term.maybe)),
    exact: terms.every((term) => term.exact),
  };
}

function leafCondition(leaf: Leaf): Condition {
  if (leaf.uncertain === undefined) return exactly(leaf.expression);
  return {
    sure: `(${leaf.expression}) AND NOT (${leaf.uncertain})`,
    maybe: `(${leaf.expression}) OR (${leaf.uncertain})`,
    exact: false,
  };
}

/**
 * The number of distinct resources the steps reach from the node, as a COUNT subquery (EXISTS where only "none"
 * or "some" matters). With uncertain step filters the count lies between the count along sure filters and the
 * count along maybe filters (reach only grows with the sets), and the condition is sure or maybe from those bounds.
 */
function withCondition(condition: WithCondition, variable: string, params: SearchParams): Condition {
  const low = stepsSubquery(condition.steps, variable, params, 'sure');
  const { op, value } = condition.count;
  if (low.exact) return exactly(countTest(low.body, op, value, params));
  const high = stepsSubquery(condition.steps, variable, params, 'maybe');
  const n = params.add(value);
  const lowCount = `COUNT { ${low.body} }`;
  const highCount = `COUNT { ${high.body} }`;
  switch (op) {
    case 'eq':
      return { sure: `${lowCount} = ${n} AND ${highCount} = ${n}`, maybe: `${lowCount} <= ${n} AND ${highCount} >= ${n}`, exact: false };
    case 'ne':
      return { sure: `${lowCount} > ${n} OR ${highCount} < ${n}`, maybe: `NOT (${lowCount} = ${n} AND ${highCount} = ${n})`, exact: false };
    case 'gt':
    case 'gte':
      return { sure: countTest(low.body, op, value, params), maybe: countTest(high.body, op, value, params), exact: false };
    case 'lt':
    case 'lte':
      return { sure: countTest(high.body, op, value, params), maybe: countTest(low.body, op, value, params), exact: false };
  }
}

const COUNT_OPERATORS = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function countTest(body: string, op: WithCondition['count']['op'], value: number, params: SearchParams): string {
  const some = (op === 'gte' && value === 1) || (op === 'gt' && value === 0) || (op === 'ne' && value === 0);
  const none = (op === 'eq' && value === 0) || (op === 'lt' && value === 1) || (op === 'lte' && value === 0);
  if (some) return `EXISTS { ${body} }`;
  if (none) return `NOT EXISTS { ${body} }`;
  return `COUNT { ${body} } ${COUNT_OPERATORS[op]} ${params.add(value)}`;
}

/** The steps from `variable` as a subquery body returning the last step's distinct resources. */
function stepsSubquery(
  steps: TraversalStep[],
  variable: string,
  params: SearchParams,
  side: 'sure' | 'maybe',
): { body: string; exact: boolean } {
  let from = variable;
  let exact = true;
  const clauses: string[] = [];
  steps.forEach((step, index) => {
    const to = params.variable('w');
    clauses.push(stepMatch(step, from, to));
    const filter = predicateCondition(step.filter ?? { type: 'all' }, to, params);
    exact &&= filter.exact;
    const last = index === steps.length - 1;
    clauses.push(`WITH DISTINCT ${to} WHERE ${filter[side]}`);
    if (last) clauses.push(`RETURN ${to}`);
    from = to;
  });
  return { body: clauses.join(' '), exact };
}
