import { ECSClient, paginateListClusters, type Failure } from '@aws-sdk/client-ecs';
import {
  listPerParent,
  mapInBatches,
  paginated,
  type ConnectorContext,
  type Listing,
} from '@cloud-inventory/collector-kit';

/** Clusters whose members are listed at once. */
const clustersInFlight = 4;
/** Describe* batches in flight per listing. */
const batchesInFlight = 2;

/** Every cluster ARN of the region (ListClusters, 100 a page). */
export const clusterArns = paginated(ECSClient, paginateListClusters, 'clusterArns', { pageSize: 100 });

/** A failure ECS answers for a resource gone between its listing and its description: it is no longer there. */
const GONE = 'MISSING';

export interface BatchDescription<Item> {
  items?: Item[];
  failures?: Failure[];
}

/**
 * Items described from ARNs in batches of `batchSize` (the most the Describe* call takes): each ARN's item, those
 * gone since the listing left out; any other failure fails the kind's scope rather than leaving a silent gap.
 */
export async function* describedInBatches<Item>(
  arns: AsyncIterable<string> | Iterable<string>,
  batchSize: number,
  describe: (batch: string[]) => Promise<BatchDescription<Item>>,
  arnOf: (item: Item) => string | undefined,
): AsyncGenerator<Item> {
  const described = mapInBatches(arns, { batchSize, inFlight: batchesInFlight }, async (batch) => {
    const { items = [], failures = [] } = await describe(batch);
    const failed = failures.filter((failure) => failure.reason !== GONE);
    if (failed.length > 0) {
      const first = failed[0] as Failure;
      throw new Error(
        `ECS could not describe ${first.arn ?? 'a resource'}: ${first.reason ?? ''} ${first.detail ?? ''}`,
      );
    }
    const byArn = new Map(items.map((item) => [arnOf(item), item]));
    return batch.map((arn) => byArn.get(arn));
  });
  for await (const item of described) if (item !== undefined) yield item;
}

/** How a cluster's members are listed (their ARNs, per cluster) and described (batches of ARNs of one cluster). */
export interface ClusterMembers<Item> {
  listing(clusterArn: string): Listing<string>;
  batchSize: number;
  describe(clusterArn: string, arns: string[]): Promise<BatchDescription<Item>>;
  arnOf(item: Item): string | undefined;
}

/** The members of every cluster (services, tasks, container instances): listed per cluster, described in batches. */
export function membersOfClusters<Item>(context: ConnectorContext, members: ClusterMembers<Item>): AsyncIterable<Item> {
  return listPerParent(clusterArns.items(context), clustersInFlight, (cluster) =>
    describedInBatches(
      members.listing(cluster).items(context),
      members.batchSize,
      (arns) => members.describe(cluster, arns),
      members.arnOf,
    ),
  );
}
