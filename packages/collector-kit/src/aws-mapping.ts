import { awsTags, optional, rawExcept, required, tagOr, type FieldMapper } from './mapping-helpers.js';
import type { ResourceMapping } from './resource-manager.js';

export interface AwsMappingFields<Item> {
  /** The provider id (`VolumeId`), required. */
  id: keyof Item & string;
  /** The name's field (`KeyName`), required; without one, the `Name` tag, else the id. */
  name?: keyof Item & string;
  /** The creation time's field (`CreateTime`), absent when the item has none. */
  createdAt?: keyof Item & string;
  /** The tag list's field where it is not `Tags` (an ENI's `TagSet`). */
  tags?: keyof Item & string;
}

/**
 * The mapping of most AWS items, as data: id, name, creation time, the `[{ Key, Value }]` list under `Tags` (or
 * `fields.tags`) as tags,
 * and the rest of the item as data. `awsMapping<Volume>({ id: 'VolumeId', createdAt: 'CreateTime' })`.
 */
export function awsMapping<Item extends object>(fields: AwsMappingFields<Item>): ResourceMapping<Item> {
  // Each key is a key of Item, so each mapper reads an Item: TypeScript cannot follow that through the generic.
  const field = <Value>(mapper: (item: never) => Value) => mapper as unknown as FieldMapper<Item, Value>;
  const tagsField = fields.tags ?? 'Tags';
  const mapping: ResourceMapping<Item> = {
    id: field(required(fields.id)),
    name: field(fields.name ? required(fields.name) : tagOr('Name', fields.id, tagsField)),
    tags: awsTags(tagsField),
    data: rawExcept<Item>(tagsField as keyof Item & string),
  };
  if (fields.createdAt) mapping.created_at = field(optional(fields.createdAt));
  return mapping;
}
