import { InvalidStoreArgumentError, parseSearch, validateSearch, type SearchQuery } from '@cloud-inventory/graph-store';
import type { ResourceSearch } from '@cloud-inventory/graph-store';
import { ConfigError } from '../../errors.js';
import { restrictToUids } from '../queries/restrict-to-uids.js';
import type { ReactQuery } from './react-config.js';

/**
 * A query's text at `key`, parsed and checked against the search model and SEARCH_LIMITS. What the store's catalogue
 * knows is not available when the configuration loads: kind names and families are checked when the query runs.
 * Errors name the key and, for the text, the column (`react.metrics.custom[0].query: column 12: ...`).
 */
export function readQuery(text: string, key: string): SearchQuery {
  const query = asConfigError(key, () => validateSearch(parseSearch(text), 'query'));
  if (query.target === 'resources' && query.fields !== undefined && query.fields.length > 0) {
    throw new ConfigError(key, 'projects fields: the react phase reads whole resources or aggregated rows');
  }
  return query;
}

/** A query that selects resources for a policy or an automation: no aggregation, no limit, no change search. */
export function readSelectionQuery(text: string, key: string): ReactQuery {
  const query = readQuery(text, key);
  if (query.target !== 'resources') {
    throw new ConfigError(key, 'must search resources: a change search answers change records, not resources');
  }
  if (query.aggregate !== undefined) {
    throw new ConfigError(key, 'aggregates: here the query selects resources (an aggregation defines a metric)');
  }
  if (query.limit !== undefined)
    throw new ConfigError(key, 'has a limit: every resource the query selects counts here');
  // The uid restriction an event or a resource action adds at run time must fit the search limits as well.
  asConfigError(key, () => validateSearch(restrictToUids(query, ['uid']), 'query'));
  return { key, text, query: query as ResourceSearch };
}

/** A search error as a configuration error at `key`: the column of the text, or the path inside the query. */
export function asConfigError<T>(key: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InvalidStoreArgumentError)) throw error;
    const inside = error.field.replace(/^query\.?/, '');
    throw new ConfigError(key, inside === '' ? error.reason : `${inside}: ${error.reason}`);
  }
}
