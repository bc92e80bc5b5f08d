import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { ManualClock, startWebhookReceiver } from '@cloud-inventory/inventory/testing';
import { ReactHarness, scrapedSum, scrapedValue } from './support/react-harness.js';
import { grpcErrorOf, promtoolMetricsProblems } from '@cloud-inventory/protocol/testing';

let harness: ReactHarness;
let sim: AwsSimulator;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const clock = new ManualClock(Date.parse('2026-03-01T10:05:00Z'));
const uids: Record<'expiredA' | 'expiredB' | 'expiredInstance' | 'protectedVolume' | 'futureVolume', string> = {
  expiredA: '',
  expiredB: '',
  expiredInstance: '',
  protectedVolume: '',
  futureVolume: '',
};
const ids: Record<string, string> = {};
let firstScrape = '';

async function count(kind: string): Promise<number> {
  const rows = await harness.store.aggregate({ filter: { kinds: [kind] }, groupBy: [] });
  return rows[0]?.value ?? 0;
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  sim = await startAwsSimulator({ seed: 7, size: 'tiny', regions: ['eu-west-1', 'us-east-1'], accounts: 1 });
  harness = await ReactHarness.start(
    sim,
    {
      metrics: {
        custom: [
          {
            name: 'team_volume_gib',
            help: 'Volume GiB by team tag',
            filter: { kinds: ['aws_ec2_volume'] },
            groupBy: ['tag:team'],
            value: { op: 'sum', property: 'Size' },
          },
        ],
      },
      actions: {
        runAfterSync: false,
        policies: [
          {
            name: 'expired',
            type: 'cleanup_expired',
            tag: 'expires-on',
            dryRun: false,
            filter: { kinds: ['aws_ec2_volume', 'aws_ec2_instance'] },
          },
          {
            name: 'owner-tags',
            type: 'require_tags',
            required: [{ key: 'owner', default: 'unassigned' }],
            filter: { kinds: ['aws_ec2_volume'], tags: [{ key: 'team' }] },
          },
        ],
      },
      automations: [
        {
          name: 'new-instances',
          trigger: { event: 'resources_created' },
          filter: { kinds: ['aws_ec2_instance'] },
          action: { webhook: { url: `${receiver.url}/created` } },
        },
        {
          name: 'gone-volumes',
          trigger: { event: 'resources_deleted' },
          filter: { kinds: ['aws_ec2_volume'] },
          action: { webhook: { url: `${receiver.url}/deleted` } },
        },
        {
          name: 'volume-report',
          trigger: { cron: '*/10 * * * *' },
          filter: { kinds: ['aws_ec2_volume'] },
          action: { log: { message: 'volume report' } },
        },
      ],
      webhook: { attempts: 3, backoffMs: 0, allowPrivateNetworks: true }, // the receiver is on loopback
    },
    clock,
  );
  const scope = harness.scope;
  const volume = (tags: Record<string, string>) =>
    sim.state.add('volume', scope, {
      State: 'available',
      Attachments: [],
      Size: 8,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    }).VolumeId;
  ids.expiredA = volume({ 'expires-on': '2020-01-01', team: 'red' });
  ids.expiredB = volume({ 'expires-on': '2021-06-30T00:00:00Z' });
  ids.protectedVolume = volume({ 'expires-on': '2020-01-01', protected: 'true' });
  ids.futureVolume = volume({ 'expires-on': '2099-01-01' });
  ids.expiredInstance = sim.state.add('instance', scope, {
    BlockDeviceMappings: [],
    Tags: [{ Key: 'expires-on', Value: '2025-12-31' }],
  }).InstanceId;
  for (const key of Object.keys(uids) as (keyof typeof uids)[]) {
    uids[key] = harness.arn(key === 'expiredInstance' ? 'instance' : 'volume', ids[key] as string);
  }
  await harness.sync();
  firstScrape = await harness.scrape();
}, 120_000);

afterAll(async () => {
  await harness?.stop();
  await receiver?.stop();
});

describe('react phase metrics', () => {
  it('exposes metrics on /metrics and over gRPC that match the graph after a sync', async () => {
    expect(scrapedSum(firstScrape, 'cloud_instances')).toBe(await count('aws_ec2_instance'));
    expect(scrapedValue(firstScrape, 'cloud_resources', { kind: 'aws_ec2_volume', cloud: 'aws' })).toBe(
      await count('aws_ec2_volume'),
    );
    const [gib] = await harness.store.aggregate({
      filter: { kinds: ['aws_ec2_volume'] },
      groupBy: [],
      value: { op: 'sum', property: 'Size' },
    });
    expect(scrapedSum(firstScrape, 'cloud_volume_size_bytes')).toBe((gib?.value ?? 0) * 1024 ** 3);
    expect(scrapedValue(firstScrape, 'team_volume_gib', { tag_team: 'red' })).toBe(8);
    const unattached = await harness.store.aggregate({
      filter: { kinds: ['aws_ec2_volume'], properties: [{ property: 'State', op: 'eq', value: 'available' }] },
      groupBy: [],
    });
    expect(scrapedSum(firstScrape, 'cloud_unattached_volumes')).toBe(unattached[0]?.value);
    expect(scrapedSum(firstScrape, 'cloud_running_instance_vcpus')).toBeGreaterThan(0);

    const queried = await harness.client.call('QueryMetrics', { names: ['cloud_instances'] });
    expect(queried.series.every((series) => series.name === 'cloud_instances')).toBe(true);
    expect(queried.series.reduce((sum, series) => sum + series.value, 0)).toBe(await count('aws_ec2_instance'));
    expect(queried.evaluated_at).not.toBe('');
  });

  it('serves a scrape that promtool check metrics accepts', () => {
    const problems = promtoolMetricsProblems(firstScrape);
    // Undefined: promtool is not installed here (skipped with a warning; CI requires it).
    if (problems !== undefined) expect(problems).toEqual([]);
  });
});

describe('react phase actions', () => {
  it('plans a dry-run cleanup, records it, and touches nothing', async () => {
    const planned = await harness.client.call('PlanActions', { policies: ['expired'] });
    const byUid = Object.fromEntries(planned.actions.map((action) => [action.uid, action]));
    expect(Object.keys(byUid).sort()).toEqual(
      [uids.expiredA, uids.expiredB, uids.expiredInstance, uids.protectedVolume].sort(),
    );
    expect(byUid[uids.expiredA]).toMatchObject({
      action: 'delete_volume',
      dry_run: true,
      outcome: 'ACTION_RECORD_OUTCOME_PLANNED',
      reason: 'expires-on 2020-01-01 has passed',
    });
    expect(byUid[uids.expiredInstance]?.action).toBe('terminate_instance');
    expect(byUid[uids.protectedVolume]?.outcome).toBe('ACTION_RECORD_OUTCOME_PROTECTED');
    for (const id of [ids.expiredA, ids.expiredB, ids.protectedVolume] as string[]) {
      expect(sim.state.get('volume', harness.scope, id)).toBeDefined();
    }
    expect(sim.state.get('instance', harness.scope, ids.expiredInstance as string)).toBeDefined();

    const listed = await harness.client.call('ListActions', { policy: 'expired', page_size: 2 });
    expect(listed.actions).toHaveLength(2);
    expect(listed.next_page_token).not.toBe('');
  });

  it('only plans the tags a dry-run tag policy would create', async () => {
    const run = await harness.client.call('RunActions', { policies: ['owner-tags'] });
    expect(run.actions.map((action) => [action.uid, action.action, action.outcome])).toEqual([
      [uids.expiredA, 'create_tags', 'ACTION_RECORD_OUTCOME_PLANNED'],
    ]);
    const tags = sim.state.get('volume', harness.scope, ids.expiredA as string)?.Tags ?? [];
    expect(tags.map((tag) => tag.Key)).not.toContain('owner');
  });

  it('runs a real cleanup: the resources leave the simulator, then the graph after the next sync; protected ones stay', async () => {
    const done = await harness.client.call('RunActions', { policies: ['expired'] });
    const outcomes = Object.fromEntries(done.actions.map((action) => [action.uid, action.outcome]));
    expect(outcomes).toEqual({
      [uids.expiredA]: 'ACTION_RECORD_OUTCOME_DONE',
      [uids.expiredB]: 'ACTION_RECORD_OUTCOME_DONE',
      [uids.expiredInstance]: 'ACTION_RECORD_OUTCOME_DONE',
      [uids.protectedVolume]: 'ACTION_RECORD_OUTCOME_PROTECTED',
    });
    expect(sim.state.get('volume', harness.scope, ids.expiredA as string)).toBeUndefined();
    expect(sim.state.get('volume', harness.scope, ids.expiredB as string)).toBeUndefined();
    expect(sim.state.get('instance', harness.scope, ids.expiredInstance as string)).toBeUndefined();
    expect(sim.state.get('volume', harness.scope, ids.protectedVolume as string)).toBeDefined();
    expect(await harness.store.getResource(uids.expiredA)).toBeDefined();

    for (let index = 0; index < 2; index++) {
      sim.state.add('instance', harness.scope, {
        BlockDeviceMappings: [],
        Tags: [{ Key: 'Name', Value: `new-${index}` }],
      });
    }
    await harness.sync();
    expect(await harness.store.getResource(uids.expiredA)).toBeUndefined();
    expect(await harness.store.getResource(uids.expiredB)).toBeUndefined();
    expect(await harness.store.getResource(uids.expiredInstance)).toBeUndefined();
    expect(await harness.store.getResource(uids.protectedVolume)).toBeDefined();
    expect(await harness.store.getResource(uids.futureVolume)).toBeDefined();
  });

  it('changes the metrics after the next sync to match the new graph', async () => {
    const scrape = await harness.scrape();
    const instances = await count('aws_ec2_instance');
    expect(scrapedSum(scrape, 'cloud_instances')).toBe(instances);
    expect(instances).toBe(scrapedSum(firstScrape, 'cloud_instances') + 1);
    expect(scrapedSum(scrape, 'cloud_unattached_volumes')).toBe(
      scrapedSum(firstScrape, 'cloud_unattached_volumes') - 2,
    );
    expect(scrapedValue(scrape, 'team_volume_gib', { tag_team: 'red' })).toBeUndefined();
  });
});

describe('react phase automations', () => {
  it('delivers the webhook of an event-fired automation with the created resources to a local HTTP server', async () => {
    const hooks = receiver.received.filter((hook) => hook.path === '/created');
    const last = hooks.at(-1)?.body as {
      automation: string;
      runId: string;
      trigger: string;
      resources: { uid: string; name: string }[];
    };
    expect(last.automation).toBe('new-instances');
    expect(last.trigger).toBe('event:resources_created');
    expect(last.resources.map((resource) => resource.name).sort()).toEqual(['new-0', 'new-1']);
    const runs = await harness.client.call('ListAutomationRuns', { automation: 'new-instances' });
    expect(runs.runs).toHaveLength(2);
    expect(runs.runs.find((run) => run.run_id === last.runId)).toMatchObject({
      trigger: 'event:resources_created',
      outcome: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED',
      attempts: 1,
      resources: 2,
    });
  });

  it('sends the change records of deleted resources, and records a skipped run when nothing matched', async () => {
    const hooks = receiver.received.filter((hook) => hook.path === '/deleted');
    expect(hooks).toHaveLength(1);
    const deleted = hooks[0]?.body.deleted as { uid: string; change: string }[];
    expect(deleted.map((change) => change.uid).sort()).toEqual([uids.expiredA, uids.expiredB].sort());
    const runs = await harness.client.call('ListAutomationRuns', { automation: 'gone-volumes' });
    expect(runs.runs.map((run) => run.outcome).sort()).toEqual([
      'AUTOMATION_RUN_OUTCOME_SKIPPED',
      'AUTOMATION_RUN_OUTCOME_SUCCEEDED',
    ]);
  });

  it('runs a resource-action automation on the resources its filter matches, still sparing protected ones', async () => {
    await harness.client.call('CreateAutomation', {
      automation: {
        name: 'clean-protected',
        event: { event: 'AUTOMATION_EVENT_SYNC_FINISHED' },
        filter: { kinds: ['aws_ec2_volume'], tags: [{ key: 'protected', value: 'true' }] },
        resource_action: { policy: 'expired' },
      },
    });
    const protectedDecisions = async () =>
      (await harness.client.call('ListActions', { policy: 'expired', page_size: 1000 })).actions.filter(
        (action) => action.uid === uids.protectedVolume && action.outcome === 'ACTION_RECORD_OUTCOME_PROTECTED',
      ).length;
    const before = await protectedDecisions();
    const run = await harness.client.call('RunAutomationNow', { name: 'clean-protected' });
    expect(run).toMatchObject({ outcome: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED', resources: 1 });
    expect(await protectedDecisions()).toBe(before + 1);
    expect(sim.state.get('volume', harness.scope, ids.protectedVolume as string)).toBeDefined();
    await harness.client.call('DeleteAutomation', { name: 'clean-protected' });
  });

  it('creates an automation choosing by a query over gRPC, shows the query and acts on its answer', async () => {
    await harness.client.call('CreateAutomation', {
      automation: {
        name: 'buckets-by-query',
        event: { event: 'AUTOMATION_EVENT_SYNC_FINISHED' },
        query: 'is(bucket)',
        webhook: { url: `${receiver.url}/buckets-by-query` },
      },
    });
    const listed = (await harness.client.call('ListAutomations', {})).automations.find(
      (automation) => automation.name === 'buckets-by-query',
    );
    expect(listed?.query).toBe('is(bucket)');
    const run = await harness.client.call('RunAutomationNow', { name: 'buckets-by-query' });
    expect(run).toMatchObject({ outcome: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED' });
    const hook = receiver.received.find((received) => received.path === '/buckets-by-query');
    expect((hook?.body.resources as unknown[]).length).toBe(await count('aws_s3_bucket'));
    await harness.client.call('DeleteAutomation', { name: 'buckets-by-query' });

    const both = await grpcErrorOf(
      harness.client.call('CreateAutomation', {
        automation: {
          name: 'both',
          cron: '0 * * * *',
          query: 'is(bucket)',
          filter: { kinds: ['aws_s3_bucket'] },
          log: { message: 'x' },
        },
      }),
    );
    expect(both.code).toBe(status.INVALID_ARGUMENT);
    expect(both.details).toMatch(/^automation\.query/);
    const bad = await grpcErrorOf(
      harness.client.call('CreateAutomation', {
        automation: { name: 'bad-query', cron: '0 * * * *', query: 'is(bucket) and', log: { message: 'x' } },
      }),
    );
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(bad.details).toContain('column');
  });

  it('fires a scheduled automation exactly on time by the injected clock', async () => {
    const listed = await harness.client.call('ListAutomations', {});
    expect(listed.automations.find((automation) => automation.name === 'volume-report')?.next_run_at).toBe(
      '2026-03-01T10:10:00.000Z',
    );
    expect((await harness.client.call('ListAutomationRuns', { automation: 'volume-report' })).runs).toEqual([]);
    clock.advanceTo('2026-03-01T10:09:59Z');
    await harness.inventory.react.idle();
    expect((await harness.client.call('ListAutomationRuns', { automation: 'volume-report' })).runs).toEqual([]);
    clock.advanceTo('2026-03-01T10:10:00Z');
    await harness.inventory.react.idle();
    const runs = await harness.client.call('ListAutomationRuns', { automation: 'volume-report' });
    expect(runs.runs).toHaveLength(1);
    expect(runs.runs[0]).toMatchObject({
      trigger: 'cron',
      outcome: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED',
      started_at: '2026-03-01T10:10:00.000Z',
      resources: await count('aws_ec2_volume'),
    });
  });

  it('creates, runs now and deletes an automation over gRPC, and keeps configured automations', async () => {
    const created = await harness.client.call('CreateAutomation', {
      automation: {
        name: 'buckets-now',
        event: { event: 'AUTOMATION_EVENT_SYNC_FINISHED' },
        filter: { kinds: ['aws_s3_bucket'] },
        webhook: { url: `${receiver.url}/buckets` },
      },
    });
    expect(created.source).toBe('api');
    const run = await harness.client.call('RunAutomationNow', { name: 'buckets-now' });
    expect(run).toMatchObject({ trigger: 'manual', outcome: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED' });
    const hook = receiver.received.find((received) => received.path === '/buckets');
    expect((hook?.body.resources as unknown[]).length).toBe(await count('aws_s3_bucket'));
    await harness.client.call('DeleteAutomation', { name: 'buckets-now' });
    expect(
      (await harness.client.call('ListAutomations', {})).automations.map((automation) => automation.name).sort(),
    ).toEqual(['gone-volumes', 'new-instances', 'volume-report']);

    const configured = await grpcErrorOf(harness.client.call('DeleteAutomation', { name: 'volume-report' }));
    expect(configured.code).toBe(status.FAILED_PRECONDITION);
    const badCron = await grpcErrorOf(
      harness.client.call('CreateAutomation', {
        automation: { name: 'bad', cron: '61 * * * *', log: { message: 'x' } },
      }),
    );
    expect(badCron.code).toBe(status.INVALID_ARGUMENT);
    expect(badCron.details).toMatch(/^automation\.cron/);
    const metadataHook = await grpcErrorOf(
      harness.client.call('CreateAutomation', {
        automation: {
          name: 'meta',
          cron: '0 * * * *',
          webhook: { url: 'http://[::ffff:169.254.169.254]/latest/meta-data/' },
        },
      }),
    );
    expect(metadataHook.code).toBe(status.INVALID_ARGUMENT);
    expect(metadataHook.details).toMatch(/^automation\.webhook\.url: .*169\.254\.169\.254.*never allowed/);
    const unknownPolicy = await grpcErrorOf(harness.client.call('RunActions', { policies: ['no-such-policy'] }));
    expect(unknownPolicy.code).toBe(status.NOT_FOUND);
  });
});
