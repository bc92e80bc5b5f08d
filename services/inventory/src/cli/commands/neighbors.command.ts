import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { renderTable } from '../table.js';
import {
  integerOption,
  listOption,
  printJson,
  printNote,
  printText,
  requireArg,
  stringOption,
  type Command,
} from './command.js';

const directions: Record<string, InventoryApi.Direction> = { out: 'OUT', in: 'IN', both: 'BOTH' };

export const neighborsCommand: Command = {
  name: 'neighbors',
  argsUsage: '<uid>',
  summary: 'walk the edges around a resource',
  options: {
    direction: { type: 'string' },
    'edge-type': { type: 'string', multiple: true },
    depth: { type: 'string' },
    limit: { type: 'string' },
  },
  optionHelp: [
    '--direction DIR    out, in or both (default both)',
    '--edge-type TYPE   only edges of this type, such as attached_to (repeatable)',
    '--depth N          hops, 1 to 5 (default 1)',
    '--limit N          at most N neighbours, 1 to 1000 (default 100), nearest first',
  ],
  async run(context) {
    const uid = requireArg(context, '<uid>');
    const directionName = (stringOption(context.values, 'direction') ?? 'both').toLowerCase();
    const direction = directions[directionName];
    if (!direction) throw new CliUsageError('--direction must be out, in or both');
    const response = await context.client.call('GetNeighbors', {
      uid,
      direction,
      edge_types: listOption(context.values, 'edge-type'),
      depth: integerOption(context.values, 'depth', 1, [1, 5]),
      limit: integerOption(context.values, 'limit', 100, [1, 1000]),
    });
    if (context.json) {
      printJson(context, response);
      return;
    }
    const byUid = new Map(response.resources.map((resource) => [resource.uid, resource]));
    const label = (resourceUid: string) => {
      const resource = byUid.get(resourceUid);
      return resource && resource.name && resource.name !== resource.id
        ? `${resourceUid} (${resource.name})`
        : resourceUid;
    };
    printText(
      context,
      renderTable(
        [
          { title: 'from', value: (edge) => label(edge.from), maxWidth: 70 },
          { title: 'edge', value: (edge) => edge.type },
          { title: 'to', value: (edge) => label(edge.to), maxWidth: 70 },
          { title: 'to kind', value: (edge) => edge.to_kind || byUid.get(edge.to)?.kind },
        ],
        response.edges,
      ),
    );
    printNote(context, `${response.edges.length} edge(s), ${response.resources.length} neighbour(s)`);
    if (response.truncated) {
      printNote(context, 'the result was cut at the limit: pass a larger --limit (up to 1000) or a smaller --depth');
    }
  },
};
