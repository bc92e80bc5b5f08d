import type { TraversalStep, WithCondition } from '../search/search-query.js';
import { compilePredicate, type PredicateContext } from './sqlite-search-predicate.js';
import { joinSql, raw, sql, type SqlPart } from './sqlite-search-sql.js';
import type { RowScope } from './sqlite-search-values.js';

/**
 * Traversal steps as CTEs of one statement, each set a CTE of one column, `uid`. A step keeps the resources x at a
 * distance d(s, x) from minDepth to maxDepth of some resource s of the previous set, d being the fewest hops from s
 * along the step's edge types and direction over edges whose two ends are stored (d(s, s) = 0, so with minDepth >= 1
 * a start is kept only when another start reaches it); then the step's filter.
 *
 * How each is computed: one hop is a join (s != x); minDepth 0 a walk from all starts at once (rows (uid, depth)
 * kept once each, so at most maxDepth + 1 rows a resource); otherwise each start's own fewest hops count, so the walk
 * carries its start (rows (src, uid, depth)). From a single start (with()'s first step) one walk gives every
 * distance. In the main chain, whose sets may be large, minDepth 1 walks from all starts at once and checks only a
 * resource that is itself a start, by a walk back from it to another start.
 */
export function compileSteps(
  start: SqlPart,
  steps: TraversalStep[],
  context: PredicateContext,
  from: 'set' | 'one' = 'set',
): { ctes: SqlPart[]; last: string } {
  const startName = context.names.fresh('search_set');
  const ctes: SqlPart[] = [sql`${raw(startName)}(uid) AS MATERIALIZED (${start})`];
  let previous = startName;
  steps.forEach((step, index) => {
    const name = context.names.fresh('search_set');
    const starts = from === 'set' ? 'large' : index === 0 ? 'one' : 'small';
    ctes.push(...stepCtes(name, previous, step, context, starts));
    previous = name;
  });
  return { ctes, last: previous };
}

export function depthsOf(step: TraversalStep): { min: number; max: number } {
  const min = step.minDepth ?? 1;
  return { min, max: step.maxDepth ?? Math.max(min, 1) };
}

function stepCtes(
  name: string,
  previous: string,
  step: TraversalStep,
  context: PredicateContext,
  starts: 'one' | 'small' | 'large',
): SqlPart[] {
  const { min, max } = depthsOf(step);
  const target = context.names.fresh('t');
  const filter = compilePredicate(step.filter ?? { type: 'all' }, { target: 'resources', alias: target }, context);
  const sets = raw(name);
  if (min === 1 && max === 1) {
    const hops = sidesOf(step).map((side) => {
      const edge = context.names.fresh('e');
      const from = context.names.fresh('p');
      return sql`SELECT DISTINCT ${raw(`${edge}.${side.far}`)} AS uid FROM ${raw(previous)} ${raw(from)}
        JOIN edges ${raw(edge)} ON ${raw(`${edge}.${side.near} = ${from}.uid`)}${edgeTypesSql(edge, step)}
        JOIN resources ${raw(target)} ON ${raw(`${target}.uid = ${edge}.${side.far}`)}
        WHERE ${raw(`${edge}.${side.far} != ${from}.uid`)} AND search_tick() AND ${filter}`;
    });
    return [sql`${sets}(uid) AS MATERIALIZED (${joinSql(hops, ' UNION ')})`];
  }
  const walk = context.names.fresh('search_walk');
  const perStart = starts === 'one' ? false : min > 1 || (min === 1 && starts === 'small');
  const ctes = [walkSql(walk, raw(previous), step, max, perStart, context)];
  let reached: SqlPart;
  if (perStart) {
    reached = raw(`(SELECT uid FROM ${walk} GROUP BY src, uid HAVING min(depth) >= ${min})`);
  } else if (min === 0) {
    reached = raw(`(SELECT uid FROM ${walk})`);
  } else if (starts === 'one') {
    reached = raw(`(SELECT uid FROM ${walk} GROUP BY uid HAVING min(depth) >= ${min})`);
  } else {
    const back = context.names.fresh('search_back');
    ctes.push(...startsReachedByOthers(back, walk, previous, step, max, context));
    reached = raw(`(SELECT uid FROM ${walk} WHERE depth >= 1 AND uid NOT IN (SELECT uid FROM ${previous})
      UNION SELECT src FROM ${back} WHERE depth >= 1 AND uid != src AND uid IN (SELECT uid FROM ${previous}))`);
  }
  const setCte = sql`${sets}(uid) AS MATERIALIZED (SELECT DISTINCT x.uid FROM ${reached} x
    JOIN resources ${raw(target)} ON ${raw(`${target}.uid = x.uid`)} WHERE ${filter})`;
  return [...ctes, setCte];
}

/**
 * The walk of a step from the rows of `from` (column uid), to maxDepth hops: rows (uid, depth), or with `perStart`
 * (src, uid, depth); `reverse` walks the edges the other way.
 */
function walkSql(
  name: string,
  from: SqlPart,
  step: TraversalStep,
  max: number,
  perStart: boolean,
  context: PredicateContext,
  reverse = false,
): SqlPart {
  const walk = raw(name);
  const recursive = sidesOf(step).map((forward) => {
    const side = reverse ? { near: forward.far, far: forward.near } : forward;
    const edge = context.names.fresh('e');
    const end = context.names.fresh('n');
    return sql`SELECT ${raw(perStart ? 'w.src, ' : '')}${raw(`${edge}.${side.far}`)}, w.depth + 1 FROM ${walk} w
      JOIN edges ${raw(edge)} ON ${raw(`${edge}.${side.near} = w.uid`)}${edgeTypesSql(edge, step)}
      JOIN resources ${raw(end)} ON ${raw(`${end}.uid = ${edge}.${side.far}`)}
      WHERE search_tick() AND w.depth < ${max}`;
  });
  const columns = raw(perStart ? 'src, uid, depth' : 'uid, depth');
  return sql`${walk}(${columns}) AS (SELECT ${raw(perStart ? 'uid, ' : '')}uid, 0 FROM ${from}
    UNION ${joinSql(recursive, ' UNION ')})`;
}

/**
 * The starts the walk reached again, each walked back from (rows (src, uid, depth), src the start): a start is
 * kept when the walk back meets another start within max hops. Walked for all of them at once, not in a correlated
 * subquery, which would compute the sets it reads again for every row.
 */
function startsReachedByOthers(
  back: string,
  walk: string,
  starts: string,
  step: TraversalStep,
  max: number,
  context: PredicateContext,
): SqlPart[] {
  const again = context.names.fresh('search_again');
  return [
    raw(
      `${again}(uid) AS MATERIALIZED (SELECT DISTINCT uid FROM ${walk} WHERE depth >= 1 AND uid IN (SELECT uid FROM ${starts}))`,
    ),
    walkSql(back, raw(again), step, max, true, context, true),
  ];
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
  const { ctes, last } = compileSteps(raw(`SELECT ${scope.alias}.uid`), condition.steps, context, 'one');
  const withSql = sql`WITH RECURSIVE ${joinSql(ctes, ', ')}`;
  if (exists !== undefined) {
    const found = sql`EXISTS (${withSql} SELECT 1 FROM ${raw(last)})`;
    return exists ? found : sql`(NOT ${found})`;
  }
  const count = sql`(${withSql} SELECT count(*) FROM (SELECT 1 FROM ${raw(last)} LIMIT ${Math.max(0, Math.floor(value)) + 1}))`;
  return sql`(${count} ${raw(COUNT_SQL[op])} ${value})`;
}

/** EXISTS of the edges of one hop from the row's resource to another resource the step's filter keeps. */
function oneHopExists(alias: string, step: TraversalStep, context: PredicateContext): SqlPart[] {
  const target = context.names.fresh('t');
  const filter = compilePredicate(step.filter ?? { type: 'all' }, { target: 'resources', alias: target }, context);
  return sidesOf(step).map((side) => {
    const edge = context.names.fresh('e');
    return sql`EXISTS (SELECT 1 FROM edges ${raw(edge)}
      JOIN resources ${raw(target)} ON ${raw(`${target}.uid = ${edge}.${side.far}`)}
      WHERE ${raw(`${edge}.${side.near} = ${alias}.uid`)}${edgeTypesSql(edge, step)}
        AND ${raw(`${edge}.${side.far} != ${alias}.uid`)} AND search_tick() AND ${filter})`;
  });
}

const COUNT_SQL = { eq: '=', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** true: "some is reached", false: "none is", undefined: a count to compare. */
function existsForm(op: WithCondition['count']['op'], value: number): boolean | undefined {
  if ((op === 'gte' && value === 1) || (op === 'gt' && value === 0) || (op === 'ne' && value === 0)) return true;
  if ((op === 'eq' && value === 0) || (op === 'lte' && value === 0) || (op === 'lt' && value === 1)) return false;
  return undefined;
}
