import type { TraversalStep, WithCondition } from '../search/search-query.js';
import { compilePredicate, type PredicateContext } from './sqlite-search-predicate.js';
import { joinSql, raw, sql, type SqlPart } from './sqlite-search-sql.js';
import type { RowScope } from './sqlite-search-values.js';

/**
 * Traversal steps as CTEs of one statement. A step keeps the resources x with a resource s of the previous set
 * such that the fewest hops of a walk of at least one edge from s to x (along the step's edge types and direction,
 * over edges whose two ends are stored) lies in [minDepth, maxDepth]; minDepth 0 also keeps s itself. Then the
 * step's filter. Each set is a CTE of one column, `uid`.
 *
 * With minDepth 0 or 1 that is "reached by a walk of 1 to maxDepth hops from some start": one walk from all starts
 * at once, rows (uid, depth) kept once each. A larger minDepth needs each start's own fewest hops (a resource two hops
 * from one start and one from another is two hops from the first): the walk then carries its start.
 */
export function compileSteps(
  start: SqlPart,
  steps: TraversalStep[],
  context: PredicateContext,
): { ctes: SqlPart[]; last: string } {
  const startName = context.names.fresh('search_set');
  const ctes: SqlPart[] = [sql`${raw(startName)}(uid) AS (${start})`];
  let previous = startName;
  for (const step of steps) {
    const name = context.names.fresh('search_set');
    ctes.push(...stepCtes(name, previous, step, context));
    previous = name;
  }
  return { ctes, last: previous };
}

export function depthsOf(step: TraversalStep): { min: number; max: number } {
  const min = step.minDepth ?? 1;
  return { min, max: step.maxDepth ?? min };
}

function stepCtes(name: string, previous: string, step: TraversalStep, context: PredicateContext): SqlPart[] {
  const { min, max } = depthsOf(step);
  const target = context.names.fresh('t');
  const filter = compilePredicate(step.filter ?? { type: 'all' }, { target: 'resources', alias: target }, context);
  const sets = raw(name);
  if (min === 1 && max === 1) {
    // One hop: no walk, the edges of the previous set joined to the resources they reach.
    const hops = sidesOf(step).map((side) => {
      const edge = context.names.fresh('e');
      const from = context.names.fresh('p');
      return sql`SELECT ${raw(`${edge}.${side.far}`)} AS uid FROM ${raw(previous)} ${raw(from)}
        JOIN edges ${raw(edge)} ON ${raw(`${edge}.${side.near} = ${from}.uid`)}${edgeTypesSql(edge, step)}
        JOIN resources ${raw(target)} ON ${raw(`${target}.uid = ${edge}.${side.far}`)}
        WHERE search_tick() AND ${filter}`;
    });
    return [sql`${sets}(uid) AS (${joinSql(hops, ' UNION ')})`];
  }
  const walk = raw(context.names.fresh('search_walk'));
  const perStart = min > 1;
  const startColumn = perStart ? raw('uid, ') : raw('');
  const carried = perStart ? raw('w.src, ') : raw('');
  const recursive = sidesOf(step).map((side) => {
    const edge = context.names.fresh('e');
    const end = context.names.fresh('n');
    return sql`SELECT ${carried}${raw(`${edge}.${side.far}`)}, w.depth + 1 FROM ${walk} w
      JOIN edges ${raw(edge)} ON ${raw(`${edge}.${side.near} = w.uid`)}${edgeTypesSql(edge, step)}
      JOIN resources ${raw(end)} ON ${raw(`${end}.uid = ${edge}.${side.far}`)}
      WHERE search_tick() AND w.depth < ${max}`;
  });
  const walkCte = sql`${walk}(${perStart ? raw('src, ') : raw('')}uid, depth) AS (
    SELECT ${startColumn}uid, 0 FROM ${raw(previous)} UNION ${joinSql(recursive, ' UNION ')})`;
  const reached = perStart
    ? sql`(SELECT uid FROM ${walk} GROUP BY src, uid HAVING min(CASE WHEN depth > 0 THEN depth END) >= ${min})`
    : sql`(SELECT uid FROM ${walk} WHERE depth >= ${min})`;
  const setCte = sql`${sets}(uid) AS (SELECT DISTINCT x.uid FROM ${reached} x
    JOIN resources ${raw(target)} ON ${raw(`${target}.uid = x.uid`)} WHERE ${filter})`;
  return [walkCte, setCte];
}

interface Side {
  near: 'from_uid' | 'to_uid';
  far: 'from_uid' | 'to_uid';
}

function sidesOf(step: TraversalStep): Side[] {
  const out: Side = { near: 'from_uid', far: 'to_uid' };
  const into: Side = { near: 'to_uid', far: 'from_uid' };
  if (step.direction === 'out') return [out];
  if (step.direction === 'in') return [into];
  return [out, into];
}

function edgeTypesSql(edge: string, step: TraversalStep): SqlPart {
  const types = step.edgeTypes ?? [];
  if (types.length === 0) return raw('');
  if (types.length === 1) return sql` AND ${raw(`${edge}.type`)} = ${types[0]}`;
  return sql` AND ${raw(`${edge}.type`)} IN (SELECT value FROM json_each(${JSON.stringify(types)}))`;
}

/**
 * with(): the number of distinct resources the steps reach from this row's resource, compared. "Any" and "none"
 * (count > 0, = 0 and their equivalents) are EXISTS, which stops at the first; a count stops one past its bound.
 */
export function compileWith(condition: WithCondition, scope: RowScope, context: PredicateContext): SqlPart {
  const { op, value } = condition.count;
  const exists = existsForm(op, value);
  const [only] = condition.steps;
  if (exists !== undefined && condition.steps.length === 1 && only !== undefined) {
    const { min, max } = depthsOf(only);
    if (min === 1 && max === 1) {
      const found = sql`(${joinSql(oneHopExists(scope.alias, only, context), ' OR ')})`;
      return exists ? found : sql`(NOT ${found})`;
    }
  }
  const { ctes, last } = compileSteps(raw(`SELECT ${scope.alias}.uid`), condition.steps, context);
  const withSql = sql`WITH RECURSIVE ${joinSql(ctes, ', ')}`;
  if (exists !== undefined) {
    const found = sql`EXISTS (${withSql} SELECT 1 FROM ${raw(last)})`;
    return exists ? found : sql`(NOT ${found})`;
  }
  const count = sql`(${withSql} SELECT count(*) FROM (SELECT 1 FROM ${raw(last)} LIMIT ${Math.max(0, Math.floor(value)) + 1}))`;
  return sql`(${count} ${raw(COUNT_SQL[op])} ${value})`;
}

/** EXISTS of the edges of one hop from the row's resource to a resource the step's filter keeps. */
function oneHopExists(alias: string, step: TraversalStep, context: PredicateContext): SqlPart[] {
  const target = context.names.fresh('t');
  const filter = compilePredicate(step.filter ?? { type: 'all' }, { target: 'resources', alias: target }, context);
  return sidesOf(step).map((side) => {
    const edge = context.names.fresh('e');
    return sql`EXISTS (SELECT 1 FROM edges ${raw(edge)}
      JOIN resources ${raw(target)} ON ${raw(`${target}.uid = ${edge}.${side.far}`)}
      WHERE ${raw(`${edge}.${side.near} = ${alias}.uid`)}${edgeTypesSql(edge, step)} AND search_tick() AND ${filter})`;
  });
}

const COUNT_SQL = { eq: '=', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** true: "some is reached", false: "none is", undefined: a count to compare. */
function existsForm(op: WithCondition['count']['op'], value: number): boolean | undefined {
  if ((op === 'gte' && value === 1) || (op === 'gt' && value === 0) || (op === 'ne' && value === 0)) return true;
  if ((op === 'eq' && value === 0) || (op === 'lte' && value === 0) || (op === 'lt' && value === 1)) return false;
  return undefined;
}
