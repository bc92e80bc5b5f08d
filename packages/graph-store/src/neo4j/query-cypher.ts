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

function hopMatch(direction: Direction, edgeTypes: string[] | undefined, endCondition: string): string[] {
  return [
    'UNWIND $frontier AS uid',
    'MATCH (a:Resource {uid: uid})',
    `MATCH ${HOP_PATTERNS[direction]}`,
    `WHERE ${edgeTypes === undefined ? '' : 'type(e) IN $edgeTypes AND '}${endCondition}`,
  ];
}

/** The resources one hop from the frontier not yet visited, by uid, at most `limit` (the database stops there). */
export function neighborsReached(
  frontier: string[],
  visited: string[],
  direction: Direction,
  edgeTypes: string[] | undefined,
  limit: number,
): CypherStatement {
  return cypher(
    [
      ...hopMatch(direction, edgeTypes, 'NOT b.uid IN $visited'),
      'RETURN DISTINCT b.uid AS reached',
      'ORDER BY reached',
      'LIMIT $limit',
    ].join('\n'),
    { frontier, visited, edgeTypes: edgeTypes ?? null, limit: neo4j.int(limit) },
  );
}

/** The edges from the frontier to the `allowed` resources, in (from, type, to) order, at most `limit`. */
export function neighborEdges(
  frontier: string[],
  allowed: string[],
  direction: Direction,
  edgeTypes: string[] | undefined,
  limit: number,
): CypherStatement {
  return cypher(
    [
      ...hopMatch(direction, edgeTypes, 'b.uid IN $allowed'),
      'WITH DISTINCT e',
      'WITH startNode(e).uid AS from, type(e) AS type, endNode(e).uid AS to, e.to_kind AS toKind',
      'RETURN from, type, to, toKind',
      'ORDER BY from, type, to',
      'LIMIT $limit',
    ].join('\n'),
    { frontier, allowed, edgeTypes: edgeTypes ?? null, limit: neo4j.int(limit) },
  );
}

/** Connected edges whose source matches a filter (of `r`), of the given types when named. */
export function countEdgesFrom(filter: ResourceFilter, resolved: ResolvedProperty[], types: string[] | undefined) {
  const clause = buildFilterClause(filter, resolved);
  const conditions = [...clause.conditions, ...(types === undefined ? [] : ['type(e) IN $types'])];
  return cypher(
    ['MATCH (r:Resource)-[e]->(:Resource)', whereClause(conditions), 'RETURN count(e) AS count']
      .filter(Boolean)
      .join('\n'),
    { ...clause.params, types: types ?? null },
  );
}
