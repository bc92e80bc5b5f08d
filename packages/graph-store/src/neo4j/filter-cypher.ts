import type { PropertyCondition, RelatedCondition, ResourceFilter } from '../graph-store.js';
import { normalizeTime, validateRelated, type ResolvedProperty } from '../validation.js';
import { quoteIdentifier } from './identifiers.js';

/** A WHERE clause over `r:Resource` built from a validated filter: one parameter per value, AND across fields. */
export interface FilterClause {
  conditions: string[];
  params: Record<string, unknown>;
}

const LIST_FIELDS = [
  ['uids', 'uid'],
  ['kinds', 'kind'],
  ['clouds', 'cloud'],
  ['accounts', 'account'],
  ['regions', 'region'],
  ['serviceGroups', 'service'],
] as const;

/**
 * Lists the planner may turn into index seeks (each has an index of its own). clouds and serviceGroups are written so
 * that it cannot: with IN on the leading fields of the composite scope index (cloud, account, region, service,
 * kind), Neo4j plans one seek per combination of the lists' values, a cartesian product that never finishes for
 * long lists.
 */
const SEEKABLE_LISTS = new Set(['uids', 'kinds', 'accounts', 'regions']);

const COMPARISONS: Record<Exclude<PropertyCondition['op'], 'exists'>, string> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  contains: 'CONTAINS',
};

/** The node property a validated property name reads. */
export function propertyExpression(variable: string, property: ResolvedProperty): string {
  const key = property.source === 'core' ? property.property : `data_${property.key}`;
  return `${variable}.${quoteIdentifier(key)}`;
}

/** The value of tag `keyParam` on `r`, or null: tags are two parallel lists, keys and values. */
export function tagValueExpression(variable: string, keyParam: string): string {
  const v = variable;
  return `[i IN range(0, size(coalesce(${v}.tag_keys, [])) - 1) WHERE ${v}.tag_keys[i] = $${keyParam} | ${v}.tag_values[i]][0]`;
}

/** `resolved` are the filter's property conditions as validateFilter returned them, in order. */
export function buildFilterClause(
  filter: ResourceFilter,
  resolved: ResolvedProperty[],
  variable = 'r',
  prefix = 'filter',
): FilterClause {
  const v = variable;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, property] of LIST_FIELDS) {
    const values = filter[field];
    if (values === undefined) continue;
    params[`${prefix}_${field}`] = values;
    conditions.push(
      SEEKABLE_LISTS.has(field)
        ? `${v}.${property} IN $${prefix}_${field}`
        : `any(value IN $${prefix}_${field} WHERE value = ${v}.${property})`,
    );
  }
  (filter.tags ?? []).forEach((tag, index) => {
    const keyParam = `${prefix}_tagKey${index}`;
    params[keyParam] = tag.key;
    if (tag.value === undefined) {
      conditions.push(`$${keyParam} IN coalesce(${v}.tag_keys, [])`);
      return;
    }
    const valueParam = `${prefix}_tagValue${index}`;
    params[valueParam] = tag.value;
    conditions.push(
      `any(i IN range(0, size(coalesce(${v}.tag_keys, [])) - 1) ` +
        `WHERE ${v}.tag_keys[i] = $${keyParam} AND ${v}.tag_values[i] = $${valueParam})`,
    );
  });
  (filter.properties ?? []).forEach((condition, index) => {
    const property = resolved[index];
    if (property === undefined) throw new Error('buildFilterClause: property conditions were not resolved');
    const expression = propertyExpression(v, property);
    if (condition.op === 'exists') {
      conditions.push(`${expression} IS NOT NULL`);
      return;
    }
    const valueParam = `${prefix}_value${index}`;
    params[valueParam] = condition.value;
    conditions.push(`${expression} ${COMPARISONS[condition.op]} $${valueParam}`);
  });
  if (filter.orphaned !== undefined)
    conditions.push(filter.orphaned ? `${v}.orphaned_since IS NOT NULL` : `${v}.orphaned_since IS NULL`);
  if (filter.orphanedBefore !== undefined) {
    params[`${prefix}_orphanedBefore`] = normalizeTime(filter.orphanedBefore, `${prefix}.orphanedBefore`);
    conditions.push(`${v}.orphaned_since < $${prefix}_orphanedBefore`);
  }
  (filter.related ?? []).forEach((condition, index) => {
    const related = relatedCondition(condition, `${v}_rel${index}`, v);
    conditions.push(related.conditions[0] as string);
    Object.assign(params, related.params);
  });
  return { conditions, params };
}

/**
 * `EXISTS { MATCH path WHERE ... }` (or NOT): one pattern from `variable` through a node per step. Relationships
 * join only stored resources (pending edges are nodes of their own), so only edges with both ends count. Edge types
 * are validated labels, the only text spliced in; every other value is a parameter.
 */
function relatedCondition(condition: RelatedCondition, prefix: string, variable: string): FilterClause {
  // validated with the whole filter already: this resolves the conditions on the resource reached
  const reachedProperties = validateRelated(condition, prefix);
  let pattern = `(${variable})`;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  condition.path.forEach((step, index) => {
    const node = `${prefix}_n${index}`;
    const types = (step.edgeTypes ?? []).map(quoteIdentifier).join('|');
    const relationship = `-[${types === '' ? '' : `:${types}`}]-`;
    pattern += `${step.direction === 'in' ? `<${relationship}` : `${relationship}>`}(${node}:Resource)`;
    const last = index === condition.path.length - 1;
    const reached: ResourceFilter = {
      ...(step.kinds && step.kinds.length > 0 ? { kinds: step.kinds } : {}),
      ...(last && condition.properties ? { properties: condition.properties } : {}),
    };
    const clause = buildFilterClause(reached, last ? reachedProperties : [], node, node);
    conditions.push(...clause.conditions);
    Object.assign(params, clause.params);
  });
  const exists = `EXISTS { MATCH ${pattern} ${whereClause(conditions)} }`;
  return { conditions: [condition.absent ? `NOT ${exists}` : exists], params };
}

export function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.map((condition) => `(${condition})`).join(' AND ')}`;
}
