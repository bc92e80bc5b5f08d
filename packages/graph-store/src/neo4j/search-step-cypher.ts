import type { TraversalStep } from '../search/search-query.js';
import { isSafeIdentifier, quoteIdentifier } from './identifiers.js';

/** A step's hop range as the model defaults it: minDepth 1, maxDepth minDepth (1 when neither is given). */
export function stepDepths(step: TraversalStep): { min: number; max: number } {
  const min = step.minDepth ?? 1;
  return { min, max: step.maxDepth ?? (step.minDepth === undefined ? 1 : min) };
}

/**
 * The Cypher that binds `to` to each resource at a distance (fewest hops) in the step's range from `from`, once per
 * pair: a pruning variable-length match (DISTINCT ends, so Neo4j walks breadth first) for reach within maxDepth, and
 * for minDepth 2 and more the absence of a shorter walk. Distance 0 is the start itself (a UNION in a CALL).
 * Edge types are relationship types, quoted identifiers; a type that is no identifier names no stored edge.
 * Relationships only ever join two stored resources (an edge to an absent target is a PendingEdge node).
 */
export function stepMatch(step: TraversalStep, from: string, to: string): string {
  const { min, max } = stepDepths(step);
  const named = step.edgeTypes ?? [];
  const types = named.filter(isSafeIdentifier).map(quoteIdentifier);
  const impossible = named.length > 0 && types.length === 0;
  const typeText = types.length === 0 ? '' : `:${types.join('|')}`;
  const hop = (low: number, high: number) => {
    const relationship = `-[${typeText}*${low}..${high}]-`;
    if (step.direction === 'out') return `${relationship}>`;
    if (step.direction === 'in') return `<${relationship}`;
    return relationship;
  };
  const conditions = [`${to} <> ${from}`];
  if (impossible) conditions.push('false');
  if (min >= 2) conditions.push(`NOT EXISTS { MATCH (${from})${hop(1, min - 1)}(${to}) }`);
  const reached = `MATCH (${from})${hop(1, Math.max(max, 1))}(${to}:Resource) WHERE ${conditions.join(' AND ')}`;
  if (max === 0) return `WITH ${from}, ${from} AS ${to}`;
  if (min > 0) return reached;
  return `CALL (${from}) { RETURN ${from} AS ${to} UNION ${reached} RETURN ${to} }`;
}
