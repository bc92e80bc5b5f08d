import neo4j from 'neo4j-driver';
import type { AggregateQuery, Direction, ResourceFilter } from '../graph-store.js';
import type { ResolvedGroupField, ResolvedProperty } from '../validation.js';
import { cypher, type CypherStatement } from './cypher-statement.js';
import { buildFilterClause, propertyExpression, tagValueExpression, whereClause } from './filter-cypher.js';
import { quoteIdentifier } from './identifiers.js';
import { resourceProjection } from './resource-node.js';

/** Builders for the read side: listing, aggregates and one hop of a neighbour walk. */

export function getResource(uid: string): CypherStatement {
  return cypher(`MATCH (r:Resource {uid: $uid}) RETURN ${resourceProjection('r')} AS resource`, { uid });
}

/** One page in uid order, starting after `afterUid`; asks for one more row than the page to know if more follow. */
export function listResources(
  filter: ResourceFilter,
  resolved: ResolvedProperty[],
  limit: number,
  afterUid: string | undefined,
): CypherStatement {
  const clause = buildFilterClause(filter, resolved);
  const conditions = [...clause.conditions];
  const params: Record<string, unknown> = { ...clause.params, limit: neo4j.int(limit + 1) };
  if (afterUid !== undefined) {
    conditions.push('r.uid > $afterUid');
    params['afterUid'] = afterUid;
  }
  return cypher(
    [
      'MATCH (r:Resource)',
      whereClause(conditions),
      `RETURN ${resourceProjection('r')} AS resource`,
      'ORDER BY r.uid',
      'LIMIT $limit',
    ]
      .filter(Boolean)
      .join('\n'),
    params,
  );
}

function groupExpression(field: ResolvedGroupField, index: number, params: Record<string, unknown>): string {
  if (field.source === 'core') return `r.${quoteIdentifier(field.field)}`;
  if (field.source === 'data') return propertyExpression('r', { source: 'data', key: field.key });
  params[`groupTag${index}`] = field.key;
  return tagValueExpression('r', `groupTag${index}`);
}

const NUMERIC_ONLY = (expression: string) =>
  `CASE WHEN ${expression} IS :: INTEGER OR ${expression} IS :: FLOAT THEN ${expression} END`;

/** Groups in the database; the result has columns g0..gN (group values as strings) and `value`. */
export function aggregateResources(
  query: AggregateQuery,
  resolvedFilter: ResolvedProperty[],
  groups: ResolvedGroupField[],
  valueProperty: ResolvedProperty | undefined,
): CypherStatement {
  const clause = buildFilterClause(query.filter ?? {}, resolvedFilter);
  const params: Record<string, unknown> = { ...clause.params };
  const groupColumns = groups.map((field, index) => `toString(${groupExpression(field, index, params)}) AS g${index}`);
  const value = query.value ?? { op: 'count' as const };
  let valueColumn = 'count(*) AS value';
  let valueBinding: string[] = [];
  if (value.op !== 'count') {
    if (valueProperty === undefined) throw new Error('aggregateResources: value property was not resolved');
    valueBinding = [`${NUMERIC_ONLY(propertyExpression('r', valueProperty))} AS v`];
    valueColumn = `${value.op}(v) AS value`;
  }
  const projected = [...groupColumns, ...valueBinding];
  return cypher(
    [
      'MATCH (r:Resource)',
      whereClause(clause.conditions),
      projected.length > 0 ? `WITH ${projected.join(', ')}` : '',
      `RETURN ${[...groups.map((_, index) => `g${index}`), valueColumn].join(', ')}`,
    ]
      .filter(Boolean)
      .join('\n'),
    params,
  );
}

const HOP_PATTERNS: Record<Direction, string> = {
  out: '(a)-[e]->(b:Resource)',
  in: '(a)<-[e]-(b:Resource)',
  both: '(a)-[e]-(b:Resource)',
};

/** The edges one hop away from the frontier, with the resource each reaches. */
export function neighborHop(frontier: string[], direction: Direction, edgeTypes: string[] | undefined) {
  return cypher(
    [
      'UNWIND $frontier AS uid',
      'MATCH (a:Resource {uid: uid})',
      `MATCH ${HOP_PATTERNS[direction]}`,
      edgeTypes === undefined ? '' : 'WHERE type(e) IN $edgeTypes',
      'RETURN DISTINCT startNode(e).uid AS from, type(e) AS type, endNode(e).uid AS to, e.to_kind AS toKind,',
      '       b.uid AS reached',
    ]
      .filter(Boolean)
      .join('\n'),
    { frontier, edgeTypes: edgeTypes ?? null },
  );
}
