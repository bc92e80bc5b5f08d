import type { Filter } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimKind } from '../../options.js';
import { pageOf, type PagingDeclaration } from '../../protocols/paging.js';
import type { SimRecordByKind } from '../../world/records.js';
import { buildFilterPredicate, type FilterTable } from './filters.js';

type Predicate<T> = (record: T) => boolean;

/** How one Describe* operation lists one kind, as data: ids, filters, selectors, paging, the output member. */
export interface Ec2ListDeclaration<K extends SimKind> {
  kind: K;
  /** Output member of the items (Reservations, Volumes...). */
  items: string;
  /** Input member of explicit ids (InstanceIds, VolumeIds...). */
  ids: string;
  idOf(record: SimRecordByKind[K]): string;
  /** The code AWS answers when an explicit id does not exist, and how its message names the id. */
  notFound: { code: string; noun: string };
  /** MaxResults limits; absent for operations without pagination (DescribeAddresses). */
  limits?: PagingDeclaration['limits'];
  /** Whether MaxResults may not be combined with explicit ids (DescribeInstances). */
  idsExcludeMaxResults?: boolean;
  filters: FilterTable<SimRecordByKind[K]>;
  /** Operation-specific selectors besides ids and filters, by input member (Owners, GroupNames, PublicIps). */
  selectors?: Record<string, (record: SimRecordByKind[K], values: readonly string[], account: string) => boolean>;
  /** The output item of a record (its SDK shape), when the record is not already one. */
  toItem?(record: SimRecordByKind[K], scope: { account: string; region: string }): unknown;
}

function both<T>(a: Predicate<T> | undefined, b: Predicate<T> | undefined): Predicate<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return (record) => a(record) && b(record);
}

function selectorPredicate<K extends SimKind>(
  list: Ec2ListDeclaration<K>,
  input: Record<string, unknown>,
  account: string,
): Predicate<SimRecordByKind[K]> | undefined {
  let predicate: Predicate<SimRecordByKind[K]> | undefined;
  for (const [member, select] of Object.entries(list.selectors ?? {})) {
    const values = input[member] as string[] | undefined;
    if (values && values.length > 0) predicate = both(predicate, (record) => select(record, values, account));
  }
  return predicate;
}

/** Answers a Describe* call: explicit ids (all must exist), filters, selectors, then one page. */
export function describeResources<K extends SimKind>(
  list: Ec2ListDeclaration<K>,
  input: Record<string, unknown> & { Filters?: Filter[]; MaxResults?: number },
  call: CallContext,
): Record<string, unknown> {
  const account = call.identity.accountId;
  const scope = { account, region: call.region };
  const collection = call.world.collection(list.kind, account, call.region);
  const predicate = both(buildFilterPredicate(list.filters, input.Filters), selectorPredicate(list, input, account));
  const ids = (input[list.ids] as string[] | undefined) ?? [];
  let output: Record<string, unknown>;
  if (ids.length > 0) {
    if (list.idsExcludeMaxResults && input.MaxResults !== undefined) {
      throw new AwsApiError(
        'InvalidParameterCombination',
        'The parameter instancesSet cannot be used with the parameter maxResults',
        400,
      );
    }
    const items: SimRecordByKind[K][] = [];
    for (const id of new Set(ids)) {
      const record = collection.get(id);
      if (!record) throw new AwsApiError(list.notFound.code, `The ${list.notFound.noun} '${id}' does not exist`, 400);
      if (!predicate || predicate(record)) items.push(record);
    }
    output = { [list.items]: items };
  } else {
    const paging: PagingDeclaration = { items: list.items, ...(list.limits ? { limits: list.limits } : {}) };
    output = pageOf(collection, list.limits ? input : { ...input, MaxResults: undefined }, paging, call, predicate);
  }
  const toItem = list.toItem;
  if (toItem) output[list.items] = (output[list.items] as SimRecordByKind[K][]).map((record) => toItem(record, scope));
  return output;
}
