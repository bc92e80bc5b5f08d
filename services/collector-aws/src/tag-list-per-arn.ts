import { mapBounded } from '@cloud-inventory/collector-kit';

type TagList = { Key?: string | undefined; Value?: string | undefined }[];

const tagCallsInFlight = 8;

/**
 * Each item with the TagList that ListTagsForResource answers for its ARN, where AWS tags one ARN a call and has no
 * batch (RDS subnet groups, ElastiCache clusters and replication groups).
 */
export function withTagListPerArn<Item extends object>(
  items: AsyncIterable<Item>,
  arnOf: (item: Item) => string,
  tagListOf: (arn: string) => Promise<TagList | undefined>,
): AsyncIterable<Item & { TagList?: TagList }> {
  return mapBounded(items, tagCallsInFlight, async (item) => {
    const TagList = await tagListOf(arnOf(item));
    return TagList ? { ...item, TagList } : item;
  });
}
