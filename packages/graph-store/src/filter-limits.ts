import { InvalidStoreArgumentError } from './errors.js';
import type { ResourceFilter } from './graph-store.js';

/**
 * The size of the largest filter every adapter answers. Each tag or property condition is one more term of one
 * query (SQLite refuses expressions deeper than 1000 terms, "Expression tree is too large"); list entries travel as
 * one parameter each list. Filters are flat: a condition holds no nested filter, so their depth is always one.
 */
export const FILTER_LIMITS = {
  /** Entries of each list (uids, kinds, clouds, accounts, regions, serviceGroups). */
  listEntries: 1000,
  tagConditions: 50,
  propertyConditions: 50,
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
}
