import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError } from '../errors.js';
import type { AggregateQuery, AggregateRow } from '../graph-store.js';
import { resolveGroupField, resolveProperty } from '../validation.js';
import { buildResourceFilter, dataPath, type SqlFragment } from './sqlite-filter.js';

export function aggregateResources(db: Database, query: AggregateQuery): AggregateRow[] {
  if (!Array.isArray(query.groupBy)) throw new InvalidStoreArgumentError('query.groupBy', 'must be a list');
  const groups = query.groupBy.map((field, index) => groupSql(field, index));
  const value = valueSql(query.value ?? { op: 'count' });
  const where = buildResourceFilter(query.filter ?? {}, 'query.filter');
  const selectGroups = groups.map((group, index) => `${group.sql} AS g${index}`);
  const groupBySql = groups.length === 0 ? '' : ` GROUP BY ${groups.map((_, index) => `g${index}`).join(', ')}`;
  const sql = `SELECT ${[...selectGroups, `${value.sql} AS value`].join(', ')} FROM resources r WHERE (${where.sql})${groupBySql}`;
  const params = [...groups.flatMap((group) => group.params), ...value.params, ...where.params];
  const rows = db.prepare<unknown[], Record<string, unknown>>(sql).all(...params);
  if (groups.length > 0 && rows.length === 0) return [];
  return rows.map((row) => ({
    group: Object.fromEntries(query.groupBy.map((field, index) => [field, groupValue(row[`g${index}`])])),
    value: Number(row.value ?? 0),
  }));
}

function groupSql(field: string, index: number): SqlFragment {
  const resolved = resolveGroupField(field, `query.groupBy[${index}]`);
  if (resolved.source === 'core') return { sql: `r.${resolved.field}`, params: [] };
  if (resolved.source === 'tag')
    return { sql: '(SELECT t.value FROM json_each(r.tags) t WHERE t.key = ?)', params: [resolved.key] };
  const path = dataPath(resolved.key);
  return {
    sql: `CASE json_type(r.data, ?) WHEN 'null' THEN NULL WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
            WHEN 'object' THEN json_extract(r.data, ?) WHEN 'array' THEN json_extract(r.data, ?)
            ELSE CAST(json_extract(r.data, ?) AS TEXT) END`,
    params: [path, path, path, path],
  };
}

function valueSql(value: NonNullable<AggregateQuery['value']>): SqlFragment {
  if (value.op === 'count') return { sql: 'count(*)', params: [] };
  if (!['sum', 'min', 'max'].includes(value.op))
    throw new InvalidStoreArgumentError('query.value.op', 'must be count, sum, min or max');
  const property = resolveProperty(value.property, 'query.value.property');
  // Core fields are text, so they hold no numbers to add up.
  if (property.source === 'core') return { sql: '0', params: [] };
  const path = dataPath(property.key);
  const numeric = `CASE WHEN json_type(r.data, ?) IN ('integer', 'real') THEN json_extract(r.data, ?) END`;
  const sql = value.op === 'sum' ? `total(${numeric})` : `coalesce(${value.op}(${numeric}), 0)`;
  return { sql, params: [path, path] };
}

function groupValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
