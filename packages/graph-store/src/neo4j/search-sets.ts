import type { ManagedTransaction } from 'neo4j-driver';
import type { StoredResource } from '../graph-store.js';
import { matchesPredicate } from '../search/evaluate-search.js';
import type { Predicate, TraversalStep } from '../search/search-query.js';
import { cypher } from './cypher-statement.js';
import { runRows } from './neo4j-session.js';
import { resourceProjection, toStoredResource, type ResourceRow } from './resource-node.js';
import { predicateCondition } from './search-condition.js';
import { SearchParams } from './search-params.js';
import { stepMatch } from './search-step-cypher.js';

/**
 * A set of resources as Cypher: `text` binds `r` to each of them once. `open` when it ends in a MATCH that a WHERE
 * may follow (the planner then sees the conditions with the match, and picks indexes from them).
 */
export interface ResourceSet {
  text: string;
  params: SearchParams;
  open: boolean;
}

export function whereOf(set: ResourceSet, condition: string): string {
  return `${set.text} ${set.open ? 'WHERE' : 'WITH r WHERE'} ${condition}`;
}

export function allResources(): ResourceSet {
  return { text: 'MATCH (r:Resource)', params: new SearchParams(), open: true };
}

function resourcesOf(uids: string[]): ResourceSet {
  const params = new SearchParams();
  return { text: `UNWIND ${params.add(uids)} AS u MATCH (r:Resource {uid: u})`, params, open: true };
}

/**
 * The members of `set` that match `predicate`. Decided in Cypher when it can be; otherwise the candidates (the maybe
 * condition) are read, those not surely in decided in process, and the result is the set of their uids.
 */
export async function narrow(tx: ManagedTransaction, set: ResourceSet, predicate: Predicate): Promise<ResourceSet> {
  const condition = predicateCondition(predicate, 'r', set.params);
  if (condition.exact) return { text: whereOf(set, condition.sure), params: set.params, open: false };
  const rows = await runRows<{ uid: string; resource: ResourceRow | null }>(
    tx,
    cypher(
      [
        whereOf(set, condition.maybe),
        `WITH r, ${condition.sure} AS sure`,
        `RETURN r.uid AS uid, CASE WHEN sure THEN null ELSE ${resourceProjection('r')} END AS resource`,
      ].join('\n'),
      set.params.values,
    ),
  );
  const kept: string[] = [];
  for (const row of rows) {
    if (row.resource === null || (await decide(tx, toStoredResource(row.resource), predicate))) kept.push(row.uid);
  }
  return resourcesOf(kept);
}

/** The resources the steps reach from `set`, each step's filter applied (search-step-cypher.ts: distances). */
export async function traverse(tx: ManagedTransaction, set: ResourceSet, steps: TraversalStep[]): Promise<ResourceSet> {
  let current = set;
  for (const step of steps) {
    const from = current.params.variable('a');
    const to = current.params.variable('b');
    const text = `${current.text} WITH DISTINCT r AS ${from} ${stepMatch(step, from, to)} WITH DISTINCT ${to} AS r`;
    current = await narrow(tx, { text, params: current.params, open: false }, step.filter ?? { type: 'all' });
  }
  return current;
}

/**
 * The predicate over one resource in process: the evaluator for everything but `with`, whose count comes from the
 * graph (the same traversal, from this resource alone).
 */
export async function decide(tx: ManagedTransaction, resource: StoredResource, predicate: Predicate): Promise<boolean> {
  if (!holdsWith(predicate)) return matchesPredicate(resource, predicate);
  switch (predicate.type) {
    case 'and':
      for (const term of predicate.terms) if (!(await decide(tx, resource, term))) return false;
      return true;
    case 'or':
      for (const term of predicate.terms) if (await decide(tx, resource, term)) return true;
      return false;
    case 'not':
      return !(await decide(tx, resource, predicate.term));
    case 'with': {
      const reached = await traverse(tx, resourcesOf([resource.uid]), predicate.steps);
      const [row] = await runRows<{ count: number }>(
        tx,
        cypher(`${reached.text} RETURN count(r) AS count`, reached.params.values),
      );
      return compareCount(row?.count ?? 0, predicate.count.op, predicate.count.value);
    }
    default:
      return matchesPredicate(resource, predicate);
  }
}

function holdsWith(predicate: Predicate): boolean {
  if (predicate.type === 'with') return true;
  if (predicate.type === 'and' || predicate.type === 'or') return predicate.terms.some(holdsWith);
  if (predicate.type === 'not') return holdsWith(predicate.term);
  return false;
}

function compareCount(count: number, op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte', value: number): boolean {
  if (op === 'eq') return count === value;
  if (op === 'ne') return count !== value;
  if (op === 'lt') return count < value;
  if (op === 'lte') return count <= value;
  if (op === 'gt') return count > value;
  return count >= value;
}
