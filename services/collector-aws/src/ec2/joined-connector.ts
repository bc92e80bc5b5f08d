import { ResourceConnector, type AwsCall, type ConnectorContext, type Listing } from '@cloud-inventory/collector-kit';

/** Every item of a listing, grouped by a key (items without one left out). */
export async function groupedBy<Item>(
  listing: Listing<Item>,
  context: ConnectorContext,
  keyOf: (item: Item) => string | undefined,
): Promise<Map<string, Item[]>> {
  const byKey = new Map<string, Item[]>();
  for await (const item of listing.items(context)) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const found = byKey.get(key);
    if (found) found.push(item);
    else byKey.set(key, [item]);
  }
  return byKey;
}

/**
 * A kind listed by one call whose items get what a second, region-wide listing says of them (a VPC attachment's
 * subnets, a launch template's default and latest versions), joined by a key: two listings, never a call per item.
 */
export abstract class JoinedConnector<Listed, Detail, Item> extends ResourceConnector<Item> {
  abstract readonly listing: Listing<Listed>;
  abstract readonly details: Listing<Detail>;
  /** The key of a listed item and of a detail that belongs to it. */
  abstract keyOf(listed: Listed): string | undefined;
  abstract detailKeyOf(detail: Detail): string | undefined;
  abstract join(listed: Listed, details: readonly Detail[]): Item;

  get calls(): readonly AwsCall[] {
    return [...this.listing.calls(), ...this.details.calls()];
  }

  async *items(): AsyncIterable<Item> {
    const byKey = await groupedBy(this.details, this.context, (detail) => this.detailKeyOf(detail));
    for await (const listed of this.listing.items(this.context)) {
      const key = this.keyOf(listed);
      yield this.join(listed, (key === undefined ? undefined : byKey.get(key)) ?? []);
    }
  }
}
