import { describe, expect, it } from '@jest/globals';
import { automationRunOf } from './automation-run.js';

const run = {
  runId: 'r-1',
  trigger: 'manual',
  outcome: 'succeeded',
  attempts: 1,
  resources: 2,
  startedAt: '2026-03-01T10:00:00.000Z',
  finishedAt: '2026-03-01T10:00:01.000Z',
};

describe('automationRunOf', () => {
  it('reads a run recorded today as it is', () => {
    expect(automationRunOf({ ...run, automation: 'hourly' })).toEqual({ ...run, automation: 'hourly' });
  });

  it('reads a run recorded when automations were called jobs under its automation name', () => {
    const read = automationRunOf({ ...run, job: 'hourly' });
    expect(read).toEqual({ ...run, automation: 'hourly' });
    expect(read).not.toHaveProperty('job');
  });
});
