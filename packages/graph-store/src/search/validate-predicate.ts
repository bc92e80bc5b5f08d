import { SEARCH_LIMITS } from './search-limits.js';
import type { Predicate, TraversalStep } from './search-query.js';
import { isAge, validateComparison } from './validate-comparison.js';
import type { PathRules } from './validate-field-path.js';
import { asInteger, asList, asObject, assertLabel, fail, oneOf, optionalList, type Fields } from './validate-shapes.js';

/**
 * What a query may hold, counted over all of it: SEARCH_LIMITS.terms nodes (every predicate, comparison, step and
 * with condition), predicates nested at most SEARCH_LIMITS.nesting deep (a predicate directly in the filter is at
 * depth 0; and / or / not / with put their parts one deeper), with conditions at most SEARCH_LIMITS.withNesting
 * deep (a with condition in the filter or a step filter of the main chain is at depth 1).
 *
 * An `age` comparison counts as what resolveSearch makes of it (five terms, two levels deeper), so that a query
 * within the limits stays within them once resolved.
 */
export class PredicateValidator {
  private terms = 0;

  constructor(private readonly rules: PathRules) {}

  predicate(value: unknown, field: string, nesting: number, withNesting: number): Predicate {
    const predicate = asObject(value, field, 'a predicate');
    const type = oneOf(predicate.type, `${field}.type`, ['all', 'and', 'or', 'not', 'is', 'compare', 'with']);
    this.count(field, nesting);
    switch (type) {
      case 'all':
        break;
      case 'and':
      case 'or':
        // no bound of its own: the count of terms over the whole query bounds it
        asList(predicate.terms, `${field}.terms`, Number.POSITIVE_INFINITY, 1).forEach((term, index) =>
          this.predicate(term, `${field}.terms[${index}]`, nesting + 1, withNesting),
        );
        break;
      case 'not':
        this.predicate(predicate.term, `${field}.term`, nesting + 1, withNesting);
        break;
      case 'is':
        asList(predicate.kinds, `${field}.kinds`, SEARCH_LIMITS.listEntries, 1).forEach((kind, index) =>
          assertLabel(kind, `${field}.kinds[${index}]`),
        );
        break;
      case 'compare':
        if (isAge(validateComparison(predicate, field, this.rules).path)) this.countAge(field, nesting);
        break;
      case 'with':
        this.withCondition(predicate, field, nesting, withNesting + 1);
    }
    return predicate as unknown as Predicate;
  }

  steps(value: unknown, field: string, nesting: number, withNesting: number, min = 0): TraversalStep[] {
    const steps = asList(value, field, SEARCH_LIMITS.steps, min);
    steps.forEach((step, index) => this.step(step, `${field}[${index}]`, nesting, withNesting));
    return steps as TraversalStep[];
  }

  private withCondition(condition: Fields, field: string, nesting: number, withNesting: number): void {
    if (this.rules.target === 'changes') fail(field, 'a change search has no edges to follow (with)');
    if (withNesting > SEARCH_LIMITS.withNesting) {
      fail(field, `nests with conditions more than ${SEARCH_LIMITS.withNesting} deep`);
    }
    const count = asObject(condition.count, `${field}.count`);
    oneOf(count.op, `${field}.count.op`, ['eq', 'ne', 'lt', 'lte', 'gt', 'gte']);
    asInteger(count.value, `${field}.count.value`, 0, Number.MAX_SAFE_INTEGER);
    this.steps(condition.steps, `${field}.steps`, nesting + 1, withNesting, 1);
  }

  private step(value: unknown, field: string, nesting: number, withNesting: number): void {
    const step = asObject(value, field, 'a traversal step');
    this.count(field, nesting);
    oneOf(step.direction, `${field}.direction`, ['out', 'in', 'both']);
    optionalList(step.edgeTypes, `${field}.edgeTypes`, SEARCH_LIMITS.listEntries).forEach((type, index) =>
      assertLabel(type, `${field}.edgeTypes[${index}]`),
    );
    const minDepth =
      step.minDepth === undefined ? 1 : asInteger(step.minDepth, `${field}.minDepth`, 0, SEARCH_LIMITS.stepDepth);
    if (step.maxDepth !== undefined) {
      asInteger(
        step.maxDepth,
        `${field}.maxDepth`,
        Math.min(minDepth, SEARCH_LIMITS.stepDepth),
        SEARCH_LIMITS.stepDepth,
      );
    }
    if (step.filter !== undefined) this.predicate(step.filter, `${field}.filter`, nesting, withNesting);
  }

  private count(field: string, nesting: number): void {
    if (nesting > SEARCH_LIMITS.nesting) fail(field, `nests predicates more than ${SEARCH_LIMITS.nesting} deep`);
    this.terms++;
    if (this.terms > SEARCH_LIMITS.terms) {
      fail(field, `is term ${this.terms} of the query, over the limit of ${SEARCH_LIMITS.terms}`);
    }
  }

  private countAge(field: string, nesting: number): void {
    this.count(field, nesting + 2);
    this.terms += 3;
    if (this.terms > SEARCH_LIMITS.terms) {
      fail(
        field,
        `brings the query to ${this.terms} terms (age counts as 5), over the limit of ${SEARCH_LIMITS.terms}`,
      );
    }
  }
}
