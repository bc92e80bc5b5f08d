import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  paginateDescribeAutoScalingGroups,
  paginateDescribeLaunchConfigurations,
} from '@aws-sdk/client-auto-scaling';
import {
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import {
  DescribeLoadBalancersCommand as DescribeClassicCommand,
  DescribeTagsCommand as DescribeClassicTagsCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers as paginateClassic,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeTargetGroups,
  type LoadBalancer,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
const clients: { destroy(): void }[] = [];
const region = 'us-east-1';

function client<C extends { destroy(): void }>(Client: new (config: object) => C): C {
  const made = new Client({ endpoint: sim.endpoint, region, credentials: sim.credentials });
  clients.push(made);
  return made;
}

async function all<Page, Item>(pages: AsyncIterable<Page>, items: (page: Page) => Item[] | undefined) {
  const found: Item[] = [];
  for await (const page of pages) found.push(...(items(page) ?? []));
  return found;
}

let balancers: LoadBalancer[];
let targetGroups: TargetGroup[];

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 8, size: 'medium', regions: [region] });
  const elbv2 = client(ElasticLoadBalancingV2Client);
  balancers = await all(paginateDescribeLoadBalancers({ client: elbv2, pageSize: 3 }, {}), (p) => p.LoadBalancers);
  targetGroups = await all(paginateDescribeTargetGroups({ client: elbv2, pageSize: 5 }, {}), (p) => p.TargetGroups);
});

afterAll(async () => {
  for (const made of clients) made.destroy();
  await sim.stop();
});

const instancesOf = async () =>
  all(paginateDescribeInstances({ client: client(EC2Client) }, {}), (p) =>
    p.Reservations?.flatMap((r) => r.Instances ?? []),
  );

describe('Elastic Load Balancing v2 through the real SDK', () => {
  it('pages load balancers and target groups with Marker and PageSize, each once', () => {
    expect(balancers).toHaveLength(sim.state.list('elbv2LoadBalancer', { account: sim.mainAccountId, region }).length);
    expect(new Set(balancers.map((b) => b.LoadBalancerArn)).size).toBe(balancers.length);
    expect(targetGroups).toHaveLength(sim.state.list('targetGroup', { account: sim.mainAccountId, region }).length);
  });

  it('refuses a page size above 400 and names unknown load balancers with AWS error', async () => {
    const elbv2 = client(ElasticLoadBalancingV2Client);
    expect(await failureOf(elbv2.send(new DescribeLoadBalancersCommand({ PageSize: 401 })))).toMatchObject({
      status: 400,
    });
    const unknown = `${balancers[0]?.LoadBalancerArn?.slice(0, -16)}0000000000000000`;
    expect(await failureOf(elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: unknown })))).toEqual({
      name: 'LoadBalancerNotFoundException',
      status: 400,
    });
    expect(await failureOf(elbv2.send(new DescribeListenersCommand({})))).toMatchObject({ name: 'ValidationError' });
    const named = await elbv2.send(new DescribeLoadBalancersCommand({ Names: [balancers[1]?.LoadBalancerName ?? ''] }));
    expect(named.LoadBalancers?.map((b) => b.LoadBalancerArn)).toEqual([balancers[1]?.LoadBalancerArn]);
  });

  it('places load balancers in subnets and security groups of their vpc', async () => {
    const ec2 = client(EC2Client);
    const { Subnets = [] } = await ec2.send(new DescribeSubnetsCommand({}));
    const { SecurityGroups = [] } = await ec2.send(new DescribeSecurityGroupsCommand({}));
    const vpcOfSubnet = new Map(Subnets.map((s) => [s.SubnetId, s.VpcId]));
    const vpcOfGroup = new Map(SecurityGroups.map((g) => [g.GroupId, g.VpcId]));
    for (const balancer of balancers) {
      expect(balancer.AvailabilityZones?.length).toBeGreaterThan(0);
      for (const zone of balancer.AvailabilityZones ?? []) expect(vpcOfSubnet.get(zone.SubnetId)).toBe(balancer.VpcId);
      for (const group of balancer.SecurityGroups ?? []) expect(vpcOfGroup.get(group)).toBe(balancer.VpcId);
    }
    expect(balancers.some((b) => (b.SecurityGroups ?? []).length > 0)).toBe(true);
  });

  it('lists listeners per load balancer, forwarding only to target groups that name that load balancer', async () => {
    const elbv2 = client(ElasticLoadBalancingV2Client);
    const groupByArn = new Map(targetGroups.map((g) => [g.TargetGroupArn, g]));
    let forwarded = 0;
    for (const balancer of balancers) {
      const listeners = await all(
        paginateDescribeListeners({ client: elbv2, pageSize: 1 }, { LoadBalancerArn: balancer.LoadBalancerArn }),
        (p) => p.Listeners,
      );
      expect(listeners.length).toBeGreaterThan(0);
      for (const listener of listeners) {
        expect(listener.LoadBalancerArn).toBe(balancer.LoadBalancerArn);
        for (const action of listener.DefaultActions ?? []) {
          for (const tuple of action.ForwardConfig?.TargetGroups ?? []) {
            forwarded++;
            const group = groupByArn.get(tuple.TargetGroupArn);
            expect(group?.LoadBalancerArns).toContain(balancer.LoadBalancerArn);
            expect(group?.VpcId).toBe(balancer.VpcId);
          }
        }
      }
    }
    expect(forwarded).toBeGreaterThan(0);
  });

  it("describes each listener's rules: its default rule, and a canary path where it weighs two groups", async () => {
    const elbv2 = client(ElasticLoadBalancingV2Client);
    const { Listeners = [] } = await elbv2.send(
      new DescribeListenersCommand({ LoadBalancerArn: balancers[0]?.LoadBalancerArn }),
    );
    const weighing = Listeners.find((l) => (l.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? []).length === 2);
    const { Rules = [] } = await elbv2.send(new DescribeRulesCommand({ ListenerArn: weighing?.ListenerArn }));
    expect(Rules.map((rule) => rule.Priority)).toEqual(['10', 'default']);
    expect(Rules[1]?.Actions).toEqual(weighing?.DefaultActions);
    const canary = weighing?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups?.[1]?.TargetGroupArn;
    expect(Rules[0]?.Actions?.[0]?.TargetGroupArn).toBe(canary);
    const byArn = await elbv2.send(new DescribeRulesCommand({ RuleArns: [Rules[0]?.RuleArn ?? ''] }));
    expect(byArn.Rules?.map((rule) => rule.RuleArn)).toEqual([Rules[0]?.RuleArn]);
    const unknown = `${Rules[0]?.RuleArn?.slice(0, -16)}0123456789abcdef`;
    expect(await failureOf(elbv2.send(new DescribeRulesCommand({ RuleArns: [unknown] })))).toMatchObject({
      name: 'RuleNotFoundException',
    });
  });

  it('registers existing instances of the target group vpc, or their addresses', async () => {
    const elbv2 = client(ElasticLoadBalancingV2Client);
    const instances = await instancesOf();
    const byId = new Map(instances.map((i) => [i.InstanceId, i]));
    const byIp = new Map(instances.map((i) => [i.PrivateIpAddress, i]));
    let registered = 0;
    for (const group of targetGroups) {
      const { TargetHealthDescriptions = [] } = await elbv2.send(
        new DescribeTargetHealthCommand({ TargetGroupArn: group.TargetGroupArn }),
      );
      for (const { Target } of TargetHealthDescriptions) {
        registered++;
        const instance = group.TargetType === 'ip' ? byIp.get(Target?.Id) : byId.get(Target?.Id);
        expect(instance?.VpcId).toBe(group.VpcId);
      }
    }
    expect(registered).toBeGreaterThan(0);
  });

  it('tags up to 20 resources a call, of every ELBv2 kind', async () => {
    const elbv2 = client(ElasticLoadBalancingV2Client);
    const arns = [...balancers, ...targetGroups].map(
      (r) => (r as { LoadBalancerArn?: string }).LoadBalancerArn ?? (r as TargetGroup).TargetGroupArn ?? '',
    );
    const { TagDescriptions = [] } = await elbv2.send(new DescribeTagsCommand({ ResourceArns: arns.slice(0, 20) }));
    expect(TagDescriptions.map((d) => d.ResourceArn)).toEqual(arns.slice(0, 20));
    expect(TagDescriptions.every((d) => (d.Tags ?? []).length > 0)).toBe(true);
    expect(await failureOf(elbv2.send(new DescribeTagsCommand({ ResourceArns: arns.slice(0, 21) })))).toMatchObject({
      name: 'ValidationError',
    });
  });

  it('own one ENI in each subnet they span, described by AWS as theirs, with their security groups', async () => {
    const { NetworkInterfaces = [] } = await client(EC2Client).send(
      new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'requester-id', Values: ['amazon-elb'] }] }),
    );
    for (const balancer of balancers) {
      const path = balancer.LoadBalancerArn?.split(':loadbalancer/')[1];
      const owned = NetworkInterfaces.filter((eni) => eni.Description === `ELB ${path}`);
      expect(owned.map((eni) => eni.SubnetId).sort()).toEqual(
        (balancer.AvailabilityZones ?? []).map((zone) => zone.SubnetId).sort(),
      );
      for (const eni of owned) {
        expect(eni).toMatchObject({ VpcId: balancer.VpcId, RequesterManaged: true, Status: 'in-use' });
        expect(eni.Groups?.map((group) => group.GroupId)).toEqual(balancer.SecurityGroups ?? []);
        expect(eni.InterfaceType).toBe(balancer.Type === 'network' ? 'network_load_balancer' : 'interface');
      }
    }
  });

  it('answers target groups of one load balancer', async () => {
    const balancer = balancers[0]?.LoadBalancerArn;
    const { TargetGroups = [] } = await client(ElasticLoadBalancingV2Client).send(
      new DescribeTargetGroupsCommand({ LoadBalancerArn: balancer }),
    );
    expect(TargetGroups.length).toBeGreaterThan(0);
    expect(TargetGroups.every((g) => g.LoadBalancerArns?.includes(balancer ?? ''))).toBe(true);
  });
});

describe('classic Elastic Load Balancing through the real SDK', () => {
  it('is told apart from v2 by Version on the same signing name, paged and tagged by name', async () => {
    const elb = client(ElasticLoadBalancingClient);
    const classic = await all(paginateClassic({ client: elb, pageSize: 1 }, {}), (p) => p.LoadBalancerDescriptions);
    expect(classic).toHaveLength(sim.state.list('classicLoadBalancer', { account: sim.mainAccountId, region }).length);
    const names = classic.map((b) => b.LoadBalancerName ?? '');
    const { TagDescriptions = [] } = await elb.send(new DescribeClassicTagsCommand({ LoadBalancerNames: names }));
    expect(TagDescriptions.map((d) => d.LoadBalancerName)).toEqual(names);
    expect(await failureOf(elb.send(new DescribeClassicCommand({ LoadBalancerNames: ['nope'] })))).toEqual({
      name: 'AccessPointNotFoundException',
      status: 400,
    });
  });

  it('owns one ENI in each of its subnets', async () => {
    const { LoadBalancerDescriptions = [] } = await client(ElasticLoadBalancingClient).send(
      new DescribeClassicCommand({}),
    );
    const { NetworkInterfaces = [] } = await client(EC2Client).send(
      new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'description', Values: ['ELB classic-*'] }] }),
    );
    expect(LoadBalancerDescriptions.length).toBeGreaterThan(0);
    for (const balancer of LoadBalancerDescriptions) {
      const owned = NetworkInterfaces.filter((eni) => eni.Description === `ELB ${balancer.LoadBalancerName}`);
      expect(owned.map((eni) => eni.SubnetId).sort()).toEqual([...(balancer.Subnets ?? [])].sort());
    }
  });

  it('registers existing instances of its vpc', async () => {
    const instances = new Map((await instancesOf()).map((i) => [i.InstanceId, i]));
    const { LoadBalancerDescriptions = [] } = await client(ElasticLoadBalancingClient).send(
      new DescribeClassicCommand({}),
    );
    const registered = LoadBalancerDescriptions.flatMap((b) =>
      (b.Instances ?? []).map((i) => [b, i.InstanceId] as const),
    );
    expect(registered.length).toBeGreaterThan(0);
    for (const [balancer, id] of registered) expect(instances.get(id)?.VpcId).toBe(balancer.VPCId);
  });
});

describe('Auto Scaling through the real SDK', () => {
  it('pages groups and launch configurations with NextToken and MaxRecords up to 100', async () => {
    const autoscaling = client(AutoScalingClient);
    const groups = await all(
      paginateDescribeAutoScalingGroups({ client: autoscaling, pageSize: 3 }, {}),
      (p) => p.AutoScalingGroups,
    );
    expect(groups).toHaveLength(sim.state.list('autoScalingGroup', { account: sim.mainAccountId, region }).length);
    const configurations = await all(
      paginateDescribeLaunchConfigurations({ client: autoscaling, pageSize: 7 }, {}),
      (p) => p.LaunchConfigurations,
    );
    expect(configurations).toHaveLength(
      sim.state.list('launchConfiguration', { account: sim.mainAccountId, region }).length,
    );
    expect(
      await failureOf(autoscaling.send(new DescribeLaunchConfigurationsCommand({ MaxRecords: 101 }))),
    ).toMatchObject({
      status: 400,
    });
    expect(
      await failureOf(autoscaling.send(new DescribeAutoScalingGroupsCommand({ NextToken: 'bogus' }))),
    ).toMatchObject({ name: 'InvalidNextToken' });
  });

  it('holds existing instances that carry its name tag, in its subnets, registered where it attaches them', async () => {
    const instances = await instancesOf();
    const { AutoScalingGroups = [] } = await client(AutoScalingClient).send(
      new DescribeAutoScalingGroupsCommand({ MaxRecords: 100 }),
    );
    const members = AutoScalingGroups.flatMap((g) => (g.Instances ?? []).map((i) => [g, i.InstanceId] as const));
    expect(members.length).toBeGreaterThan(0);
    const tagged = instances.filter((i) => i.Tags?.some((t) => t.Key === 'aws:autoscaling:groupName'));
    expect(tagged).toHaveLength(members.length);
    const byId = new Map(instances.map((i) => [i.InstanceId, i]));
    for (const [group, id] of members) {
      const instance = byId.get(id);
      const tag = instance?.Tags?.find((t) => t.Key === 'aws:autoscaling:groupName');
      expect(tag?.Value).toBe(group.AutoScalingGroupName);
      expect(group.VPCZoneIdentifier?.split(',')).toContain(instance?.SubnetId);
    }
    const attachedToTargetGroups = AutoScalingGroups.filter((g) => (g.TargetGroupARNs ?? []).length > 0);
    const attachedToClassic = AutoScalingGroups.filter((g) => (g.LoadBalancerNames ?? []).length > 0);
    expect(attachedToTargetGroups.length).toBeGreaterThan(0);
    expect(attachedToClassic.length).toBeGreaterThan(0);
    const elbv2 = client(ElasticLoadBalancingV2Client);
    for (const group of attachedToTargetGroups) {
      const { TargetHealthDescriptions = [] } = await elbv2.send(
        new DescribeTargetHealthCommand({ TargetGroupArn: group.TargetGroupARNs?.[0] }),
      );
      const targets = new Set(TargetHealthDescriptions.map((d) => d.Target?.Id));
      for (const member of group.Instances ?? []) expect(targets.has(member.InstanceId)).toBe(true);
    }
    const { Reservations = [] } = await client(EC2Client).send(
      new DescribeInstancesCommand({ InstanceIds: members.slice(0, 1).map(([, id]) => id ?? '') }),
    );
    expect(Reservations).toHaveLength(1);
  });
});
