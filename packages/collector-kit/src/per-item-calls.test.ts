import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudTrailClient, DescribeTrailsCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail';
import { EC2Client, paginateDescribeSubnets, paginateDescribeVpcs } from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { paginated } from './listing.js';
import { inBatches, listPerParent, mapInBatches } from './per-item-calls.js';
import { collectAll, connectorContextFor, type TestConnectorContext } from './testing/connector-context.js';

let sim: AwsSimulator;
let context: TestConnectorContext;
const region = 'eu-west-1';

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 33, counts: { trail: 45, vpc: 5, subnet: 9 } });
  context = connectorContextFor(sim, region);
});

afterAll(async () => {
  context.close();
  await sim.stop();
});

describe('inBatches', () => {
  it('cuts items into batches of the size, the last one shorter', async () => {
    expect(await collectAll(inBatches([1, 2, 3, 4, 5], 2))).toEqual([[1, 2], [3, 4], [5]]);
    expect(await collectAll(inBatches([], 20))).toEqual([]);
  });
});

describe('mapInBatches', () => {
  it('asks for the tags of 20 trails per ListTags call, bounded, and keeps the trails in order', async () => {
    const scope = { account: sim.mainAccountId, region };
    const cloudtrail = context.client(CloudTrailClient);
    const listed = await cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false }));
    const arns = (listed.trailList ?? []).map((trail) => trail.TrailARN as string);
    expect(arns).toHaveLength(45);
    const before = sim.counters.calls({ operation: 'ListTags', region });
    let inFlight = 0;
    let mostInFlight = 0;

    const tagged = await collectAll(
      mapInBatches(arns, { batchSize: 20, inFlight: 2 }, async (ResourceIdList) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        const output = await cloudtrail.send(new ListTagsCommand({ ResourceIdList }));
        inFlight -= 1;
        return ResourceIdList.map((arn) => ({
          arn,
          tags: output.ResourceTagList?.find((entry) => entry.ResourceId === arn)?.TagsList,
        }));
      }),
    );

    expect(sim.counters.calls({ operation: 'ListTags', region }) - before).toBe(3);
    expect(mostInFlight).toBe(2);
    expect(tagged.map((item) => item.arn)).toEqual(arns);
    const simTags = new Map(sim.state.list('trail', scope).map((trail) => [trail.TrailARN, trail.Tags]));
    for (const item of tagged) {
      expect(item.tags?.map((tag) => [tag.Key, tag.Value])).toEqual(
        simTags.get(item.arn)?.map((tag) => [tag.Key, tag.Value]),
      );
    }
  });
});

describe('listPerParent', () => {
  const vpcs = paginated(EC2Client, paginateDescribeVpcs, 'Vpcs');
  const subnetsOf = (vpcId: string) =>
    paginated(EC2Client, paginateDescribeSubnets, 'Subnets', {
      input: { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] },
      pageSize: 5,
    }).items(context);

  it("lists each parent's children with one listing per parent, parent by parent", async () => {
    const parents = (await collectAll(vpcs.items(context))).map((vpc) => vpc.VpcId as string);
    expect(parents.length).toBeGreaterThan(1);
    const before = sim.counters.calls({ operation: 'DescribeSubnets', region });

    const subnets = await collectAll(listPerParent(parents, 2, subnetsOf));

    const simSubnets = sim.state.list('subnet', { account: sim.mainAccountId, region });
    expect(subnets.map((subnet) => subnet.SubnetId).sort()).toEqual(simSubnets.map((subnet) => subnet.SubnetId).sort());
    const parentOrder = subnets.map((subnet) => parents.indexOf(subnet.VpcId as string));
    expect(parentOrder).toEqual([...parentOrder].sort((a, b) => a - b));
    expect(sim.counters.calls({ operation: 'DescribeSubnets', region }) - before).toBeGreaterThanOrEqual(
      parents.length,
    );
  });

  it('fails as a whole when the listing of one parent fails, never leaving a silent gap', async () => {
    sim.faults.deny({ service: 'ec2', operation: 'DescribeSubnets' });
    try {
      await expect(collectAll(listPerParent(['vpc-1', 'vpc-2'], 1, subnetsOf))).rejects.toMatchObject({
        name: expect.stringMatching(/UnauthorizedOperation|AccessDenied/),
      });
    } finally {
      sim.faults.clear();
    }
  });
});
