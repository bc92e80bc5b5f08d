import { setTimeout as sleep } from 'node:timers/promises';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliFailure } from '../cli-errors.js';
import { formatCounts, formatDuration, isFinished, taskProgress } from '../format.js';
import { renderTable } from '../table.js';
import {
  integerOption,
  listOption,
  printJson,
  rejectArgs,
  requireArg,
  type Command,
  type CommandContext,
} from './command.js';

function progressLine(job: InventoryApi.Job__Output): string {
  return `${job.state.padEnd(11)} ${taskProgress(job).padEnd(11)} ${formatCounts(job.counts).padEnd(24)} ${formatDuration(job.started_at || job.created_at, job.finished_at)}`;
}

/** Polls the job until it finishes, reporting each change of progress on stderr. */
async function follow(context: CommandContext, jobId: string, intervalMs: number): Promise<InventoryApi.Job__Output> {
  let last = '';
  for (;;) {
    const job = await context.client.call('GetJob', { job_id: jobId });
    const line = progressLine(job);
    // The elapsed time alone does not count as progress.
    const progress = `${job.state} ${taskProgress(job)} ${formatCounts(job.counts)}`;
    if (!context.json && (progress !== last || context.output.interactive)) {
      if (context.output.interactive) context.output.err(`\r\x1b[2K${line}`);
      else context.output.err(`${line}\n`);
      last = progress;
    }
    if (isFinished(job.state)) {
      if (!context.json && context.output.interactive) context.output.err('\n');
      return job;
    }
    await sleep(intervalMs);
  }
}

export function printJob(context: CommandContext, job: InventoryApi.Job__Output): void {
  context.output.out(
    [
      `job ${job.job_id}: ${job.state} (${job.trigger}) in ${formatDuration(job.started_at || job.created_at, job.finished_at)}`,
      `accounts: ${job.accounts.join(', ')}`,
      `resources: ${formatCounts(job.counts)}  (+created ~updated =unchanged -deleted !failed)`,
      ...(job.error ? [`error: ${job.error}`] : []),
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
      else context.output.out(job.job_id);
      return;
    }
    if (!context.json) context.output.err(`started job ${job.job_id}\n`);
    const finished = await follow(context, job.job_id, intervalMs);
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
    else context.output.out(`job ${job.job_id}: ${job.state}`);
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
