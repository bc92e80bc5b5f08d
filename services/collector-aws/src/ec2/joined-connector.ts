import { ResourceConnector, type AwsCall, type ConnectorContext, type Listing } from '@cloud-inventory/collector-kit';

/**
 * Every item of a listing, grouped by a key (items without one left out), each as `keep` makes it: a region's whole
 * listing is held at once, so what is kept of an item of a large kind (an instance) should be what the join reads.
 */
export async function groupedBy<Item, Kept>(
  listing: Listing<Item>,
  context: ConnectorContext,
  keyOf: (item: Item) => string | undefined,
  keep: (item: Item) => Kept,
): Promise<Map<string, Kept[]>> {
  const byKey = new Map<string, Kept[]>();
  for await (const item of listing.items(context)) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const found = byKey.get(key);
    if (found) found.push(keep(item));
    else byKey.set(key, [keep(item)]);
  }
  return byKey;
}

/**
 * A kind listed by one call whose items get what a second, region-wide listing says of them (a VPC attachment's
 * subnets, a launch template's default and latest versions), joined by a key: two listings, never a call per item.
 */
export abstract class JoinedConnector<Listed, Detail, Item, Kept = Detail> extends ResourceConnector<Item> {
  abstract readonly listing: Listing<Listed>;
  abstract readonly details: Listing<Detail>;
  /** The key of a listed item and of a detail that belongs to it. */
  abstract keyOf(listed: Listed): string | undefined;
  abstract detailKeyOf(detail: Detail): string | undefined;
  /** What is held of a detail until the listing has gone by (all of a region's details at once). */
  abstract keep(detail: Detail): Kept;
  abstract join(listed: Listed, details: readonly Kept[]): Item;

  get calls(): readonly AwsCall[] {
    return [...this.listing.calls(), ...this.details.calls()];
  }

  async *items(): AsyncIterable<Item> {
    const byKey = await groupedBy(
      this.details,
      this.context,
      (detail) => this.detailKeyOf(detail),
      (detail) => this.keep(detail),
    );
    for await (const listed of this.listing.items(this.context)) {
      const key = this.keyOf(listed);
      yield this.join(listed, (key === undefined ? undefined : byKey.get(key)) ?? []);
    }
  }
}
