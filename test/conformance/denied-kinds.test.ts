import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimService } from '@cloud-inventory/aws-sim';
import { registry } from '@cloud-inventory/collector-aws';
import {
  CollectorTestClient,
  planKinds,
  probeKinds,
  simAccountSecret,
  splitOperation,
  type KindProbe,
} from '@cloud-inventory/collector-aws/testing';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from '../support/inventory-harness.js';

/**
 * Every registered kind, denied, through the inventory: a good sync, then one where every call of the kinds is
 * denied. Each kind must come back as an AccessDenied scope and the graph must keep every resource. The calls to deny
 * are learnt from the simulator's counters (each kind collected alone), not listed here.
 */

const kinds = registry.allEntries().map((entry) => entry.kind);

let harness: InventoryHarness;
let account: string;
let probes: Map<string, KindProbe>;
let good: SyncJobRecord;
let denied: SyncJobRecord;
let uidsBefore: string[];

/** A kind's calls of its own to deny: none when shared with the other kinds of its task, and never planning's. */
function deniableCalls(kind: string): string[] {
  const kindProbe = probes.get(kind);
  if (!kindProbe || kindProbe.sharedWith.length > 0) return [];
  return Object.keys(kindProbe.calls).filter((operation) => !(operation in kindProbe.planningCalls));
}

async function uidsInStore(): Promise<string[]> {
  const uids: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await harness.store.listResources({ accounts: [account] }, { limit: 1000, pageToken });
    uids.push(...page.items.map((resource) => resource.uid));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return uids.sort();
}

beforeAll(async () => {
  harness = await InventoryHarness.start({ sim: { accounts: kinds.length + 1 } });
  account = harness.sim.mainAccountId;
  // Each kind is probed in an account of its own (the simulator counts calls per account); the sync is of the main one.
  const others = harness.sim.accounts.filter((candidate) => !candidate.isMain);
  const assignments = kinds.map((kind, index) => {
    const id = others[index]?.id ?? '';
    return { kind, account: id, secret: simAccountSecret(harness.sim, id) };
  });
  const client = new CollectorTestClient(`127.0.0.1:${harness.collector.port}`);
  try {
    const options = { endpoint_url: harness.endpointUrl };
    probes = await probeKinds(
      client,
      harness.sim.counters,
      await planKinds(client, harness.sim.counters, assignments, options),
      options,
    );
  } finally {
    client.close();
  }
  good = await harness.inventory.runner.run({ trigger: 'test' });
  uidsBefore = await uidsInStore();
  for (const operation of new Set(kinds.flatMap(deniableCalls))) {
    const { service, operation: name } = splitOperation(operation);
    harness.sim.faults.deny({ account, service: service as SimService, operation: name });
  }
  denied = await harness.inventory.runner.run({ trigger: 'test' });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a sync with every call of the kinds denied, after a good one', () => {
  it('starts from a good sync that stored resources', () => {
    expect(good.state).toBe('SUCCESS');
    expect(uidsBefore.length).toBeGreaterThan(0);
  });

  it('fails, keeping every resource the good sync stored', async () => {
    expect(denied.state).toBe('FAILURE');
    expect(denied.counts.deleted).toBe(0);
    expect(await uidsInStore()).toEqual(uidsBefore);
  });

  it.each(kinds)('reports %s as an AccessDenied scope, or says why it cannot be denied alone', (kind) => {
    if (deniableCalls(kind).length === 0) {
      const sharedWith = probes.get(kind)?.sharedWith ?? [];
      console.info(`${kind}: not denied: its calls are planning's or shared with ${sharedWith.join(', ') || 'none'}`);
      return;
    }
    const errors = denied.tasks.map((task) => task.error ?? '');
    expect(errors.filter((error) => error.includes(`${kind}: AccessDenied`))).not.toEqual([]);
  });
});
