import { mapBounded } from './keyed-limiter.js';

/** Items in arrays of at most `size`, in their order (the last one shorter). */
export async function* inBatches<Item>(
  items: AsyncIterable<Item> | Iterable<Item>,
  size: number,
): AsyncGenerator<Item[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('batch size must be a positive integer');
  let batch: Item[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export interface BatchSettings {
  /** Items one call takes (CloudTrail ListTags and EC2 DescribeTags by resource id: 20). */
  batchSize: number;
  /** Calls in flight at once. */
  inFlight: number;
}

/**
 * Details that AWS gives for many items per call (tags of 20 ARNs per ListTags / DescribeTags / ListTagsForResources):
 * `detailsOf` gets a batch and answers one result per item, in the batch's order; results come out in input order,
 * with at most `inFlight` batches asked at once.
 */
export async function* mapInBatches<Item, Out>(
  items: AsyncIterable<Item> | Iterable<Item>,
  settings: BatchSettings,
  detailsOf: (batch: Item[]) => Promise<Out[]>,
): AsyncGenerator<Out> {
  const detailsOfEach = async (batch: Item[]): Promise<Out[]> => {
    const results = await detailsOf(batch);
    // a result missing from the middle would shift every later item's details onto its neighbour
    if (results.length !== batch.length) {
      throw new RangeError(`a batch of ${batch.length} items got ${results.length} results; answer one per item`);
    }
    return results;
  };
  for await (const results of mapBounded(inBatches(items, settings.batchSize), settings.inFlight, detailsOfEach)) {
    yield* results;
  }
}

/**
 * The children of each parent (listeners per load balancer, services per cluster, access keys per user), listed with
 * at most `inFlight` parents at once; children come out parent by parent, in the parents' order. A failure of any
 * listing fails the whole (the kind's scope), never a silent gap.
 */
export async function* listPerParent<Parent, Child>(
  parents: AsyncIterable<Parent> | Iterable<Parent>,
  inFlight: number,
  childrenOf: (parent: Parent) => AsyncIterable<Child>,
): AsyncGenerator<Child> {
  const listAll = async (parent: Parent): Promise<Child[]> => {
    const children: Child[] = [];
    for await (const child of childrenOf(parent)) children.push(child);
    return children;
  };
  for await (const children of mapBounded(parents, inFlight, listAll)) yield* children;
}
