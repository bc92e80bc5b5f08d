import {
  awsTags,
  optional,
  rawExcept,
  required,
  tagOr,
  type FieldMapper,
  type ResourceMapping,
} from '@cloud-inventory/collector-kit';

type TagListed = { TagList?: { Key?: string | undefined; Value?: string | undefined }[] | undefined };

/**
 * The mapping of an item whose tags AWS gives inline in `TagList` (RDS instances, clusters, snapshots) or that the
 * Connector adds there from ListTagsForResource (RDS subnet groups, ElastiCache): the id, the Name tag else the id, the creation time, the rest as data.
 */
export function tagListMapping<Item extends TagListed>(
  id: keyof Item & string,
  createdAt?: keyof Item & string,
): ResourceMapping<Item> {
  const field = <Value>(mapper: (item: never) => Value) => mapper as unknown as FieldMapper<Item, Value>;
  const mapping: ResourceMapping<Item> = {
    id: field(required(id)),
    name: field(tagOr('Name', id, 'TagList')),
    tags: awsTags('TagList'),
    data: rawExcept<Item>('TagList'),
  };
  if (createdAt) mapping.created_at = field(optional(createdAt));
  return mapping;
}
