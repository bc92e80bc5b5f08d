import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import type { CommandContext } from './command.js';

const coreFields = new Set(['id', 'name', 'type', 'created_at', 'updated_at']);

function valueOf(resource: InventoryApi.Resource__Output, property: string): unknown {
  if (coreFields.has(property)) return resource[property as keyof InventoryApi.Resource__Output];
  const data = resource.data_json === '' ? {} : (JSON.parse(resource.data_json) as Record<string, unknown>);
  return data[property];
}

/**
 * `~` is a substring match on text: on a number (`--where Size~1`) it matches nothing, which looks like "no such
 * volumes". When a listing with a `~` came back empty, one small query per `~` (the same filter, with that condition
 * turned into "has the property") finds out whether the property holds something other than text, and says so.
 */
export async function explainEmptyContains(
  context: CommandContext,
  filter: InventoryApi.ListResourcesRequest,
  expressions: string[],
): Promise<void> {
  const conditions = filter.properties ?? [];
  for (const [index, condition] of conditions.entries()) {
    if (condition.op !== 'CONTAINS' || condition.property === undefined) continue;
    const probe = conditions.map((other, otherIndex) =>
      otherIndex === index ? { property: condition.property, op: 'EXISTS' as const, value: '' } : other,
    );
    const page = await context.client.call('ListResources', { ...filter, properties: probe, page_size: 20 });
    const other = page.resources
      .map((resource) => valueOf(resource, condition.property as string))
      .find((value) => value !== null && value !== undefined && typeof value !== 'string');
    if (other !== undefined) {
      const what = typeof other === 'object' ? 'lists or objects' : `${typeof other}s`;
      const example = JSON.stringify(other).slice(0, 40);
      throw new CliUsageError(
        `--where ${expressions[index] ?? ''}: ~ matches text, but ${condition.property} holds ${what} (such as ${example}); compare with =, !=, <, <=, > or >=`,
      );
    }
  }
}
