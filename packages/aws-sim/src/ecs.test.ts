import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeClustersCommand,
  DescribeContainerInstancesCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTasksCommand,
  paginateListContainerInstances,
  paginateListServices,
  paginateListTaskDefinitions,
  paginateListTasks,
} from '@aws-sdk/client-ecs';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let ecs: ECSClient;
const region = 'us-east-1';
const scope = () => ({ account: sim.mainAccountId, region });

async function all<P>(pages: AsyncIterable<P>, items: (page: P) => string[] | undefined): Promise<string[]> {
  const found: string[] = [];
  for await (const page of pages) found.push(...(items(page) ?? []));
  return found;
}

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 8,
    size: 'small',
    regions: [region],
    counts: { ecsCluster: 3, ecsService: 40, ecsTask: 260, ecsTaskDefinition: 150, ecsContainerInstance: 12 },
  });
  ecs = new ECSClient({ endpoint: sim.endpoint, region, credentials: sim.credentials });
});

afterAll(async () => {
  ecs.destroy();
  await sim.stop();
});

describe('ECS through the real SDK', () => {
  it('lists cluster ARNs and describes them in one batch, tags only when asked for', async () => {
    const { clusterArns = [] } = await ecs.send(new ListClustersCommand({}));
    expect(clusterArns).toHaveLength(3);
    const plain = await ecs.send(new DescribeClustersCommand({ clusters: clusterArns }));
    expect(plain.clusters?.map((c) => c.clusterArn)).toEqual(clusterArns);
    expect(plain.clusters?.[0]?.tags).toBeUndefined();
    const tagged = await ecs.send(
      new DescribeClustersCommand({ clusters: [...clusterArns, 'gone'], include: ['TAGS'] }),
    );
    expect(tagged.clusters?.[0]?.tags?.[0]?.key).toBe('Environment');
    expect(tagged.failures).toEqual([{ arn: expect.stringContaining(':cluster/gone'), reason: 'MISSING' }]);
    expect(await failureOf(ecs.send(new ListClustersCommand({ maxResults: 101 })))).toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  it("pages a cluster's services 10 at a time and describes at most 10 a call", async () => {
    const cluster = sim.state.list('ecsCluster', scope())[0]?.clusterArn as string;
    const first = await ecs.send(new ListServicesCommand({ cluster }));
    expect(first.serviceArns).toHaveLength(10);
    const arns = await all(paginateListServices({ client: ecs }, { cluster }), (p) => p.serviceArns);
    const held = sim.state.list('ecsService', scope()).filter((s) => s.clusterArn === cluster);
    expect(arns.sort()).toEqual(held.map((s) => s.serviceArn).sort());
    expect(
      await failureOf(ecs.send(new DescribeServicesCommand({ cluster, services: arns.slice(0, 11) }))),
    ).toMatchObject({ name: 'InvalidParameterException', status: 400 });
    const described = await ecs.send(
      new DescribeServicesCommand({ cluster, services: arns.slice(0, 10), include: ['TAGS'] }),
    );
    expect(described.services?.map((s) => s.serviceArn)).toEqual(arns.slice(0, 10));
    expect(await failureOf(ecs.send(new ListServicesCommand({ cluster: 'nowhere' })))).toMatchObject({
      name: 'ClusterNotFoundException',
      status: 400,
    });
  });

  it('lists ACTIVE task definitions unless asked for INACTIVE ones, and describes one a call with its tags', async () => {
    const active = await all(paginateListTaskDefinitions({ client: ecs }, {}), (p) => p.taskDefinitionArns);
    const inactive = await all(
      paginateListTaskDefinitions({ client: ecs }, { status: 'INACTIVE' }),
      (p) => p.taskDefinitionArns,
    );
    const held = sim.state.list('ecsTaskDefinition', scope());
    expect(active.length + inactive.length).toBe(held.length);
    expect(inactive.length).toBeGreaterThan(0);
    const { taskDefinition, tags } = await ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: active[0], include: ['TAGS'] }),
    );
    expect(taskDefinition?.status).toBe('ACTIVE');
    expect(tags?.length).toBeGreaterThan(0);
    expect(await failureOf(ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'nope:1' })))).toMatchObject({
      name: 'ClientException',
    });
  });

  it('lists the running tasks of a cluster unless asked for stopped ones, and describes up to 100 a call', async () => {
    const cluster = sim.state.list('ecsCluster', scope())[1]?.clusterArn as string;
    const running = await all(paginateListTasks({ client: ecs }, { cluster }), (p) => p.taskArns);
    const stopped = await all(
      paginateListTasks({ client: ecs }, { cluster, desiredStatus: 'STOPPED' }),
      (p) => p.taskArns,
    );
    expect(running.length).toBeGreaterThan(0);
    expect(stopped.length).toBeGreaterThan(0);
    expect((await ecs.send(new ListTasksCommand({ cluster }))).taskArns).toHaveLength(Math.min(100, running.length));
    const { tasks = [] } = await ecs.send(new DescribeTasksCommand({ cluster, tasks: running.slice(0, 100) }));
    expect(tasks.every((task) => task.lastStatus === 'RUNNING' && task.clusterArn === cluster)).toBe(true);
    const tooMany = Array.from({ length: 101 }, () => running[0] as string);
    expect(await failureOf(ecs.send(new DescribeTasksCommand({ cluster, tasks: tooMany })))).toMatchObject({
      name: 'InvalidParameterException',
    });
  });
});

describe('ECS records refer to what the simulator holds', () => {
  it('tasks to their cluster, an ACTIVE task definition, a container instance of the cluster, subnets', () => {
    const clusters = new Set(sim.state.list('ecsCluster', scope()).map((c) => c.clusterArn));
    const active = new Set(
      sim.state
        .list('ecsTaskDefinition', scope())
        .filter((d) => d.status === 'ACTIVE')
        .map((d) => d.taskDefinitionArn),
    );
    const instances = new Set(sim.state.list('ecsContainerInstance', scope()).map((c) => c.containerInstanceArn));
    const subnets = new Set(sim.state.list('subnet', scope()).map((s) => s.SubnetId));
    const groups = new Set(sim.state.list('securityGroup', scope()).map((g) => g.GroupId));
    for (const task of sim.state.list('ecsTask', scope())) {
      expect(clusters.has(task.clusterArn)).toBe(true);
      expect(active.has(task.taskDefinitionArn)).toBe(true);
      if (task.launchType === 'EC2') expect(instances.has(task.containerInstanceArn as string)).toBe(true);
      for (const detail of task.attachments.flatMap((a) => a.details ?? [])) {
        if (detail.name === 'subnetId') expect(subnets.has(detail.value as string)).toBe(true);
      }
    }
    for (const service of sim.state.list('ecsService', scope())) {
      expect(active.has(service.taskDefinition)).toBe(true);
      const vpc = service.networkConfiguration?.awsvpcConfiguration;
      for (const subnet of vpc?.subnets ?? []) expect(subnets.has(subnet)).toBe(true);
      for (const group of vpc?.securityGroups ?? []) expect(groups.has(group)).toBe(true);
    }
  });

  it('container instances to EC2 instances of the scope, images to its repositories', async () => {
    const instances = new Set(sim.state.list('instance', scope()).map((i) => i.InstanceId));
    const cluster = sim.state.list('ecsCluster', scope())[0]?.clusterArn as string;
    const arns = await all(
      paginateListContainerInstances({ client: ecs }, { cluster }),
      (p) => p.containerInstanceArns,
    );
    const { containerInstances = [] } = await ecs.send(
      new DescribeContainerInstancesCommand({ cluster, containerInstances: arns }),
    );
    expect(containerInstances.length).toBe(arns.length);
    expect(containerInstances.every((c) => instances.has(c.ec2InstanceId as string))).toBe(true);
    const uris = new Set(sim.state.list('ecrRepository', scope()).map((r) => r.repositoryUri));
    const images = sim.state
      .list('ecsTaskDefinition', scope())
      .flatMap((d) => d.containerDefinitions.map((c) => c.image as string))
      .filter((image) => image.includes('.dkr.ecr.'));
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((image) => uris.has(image.slice(0, image.lastIndexOf(':'))))).toBe(true);
  });

  it('running awsvpc tasks to their ENI, which the ENI kind lists in their subnet with their address', () => {
    const enis = new Map(sim.state.list('networkInterface', scope()).map((eni) => [eni.NetworkInterfaceId, eni]));
    const tasks = sim.state.list('ecsTask', scope());
    const withEnis = tasks.filter((task) => task.desiredStatus === 'RUNNING' && task.attachments.length > 0);
    expect(withEnis.length).toBeGreaterThan(0);
    for (const task of withEnis) {
      const detail = (name: string) => task.attachments[0]?.details?.find((d) => d.name === name)?.value;
      const eni = enis.get(detail('networkInterfaceId') as string);
      expect(eni).toMatchObject({
        SubnetId: detail('subnetId'),
        PrivateIpAddress: detail('privateIPv4Address'),
        MacAddress: detail('macAddress'),
        Description: expect.stringContaining(`:attachment/${task.attachments[0]?.id ?? ''}`),
        RequesterManaged: true,
      });
    }
    // a stopped task's ENI was deleted with it
    for (const task of tasks.filter((t) => t.desiredStatus === 'STOPPED' && t.attachments.length > 0)) {
      const id = task.attachments[0]?.details?.find((d) => d.name === 'networkInterfaceId')?.value;
      expect(enis.has(id as string)).toBe(false);
    }
  });
});
