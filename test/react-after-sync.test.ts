import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { redactPaths } from '@cloud-inventory/inventory';
import { ManualClock, startHoldingReceiver } from '@cloud-inventory/inventory/testing';
import { ReactHarness } from './support/react-harness.js';

let sim: AwsSimulator;
let harness: ReactHarness;
let receiver: Awaited<ReturnType<typeof startHoldingReceiver>>;
const lines: string[] = [];

beforeAll(async () => {
  receiver = await startHoldingReceiver();
  sim = await startAwsSimulator({ seed: 3, size: 'tiny', regions: ['eu-west-1', 'us-east-1'], accounts: 1 });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'debug', redact: { paths: redactPaths, censor: '[redacted]' } }, sink);
  harness = await ReactHarness.start(
    sim,
    {
      actions: {
        policies: [
          {
            name: 'untagged-snapshots',
            type: 'cleanup_untagged',
            olderThanDays: 0,
            ignoreTags: ['Name'],
            filter: { kinds: ['aws_ec2_snapshot'] },
          },
        ],
      },
      automations: [
        {
          name: 'slow-hook',
          trigger: { event: 'sync_finished' },
          filter: { kinds: ['aws_s3_bucket'] },
          action: { webhook: { url: `${receiver.url}/hook?token=hook-secret-token` } },
        },
      ],
      webhook: { attempts: 1, timeoutMs: 60_000, allowPrivateNetworks: true }, // the receiver is on loopback
    },
    new ManualClock(Date.now()),
    logger,
  );
}, 60_000);

afterAll(async () => {
  receiver?.release();
  await harness?.stop();
  await receiver?.stop();
});

describe('react phase after a sync', () => {
  it('finishes the sync while an automation webhook hangs, and records the run once it answers', async () => {
    const job = await harness.inventory.runner.run({ trigger: 'test' });
    expect(job.state).toBe('SUCCESS');
    await receiver.firstRequest;
    expect(receiver.heldCount).toBe(1);
    expect((await harness.client.call('ListAutomationRuns', { automation: 'slow-hook' })).runs).toEqual([]);
    receiver.release();
    await harness.inventory.react.idle();
    const runs = await harness.client.call('ListAutomationRuns', { automation: 'slow-hook' });
    expect(runs.runs.map((run) => [run.trigger, run.outcome])).toEqual([
      ['event:sync_finished', 'AUTOMATION_RUN_OUTCOME_SUCCEEDED'],
    ]);
  });

  it('runs the dry-run policies after a successful sync and records their plan without touching AWS', async () => {
    const snapshots = sim.state.list('snapshot', { account: sim.mainAccountId, region: 'eu-west-1' });
    const untagged = snapshots.filter((snapshot) => snapshot.Tags.every((tag) => tag.Key === 'Name'));
    expect(untagged.length).toBeGreaterThan(0);
    const listed = await harness.client.call('ListActions', { policy: 'untagged-snapshots' });
    expect(listed.actions.map((action) => action.uid).sort()).toEqual(
      untagged.map((snapshot) => `arn:aws:ec2:eu-west-1::snapshot/${snapshot.SnapshotId}`).sort(),
    );
    expect(listed.actions.every((action) => action.outcome === 'ACTION_RECORD_OUTCOME_PLANNED' && action.dry_run)).toBe(
      true,
    );
    expect(sim.state.list('snapshot', { account: sim.mainAccountId, region: 'eu-west-1' })).toHaveLength(
      snapshots.length,
    );
  });

  it('keeps the AWS secret key and the webhook token out of the logs', () => {
    const text = lines.join('');
    expect(text).toContain('webhook delivered');
    expect(text).toContain('action planned');
    expect(text).not.toContain(sim.credentials.secretAccessKey);
    expect(text).not.toContain('hook-secret-token');
  });
});
