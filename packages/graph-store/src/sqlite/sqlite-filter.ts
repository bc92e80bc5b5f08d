import type { PropertyCondition, RelatedCondition, ResourceFilter } from '../graph-store.js';
import { normalizeTime, validateFilter, type ResolvedProperty } from '../validation.js';

/** A WHERE fragment over `resources r` and its positional parameters; every value is a parameter. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const LIST_COLUMNS = {
  uids: 'uid',
  kinds: 'kind',
  clouds: 'cloud',
  accounts: 'account',
  regions: 'region',
  serviceGroups: 'service',
} as const;

const COMPARISON_SQL = { eq: '=', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** A WHERE fragment over the resources row `alias` (`r` unless given). */
export function buildResourceFilter(filter: ResourceFilter, field = 'filter', alias = 'r'): SqlFragment {
  const properties = validateFilter(filter, field);
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const [list, column] of Object.entries(LIST_COLUMNS) as [keyof typeof LIST_COLUMNS, string][]) {
    const values = filter[list];
    if (values === undefined) continue;
    // One value as an equality: the planner then walks an index in uid order (a page of one kind is a seek).
    if (values.length === 1) {
      clauses.push(`${alias}.${column} = ?`);
      params.push(values[0]);
      continue;
    }
    clauses.push(`${alias}.${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  }
  for (const tag of filter.tags ?? []) {
    if (tag.value === undefined) {
      clauses.push(`EXISTS (SELECT 1 FROM json_each(${alias}.tags) t WHERE t.key = ?)`);
      params.push(tag.key);
    } else {
      clauses.push(`EXISTS (SELECT 1 FROM json_each(${alias}.tags) t WHERE t.key = ? AND t.value = ?)`);
      params.push(tag.key, tag.value);
    }
  }
  (filter.properties ?? []).forEach((condition, index) => {
    const fragment = conditionSql(condition, properties[index]!, alias);
    clauses.push(fragment.sql);
    params.push(...fragment.params);
  });
  if (filter.orphaned !== undefined)
    clauses.push(filter.orphaned ? `${alias}.orphaned_since IS NOT NULL` : `${alias}.orphaned_since IS NULL`);
  if (filter.orphanedBefore !== undefined) {
    clauses.push(`${alias}.orphaned_since < ?`);
    params.push(normalizeTime(filter.orphanedBefore, `${field}.orphanedBefore`));
  }
  (filter.related ?? []).forEach((condition, index) => {
    const fragment = relatedSql(condition, `${field}.related[${index}]`, `${alias}_rel${index}`, alias);
    clauses.push(fragment.sql);
    params.push(...fragment.params);
  });
  return { sql: clauses.length === 0 ? '1' : clauses.join(' AND '), params };
}

/**
 * `EXISTS` (or `NOT EXISTS`) of the path as one join chain: edge then resource per step, so that only edges whose
 * two ends are stored count, each step seeking its edges by the end it starts from (the primary key or edges_to).
 */
function relatedSql(condition: RelatedCondition, field: string, prefix: string, alias: string): SqlFragment {
  const joins: string[] = [];
  const clauses: string[] = [];
  const params: unknown[] = [];
  let previous = alias;
  condition.path.forEach((step, index) => {
    const edge = `${prefix}_e${index}`;
    const node = `${prefix}_n${index}`;
    const [near, far] = step.direction === 'out' ? ['from_uid', 'to_uid'] : ['to_uid', 'from_uid'];
    joins.push(
      `${index === 0 ? 'FROM' : 'JOIN'} edges ${edge}`,
      `JOIN resources ${node} ON ${node}.uid = ${edge}.${far}`,
    );
    clauses.push(`${edge}.${near} = ${previous}.uid`);
    if (step.edgeTypes && step.edgeTypes.length > 0) {
      clauses.push(`${edge}.type IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(step.edgeTypes));
    }
    const last = index === condition.path.length - 1;
    const reached: ResourceFilter = {
      ...(step.kinds && step.kinds.length > 0 ? { kinds: step.kinds } : {}),
      ...(last && condition.properties ? { properties: condition.properties } : {}),
    };
    const fragment = buildResourceFilter(reached, `${field}.path[${index}]`, node);
    clauses.push(fragment.sql);
    params.push(...fragment.params);
    previous = node;
  });
  const exists = `EXISTS (SELECT 1 ${joins.join(' ')} WHERE ${clauses.join(' AND ')})`;
  return { sql: condition.absent ? `NOT ${exists}` : exists, params };
}

/** The path of a data key for json_extract/json_type; keys are validated identifiers. */
export function dataPath(key: string): string {
  return `$.${key}`;
}

/**
 * A comparison matches only values of the same type as the condition's value (numbers with numbers, text with
 * text); `ne` matches present values that differ; a missing or null property matches nothing but a failed `exists`.
 */
function conditionSql(condition: PropertyCondition, property: ResolvedProperty, alias: string): SqlFragment {
  if (property.source === 'core') return coreConditionSql(condition, `${alias}.${property.property}`);
  const path = dataPath(property.key);
  const typeSql = `json_type(${alias}.data, ?)`;
  const valueSql = `json_extract(${alias}.data, ?)`;
  const { op, value } = condition;
  if (op === 'exists') return { sql: `coalesce(${typeSql}, 'null') != 'null'`, params: [path] };
  if (typeof value === 'boolean') {
    const jsonType = value ? 'true' : 'false';
    return op === 'eq'
      ? { sql: `${typeSql} = ?`, params: [path, jsonType] }
      : { sql: `coalesce(${typeSql}, 'null') NOT IN ('null', ?)`, params: [path, jsonType] };
  }
  const types = typeof value === 'number' ? ['integer', 'real'] : ['text'];
  if (op === 'ne') {
    return {
      sql: `coalesce(${typeSql}, 'null') != 'null' AND (${typeSql} NOT IN (SELECT value FROM json_each(?)) OR ${valueSql} != ?)`,
      params: [path, path, JSON.stringify(types), path, value],
    };
  }
  const typeCheck = `${typeSql} IN (SELECT value FROM json_each(?))`;
  if (op === 'contains')
    return { sql: `${typeCheck} AND instr(${valueSql}, ?) > 0`, params: [path, JSON.stringify(types), path, value] };
  return {
    sql: `${typeCheck} AND ${valueSql} ${COMPARISON_SQL[op]} ?`,
    params: [path, JSON.stringify(types), path, value],
  };
}

function coreConditionSql(condition: PropertyCondition, column: string): SqlFragment {
  const { op, value } = condition;
  if (op === 'exists') return { sql: `${column} IS NOT NULL`, params: [] };
  if (typeof value !== 'string') {
    // Core fields are text: a number or boolean equals none of them and differs from every present one.
    return { sql: op === 'ne' ? `${column} IS NOT NULL` : '0', params: [] };
  }
  if (op === 'contains') return { sql: `instr(${column}, ?) > 0`, params: [value] };
  return { sql: `${column} ${COMPARISON_SQL[op]} ?`, params: [value] };
}
