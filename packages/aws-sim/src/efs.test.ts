import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeAccessPointsCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand,
  EFSClient,
  paginateDescribeMountTargets,
} from '@aws-sdk/client-efs';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let efs: EFSClient;

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 6,
    accounts: 1,
    regions: ['us-east-1'],
    counts: { efsFileSystem: 3, efsMountTarget: 40, efsAccessPoint: 5, vpc: 2, subnet: 8, securityGroup: 6 },
  });
  efs = new EFSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, maxAttempts: 1 });
});

afterAll(async () => {
  efs.destroy();
  await sim.stop();
});

const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

describe('EFS mount targets', () => {
  it('are listed per file system, 10 a page, and agree with the count the file system shows', async () => {
    const [fs] = sim.state.list('efsFileSystem', scope());
    const pages: number[] = [];
    const ids: string[] = [];
    for await (const page of paginateDescribeMountTargets({ client: efs }, { FileSystemId: fs?.FileSystemId })) {
      pages.push(page.MountTargets?.length ?? 0);
      ids.push(...(page.MountTargets ?? []).map((target) => target.MountTargetId as string));
    }
    expect(pages).toEqual([10, 4]);
    expect(ids).toHaveLength(fs?.NumberOfMountTargets ?? -1);
    const subnets = new Map(sim.state.list('subnet', scope()).map((subnet) => [subnet.SubnetId, subnet.VpcId]));
    const targets = sim.state.list('efsMountTarget', scope()).filter((t) => t.FileSystemId === fs?.FileSystemId);
    expect(new Set(targets.map((target) => target.VpcId)).size).toBe(1);
    expect(targets.every((target) => subnets.get(target.SubnetId) === target.VpcId)).toBe(true);
  });

  it("need exactly one of file system, mount target or access point, and tell a mount target's groups", async () => {
    expect(await failureOf(efs.send(new DescribeMountTargetsCommand({})))).toEqual({ name: 'BadRequest', status: 400 });
    const [target] = sim.state.list('efsMountTarget', scope());
    const { SecurityGroups } = await efs.send(
      new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: target?.MountTargetId }),
    );
    expect(SecurityGroups).toEqual(target?.SecurityGroups);
    expect(SecurityGroups?.length).toBeGreaterThan(0);
  });

  it("answers EFS's not-found errors for unknown file systems, mount targets and access points", async () => {
    const unknown = { FileSystemId: 'fs-0123456789abcdef0' };
    for (const [call, name] of [
      [efs.send(new DescribeFileSystemsCommand(unknown)), 'FileSystemNotFound'],
      [efs.send(new DescribeMountTargetsCommand(unknown)), 'FileSystemNotFound'],
      [efs.send(new DescribeAccessPointsCommand(unknown)), 'FileSystemNotFound'],
      [efs.send(new DescribeMountTargetsCommand({ MountTargetId: 'fsmt-0123456789abcdef0' })), 'MountTargetNotFound'],
      [efs.send(new DescribeAccessPointsCommand({ AccessPointId: 'fsap-0123456789abcdef0' })), 'AccessPointNotFound'],
    ] as const) {
      expect(await failureOf(call)).toEqual({ name, status: 404 });
    }
  });
});

describe('EFS mount target ENIs', () => {
  it('are the network interfaces the mount targets name, in their subnet, groups and address', () => {
    for (const target of sim.state.list('efsMountTarget', scope())) {
      const eni = sim.state.get('networkInterface', scope(), target.NetworkInterfaceId);
      expect(eni).toMatchObject({
        SubnetId: target.SubnetId,
        VpcId: target.VpcId,
        PrivateIpAddress: target.IpAddress,
        InterfaceType: 'efs',
        RequesterManaged: true,
        Description: `EFS mount target for ${target.FileSystemId} (${target.MountTargetId})`,
      });
      expect(eni?.Groups?.map((group) => group.GroupId)).toEqual(target.SecurityGroups);
    }
  });
});

describe('EFS access points', () => {
  it('are listed for the whole region or for one file system', async () => {
    const all = await efs.send(new DescribeAccessPointsCommand({}));
    expect(all.AccessPoints?.map((point) => point.AccessPointId)).toEqual(
      sim.state.list('efsAccessPoint', scope()).map((point) => point.AccessPointId),
    );
    const [fs] = sim.state.list('efsFileSystem', scope());
    const ofOne = await efs.send(new DescribeAccessPointsCommand({ FileSystemId: fs?.FileSystemId }));
    expect(ofOne.AccessPoints?.length).toBeGreaterThan(0);
    expect(ofOne.AccessPoints?.every((point) => point.FileSystemId === fs?.FileSystemId)).toBe(true);
  });
});
