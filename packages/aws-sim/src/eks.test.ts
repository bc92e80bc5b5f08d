import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeClusterCommand,
  DescribeNodegroupCommand,
  EKSClient,
  ListClustersCommand,
  ListNodegroupsCommand,
} from '@aws-sdk/client-eks';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let eks: EKSClient;

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 7,
    accounts: 1,
    regions: ['us-east-1'],
    counts: { eksCluster: 2, eksNodegroup: 5 },
  });
  eks = new EKSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, maxAttempts: 1 });
});

afterAll(async () => {
  eks.destroy();
  await sim.stop();
});

const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

describe('EKS', () => {
  it('describes a cluster with its tags as a map, in subnets and groups of its VPC', async () => {
    const [record] = sim.state.list('eksCluster', scope());
    const { cluster } = await eks.send(new DescribeClusterCommand({ name: record?.name }));
    expect(cluster?.tags).toEqual(Object.fromEntries(record?.Tags.map((tag) => [tag.Key, tag.Value]) ?? []));
    const vpcOf = new Map(sim.state.list('subnet', scope()).map((subnet) => [subnet.SubnetId, subnet.VpcId]));
    const config = cluster?.resourcesVpcConfig;
    expect(config?.subnetIds?.length).toBeGreaterThan(0);
    expect(config?.subnetIds?.every((subnet) => vpcOf.get(subnet) === config.vpcId)).toBe(true);
  });

  it("lists a cluster's node groups only, and refuses maxResults above 100", async () => {
    const [first] = (await eks.send(new ListClustersCommand({}))).clusters ?? [];
    const { nodegroups } = await eks.send(new ListNodegroupsCommand({ clusterName: first }));
    const expected = sim.state.list('eksNodegroup', scope()).filter((n) => n.clusterName === first);
    expect(nodegroups).toEqual(expected.map((n) => n.nodegroupName));
    const { nodegroup } = await eks.send(
      new DescribeNodegroupCommand({ clusterName: first, nodegroupName: nodegroups?.[0] }),
    );
    expect(nodegroup?.nodegroupArn).toMatch(
      /^arn:aws:eks:us-east-1:\d{12}:nodegroup\/eks-[0-9a-f]{17}\/ng-[0-9a-f]{17}\/[0-9a-f-]{36}$/,
    );
    expect(await failureOf(eks.send(new ListClustersCommand({ maxResults: 101 })))).toEqual({
      name: 'InvalidParameterException',
      status: 400,
    });
  });

  it('answers ResourceNotFoundException for an unknown cluster or a node group of another cluster', async () => {
    const [one, other] = sim.state.list('eksCluster', scope());
    const nodegroupOfOther = sim.state.list('eksNodegroup', scope()).find((n) => n.clusterName === other?.name);
    for (const call of [
      eks.send(new DescribeClusterCommand({ name: 'missing' })),
      eks.send(new ListNodegroupsCommand({ clusterName: 'missing' })),
      eks.send(
        new DescribeNodegroupCommand({ clusterName: one?.name, nodegroupName: nodegroupOfOther?.nodegroupName }),
      ),
    ]) {
      expect(await failureOf(call)).toEqual({ name: 'ResourceNotFoundException', status: 404 });
    }
  });
});
