import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { formatCounts, formatDuration, shortTime, taskProgress } from '../format.js';
import { renderTable } from '../table.js';
import { integerOption, listOption, printJson, printText, rejectArgs, stringOption, type Command } from './command.js';

const jobStates = ['PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILURE', 'CANCELED', 'ABORTED'];

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'list sync jobs, newest first',
  options: {
    state: { type: 'string', multiple: true },
    account: { type: 'string' },
    limit: { type: 'string' },
  },
  optionHelp: [
    `--state STATE      only jobs in this state (repeatable: ${jobStates.join(', ')})`,
    '--account NAME     only jobs of this account',
    '--limit N          at most N jobs (default 20)',
  ],
  async run(context) {
    rejectArgs(context);
    const states = listOption(context.values, 'state').map((state) => state.toUpperCase());
    for (const state of states) {
      if (!jobStates.includes(state)) throw new CliUsageError(`--state must be one of ${jobStates.join(', ')}`);
    }
    const limit = integerOption(context.values, 'limit', 20, [1, 1000]);
    const response = await context.client.call('ListJobs', {
      states: states as InventoryApi.JobState[],
      account: stringOption(context.values, 'account') ?? '',
      page_size: limit,
    });
    if (context.json) {
      printJson(context, response.jobs);
      return;
    }
    printText(
      context,
      renderTable(
        [
          { title: 'job', value: (job) => job.job_id },
          { title: 'state', value: (job) => job.state },
          { title: 'trigger', value: (job) => job.trigger },
          { title: 'created', value: (job) => shortTime(job.created_at) },
          {
            title: 'took',
            value: (job) => formatDuration(job.started_at || job.created_at, job.finished_at),
            align: 'right',
          },
          { title: 'tasks', value: (job) => taskProgress(job) },
          { title: 'resources', value: (job) => formatCounts(job.counts) },
        ],
        response.jobs,
      ),
    );
  },
};
