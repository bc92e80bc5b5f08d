import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StoredResource, SyncJobRecord } from '@cloud-inventory/graph-store';
import { ReactClient, startInventory, type OrganizationConfig } from '@cloud-inventory/inventory';
import { apiToken, InventoryHarness } from './support/inventory-harness.js';

/**
 * An organization source: the simulator's main account manages an AWS Organization of its accounts in nested OUs
 * (some SUSPENDED, one ACTIVE member without its reader role); the inventory is configured with the management
 * account only, and syncs every ACTIVE member by assuming InventoryReader in it.
 */
let harness: InventoryHarness;
let first: SyncJobRecord;
let activeMembers: string[];
let suspended: string[];
let roleless: string;

const organization = { name: 'acme', managementAccount: 'main', memberRole: { name: 'InventoryReader' } };

async function all(filter: Parameters<typeof harness.store.listResources>[0]): Promise<StoredResource[]> {
  const items: StoredResource[] = [];
  let pageToken: string | undefined;
  do {
    const page = await harness.store.listResources(filter, { limit: 1000, ...(pageToken ? { pageToken } : {}) });
    items.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return items;
}

/** The inventory again, on the same store and collector, with the organization entry changed. */
async function restartWith(change: Record<string, unknown>, accounts = harness.config.accounts): Promise<void> {
  harness.client.close();
  await harness.inventory.stop();
  const entry = harness.config.organizations[0] as OrganizationConfig;
  harness.config = { ...harness.config, accounts, organizations: [{ ...entry, ...change }] };
  harness.inventory = await startInventory(harness.config, {
    store: harness.store,
    logger: harness.logs.logger,
    env: harness.env,
    schedule: false,
    metricsEndpoint: false,
  });
}

function idsOfAccountsIn(job: SyncJobRecord): string[] {
  return job.accounts.filter((name) => name.startsWith('acme-')).map((name) => name.slice('acme-'.length));
}

beforeAll(async () => {
  harness = await InventoryHarness.start({
    sim: { orgAccounts: 4, regions: ['us-east-1', 'eu-west-1'] },
    collector: { actionsEnabled: true },
    config: {
      organizations: [organization],
      concurrency: { total: 16, perAccount: 4 },
      react: {
        actions: {
          runAfterSync: false,
          policies: [
            {
              name: 'owner-tags',
              type: 'require_tags',
              dryRun: false,
              required: [{ key: 'owner', default: 'unassigned' }],
              filter: { kinds: ['aws_ec2_volume'] },
            },
          ],
        },
      },
    },
  });
  const tree = harness.sim.organization;
  if (!tree) throw new Error('the simulator has no organization');
  const mainId = harness.sim.mainAccountId;
  const members = tree.accounts.filter((account) => account.Id !== mainId);
  activeMembers = members.filter((account) => account.State === 'ACTIVE').map((account) => account.Id);
  suspended = members.filter((account) => account.State === 'SUSPENDED').map((account) => account.Id);
  roleless = harness.sim.accounts.find((account) => account.roles.length === 0)?.id ?? '';
  // The management account's EC2 is slow: its members need only its listing, not its whole sync.
  const slow = harness.sim.faults.latency(400, { account: mainId, service: 'ec2' });
  first = await harness.inventory.runner.run({ trigger: 'test' });
  slow.remove();
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

describe('an organization source', () => {
  it('syncs the management account and every ACTIVE member, and none of the suspended ones', () => {
    expect(suspended.length).toBeGreaterThan(0);
    // The first listing is written by the job itself: the members join it once the management account is done.
    expect(first.accounts[0]).toBe('main');
    expect(idsOfAccountsIn(first).sort()).toEqual([...activeMembers].sort());
    for (const id of suspended) expect(first.accounts).not.toContain(`acme-${id}`);
  });

  it('starts the newly listed members once the listing is stored, while the management account still syncs', () => {
    const at = (iso: string | undefined) => Date.parse(iso ?? '');
    const listing = first.tasks.find((task) => task.id === 'main/organizations:global');
    expect(listing?.state).toBe('SUCCESS');
    const memberStarts = first.tasks
      .filter((task) => task.id.startsWith('acme-') && task.id.endsWith('/get-tasks'))
      .map((task) => at(task.startedAt));
    const mainEnd = Math.max(
      ...first.tasks.filter((task) => task.account === 'main').map((task) => at(task.finishedAt)),
    );
    // The listing takes the management account's first slot.
    const mainStarts = first.tasks
      .filter((task) => task.account === 'main' && task.type === 'CLOUD_SERVICE')
      .map((task) => at(task.startedAt));
    expect(at(listing?.startedAt)).toBe(Math.min(...mainStarts));
    expect(memberStarts).toHaveLength(activeMembers.length);
    for (const start of memberStarts) {
      expect(start).toBeGreaterThanOrEqual(at(listing?.finishedAt));
      expect(start).toBeLessThan(mainEnd);
    }
  });

  it("collects each member's own resources under its account id, through the assumed role", async () => {
    const synced = activeMembers.filter((id) => id !== roleless);
    expect(synced.length).toBeGreaterThan(2);
    for (const id of synced) {
      const task = first.tasks.find((candidate) => candidate.id === `acme-${id}/get-tasks`);
      expect(task?.state).toBe('SUCCESS');
      const instances = await all({ kinds: ['aws_ec2_instance'], accounts: [id] });
      const expected = harness.sim.regions.reduce(
        (sum, region) => sum + harness.sim.state.count('instance', { account: id, region }),
        0,
      );
      expect(instances).toHaveLength(expected);
      expect(await all({ kinds: ['aws_account'], accounts: [id] })).toHaveLength(1);
    }
  });

  it('reports the member whose role cannot be assumed, and the others succeed', async () => {
    expect(activeMembers).toContain(roleless);
    const planning = first.tasks.find((task) => task.id === `acme-${roleless}/get-tasks`);
    expect(planning?.state).toBe('FAILURE');
    expect(planning?.error).toMatch(/AccessDenied|assume/i);
    expect(first.state).toBe('FAILURE');
    expect(first.error).toContain(`acme-${roleless}/get-tasks`);
    const failed = first.tasks.filter((task) => task.state !== 'SUCCESS').map((task) => task.id);
    expect(failed).toEqual([`acme-${roleless}/get-tasks`]);
    const scrape = await harness.inventory.metrics.registry.getSingleMetricAsString(
      'inventory_account_sync_failures_total',
    );
    expect(scrape).toContain(`inventory_account_sync_failures_total{account="acme-${roleless}"} 1`);
  });

  it('stores the organization as root -> units -> accounts, each account tied to its synced aws_account', async () => {
    const tree = harness.sim.organization;
    const mainId = harness.sim.mainAccountId;
    const accounts = await all({ kinds: ['aws_organizations_account'], accounts: [mainId] });
    expect(accounts.map((account) => account.id).sort()).toEqual(tree?.accounts.map((account) => account.Id).sort());
    const units = await all({ kinds: ['aws_organizations_unit'], accounts: [mainId] });
    expect(units).toHaveLength(tree?.units.length ?? -1);
    const [root] = await all({ kinds: ['aws_organizations_root'], accounts: [mainId] });
    const below = await harness.store.neighbors(root?.uid ?? '', { direction: 'out', depth: 5, limit: 1000 });
    const reached = new Set(below.resources.map((resource) => resource.uid));
    for (const unit of units) expect(reached).toContain(unit.uid);
    const member = accounts.find((account) => account.id === activeMembers.find((id) => id !== roleless));
    const tied = await harness.store.neighbors(member?.uid ?? '', { direction: 'out' });
    expect(tied.resources.map((resource) => `${resource.kind}:${resource.account}`)).toContain(
      `aws_account:${member?.id}`,
    );
  });

  it("acts on a member's resources with the member role", async () => {
    const member = activeMembers.find((id) => id !== roleless) as string;
    const region = harness.sim.regions.find(
      (candidate) => harness.sim.state.count('volume', { account: member, region: candidate }) > 0,
    );
    if (!region) throw new Error('the member has no volume');
    const volume = harness.sim.state.list('volume', { account: member, region })[0];
    const react = new ReactClient(`127.0.0.1:${harness.inventory.api?.port}`, { token: apiToken });
    try {
      const run = await react.call('RunActions', { policies: ['owner-tags'] });
      const uid = `arn:aws:ec2:${region}:${member}:volume/${volume?.VolumeId}`;
      expect(run.actions.find((action) => action.uid === uid)?.outcome).toBe('ACTION_RECORD_OUTCOME_DONE');
    } finally {
      react.close();
    }
    const tags = harness.sim.state.get('volume', { account: member, region }, volume?.VolumeId ?? '')?.Tags ?? [];
    expect(tags).toContainEqual({ Key: 'owner', Value: 'unassigned' });
  });

  it('syncs one member by its name or by the organization name', async () => {
    const member = activeMembers.find((id) => id !== roleless) as string;
    const one = await harness.inventory.runner.run({ trigger: 'test', accounts: [member] });
    expect(one.accounts).toEqual([`acme-${member}`]);
    expect(one.state).toBe('SUCCESS');
    const started = await harness.inventory.runner.start({ trigger: 'test', accounts: ['acme'] });
    // Listed before: the members start with their management account, not after it.
    expect(idsOfAccountsIn(started.job).sort()).toEqual([...activeMembers].sort());
    const whole = await started.done;
    expect(idsOfAccountsIn(whole).sort()).toEqual([...activeMembers].sort());
  });

  it('marks a member orphaned once the organization no longer selects it, and deletes nothing yet', async () => {
    const left = activeMembers.find((id) => id !== roleless) as string;
    const before = await all({ accounts: [left] });
    expect(before.length).toBeGreaterThan(0);
    await restartWith({ exclude: { accounts: [left], units: [] } });
    const job = await harness.inventory.runner.run({ trigger: 'test' });
    expect(job.accounts).not.toContain(`acme-${left}`);
    const after = await all({ accounts: [left] });
    expect(after.map((resource) => resource.uid).sort()).toEqual(before.map((resource) => resource.uid).sort());
    expect(after.every((resource) => resource.orphanedSince !== undefined)).toBe(true);
    // The others stay unmarked.
    const other = activeMembers.find((id) => id !== roleless && id !== left) as string;
    expect((await all({ accounts: [other], orphaned: true })).length).toBe(0);
  });

  it('keeps every member when the listing cannot be read: it syncs them from the last listing, orphans nothing', async () => {
    await restartWith({ exclude: { accounts: [], units: [] } });
    const denied = harness.sim.faults.deny({ service: 'organizations' });
    try {
      const job = await harness.inventory.runner.run({ trigger: 'test' });
      expect(idsOfAccountsIn(job).sort()).toEqual([...activeMembers].sort());
      const orphaned = await all({ orphaned: true });
      expect(orphaned.filter((resource) => resource.kind.startsWith('aws_organizations_'))).toEqual([]);
      for (const id of activeMembers.filter((member) => member !== roleless)) {
        expect((await all({ accounts: [id], orphaned: true })).length).toBe(0);
      }
    } finally {
      denied.remove();
    }
  });

  it('does not list members before its management account is known, and orphans nothing meanwhile', async () => {
    // A new process whose management account has no configured id and cannot be planned: no member is known, so
    // no account can be shown to be outside the configuration.
    await restartWith(
      {},
      harness.config.accounts.map((account) => ({ ...account, id: undefined })),
    );
    const denied = harness.sim.faults.deny({ operation: 'DescribeRegions' });
    try {
      const job = await harness.inventory.runner.run({ trigger: 'test', accounts: ['acme'] });
      expect(job.accounts).toEqual(['main']);
      expect(job.state).toBe('FAILURE');
      expect((await all({ orphaned: true })).length).toBe(0);
    } finally {
      denied.remove();
    }
  });
});
