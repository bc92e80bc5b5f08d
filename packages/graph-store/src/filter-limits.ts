import { InvalidStoreArgumentError } from './errors.js';
import type { ResourceFilter } from './graph-store.js';

/**
 * The size of the largest filter every adapter answers. Each tag or property condition is one more term of one
 * query (SQLite refuses expressions deeper than 1000 terms, "Expression tree is too large"); list entries travel as
 * one parameter each list. A related condition is one subquery of at most `relatedSteps` joins, whose conditions
 * hold no related condition of their own: the depth of a filter is bounded.
 */
export const FILTER_LIMITS = {
  /** Entries of each list (uids, kinds, clouds, accounts, regions, serviceGroups). */
  listEntries: 1000,
  tagConditions: 50,
  propertyConditions: 50,
  relatedConditions: 8,
  /** Hops of one related path. */
  relatedSteps: 4,
} as const;

const LISTS = ['uids', 'kinds', 'clouds', 'accounts', 'regions', 'serviceGroups'] as const;

/** Rejects a filter over FILTER_LIMITS, naming the list (`filter.tags`) that is too long. */
export function assertFilterWithinLimits(filter: ResourceFilter, field: string): void {
  for (const list of LISTS) {
    const values = filter[list];
    if (Array.isArray(values) && values.length > FILTER_LIMITS.listEntries) {
      throw new InvalidStoreArgumentError(`${field}.${list}`, `must have at most ${FILTER_LIMITS.listEntries} entries`);
    }
  }
  if (Array.isArray(filter.tags) && filter.tags.length > FILTER_LIMITS.tagConditions) {
    throw new InvalidStoreArgumentError(`${field}.tags`, `must have at most ${FILTER_LIMITS.tagConditions} conditions`);
  }
  if (Array.isArray(filter.properties) && filter.properties.length > FILTER_LIMITS.propertyConditions) {
    throw new InvalidStoreArgumentError(
      `${field}.properties`,
      `must have at most ${FILTER_LIMITS.propertyConditions} conditions`,
    );
  }
  if (Array.isArray(filter.related) && filter.related.length > FILTER_LIMITS.relatedConditions) {
    throw new InvalidStoreArgumentError(
      `${field}.related`,
      `must have at most ${FILTER_LIMITS.relatedConditions} conditions`,
    );
  }
}
