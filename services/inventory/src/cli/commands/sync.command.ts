import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliFailure } from '../cli-errors.js';
import { followJob } from '../follow-job.js';
import { formatCounts, formatDuration } from '../format.js';
import { LiveLine } from '../live-line.js';
import { renderTable } from '../table.js';
import { terminalText } from '../terminal-text.js';
import {
  integerOption,
  listOption,
  printJson,
  printText,
  rejectArgs,
  requireArg,
  type Command,
  type CommandContext,
} from './command.js';

export function printJob(context: CommandContext, job: InventoryApi.Job__Output): void {
  printText(
    context,
    [
      `job ${job.job_id}: ${job.state} (${job.trigger}) in ${formatDuration(job.started_at || job.created_at, job.finished_at)}`,
      `accounts: ${terminalText(job.accounts.join(', '))}`,
      `resources: ${formatCounts(job.counts)}  (+created ~updated =unchanged -deleted !failed)`,
      ...(job.error ? [`error: ${terminalText(job.error)}`] : []),
      '',
      renderTable(
        [
          { title: 'task', value: (task) => task.task_id, maxWidth: 48 },
          { title: 'state', value: (task) => task.state },
          { title: 'resources', value: (task) => formatCounts(task.counts) },
          { title: 'took', value: (task) => formatDuration(task.started_at, task.finished_at), align: 'right' },
          { title: 'error', value: (task) => task.error, maxWidth: 80 },
        ],
        job.tasks,
      ),
    ].join('\n'),
  );
}

export const syncCommand: Command = {
  name: 'sync',
  summary: 'start a sync and follow its progress until it finishes',
  options: {
    account: { type: 'string', multiple: true },
    service: { type: 'string', multiple: true },
    region: { type: 'string', multiple: true },
    detach: { type: 'boolean' },
    'poll-ms': { type: 'string' },
  },
  optionHelp: [
    '--account NAME     only this configured account (repeatable; default: every account)',
    '--service NAME     only this service, such as ec2 (repeatable)',
    '--region REGION    only this region (repeatable)',
    '--detach           print the job id and return without following it',
    '--poll-ms N        progress poll interval (default 1000)',
  ],
  async run(context) {
    rejectArgs(context);
    const intervalMs = integerOption(context.values, 'poll-ms', 1000, [50, 60_000]);
    const { job } = await context.client.call('StartSync', {
      accounts: listOption(context.values, 'account'),
      services: listOption(context.values, 'service'),
      regions: listOption(context.values, 'region'),
    });
    if (!job) throw new CliFailure('the inventory started no job');
    if (context.values.detach) {
      if (context.json) printJson(context, job);
      else printText(context, job.job_id);
      return;
    }
    // A live line on a terminal only: a pipe or a log gets the result alone, and --json keeps stderr quiet too.
    const { output } = context;
    const line =
      !context.json && output.interactive ? new LiveLine((text) => output.err(text), output.columns) : undefined;
    const finished = await followJob(context.client, job.job_id, { intervalMs, ...(line ? { line } : {}) });
    if (context.json) printJson(context, finished);
    else printJob(context, finished);
    if (finished.state !== 'SUCCESS') throw new CliFailure(`job ${finished.job_id} ended ${finished.state}`);
  },
};

export const cancelCommand: Command = {
  name: 'cancel',
  argsUsage: '<job-id>',
  summary: 'cancel a running job (nothing is deleted for it)',
  options: {},
  optionHelp: [],
  async run(context) {
    const jobId = requireArg(context, '<job-id>');
    const job = await context.client.call('CancelJob', { job_id: jobId });
    if (context.json) printJson(context, job);
    else printText(context, `job ${job.job_id}: ${job.state}`);
  },
};

export const jobCommand: Command = {
  name: 'job',
  argsUsage: '<job-id>',
  summary: 'show one job and its tasks',
  options: {},
  optionHelp: [],
  async run(context) {
    const jobId = requireArg(context, '<job-id>');
    const job = await context.client.call('GetJob', { job_id: jobId });
    if (context.json) printJson(context, job);
    else printJob(context, job);
  },
};
