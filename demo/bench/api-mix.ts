import type { InventoryClient } from '@cloud-inventory/inventory';

/** What every load process is given: the inventory's address and what to ask it about. */
export interface LoadPlan {
  address: string;
  /** Concurrent clients in this process, each its own InventoryClient calling one call after another. */
  clients: number;
  /** Resource uids to ask GetNeighbors about (a sample of the store). */
  uids: string[];
  /** Kinds to filter ListResources by. */
  kinds: string[];
  /** Search queries (text), when the inventory serves Search; empty leaves Search out of the mix. */
  searches: string[];
  seed: number;
}

/**
 * The searches asked by default, one of each shape the issue names: a selective predicate on the data, a one-step
 * traversal, an existence (unattached volumes) and an aggregation.
 */
export const DEFAULT_SEARCHES = [
  'is(aws_ec2_instance) and data.InstanceType = "t3.micro"',
  'is(aws_ec2_instance) and region = "us-east-1" -[in_subnet]-> is(aws_ec2_subnet)',
  'is(aws_ec2_volume) with(empty, --> is(aws_ec2_instance))',
  'is(aws_ec2_instance) | count by region',
];

/**
 * The mix, in calls out of 10: a dashboard's shape, listing and walking most, summaries and searches less. Without
 * Search its share goes to ListResources.
 */
export const MIX_WEIGHTS = { ListResources: 4, GetNeighbors: 4, GetSummary: 1, Search: 1 } as const;
export type MixMethod = keyof typeof MIX_WEIGHTS;

/** A small seeded generator (mulberry32), so that two runs ask the same questions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/**
 * One client's next calls. ListResources pages on through one listing (all resources, or one kind, page 100) and
 * starts another at its end, as a user paging a table does; GetNeighbors asks about a random resource, depth 1.
 */
export class ClientMix {
  private listing: { kinds: string[]; token: string } | undefined;
  private readonly methods: MixMethod[];

  constructor(
    private readonly client: InventoryClient,
    private readonly plan: LoadPlan,
    private readonly random: () => number,
  ) {
    const weights: Record<MixMethod, number> =
      plan.searches.length > 0 ? { ...MIX_WEIGHTS } : { ...MIX_WEIGHTS, ListResources: 5, Search: 0 };
    this.methods = (Object.entries(weights) as [MixMethod, number][]).flatMap(([method, weight]) =>
      Array<MixMethod>(weight).fill(method),
    );
  }

  nextMethod(): MixMethod {
    return pick(this.methods, this.random);
  }

  async call(method: MixMethod): Promise<void> {
    switch (method) {
      case 'ListResources':
        return this.listResources();
      case 'GetNeighbors':
        await this.client.call('GetNeighbors', { uid: pick(this.plan.uids, this.random), depth: 1 });
        return;
      case 'GetSummary':
        await this.client.call('GetSummary', {});
        return;
      case 'Search':
        await this.client.call('Search', {
          text: pick(this.plan.searches, this.random),
          page_size: 100,
        });
        return;
    }
  }

  private async listResources(): Promise<void> {
    this.listing ??= { kinds: this.random() < 0.5 ? [] : [pick(this.plan.kinds, this.random)], token: '' };
    const page = await this.client.call('ListResources', {
      kinds: this.listing.kinds,
      page_size: 100,
      page_token: this.listing.token,
    });
    this.listing = page.next_page_token ? { ...this.listing, token: page.next_page_token } : undefined;
  }
}
