import type { CallContext } from '../http/http-types.js';
import type { SimKind, SimRecordByKind } from '../kinds/index.js';
import { pageOf, type ItemSource, type PagingDeclaration } from '../protocols/paging.js';
import type { ResourceCollection } from '../world/resource-collection.js';
import type { OperationHandler } from './service-declaration.js';

/** How a list operation of a service other than EC2 shows one kind (`ListFunctions`, `DescribeLoadBalancers`). */
export interface KindListing<R, I> {
  /** The output member of the items, page sizes and paging names where they differ from the protocol's. */
  paging: PagingDeclaration;
  /** Where the kind lives for this call; default the caller's account in the region called. */
  scope?(call: CallContext): { accountId: string; region: string };
  /** Only the records this request lists: children of the parent it names, states it asks for. */
  where?(input: I, call: CallContext): ((record: R) => boolean) | undefined;
  /** Checks the request before listing (a parent that does not exist is AWS's not-found error). */
  validate?(input: I, call: CallContext): void;
  /**
   * Where the records are found, when not by scanning the whole collection: a parent's children at the positions the
   * layout gives them (`where` still applies).
   */
  source?(input: I, call: CallContext, collection: ResourceCollection<R>): ItemSource<R>;
  /** How one record shows in the list, when it is not the record itself (a summary, a subset of its fields). */
  itemOf?(record: R, call: CallContext): unknown;
}

/**
 * Where a kind that lives once per account (`accountWide`: IAM, CloudFront) is held: the caller's account in the
 * world's first region, whatever region is called.
 */
export function accountWideScope(call: CallContext): { accountId: string; region: string } {
  return { accountId: call.identity.accountId, region: call.world.regions[0] ?? call.region };
}

/** The collection of a kind in the caller's scope, or in the scope the listing names. */
export function collectionFor<K extends SimKind>(
  kind: K,
  call: CallContext,
  scope?: (call: CallContext) => { accountId: string; region: string },
): ResourceCollection<SimRecordByKind[K]> {
  const at = scope ? scope(call) : { accountId: call.identity.accountId, region: call.region };
  return call.world.collection(kind, at.accountId, at.region);
}

/**
 * The handler of a list operation that pages one kind's records: the records are the SDK's item shape and the
 * protocol renders them through the operation's output schema, so the handler is only this declaration.
 */
export function listKind<K extends SimKind, I extends object = Record<string, unknown>>(
  kind: K,
  listing: KindListing<SimRecordByKind[K], I>,
): OperationHandler<I, Record<string, unknown>> {
  return (input, call) => {
    listing.validate?.(input, call);
    const collection = collectionFor(kind, call, listing.scope);
    const output = pageOf(
      listing.source ? listing.source(input, call, collection) : collection,
      input as Record<string, unknown>,
      listing.paging,
      call,
      listing.where?.(input, call),
    );
    const itemOf = listing.itemOf;
    if (itemOf) {
      const items = output[listing.paging.items] as SimRecordByKind[K][];
      output[listing.paging.items] = items.map((record) => itemOf(record, call));
    }
    return output;
  };
}
