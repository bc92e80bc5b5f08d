import { describe, expect, it } from '@jest/globals';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { canRedrawLine, jobProgress, renderProgressLine } from './job-progress.js';
import { LiveLine } from './live-line.js';

const counts = (created: number, unchanged = 0): InventoryApi.ResourceCounts__Output => ({
  created,
  updated: 0,
  unchanged,
  deleted: 0,
  failed: 0,
});

function task(state: string, created: number): InventoryApi.SyncTask__Output {
  return {
    task_id: `t-${state}-${created}`,
    account: 'demo',
    type: 'CLOUD_SERVICE',
    service: 'ec2',
    region: 'eu-west-1',
    state: state as InventoryApi.JobState__Output,
    counts: counts(created),
    error: '',
    started_at: '',
    finished_at: '',
  };
}

function job(tasks: InventoryApi.SyncTask__Output[], jobCounts = counts(0)): InventoryApi.Job__Output {
  return {
    job_id: 'j',
    state: 'IN_PROGRESS',
    trigger: 'api',
    accounts: ['demo'],
    holder: '',
    lease_token: '0',
    created_at: '',
    started_at: '',
    finished_at: '',
    counts: jobCounts,
    error: '',
    tasks,
  };
}

describe('the sync progress line', () => {
  it('shows tasks done of all, resources so far, the rate and the elapsed time', () => {
    const progress = jobProgress(
      job([task('SUCCESS', 1200), task('FAILURE', 34), task('IN_PROGRESS', 0), task('PENDING', 0)]),
      2500,
    );
    expect(progress).toEqual({ state: 'IN_PROGRESS', tasksDone: 2, tasksTotal: 4, resources: 1234, elapsedMs: 2500 });
    expect(renderProgressLine(progress)).toBe('IN_PROGRESS  2/4 tasks  1,234 resources  494/s  2.5s');
  });

  it("counts the job's own counts when they are ahead of its tasks'", () => {
    expect(jobProgress(job([task('IN_PROGRESS', 0)], counts(700, 300)), 1000).resources).toBe(1000);
  });

  it('reads minutes past the first minute and a zero rate at the start', () => {
    const line = renderProgressLine({ state: 'PENDING', tasksDone: 0, tasksTotal: 0, resources: 0, elapsedMs: 0 });
    expect(line).toBe('PENDING  0/0 tasks  0 resources  0/s  0.0s');
    expect(renderProgressLine({ state: 'X', tasksDone: 1, tasksTotal: 1, resources: 0, elapsedMs: 125_000 })).toMatch(
      / 2m05s$/,
    );
  });

  it('is drawn on a terminal only: not on a pipe or a file, not on a dumb terminal', () => {
    expect(canRedrawLine({ isTTY: true }, { TERM: 'xterm-256color' })).toBe(true);
    expect(canRedrawLine({ isTTY: true }, {})).toBe(true);
    expect(canRedrawLine({ isTTY: false }, { TERM: 'xterm' })).toBe(false);
    expect(canRedrawLine({}, { TERM: 'xterm' })).toBe(false);
    expect(canRedrawLine({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('redraws one line in place, cut to the terminal width, and ends it with one newline', () => {
    const written: string[] = [];
    const line = new LiveLine((text) => written.push(text), 12);
    line.show('IN_PROGRESS  1/2 tasks');
    line.show('name\x1b]0;x\x07');
    line.end();
    line.end();
    expect(written).toEqual(['\r\x1b[2KIN_PROGRESS', '\r\x1b[2Kname\\x1b]0;', '\n']);
  });
});
