import type { InventoryApi } from '@cloud-inventory/protocol';
import { formatCounts, formatDuration } from '../format.js';
import { renderTable } from '../table.js';
import { listOption, printJson, printText, rejectArgs, stringOption, type Command } from './command.js';

function countTable(title: string, counts: InventoryApi.Count__Output[]): string {
  return renderTable(
    [
      { title, value: (count: InventoryApi.Count__Output) => count.key },
      { title: 'resources', value: (count) => count.count, align: 'right' },
    ],
    counts,
  );
}

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'resource counts by kind, account and region, and the last job',
  options: {
    account: { type: 'string', multiple: true },
    region: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    'count-by': { type: 'string' },
  },
  optionHelp: [
    '--account ID       (repeatable)',
    '--region REGION    (repeatable)',
    '--kind KIND        (repeatable)',
    '--count-by FIELD   also count by kind, account, region, service_group, cloud, type, tag:KEY or data.KEY',
  ],
  async run(context) {
    rejectArgs(context);
    const summary = await context.client.call('GetSummary', {
      accounts: listOption(context.values, 'account'),
      regions: listOption(context.values, 'region'),
      kinds: listOption(context.values, 'kind'),
      count_by: stringOption(context.values, 'count-by') ?? '',
    });
    const countBy = stringOption(context.values, 'count-by');
    if (context.json) {
      printJson(context, summary);
      return;
    }
    const job = summary.last_job;
    printText(
      context,
      [
        `${summary.total_resources} resources, ${summary.total_edges} edges` +
          (summary.orphaned_resources > 0
            ? `; ${summary.orphaned_resources} orphaned (their scope left the configuration: resources --orphaned)`
            : ''),
        job
          ? `last job ${job.job_id}: ${job.state} (${job.trigger}) at ${job.created_at}, took ${formatDuration(job.started_at || job.created_at, job.finished_at)}, ${formatCounts(job.counts)}`
          : 'no job yet',
        '',
        countTable('kind', summary.by_kind),
        '',
        ...(countBy === undefined ? [] : [countTable(countBy, summary.by_field), '']),
        countTable('region', summary.by_region),
        '',
        countTable('account', summary.by_account),
      ].join('\n'),
    );
  },
};
