import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeAddressesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeVolumes,
  type Instance,
} from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator } from './index.js';

const REGION = 'us-west-2';
let sim: AwsSimulator;
let ec2: EC2Client;

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 7, size: 'small', counts: { instance: 1100, volume: 1250 } });
  ec2 = new EC2Client({ endpoint: sim.endpoint, region: REGION, credentials: sim.credentials });
});

afterAll(async () => {
  ec2.destroy();
  await sim.stop();
});

async function allInstances(): Promise<Instance[]> {
  const instances: Instance[] = [];
  for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 1000 }, {})) {
    for (const reservation of page.Reservations ?? []) instances.push(...(reservation.Instances ?? []));
  }
  return instances;
}

describe('EC2 Describe operations through the real SDK', () => {
  it('pages DescribeInstances by 1000 to the last page, every instance once', async () => {
    sim.counters.reset();
    const instances = await allInstances();
    expect(instances).toHaveLength(1100);
    expect(new Set(instances.map((i) => i.InstanceId)).size).toBe(1100);
    expect(sim.counters.calls({ operation: 'DescribeInstances', region: REGION })).toBe(2);
    for (const instance of instances.slice(0, 50)) {
      expect(instance.InstanceId).toMatch(/^i-0[0-9a-f]{16}$/);
      expect(instance.LaunchTime).toBeInstanceOf(Date);
      expect(instance.Placement?.AvailabilityZone).toMatch(new RegExp(`^${REGION}[abc]$`));
      expect(instance.Tags?.find((t) => t.Key === 'Name')?.Value).toBeTruthy();
      expect(['running', 'stopped']).toContain(instance.State?.Name);
    }
  });

  it('returns everything in one answer when MaxResults is absent', async () => {
    const answer = await ec2.send(new DescribeInstancesCommand({}));
    expect(answer.Reservations).toHaveLength(1100);
    expect(answer.NextToken).toBeUndefined();
  });

  it('pages DescribeVolumes with at most 500 per page even when asked for more', async () => {
    const sizes: number[] = [];
    for await (const page of paginateDescribeVolumes({ client: ec2, pageSize: 1000 }, {}))
      sizes.push(page.Volumes?.length ?? 0);
    expect(sizes.every((size) => size <= 500)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1250);
  });

  it('rejects MaxResults outside the documented range with InvalidParameterValue', async () => {
    await expect(ec2.send(new DescribeInstancesCommand({ MaxResults: 2 }))).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(
      ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: 'not-a-token' })),
    ).rejects.toMatchObject({
      name: 'InvalidPaginationToken',
    });
  });

  it('keeps relationships consistent across kinds', async () => {
    const instances = await allInstances();
    const [subnets, vpcs, groups, volumes, snapshots, images, addresses] = await Promise.all([
      ec2.send(new DescribeSubnetsCommand({})),
      ec2.send(new DescribeVpcsCommand({})),
      ec2.send(new DescribeSecurityGroupsCommand({})),
      ec2.send(new DescribeVolumesCommand({})),
      ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] })),
      ec2.send(new DescribeImagesCommand({ Owners: ['self'] })),
      ec2.send(new DescribeAddressesCommand({})),
    ]);
    const subnetVpc = new Map(subnets.Subnets?.map((s) => [s.SubnetId, s.VpcId]));
    const vpcIds = new Set(vpcs.Vpcs?.map((v) => v.VpcId));
    const groupIds = new Set(groups.SecurityGroups?.map((g) => g.GroupId));
    const imageIds = new Set(images.Images?.map((i) => i.ImageId));
    const instanceIds = new Set(instances.map((i) => i.InstanceId));
    const volumeIds = new Set(volumes.Volumes?.map((v) => v.VolumeId));
    for (const instance of instances) {
      expect(subnetVpc.get(instance.SubnetId)).toBe(instance.VpcId);
      expect(vpcIds.has(instance.VpcId)).toBe(true);
      expect(imageIds.has(instance.ImageId)).toBe(true);
      for (const group of instance.SecurityGroups ?? []) expect(groupIds.has(group.GroupId)).toBe(true);
      for (const mapping of instance.BlockDeviceMappings ?? []) expect(volumeIds.has(mapping.Ebs?.VolumeId)).toBe(true);
    }
    for (const volume of volumes.Volumes ?? []) {
      for (const attachment of volume.Attachments ?? []) expect(instanceIds.has(attachment.InstanceId)).toBe(true);
    }
    expect(snapshots.Snapshots?.length).toBeGreaterThan(0);
    for (const snapshot of snapshots.Snapshots ?? []) {
      expect(volumeIds.has(snapshot.VolumeId)).toBe(true);
      expect(snapshot.OwnerId).toBe(sim.mainAccountId);
    }
    for (const image of images.Images ?? []) expect(image.OwnerId).toBe(sim.mainAccountId);
    expect(addresses.Addresses?.some((a) => a.InstanceId)).toBe(true);
    for (const address of addresses.Addresses ?? []) {
      if (address.InstanceId) expect(instanceIds.has(address.InstanceId)).toBe(true);
      expect(address.AllocationId).toMatch(/^eipalloc-0[0-9a-f]{16}$/);
    }
    for (const subnet of subnets.Subnets ?? []) expect(subnet.CidrBlock).toMatch(/^\d+\.\d+\.\d+\.0\/24$/);
  });

  it('applies filters: state, vpc, tag and volume attachment', async () => {
    const all = await allInstances();
    const running = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'instance-state-name', Values: ['running'] }] }),
    );
    const runningIds = running.Reservations?.flatMap((r) => r.Instances ?? []) ?? [];
    expect(runningIds.length).toBe(all.filter((i) => i.State?.Name === 'running').length);
    expect(runningIds.every((i) => i.State?.Name === 'running')).toBe(true);

    const target = all[3] as Instance;
    const name = target.Tags?.find((t) => t.Key === 'Name')?.Value as string;
    const byTag = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'tag:Name', Values: [name] },
          { Name: 'vpc-id', Values: [target.VpcId as string] },
        ],
      }),
    );
    expect(byTag.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId)).toEqual([target.InstanceId]);

    const attached = await ec2.send(
      new DescribeVolumesCommand({
        Filters: [{ Name: 'attachment.instance-id', Values: [target.InstanceId as string] }],
      }),
    );
    expect(attached.Volumes?.map((v) => v.VolumeId).sort()).toEqual(
      target.BlockDeviceMappings?.map((m) => m.Ebs?.VolumeId).sort(),
    );
  });

  it('answers an unknown filter name with InvalidParameterValue', async () => {
    await expect(
      ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'no-such-filter', Values: ['x'] }] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue', $metadata: { httpStatusCode: 400 } });
  });

  it('finds instances by id and answers InvalidInstanceID.NotFound for a missing one', async () => {
    const [first] = await allInstances();
    const byId = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [first?.InstanceId as string] }));
    expect(byId.Reservations?.[0]?.Instances?.[0]?.InstanceId).toBe(first?.InstanceId);
    await expect(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0123456789abcdef0'] })),
    ).rejects.toMatchObject({
      name: 'InvalidInstanceID.NotFound',
    });
  });

  it('lists opt-in regions as not-opted-in only with AllRegions', async () => {
    const enabled = await ec2.send(new DescribeRegionsCommand({}));
    expect(enabled.Regions?.map((r) => r.RegionName)).toEqual(sim.regions);
    const all = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    const optIn = all.Regions?.filter((r) => r.OptInStatus === 'not-opted-in').map((r) => r.RegionName);
    expect(optIn).toEqual(sim.optInRegions);
    expect(optIn?.length).toBeGreaterThan(0);
  });

  it('refuses calls into an opt-in region that is not enabled with AuthFailure', async () => {
    const optIn = new EC2Client({
      endpoint: sim.endpoint,
      region: sim.optInRegions[0] as string,
      credentials: sim.credentials,
    });
    await expect(optIn.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
      name: 'AuthFailure',
      $metadata: { httpStatusCode: 401 },
    });
    optIn.destroy();
  });

  it('serves DescribeSnapshots with OwnerIds and DescribeImages with Owners per account', async () => {
    const other = sim.accounts[1]?.id as string;
    const snapshots = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: [other] }));
    expect(snapshots.Snapshots).toEqual([]);
    const images = await ec2.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 5 }));
    expect(images.Images?.length).toBe(sim.state.count('image', { account: sim.mainAccountId, region: REGION }));
  });
});
