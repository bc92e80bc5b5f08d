import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { shortTime } from '../format.js';
import { renderTable } from '../table.js';
import {
  integerOption,
  listOption,
  printJson,
  printNote,
  printText,
  rejectArgs,
  stringOption,
  type Command,
} from './command.js';

const changeKinds = ['CREATED', 'UPDATED', 'DELETED'];

export const changesCommand: Command = {
  name: 'changes',
  summary: 'list what syncs created, updated and deleted, oldest first',
  options: {
    sync: { type: 'string' },
    kind: { type: 'string', multiple: true },
    change: { type: 'string', multiple: true },
    since: { type: 'string' },
    until: { type: 'string' },
    limit: { type: 'string' },
    all: { type: 'boolean' },
  },
  optionHelp: [
    '--sync JOB_ID      only the changes of this sync job',
    '--kind KIND        (repeatable)',
    '--change C         created, updated or deleted (repeatable)',
    '--since ISO_TIME   from this time (inclusive)',
    '--until ISO_TIME   before this time',
    '--limit N          at most N changes (default 50)',
    '--all              every match',
  ],
  async run(context) {
    rejectArgs(context);
    const changes = listOption(context.values, 'change').map((change) => change.toUpperCase());
    for (const change of changes) {
      if (!changeKinds.includes(change)) throw new CliUsageError('--change must be created, updated or deleted');
    }
    const limit = context.values.all
      ? Number.POSITIVE_INFINITY
      : integerOption(context.values, 'limit', 50, [1, 1_000_000]);
    const request: InventoryApi.ListChangesRequest = {
      sync_id: stringOption(context.values, 'sync') ?? '',
      kinds: listOption(context.values, 'kind'),
      changes: changes as InventoryApi.ChangeKind[],
      since: stringOption(context.values, 'since') ?? '',
      until: stringOption(context.values, 'until') ?? '',
    };
    const found: InventoryApi.Change__Output[] = [];
    let pageToken = '';
    let more = false;
    do {
      const page = await context.client.call('ListChanges', {
        ...request,
        page_size: Math.min(1000, limit - found.length),
        page_token: pageToken,
      });
      found.push(...page.changes);
      pageToken = page.next_page_token;
      more = pageToken !== '';
    } while (more && found.length < limit);
    if (context.json) {
      printJson(context, found);
      return;
    }
    printText(
      context,
      renderTable(
        [
          { title: 'at', value: (change) => shortTime(change.at) },
          { title: 'change', value: (change) => change.change },
          { title: 'kind', value: (change) => change.kind },
          { title: 'uid', value: (change) => change.uid },
          { title: 'name', value: (change) => change.name, maxWidth: 32 },
          { title: 'fields', value: (change) => change.changed_fields.join(','), maxWidth: 48 },
        ],
        found,
      ),
    );
    printNote(context, `${found.length} change(s)${more ? '; more match (raise --limit or use --all)' : ''}`);
  },
};
