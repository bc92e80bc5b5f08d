import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  SIM_KINDS,
  isCurrentRecord,
  recordId,
  startAwsSimulator,
  type AwsSimulator,
  type SimKind,
  type SimService,
} from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { Resource__Output } from '@cloud-inventory/protocol';
import { registry } from '../registry.js';
import { startAwsCollector } from '../server.js';
import { capturedLogger } from '../testing/captured-logger.js';
import { collectAccount, type AccountCollection } from '../testing/collect-account.js';
import { CollectorTestClient } from '../testing/collector-client.js';
import { planKinds, probeKinds, splitOperation, type KindAssignment, type KindProbe } from '../testing/kind-calls.js';
import { simAccountSecret } from '../testing/sim-account-secret.js';
import { duplicatesOf, relationshipProblems, sortedComparables, unifiedFieldProblems } from './kind-checks.js';
import { affordableCount, listingCallsOf, pagingOutcome, perItemCallsOf } from './paging.js';
import { idDifference, matchWorldKind, type WorldItem, type WorldKind } from './world-kinds.js';

/**
 * One suite for every registered kind, against the simulator over HTTP. Nothing here lists kinds: they come from the
 * registry, their simulator kinds from matching ids, their calls from the simulator's counters.
 */

// The simulator answers at most this many items a page, whatever page size the collector asks (AWS may answer fewer
// than asked), so a kind of a few dozen items needs several pages wherever AWS paginates: paging is exercised without
// thousands of items.
const pageSizeCap = 25;
const aboveOnePage = pageSizeCap + 1;
// Items of every simulator kind in a region: above the largest batch a Describe* call takes (ECS's 100 ARNs), so
// batching is exercised too, and several pages of every paginated listing.
const itemsPerKind = 101;
// A kind that makes calls per item (S3's Get* per bucket) gets as many items as this many calls a region allow.
const perItemCallBudget = 400;
const probeItems = 2;
const regions = ['us-east-1'];
const kinds = registry.allEntries().map((entry) => entry.kind);
/** Kinds of a global service whose resources have no region of their own (IAM): region "global", whatever the record's. */
const regionless = new Set(
  registry
    .allEntries()
    .filter((entry) => entry.isGlobal && entry.manager.mapping.region === undefined)
    .map((entry) => entry.kind),
);
const regionOf = (resource: Resource__Output, world: WorldKind): string | undefined =>
  regionless.has(resource.kind) ? world.items.get(resource.id)?.region : resource.region;
const retriedMessage = 'AWS call retried (throttling or server error)';

let paged: AwsSimulator;
let small: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
const logs = capturedLogger('warn');
let probes: Map<string, KindProbe>;
let throttledProbes: Map<string, KindProbe>;
let run: AccountCollection;
const collectCalls = new Map<string, Record<string, number>>();
let worlds: WorldKind[];
let seconds: Record<string, number>;

function countsOf(count: number): Record<SimKind, number> {
  return Object.fromEntries(SIM_KINDS.map((kind) => [kind, count])) as Record<SimKind, number>;
}

const optionsFor = (sim: AwsSimulator) => ({ endpoint_url: sim.endpoint });

/** What the simulator holds for an account: every current record of each simulator kind by recordId, and the account's identities. */
function worldOf(sim: AwsSimulator, account: string): WorldKind[] {
  const simulated = SIM_KINDS.map((kind) => {
    const items = new Map<string, WorldItem>();
    for (const region of sim.regions) {
      for (const record of sim.state.list(kind, { account, region })) {
        const item: WorldItem = { region, record: record as unknown as Record<string, unknown> };
        if (!isCurrentRecord(kind, record)) item.gone = true;
        items.set(recordId(kind, record), item);
      }
    }
    return { name: kind, items };
  });
  const identities: WorldKind[] = [
    { name: 'account', items: new Map([[account, {}]]) },
    { name: 'region', items: new Map(sim.regions.map((region) => [region, {}])) },
  ];
  return [...simulated, ...identities, ...organizationOf(sim, account)];
}

/** The organization the account manages, if it manages one: its root, OUs and accounts, each with its record. */
function organizationOf(sim: AwsSimulator, account: string): WorldKind[] {
  const organization = sim.organization;
  if (organization?.organization.MasterAccountId !== account) return [];
  const held = (records: readonly { Id: string }[]) =>
    new Map(records.map((record): [string, WorldItem] => [record.Id, { record: { ...record } }]));
  return [
    { name: 'organizationRoot', items: held([organization.root]) },
    { name: 'organizationalUnit', items: held(organization.units) },
    { name: 'organizationAccount', items: held(organization.accounts) },
  ];
}

// Organizations answers its list calls to the management account alone (a member's are AccessDeniedException), so
// its kinds are probed in the main account, which manages the simulator's organization and is left to no other kind.
const inManagementAccount = new Set(registry.entriesOf('organizations').map((entry) => entry.kind));

/** Each kind in an account of its own of the small world (the main account is left to none). */
function assignments(): KindAssignment[] {
  const others = small.accounts.filter((account) => !account.isMain);
  return kinds.map((kind, index) => {
    const account = inManagementAccount.has(kind) ? small.mainAccountId : (others[index]?.id ?? '');
    return { kind, account, secret: simAccountSecret(small, account) };
  });
}

/** Probes every kind again with every call throttled once planned, until each kind's listing call was throttled. */
async function probeThrottled(): Promise<Map<string, KindProbe>> {
  const listing = [...probes.values()].flatMap(listingCallsOf).map(splitOperation);
  const planned = await planKinds(client, small.counters, assignments(), optionsFor(small));
  const fault = small.faults.throttle({ ratePerSecond: 0, burst: 0 });
  const probing = probeKinds(client, small.counters, planned, optionsFor(small));
  const deadline = Date.now() + 10_000;
  const isThrottled = ({ service, operation }: { service: string; operation: string }) =>
    small.counters.throttled({ service: service as SimService, operation }) > 0;
  while (!listing.every(isThrottled) && Date.now() < deadline) await delay(10);
  fault.remove();
  return probing;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Per simulator kind, the items of the paged world: `itemsPerKind`, or as many as the kind's per-item calls allow. */
function pagedCounts(): Record<SimKind, number> {
  const counts = countsOf(probeItems);
  for (const { kind, account } of assignments()) {
    const kindProbe = probeOf(kind);
    const ids = kindProbe.resources.map((resource) => resource.id);
    const match = matchWorldKind(kind, ids, worldOf(small, account));
    if ('problem' in match) continue;
    for (const name of match.names.filter(isSimKind)) {
      counts[name] = affordableCount(kindProbe, itemsPerKind, perItemCallBudget);
    }
  }
  return counts;
}

function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  return work().finally(() => (seconds[name] = Math.round(performance.now() - started) / 1000));
}

/** A collector allowed to call one simulator; its logs (with each line's kind) go to `logs`. */
async function startCollectorFor(
  sim: AwsSimulator,
): Promise<{ collector: RunningCollector; client: CollectorTestClient }> {
  const started = await startAwsCollector({
    port: 0,
    // Inline on this thread: the same code path as the workers, without booting them twice (cost, not coverage).
    poolSize: 0,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
    logger: logs.logger,
  });
  return { collector: started, client: new CollectorTestClient(started.address) };
}

async function stopCollector(): Promise<void> {
  client?.close();
  await collector?.stop();
}

beforeAll(async () => {
  seconds = {};
  small = await startAwsSimulator({
    seed: 4,
    accounts: kinds.length + 1,
    regions: ['us-east-1'],
    counts: countsOf(probeItems),
  });
  ({ collector, client } = await startCollectorFor(small));
  probes = await timed('probe: each kind alone, all at once (small world)', async () =>
    probeKinds(
      client,
      small.counters,
      await planKinds(client, small.counters, assignments(), optionsFor(small)),
      optionsFor(small),
    ),
  );
  throttledProbes = await timed('the probe again, throttled', probeThrottled);
  await stopCollector();

  // Member accounts of the main account's organization, more than a page of ListAccounts (their estates are not collected).
  paged = await startAwsSimulator({
    seed: 3,
    accounts: 1,
    orgAccounts: 21,
    regions,
    counts: pagedCounts(),
    pageSizeCap,
  });
  ({ collector, client } = await startCollectorFor(paged));
  const account = paged.mainAccountId;
  const callsByRegion = () =>
    new Map(regions.map((region) => [region, paged.counters.byOperation({ account, region })]));
  let planned = callsByRegion();
  run = await timed('collection of the paged world', () =>
    collectAccount(client, optionsFor(paged), simAccountSecret(paged, account), () => (planned = callsByRegion())),
  );
  for (const [region, calls] of callsByRegion()) {
    const before = planned.get(region) ?? {};
    collectCalls.set(
      region,
      Object.fromEntries(
        Object.entries(calls).map(([operation, count]) => [operation, count - (before[operation] ?? 0)]),
      ),
    );
  }
  worlds = worldOf(paged, account);
}, 300_000);

afterAll(async () => {
  await stopCollector();
  await paged?.stop();
  await small?.stop();
  console.info(`generated conformance of ${kinds.length} kinds, seconds: ${JSON.stringify(seconds)}`);
});

function ofKind(resources: readonly Resource__Output[], kind: string): Resource__Output[] {
  return resources.filter((resource) => resource.kind === kind);
}

/** The most calls of one operation one region answered while the tasks were collected (planning left out). */
function mostCallsInOneRegion(operation: string): number {
  return Math.max(0, ...[...collectCalls.values()].map((calls) => calls[operation] ?? 0));
}

function probeOf(kind: string, from: Map<string, KindProbe> = probes): KindProbe {
  const found = from.get(kind);
  if (!found) throw new Error(`no probe of ${kind}`);
  return found;
}

function isSimKind(name: string): name is SimKind {
  return (SIM_KINDS as readonly string[]).includes(name);
}

function worldMatchOf(kind: string): { world: WorldKind; names: string[] } {
  const match = matchWorldKind(
    kind,
    ofKind(run.resources, kind).map((resource) => resource.id),
    worlds,
  );
  if ('problem' in match) throw new Error(match.problem);
  return match;
}

function worldKindOf(kind: string): WorldKind {
  return worldMatchOf(kind).world;
}

describe.each(kinds)('the registered kind %s', (kind) => {
  it('is a kind of the simulated world: its ids are those of simulator kinds', () => {
    expect(() => worldKindOf(kind)).not.toThrow();
  });

  it('collects more items than one page, or says why not', () => {
    const { world, names } = worldMatchOf(kind);
    const outcome = pagingOutcome(kind, probeOf(kind), ofKind(run.resources, kind).length, mostCallsInOneRegion);
    const perRegion = Math.max(
      ...regions.map((region) => [...world.items.values()].filter((i) => i.region === region).length),
    );
    const isGenerated = names.every(isSimKind);
    if (isGenerated && perRegion < aboveOnePage) {
      const perItem = perItemCallsOf(probeOf(kind));
      console.info(
        `${kind}: paging not exercised: ${perItem} calls an item, so ${perRegion} items a region, not ${aboveOnePage}`,
      );
      return;
    }
    console.info(outcome.line);
    if (!isGenerated) return;
    // Where AWS also lists gone items (deleted endpoints), the listing pages over them too; the kind keeps the others.
    if ([...world.items.values()].some((item) => item.gone)) {
      expect(outcome.paged).toBe(true);
      return;
    }
    const collected = ofKind(run.resources, kind);
    const mostInOneRegion = Math.max(
      ...regions.map((region) => collected.filter((r) => regionOf(r, world) === region).length),
    );
    expect(mostInOneRegion).toBeGreaterThanOrEqual(aboveOnePage);
  });

  it('collects exactly the items the simulator holds', () => {
    const difference = idDifference(
      ofKind(run.resources, kind).map((resource) => resource.id),
      worldKindOf(kind),
    );
    expect({ extra: difference.extra.slice(0, 5), missing: difference.missing.slice(0, 5) }).toEqual({
      extra: [],
      missing: [],
    });
  });

  it('reports every scope of the kind as collected, with its resource count', () => {
    const results = run.scopeResults.filter((result) => result.scope?.kind === kind);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((result) => result.state !== 'SUCCESS')).toEqual([]);
    const counted = results.reduce((sum, result) => sum + result.resource_count, 0);
    const resources = ofKind(run.resources, kind);
    // A global kind living in regions (S3) reports the global scope and each region: the regions add up.
    const regional = results.filter((result) => result.scope?.region !== 'global');
    const perRegion = regional.length > 0 && results.length > regional.length;
    expect(perRegion ? regional.reduce((sum, result) => sum + result.resource_count, 0) : counted).toBe(
      resources.length,
    );
  });

  it('gives each resource a unique id and uid', () => {
    const resources = ofKind(run.resources, kind);
    expect(duplicatesOf(resources.map((resource) => resource.id))).toEqual([]);
    expect(duplicatesOf(resources.map((resource) => resource.uid))).toEqual([]);
  });

  it('points every relationship at a registered kind and at a resource the collection holds', () => {
    const kindByUid = new Map(run.resources.map((resource) => [resource.uid, resource.kind]));
    const registered = new Set(kinds);
    const problems = relationshipProblems(
      ofKind(run.resources, kind),
      { isRegistered: (target) => registered.has(target), references: new Set(registry.referenceKinds()) },
      kindByUid,
      paged.mainAccountId,
    );
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('sets the unified fields where AWS has them', () => {
    const world = worldKindOf(kind);
    const account = paged.mainAccountId;
    const problems = ofKind(run.resources, kind).flatMap((resource) =>
      unifiedFieldProblems(resource, {
        kind,
        account,
        item: world.items.get(resource.id),
        ...(regionless.has(kind) ? { region: 'global' } : {}),
      }),
    );
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('rides out throttling with the same results', () => {
    const throttled = probeOf(kind, throttledProbes);
    expect(sortedComparables(throttled.resources)).toEqual(sortedComparables(probeOf(kind).resources));
    expect(throttled.resources.length).toBeGreaterThan(0);
    expect(throttled.scopeResults.filter((result) => result.state !== 'SUCCESS')).toEqual([]);
    const { sharedWith } = probeOf(kind);
    if (sharedWith.length > 0 || listingCallsOf(probeOf(kind)).length === 0) {
      console.info(`${kind}: no AWS call of its own to throttle (its task also collects: ${sharedWith.join(', ')})`);
      return;
    }
    const retried = logs.lines
      .map((line) => JSON.parse(line) as { msg?: string; kind?: string })
      .filter((line) => line.msg === retriedMessage && line.kind === kind);
    expect(retried.length).toBeGreaterThan(0);
  });
});

describe('the whole collection', () => {
  it('gives every resource a uid of its own, across kinds', () => {
    expect(duplicatesOf(run.resources.map((resource) => resource.uid))).toEqual([]);
  });

  it('maps each collector kind to simulator kinds of its own', () => {
    const names = kinds.flatMap((kind) => worldMatchOf(kind).names);
    expect(duplicatesOf(names)).toEqual([]);
  });
});
