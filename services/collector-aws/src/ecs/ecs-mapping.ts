import {
  MappingError,
  awsMapping,
  type MapScope,
  type ResourceMapping,
  type UidBuilder,
} from '@cloud-inventory/collector-kit';

/**
 * ECS names its resources by ARN (lists answer ARNs, Describe* calls take them), so an ECS kind's id is its ARN and
 * the uid is that ARN, refused unless it is an ARN of the kind's resource type in the scope's partition, region and
 * account: an item cannot claim a uid of another scope.
 */
export function ecsArnUid(resourceType: string): UidBuilder {
  return (arn: string, scope: MapScope) => {
    if (!arn.startsWith(`arn:${scope.partition}:ecs:${scope.region}:${scope.account}:${resourceType}/`)) {
      throw new MappingError(`${resourceType} ARN`);
    }
    return arn;
  };
}

/** ECS's tags are `[{ key, value }]`, in lower case. */
export function ecsTags(item: { tags?: readonly { key?: string; value?: string }[] }): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const tag of item.tags ?? []) if (tag.key !== undefined) tags[tag.key] = tag.value ?? '';
  return tags;
}

/** The mapping of an ECS item: awsMapping's with ECS's lower-case tags, and the name made from the item. */
export function ecsMapping<Item extends { tags?: readonly { key?: string; value?: string }[] }>(
  fields: Parameters<typeof awsMapping<Item>>[0],
  nameOf?: (item: Item) => string,
): ResourceMapping<Item> {
  const mapping = awsMapping<Item>(fields);
  return { ...mapping, ...(nameOf ? { name: nameOf } : {}), tags: ecsTags };
}

/** The last segment of an ARN's resource (a task's id, a container instance's id). */
export function arnTail(arn: string | undefined): string {
  return arn === undefined ? '' : arn.slice(arn.lastIndexOf('/') + 1);
}
