import type { Predicate, ResourceSearch } from '@cloud-inventory/graph-store';

/**
 * The query's answer among these uids only: `uid in [...]` joins the filter of the set the query answers (the last
 * step's, or the first set's without steps), so the result is exactly the search's answer that has one of the uids.
 * Callers pass at most SEARCH_LIMITS.listEntries uids (one `in` list).
 */
export function restrictToUids(query: ResourceSearch, uids: readonly string[]): ResourceSearch {
  const among: Predicate = {
    type: 'compare',
    path: { root: 'field', name: 'uid' },
    op: 'in',
    value: uids.map((uid) => ({ type: 'string', value: uid })),
  };
  const steps = query.steps ?? [];
  const last = steps.at(-1);
  if (!last) return { ...query, filter: both(query.filter, among) };
  return { ...query, steps: [...steps.slice(0, -1), { ...last, filter: both(last.filter ?? { type: 'all' }, among) }] };
}

function both(filter: Predicate, among: Predicate): Predicate {
  return filter.type === 'all' ? among : { type: 'and', terms: [filter, among] };
}
