import { formatFieldPath } from './field-paths.js';
import { formatLiteral } from './search-literal-text.js';
import type {
  Aggregation,
  Comparison,
  Predicate,
  SearchQuery,
  SortKey,
  TraversalStep,
  WithCondition,
} from './search-query.js';

/** The text of a structured query, in the syntax parseSearch reads: parseSearch(formatSearch(q)) is q. */
export function formatSearch(query: SearchQuery): string {
  let text: string;
  if (query.target === 'changes') {
    text = 'changes';
    if (query.filter.type !== 'all') text += ` where ${formatPredicate(query.filter)}`;
    if (query.since) text += ` since ${formatLiteral(query.since)}`;
    if (query.until) text += ` until ${formatLiteral(query.until)}`;
  } else {
    text = [formatPredicate(query.filter), ...(query.steps ?? []).map(formatStep)].join(' ');
  }
  if (query.aggregate) text += ` | ${formatAggregation(query.aggregate)}`;
  if (query.sort?.length) text += ` | sort ${query.sort.map(formatSortKey).join(', ')}`;
  if (query.limit !== undefined) text += ` | limit ${query.limit}`;
  if (query.target === 'resources' && query.fields?.length)
    text += ` | fields ${query.fields.map(formatFieldPath).join(', ')}`;
  return text;
}

/** Binding strength: or, then and, then everything else; a weaker part inside a stronger one is parenthesised. */
const STRENGTH = { or: 1, and: 2, other: 3 };

export function formatPredicate(predicate: Predicate, least = STRENGTH.or): string {
  const strength = predicate.type === 'or' ? STRENGTH.or : predicate.type === 'and' ? STRENGTH.and : STRENGTH.other;
  const text = predicateText(predicate);
  return strength < least ? `(${text})` : text;
}

function predicateText(predicate: Predicate): string {
  switch (predicate.type) {
    case 'all':
      return 'all';
    case 'and':
      return predicate.terms.map((term) => formatPredicate(term, STRENGTH.other)).join(' and ');
    case 'or':
      return predicate.terms
        .map((term) => formatPredicate(term, STRENGTH.and + (term.type === 'or' ? 1 : 0)))
        .join(' or ');
    case 'not':
      return `not ${formatPredicate(predicate.term, STRENGTH.other)}`;
    case 'is':
      return `is(${predicate.kinds.join(', ')})`;
    case 'compare':
      return formatComparison(predicate);
    case 'with':
      return formatWith(predicate);
  }
}

const OPERATOR_TEXT: Record<Comparison['op'], string> = {
  eq: '=',
  ne: '!=',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  in: 'in',
  not_in: 'not in',
  contains: 'contains',
  matches: '~',
  glob: 'like',
  exists: 'exists',
  missing: 'missing',
};

function formatComparison(comparison: Comparison): string {
  const head = `${formatFieldPath(comparison.path)} ${OPERATOR_TEXT[comparison.op]}`;
  const value = comparison.value;
  if (value === undefined) return head;
  return `${head} ${Array.isArray(value) ? `[${value.map(formatLiteral).join(', ')}]` : formatLiteral(value)}`;
}

function formatWith(condition: WithCondition): string {
  const { op, value } = condition.count;
  const count =
    op === 'eq' && value === 0 ? 'empty' : op === 'gte' && value === 1 ? 'any' : `count ${OPERATOR_TEXT[op]} ${value}`;
  return `with(${count}, ${condition.steps.map(formatStep).join(' ')})`;
}

function formatStep(step: TraversalStep): string {
  const types = step.edgeTypes ?? [];
  let depth = '';
  if (step.minDepth !== undefined || step.maxDepth !== undefined) {
    const min = step.minDepth ?? 1;
    const max = step.maxDepth ?? min;
    depth = min === max ? String(min) : `${min}:${max}`;
  }
  const inside = [types.join(', '), depth].filter(Boolean).join(' ');
  let arrow: string;
  if (inside === '') arrow = { out: '-->', in: '<--', both: '<-->' }[step.direction];
  else arrow = { out: `-[${inside}]->`, in: `<-[${inside}]-`, both: `<-[${inside}]->` }[step.direction];
  return step.filter ? `${arrow} ${formatPredicate(step.filter)}` : arrow;
}

function formatAggregation(aggregate: Aggregation): string {
  const of = aggregate.path ? ` of ${formatFieldPath(aggregate.path)}` : '';
  const by = aggregate.groupBy.length > 0 ? ` by ${aggregate.groupBy.map(formatFieldPath).join(', ')}` : '';
  return `${aggregate.op}${of}${by}`;
}

function formatSortKey(key: SortKey): string {
  const name = 'value' in key ? 'value' : formatFieldPath(key.path);
  return key.descending ? `${name} desc` : name;
}
