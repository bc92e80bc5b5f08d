import type { FilterTable } from '../services/ec2/filters.js';
import type { PageLimits } from '../protocols/paging.js';
import type { ResourceScope } from '../world/sim-state.js';

/** An input member besides ids and filters that selects items by one of their values (Owners, GroupNames). */
export interface Ec2Selector<R> {
  /** The input member, as the SDK names it. */
  member: string;
  valueOf(record: R): string | undefined;
  /** `self` stands for the caller's account (Owners). */
  selfIsCaller?: boolean;
}

/** How an EC2 Describe* operation lists a kind; member names are the SDK's (the input and output shapes). */
export interface Ec2DescribeDeclaration<R> {
  operation: string;
  /** The output member holding the items. */
  items: string;
  /** How one record sits in that list (an instance inside its reservation); absent: as it is. */
  itemOf?(record: R, scope: ResourceScope): unknown;
  /** The input member of explicit ids, and what AWS answers when one does not exist. */
  ids: { member: string; notFoundCode: string; notFoundNoun: string };
  /** Where MaxResults may not be combined with explicit ids: the ids' parameter as AWS's error names it (`instancesSet`). */
  idsExcludeMaxResults?: string;
  /** The input member of the filters, where it is not `Filters` (DescribeNatGateways: `Filter`). */
  filtersMember?: string;
  /** MaxResults limits; absent for operations that do not paginate (DescribeAddresses). */
  pageLimits?: PageLimits;
  filters: FilterTable<R>;
  selectors?: readonly Ec2Selector<R>[];
}

function kebabCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter, offset: number) => (offset === 0 ? '' : '-') + letter.toLowerCase());
}

/**
 * Filters on top-level fields: named after the field as EC2 names most filters (`KeyName` is `key-name`), or by the
 * name given for the others (`fingerprint` for `KeyFingerprint`).
 */
export function fieldFilters<R>(
  fields: readonly (keyof R & string)[],
  named: Readonly<Record<string, keyof R & string>> = {},
): FilterTable<R> {
  const table: FilterTable<R> = {};
  const entries: [string, keyof R & string][] = [
    ...fields.map((f): [string, keyof R & string] => [kebabCase(f), f]),
    ...Object.entries(named),
  ];
  for (const [name, field] of entries)
    table[name] = (record) => [record[field] as string | number | boolean | undefined];
  return table;
}
