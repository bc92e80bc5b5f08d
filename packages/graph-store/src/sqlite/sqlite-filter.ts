import type { PropertyCondition, ResourceFilter } from '../graph-store.js';
import { normalizeTime, validateFilter, type ResolvedProperty } from '../validation.js';

/** A WHERE fragment over `resources r` and its positional parameters; every value is a parameter. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const LIST_COLUMNS = {
  uids: 'r.uid',
  kinds: 'r.kind',
  clouds: 'r.cloud',
  accounts: 'r.account',
  regions: 'r.region',
  serviceGroups: 'r.service',
} as const;

const COMPARISON_SQL = { eq: '=', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

export function buildResourceFilter(filter: ResourceFilter, field = 'filter'): SqlFragment {
  const properties = validateFilter(filter, field);
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const [list, column] of Object.entries(LIST_COLUMNS) as [keyof typeof LIST_COLUMNS, string][]) {
    const values = filter[list];
    if (values === undefined) continue;
    clauses.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  }
  for (const tag of filter.tags ?? []) {
    if (tag.value === undefined) {
      clauses.push('EXISTS (SELECT 1 FROM json_each(r.tags) t WHERE t.key = ?)');
      params.push(tag.key);
    } else {
      clauses.push('EXISTS (SELECT 1 FROM json_each(r.tags) t WHERE t.key = ? AND t.value = ?)');
      params.push(tag.key, tag.value);
    }
  }
  (filter.properties ?? []).forEach((condition, index) => {
    const fragment = conditionSql(condition, properties[index]!);
    clauses.push(fragment.sql);
    params.push(...fragment.params);
  });
  if (filter.orphaned !== undefined)
    clauses.push(filter.orphaned ? 'r.orphaned_since IS NOT NULL' : 'r.orphaned_since IS NULL');
  if (filter.orphanedBefore !== undefined) {
    clauses.push('r.orphaned_since < ?');
    params.push(normalizeTime(filter.orphanedBefore, `${field}.orphanedBefore`));
  }
  return { sql: clauses.length === 0 ? '1' : clauses.join(' AND '), params };
}

/** The path of a data key for json_extract/json_type; keys are validated identifiers. */
export function dataPath(key: string): string {
  return `$.${key}`;
}

/**
 * A comparison matches only values of the same type as the condition's value (numbers with numbers, text with
 * text); `ne` matches present values that differ; a missing or null property matches nothing but a failed `exists`.
 */
function conditionSql(condition: PropertyCondition, property: ResolvedProperty): SqlFragment {
  if (property.source === 'core') return coreConditionSql(condition, `r.${property.property}`);
  const path = dataPath(property.key);
  const typeSql = 'json_type(r.data, ?)';
  const valueSql = 'json_extract(r.data, ?)';
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
