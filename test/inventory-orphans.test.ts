import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import type { ChangeRecord, StoredResource, SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryClient, parseConfig, runCli, startInventory, type SyncRequest } from '@cloud-inventory/inventory';
import { ManualClock } from '@cloud-inventory/inventory/testing';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';
import { apiToken, InventoryHarness } from './support/inventory-harness.js';

const dayMs = 24 * 60 * 60 * 1000;
const start = Date.parse('2026-06-01T08:00:00Z');
const clock = new ManualClock(start);

let harness: InventoryHarness;
let mainId: string;
let partnerId: string;
let droppedRegion: string;
let keptRegions: string[];
const deletedEvents: { jobId: string; change: ChangeRecord }[] = [];

type AccountEntry = Record<string, unknown>;

/** Restarts the inventory on the same store with another configuration, driven by the manual clock. */
async function restartWith(accounts: AccountEntry[]): Promise<void> {
  harness.client.close();
  await harness.inventory.stop();
  harness.config = parseConfig({
    accounts,
    api: { port: 0 },
    metrics: { enabled: false },
    schedule: { enabled: false },
    task: { retries: 1, retryBackoffMs: 50, deadlineSeconds: 60 },
  });
  harness.inventory = await startInventory(harness.config, {
    store: harness.store,
    logger: harness.logs.logger,
    env: harness.env,
    clock,
    schedule: false,
    metricsEndpoint: false,
  });
  harness.inventory.events.on('resource.deleted', (event) => deletedEvents.push(event));
  harness.client = new InventoryClient(`127.0.0.1:${harness.inventory.api?.port}`, { token: apiToken });
}

function sync(request: Omit<SyncRequest, 'trigger'> = {}): Promise<SyncJobRecord> {
  return harness.inventory.runner.run({ trigger: 'test', ...request });
}

async function all(filter: Parameters<typeof harness.store.listResources>[0] = {}): Promise<StoredResource[]> {
  const items: StoredResource[] = [];
  let pageToken: string | undefined;
  do {
    const page = await harness.store.listResources(filter, { limit: 1000, ...(pageToken ? { pageToken } : {}) });
    items.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return items;
}

/** The real CLI, in process, against the running inventory. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const address = `127.0.0.1:${harness.inventory.api?.port}`;
  const code = await runCli([...args, '--address', address, '--token', apiToken], {
    env: {},
    output: { out: (text) => stdout.push(text), err: (text) => stderr.push(text), interactive: false },
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('') };
}

const uidsOf = (items: { uid: string }[]) => items.map((item) => item.uid).sort();

async function orphanedCount(): Promise<number> {
  return (await harness.client.call('GetSummary', {})).orphaned_resources;
}

let accountsOf: { main: AccountEntry; partner: AccountEntry };
/** Main's resources of the dropped region that a region-bound task collects (S3 buckets there stay configured). */
let droppedRegionUids: string[];
let partnerUids: string[];

beforeAll(async () => {
  harness = await InventoryHarness.start({ withAssumedAccount: true });
  const [main, partner] = harness.accounts(true);
  if (!main || !partner) throw new Error('the harness has no second account');
  accountsOf = { main, partner };
  mainId = harness.sim.mainAccountId;
  partnerId = String(partner['id']);
  droppedRegion = harness.sim.regions.at(-1) ?? '';
  keptRegions = harness.sim.regions.slice(0, -1);
  await restartWith([main, partner]);
  expect((await sync()).state).toBe('SUCCESS');
  droppedRegionUids = uidsOf(
    (await all({ accounts: [mainId], regions: [droppedRegion] })).filter((item) => item.kind !== 'aws_s3_bucket'),
  );
  partnerUids = uidsOf(await all({ accounts: [partnerId] }));
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

describe('scopes that leave the configuration', () => {
  it('orphans nothing while everything is configured', async () => {
    expect(droppedRegionUids.length).toBeGreaterThan(5);
    expect(partnerUids.length).toBeGreaterThan(5);
    expect(await orphanedCount()).toBe(0);
  });

  it('orphans nothing when it cannot tell: the account left unconfigured has no id and failed to plan', async () => {
    const { id: _id, ...mainWithoutId } = accountsOf.main;
    await restartWith([{ ...mainWithoutId, collector: '127.0.0.1:1', regions: keptRegions }]);
    expect((await sync()).state).toBe('FAILURE');
    expect(await orphanedCount()).toBe(0);
  }, 60_000);

  it('marks a removed account at the next sync, even a partial one, but not a region a partial sync left out', async () => {
    await restartWith([{ ...accountsOf.main, regions: keptRegions }]);
    expect((await sync({ regions: [keptRegions[0] ?? ''] })).state).toBe('SUCCESS');
    expect(uidsOf(await all({ orphaned: true }))).toEqual(partnerUids);
    const partnerResource = await harness.client.call('GetResource', { uid: partnerUids[0] ?? '' });
    expect(partnerResource.orphaned_since).toBe(new Date(start).toISOString());
  }, 60_000);

  it('marks the dropped region at the next full sync, keeps the S3 buckets located there, and shows it all in the API', async () => {
    clock.advanceBy(60_000);
    expect((await sync()).state).toBe('SUCCESS');
    const orphaned = await harness.client.call('ListResources', { orphaned: 'ONLY_ORPHANED', page_size: 1000 });
    expect(uidsOf(orphaned.resources)).toEqual([...droppedRegionUids, ...partnerUids].sort());
    const regionMark = orphaned.resources.find((resource) => resource.uid === droppedRegionUids[0]);
    expect(regionMark?.orphaned_since).toBe(new Date(start + 60_000).toISOString());
    const current = await harness.client.call('ListResources', { orphaned: 'EXCLUDE_ORPHANED', page_size: 1000 });
    expect(current.resources.some((resource) => resource.orphaned_since !== '')).toBe(false);
    expect(current.resources.some((resource) => resource.account === partnerId)).toBe(false);
    const everything = await harness.client.call('GetSummary', {});
    expect(everything.orphaned_resources).toBe(droppedRegionUids.length + partnerUids.length);
    expect(everything.total_resources).toBe(current.resources.length + orphaned.resources.length);
  }, 60_000);

  it('clears the mark when the account is configured and collected again, and marks it anew when it leaves again', async () => {
    await restartWith([{ ...accountsOf.main, regions: keptRegions }, accountsOf.partner]);
    expect((await sync({ accounts: ['partner'] })).state).toBe('SUCCESS');
    expect(uidsOf(await all({ orphaned: true }))).toEqual(droppedRegionUids);
    clock.advanceBy(60_000);
    await restartWith([{ ...accountsOf.main, regions: keptRegions }]);
    expect((await sync()).state).toBe('SUCCESS');
    const partnerResource = await harness.store.getResource(partnerUids[0] ?? '');
    expect(partnerResource?.orphanedSince).toBe(new Date(start + 120_000).toISOString());
  }, 90_000);

  it('shows orphans in the CLI, and purge without --yes only prints what it would remove', async () => {
    const orphans = droppedRegionUids.length + partnerUids.length;
    expect((await cli('summary')).stdout).toContain(`; ${orphans} orphaned`);
    const listed = await cli('resources', '--orphaned', '--all');
    expect(listed.stdout.split('\n')[0]).toContain('orphaned since');
    expect(listed.stdout).toContain(partnerUids[0]);
    expect(listed.stderr).toContain(`${orphans} resource(s)`);
    const current = await cli('resources', '--exclude-orphaned', '--all');
    expect(current.stdout).not.toContain('orphaned since');
    expect((await cli('show', partnerUids[0] ?? '')).stdout).toMatch(/orphaned since: +2026-06-01T08:02:00.000Z/);

    const dryRun = await cli('purge', '--account', partnerId);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stderr).toContain(`dry run: would remove ${partnerUids.length} `);
    expect(dryRun.stdout).toContain(partnerId);
    expect(uidsOf(await all({ accounts: [partnerId] }))).toEqual(partnerUids);
    const refused = await cli('purge', '--account', mainId, '--yes');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`will not purge account ${mainId}`);
    expect((await cli('purge')).code).toBe(2);
    expect((await all({ accounts: [mainId] })).length).toBeGreaterThan(0);
  }, 60_000);

  it('purges: a dry run counts and removes nothing; a configured account is refused; then the account goes', async () => {
    const dryRun = await harness.client.call('PurgeResources', { accounts: [partnerId], dry_run: true });
    expect(dryRun).toMatchObject({ dry_run: true, matched: partnerUids.length, deleted: partnerUids.length });
    expect(dryRun.scopes.reduce((sum, scope) => sum + scope.count, 0)).toBe(partnerUids.length);
    expect(uidsOf(await all({ accounts: [partnerId] }))).toEqual(partnerUids);

    const refused = await grpcErrorOf(harness.client.call('PurgeResources', { accounts: [mainId], dry_run: true }));
    expect(refused.code).toBe(status.FAILED_PRECONDITION);
    expect(refused.details).toContain(mainId);
    const unnamed = await grpcErrorOf(harness.client.call('PurgeResources', {}));
    expect(unnamed).toMatchObject({ code: status.INVALID_ARGUMENT, details: expect.stringContaining('accounts') });

    deletedEvents.length = 0;
    const purged = await harness.client.call('PurgeResources', { accounts: [partnerId] });
    expect(purged).toMatchObject({ dry_run: false, deleted: partnerUids.length });
    expect(await all({ accounts: [partnerId] })).toEqual([]);
    const changes = await harness.client.call('ListChanges', { sync_id: purged.purge_id, page_size: 1000 });
    expect(uidsOf(changes.changes)).toEqual(partnerUids);
    expect(changes.changes.every((change) => change.change === 'DELETED')).toBe(true);
    // A purge is not a sync: no sync end follows to deliver change events to automations.
    expect(deletedEvents).toEqual([]);
  }, 60_000);

  it('deletes the orphans once retention.orphanedAfterDays (7) have passed, recording each deletion', async () => {
    clock.advanceTo(new Date(start + 7 * dayMs).toISOString());
    expect((await sync()).state).toBe('SUCCESS');
    expect(uidsOf(await all({ orphaned: true }))).toEqual(droppedRegionUids);

    clock.advanceBy(2 * 60_000);
    deletedEvents.length = 0;
    const job = await sync();
    expect(job.state).toBe('SUCCESS');
    expect(job.counts.deleted).toBe(droppedRegionUids.length);
    expect(await orphanedCount()).toBe(0);
    for (const uid of droppedRegionUids) expect(await harness.store.getResource(uid)).toBeUndefined();
    const changes = await harness.store.listChanges({ syncId: job.id, changes: ['deleted'] }, { limit: 1000 });
    expect(uidsOf(changes.items)).toEqual(droppedRegionUids);
    expect(uidsOf(deletedEvents.map((event) => event.change))).toEqual(droppedRegionUids);
    const buckets = await all({ accounts: [mainId], regions: [droppedRegion], kinds: ['aws_s3_bucket'] });
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.every((bucket) => bucket.orphanedSince === undefined)).toBe(true);
  }, 60_000);

  it('with force, purges a configured account by its name, orphaned or not; the next sync collects it again', async () => {
    const mainUids = uidsOf(await all({ accounts: [mainId] }));
    const purged = await harness.client.call('PurgeResources', { accounts: ['main'], force: true });
    expect(purged).toMatchObject({ matched: mainUids.length, orphaned: 0, deleted: mainUids.length });
    expect(await all({})).toEqual([]);
    const job = await sync();
    expect(job.state).toBe('SUCCESS');
    expect(job.counts.created).toBe(mainUids.length);
    expect(uidsOf(await all({ accounts: [mainId] }))).toEqual(mainUids);
  }, 60_000);
});
