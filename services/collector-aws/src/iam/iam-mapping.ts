import { awsMapping, type MapScope, type ResourceMapping } from '@cloud-inventory/collector-kit';

/**
 * The mapping of an IAM item: named and identified by its name (`UserName`...), created at `CreateDate`, its tags,
 * and the rest as data with its policy documents parsed (`documents` gives the fields that hold them, parsed, and
 * what else data derives from the item).
 */
export function iamMapping<Item extends { CreateDate?: Date | undefined }>(
  nameField: keyof Item & string,
  documents: (item: Item, scope: MapScope) => Record<string, unknown> = () => ({}),
): ResourceMapping<Item> {
  const mapping = awsMapping<Item>({ id: nameField, name: nameField, createdAt: 'CreateDate' });
  return { ...mapping, data: (item, scope) => ({ ...mapping.data(item, scope), ...documents(item, scope) }) };
}
