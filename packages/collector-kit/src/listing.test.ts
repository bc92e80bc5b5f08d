import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeSnapshots,
} from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { iamActionOf } from './aws-calls.js';
import { paginated, unpaginated } from './listing.js';
import { collectAll, connectorContextFor, type TestConnectorContext } from './testing/connector-context.js';

let sim: AwsSimulator;
let context: TestConnectorContext;
const region = 'us-west-2';

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 21, counts: { instance: 23, address: 4, snapshot: 7 } });
  context = connectorContextFor(sim, region);
});

afterAll(async () => {
  context.close();
  await sim.stop();
});

const scope = () => ({ account: sim.mainAccountId, region });

describe('a paginated listing', () => {
  it('reads every page, items nested in a list of the answer included', async () => {
    const listing = paginated(EC2Client, paginateDescribeInstances, 'Reservations[].Instances', { pageSize: 5 });
    const before = sim.counters.calls({ operation: 'DescribeInstances', region });

    const instances = await collectAll(listing.items(context));

    const simInstances = sim.state.list('instance', scope());
    expect(simInstances.length).toBeGreaterThan(5);
    expect(instances.map((instance) => instance.InstanceId).sort()).toEqual(
      simInstances.map((instance) => instance.InstanceId).sort(),
    );
    expect(sim.counters.calls({ operation: 'DescribeInstances', region }) - before).toBeGreaterThan(1);
  });

  it('sends its input on every run, untouched by the tokens of an earlier run', async () => {
    const listing = paginated(EC2Client, paginateDescribeSnapshots, 'Snapshots', {
      input: { OwnerIds: ['self'] },
      pageSize: 5,
    });
    const first = await collectAll(listing.items(context));
    const second = await collectAll(listing.items(context));
    expect(first).toHaveLength(sim.state.count('snapshot', scope()));
    expect(second.map((snapshot) => snapshot.SnapshotId)).toEqual(first.map((snapshot) => snapshot.SnapshotId));
  });

  it("derives its IAM action from the paginator's command, sending nothing", () => {
    const before = sim.counters.calls();
    const listing = paginated(EC2Client, paginateDescribeInstances, 'Reservations[].Instances');
    const calls = listing.calls();
    expect(calls.map((call) => call.command)).toEqual([DescribeInstancesCommand]);
    expect(calls.map(iamActionOf)).toEqual(['ec2:DescribeInstances']);
    expect(sim.counters.calls()).toBe(before);
  });
});

describe('an unpaginated listing', () => {
  it('reads the items of its one call and names that call', async () => {
    const listing = unpaginated(EC2Client, DescribeAddressesCommand, 'Addresses');
    const addresses = await collectAll(listing.items(context));
    expect(addresses.map((address) => address.AllocationId).sort()).toEqual(
      sim.state
        .list('address', scope())
        .map((address) => address.AllocationId)
        .sort(),
    );
    expect(listing.calls().map(iamActionOf)).toEqual(['ec2:DescribeAddresses']);
  });

  it('keeps only the items its declaration keeps', async () => {
    const listing = unpaginated(EC2Client, DescribeRegionsCommand, 'Regions', {
      input: { AllRegions: true },
      keep: (listed) => listed.OptInStatus !== 'not-opted-in',
    });
    const regions = (await collectAll(listing.items(context))).map((listed) => listed.RegionName);
    expect(sim.optInRegions.length).toBeGreaterThan(0);
    expect(regions.sort()).toEqual([...sim.regions].sort());
  });
});
