import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { renderTable } from '../table.js';
import { integerOption, printJson, printNote, printText, rejectArgs, repeatedOption, type Command } from './command.js';
import { explainEmptyContains } from './contains-check.js';
import { resourceFilterHelp, resourceFilterOptions, resourceFilterRequest } from './resource-filters.js';

export const resourcesCommand: Command = {
  name: 'resources',
  summary: 'list resources matching filters',
  options: {
    ...resourceFilterOptions,
    limit: { type: 'string' },
    all: { type: 'boolean' },
    orphaned: { type: 'boolean' },
    'exclude-orphaned': { type: 'boolean' },
  },
  optionHelp: [
    ...resourceFilterHelp,
    '--orphaned         only resources whose scope left the configuration',
    '--exclude-orphaned only resources that are not orphaned (listed by default, marked)',
    '--limit N          at most N resources (default 50)',
    '--all              every match',
  ],
  async run(context) {
    rejectArgs(context);
    const limit = context.values.all
      ? Number.POSITIVE_INFINITY
      : integerOption(context.values, 'limit', 50, [1, 1_000_000]);
    if (context.values.orphaned && context.values['exclude-orphaned'])
      throw new CliUsageError('--orphaned and --exclude-orphaned exclude each other');
    const filter: InventoryApi.ListResourcesRequest = {
      ...resourceFilterRequest(context.values),
      orphaned: context.values.orphaned
        ? 'ONLY_ORPHANED'
        : context.values['exclude-orphaned']
          ? 'EXCLUDE_ORPHANED'
          : 'ORPHAN_FILTER_UNSPECIFIED',
    };
    const resources: InventoryApi.Resource__Output[] = [];
    let pageToken = '';
    let more = false;
    do {
      const page = await context.client.call('ListResources', {
        ...filter,
        page_size: Math.min(1000, limit - resources.length),
        page_token: pageToken,
      });
      resources.push(...page.resources);
      pageToken = page.next_page_token;
      more = pageToken !== '';
    } while (more && resources.length < limit);
    if (resources.length === 0) await explainEmptyContains(context, filter, repeatedOption(context.values, 'where'));
    if (context.json) {
      printJson(context, resources);
      return;
    }
    printText(
      context,
      renderTable(
        [
          { title: 'uid', value: (resource) => resource.uid },
          { title: 'kind', value: (resource) => resource.kind },
          { title: 'name', value: (resource) => resource.name, maxWidth: 40 },
          { title: 'account', value: (resource) => resource.account },
          { title: 'region', value: (resource) => resource.region },
          ...(resources.some((resource) => resource.orphaned_since !== '')
            ? [{ title: 'orphaned since', value: (resource: InventoryApi.Resource__Output) => resource.orphaned_since }]
            : []),
        ],
        resources,
      ),
    );
    printNote(context, `${resources.length} resource(s)${more ? `; more match (raise --limit or use --all)` : ''}`);
  },
};
