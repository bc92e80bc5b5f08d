import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { parseConfig, startInventory } from '@cloud-inventory/inventory';
import { InventoryHarness } from './support/inventory-harness.js';

/**
 * A deployment that listed its member accounts one by one moves to an organization source, and the first listing
 * fails: no member may look removed from the organization, so nothing of theirs is orphaned.
 */
let harness: InventoryHarness;
let partnerId: string;
let job: SyncJobRecord;

beforeAll(async () => {
  harness = await InventoryHarness.start({ withAssumedAccount: true, sim: { regions: ['us-east-1'] } });
  partnerId = harness.config.accounts.find((account) => account.name === 'partner')?.id ?? '';
  // Before the organization source, the organization was never listed (here: Organizations refused the calls).
  const refused = harness.sim.faults.deny({ service: 'organizations', account: harness.sim.mainAccountId });
  try {
    const before = await harness.inventory.runner.run({ trigger: 'test' });
    expect(before.tasks.filter((task) => task.state !== 'SUCCESS').map((task) => task.id)).toEqual([
      'main/organizations:global',
    ]);
  } finally {
    refused.remove();
  }

  harness.client.close();
  await harness.inventory.stop();
  const [main] = harness.accounts(false);
  harness.config = parseConfig({
    accounts: [main],
    organizations: [{ name: 'acme', managementAccount: 'main', memberRole: { name: 'InventoryReader' } }],
    api: { port: 0 },
    metrics: { enabled: false },
    schedule: { enabled: false },
    task: { retries: 1, retryBackoffMs: 50, deadlineSeconds: 60 },
  });
  harness.inventory = await startInventory(harness.config, {
    store: harness.store,
    logger: harness.logs.logger,
    env: harness.env,
    schedule: false,
    metricsEndpoint: false,
  });
  // The first listing comes in part: the tree, but not the accounts.
  const denied = harness.sim.faults.deny({ service: 'organizations', operation: 'ListAccounts' });
  try {
    job = await harness.inventory.runner.run({ trigger: 'test' });
  } finally {
    denied.remove();
  }
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('an organization whose first listing fails', () => {
  it('syncs the management account only, and says the listing is incomplete', () => {
    expect(job.accounts).toEqual(['main']);
    expect(job.tasks.find((task) => task.id === 'main/organizations:global')?.state).toBe('FAILURE');
    expect(harness.logs.text()).toContain(
      'organization listing incomplete in the store: members unchanged, nothing orphaned',
    );
  });

  it("orphans none of the members' resources synced before", async () => {
    const stored = await harness.store.listResources({ accounts: [partnerId] }, { limit: 1000 });
    expect(stored.items.length).toBeGreaterThan(0);
    expect(stored.items.filter((resource) => resource.orphanedSince !== undefined)).toEqual([]);
  });

  it('syncs the members at the next sync, once the listing is whole', async () => {
    const next = await harness.inventory.runner.run({ trigger: 'test' });
    expect(next.accounts).toContain(`acme-${partnerId}`);
    const orphaned = await harness.store.listResources({ accounts: [partnerId], orphaned: true }, { limit: 10 });
    expect(orphaned.items).toEqual([]);
  });
});
