import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeNatGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  EC2Client,
  paginateDescribeNetworkInterfaces,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { ownedEniCount } from './kinds/ec2/eni-sources.js';
import { isCurrentRecord } from './kinds/index.js';
import { resolveCounts } from './options.js';
import { SimState } from './world/sim-state.js';
import { SimWorld } from './world/sim-world.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const scope = { account: ACCOUNT, region: REGION };

function stateOf(overrides: Parameters<typeof resolveCounts>[1] = {}): SimState {
  return new SimState(new SimWorld(5, [ACCOUNT], [REGION], resolveCounts('small', overrides)));
}

describe('the ENIs of the simulated world', () => {
  const state = stateOf({ address: 40, natGateway: 9 });
  const enis = new Map(state.list('networkInterface', scope).map((eni) => [eni.NetworkInterfaceId, eni]));

  it("are exactly the instances' primary ENIs, as each instance lists it", () => {
    const instances = state.list('instance', scope);
    expect(instances.length).toBeGreaterThan(0);
    for (const instance of instances) {
      const [listed] = instance.NetworkInterfaces;
      const eni = enis.get(listed?.NetworkInterfaceId ?? '');
      expect(eni).toMatchObject({
        SubnetId: instance.SubnetId,
        VpcId: instance.VpcId,
        AvailabilityZone: instance.Placement.AvailabilityZone,
        Groups: instance.SecurityGroups,
        PrivateIpAddress: instance.PrivateIpAddress,
        PrivateDnsName: instance.PrivateDnsName,
        MacAddress: listed?.MacAddress,
        Status: 'in-use',
        InterfaceType: 'interface',
        RequesterManaged: false,
        Attachment: { ...listed?.Attachment, InstanceId: instance.InstanceId, InstanceOwnerId: ACCOUNT },
      });
      expect(eni?.Association).toEqual(listed?.Association);
    }
  });

  it("are the current NAT gateways' ENIs as AWS describes them, with their elastic IPs", () => {
    const gateways = state.list('natGateway', scope);
    const current = gateways.filter((gateway) => isCurrentRecord('natGateway', gateway));
    expect(current.length).toBeGreaterThan(0);
    expect(current.length).toBeLessThan(gateways.length);
    const addresses = new Map(state.list('address', scope).map((address) => [address.AllocationId, address]));
    for (const gateway of current) {
      const [address] = gateway.NatGatewayAddresses;
      const eni = enis.get(address?.NetworkInterfaceId ?? '');
      expect(eni).toMatchObject({
        Description: `Interface for NAT Gateway ${gateway.NatGatewayId}`,
        InterfaceType: 'nat_gateway',
        RequesterManaged: true,
        SubnetId: gateway.SubnetId,
        VpcId: gateway.VpcId,
        PrivateIpAddress: address?.PrivateIp,
        Attachment: { InstanceOwnerId: 'amazon-aws', Status: 'attached' },
      });
      expect(eni?.Attachment?.AttachmentId).toMatch(/^ela-attach-0[0-9a-f]{16}$/);
      if (address?.AllocationId) {
        expect(addresses.get(address.AllocationId)).toMatchObject({
          NetworkInterfaceId: eni?.NetworkInterfaceId,
          PrivateIpAddress: address.PrivateIp,
          PublicIp: address.PublicIp,
        });
        expect(eni?.Association).toMatchObject({ AllocationId: address.AllocationId, PublicIp: address.PublicIp });
      }
    }
    expect(current.some((gateway) => gateway.NatGatewayAddresses[0]?.AllocationId !== undefined)).toBe(true);
    for (const gone of gateways.filter((gateway) => !isCurrentRecord('natGateway', gateway))) {
      expect(['deleted', 'failed']).toContain(gone.State);
      expect(gone.DeleteTime).toBeInstanceOf(Date);
    }
  });

  it('are followed by detached ENIs of their own, and every ENI id is unique', () => {
    const owned = ownedEniCount(resolveCounts('small', { address: 40, natGateway: 9 }));
    const detached = [...enis.values()].slice(owned);
    expect(detached.length).toBe(resolveCounts('small').networkInterface - ownedEniCount(resolveCounts('small')));
    expect(detached.every((eni) => eni.Status === 'available' && eni.Attachment === undefined)).toBe(true);
    expect(enis.size).toBe(state.count('networkInterface', scope));
  });

  it('are never fewer than the owned ones, and none without subnets', () => {
    const counts = resolveCounts('tiny', { networkInterface: 1, instance: 30 });
    expect(counts.networkInterface).toBe(ownedEniCount(counts));
    expect(resolveCounts('tiny', { networkInterface: 500 }).networkInterface).toBe(500);
    expect(resolveCounts('small', { vpc: 0 })).toMatchObject({ subnet: 0, natGateway: 0, networkInterface: 0 });
  });

  it('go with their owner, as on AWS: a terminated instance, a deleted NAT gateway', () => {
    const changing = stateOf({ address: 40 });
    const [instance] = changing.list('instance', scope);
    const eniId = instance?.NetworkInterfaces[0]?.NetworkInterfaceId ?? '';
    expect(changing.get('networkInterface', scope, eniId)).toBeDefined();
    changing.remove('instance', scope, instance?.InstanceId ?? '');
    expect(changing.get('networkInterface', scope, eniId)).toBeUndefined();

    const gateway = changing.list('natGateway', scope).find((g) => g.NatGatewayAddresses[0]?.AllocationId);
    const address = gateway?.NatGatewayAddresses[0];
    changing.remove('natGateway', scope, gateway?.NatGatewayId ?? '');
    expect(changing.get('networkInterface', scope, address?.NetworkInterfaceId ?? '')).toBeUndefined();
    expect(changing.get('address', scope, address?.AllocationId ?? '')?.NetworkInterfaceId).toBeUndefined();
  });
});

describe('DescribeNetworkInterfaces and DescribeNatGateways through the SDK', () => {
  let sim: AwsSimulator;
  let ec2: EC2Client;

  beforeAll(async () => {
    sim = await startAwsSimulator({ seed: 8, size: 'small', regions: [REGION], accounts: 1 });
    ec2 = new EC2Client({ region: REGION, endpoint: sim.endpoint, credentials: sim.credentials, maxAttempts: 1 });
  });

  afterAll(async () => {
    ec2.destroy();
    await sim.stop();
  });

  it('pages every ENI, with its tags as TagSet, and filters by attachment and type', async () => {
    const records = sim.state.list('networkInterface', { account: sim.mainAccountId, region: REGION });
    const listed: NetworkInterface[] = [];
    for await (const page of paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 5 }, {})) {
      listed.push(...(page.NetworkInterfaces ?? []));
    }
    expect(listed.map((eni) => eni.NetworkInterfaceId)).toEqual(records.map((eni) => eni.NetworkInterfaceId));
    expect(listed.map((eni) => eni.TagSet)).toEqual(records.map((eni) => eni.Tags));
    const instance = sim.state.list('instance', { account: sim.mainAccountId, region: REGION })[0];
    const attached = await ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [{ Name: 'attachment.instance-id', Values: [instance?.InstanceId ?? ''] }],
      }),
    );
    expect(attached.NetworkInterfaces?.map((eni) => eni.NetworkInterfaceId)).toEqual([
      instance?.NetworkInterfaces[0]?.NetworkInterfaceId,
    ]);
    const group = instance?.SecurityGroups[0]?.GroupId ?? '';
    const inGroup = await ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [
          { Name: 'group-id', Values: [group] },
          { Name: 'addresses.primary', Values: ['true'] },
        ],
      }),
    );
    expect(inGroup.NetworkInterfaces?.map((eni) => eni.NetworkInterfaceId)).toEqual(
      records.filter((eni) => eni.Groups.some((g) => g.GroupId === group)).map((eni) => eni.NetworkInterfaceId),
    );
    const nat = await ec2.send(
      new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'interface-type', Values: ['nat_gateway'] }] }),
    );
    expect(nat.NetworkInterfaces?.length).toBe(
      records.filter((eni) => String(eni.InterfaceType) === 'nat_gateway').length,
    );
    await expect(
      ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: ['eni-0123456789abcdef0'] })),
    ).rejects.toMatchObject({ name: 'InvalidNetworkInterfaceID.NotFound' });
    await expect(
      ec2.send(
        new DescribeNetworkInterfacesCommand({
          NetworkInterfaceIds: [listed[0]?.NetworkInterfaceId ?? ''],
          MaxResults: 5,
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterCombination' });
  });

  it('lists NAT gateways gone or not, filtered by their Filter member', async () => {
    const records = sim.state.list('natGateway', { account: sim.mainAccountId, region: REGION });
    const all = await ec2.send(new DescribeNatGatewaysCommand({ MaxResults: 5 }));
    expect(all.NatGateways?.map((gateway) => gateway.NatGatewayId)).toEqual(records.map((g) => g.NatGatewayId));
    const available = await ec2.send(
      new DescribeNatGatewaysCommand({ Filter: [{ Name: 'state', Values: ['available'] }] }),
    );
    expect(available.NatGateways?.map((gateway) => gateway.NatGatewayId)).toEqual(
      records.filter((gateway) => gateway.State === 'available').map((gateway) => gateway.NatGatewayId),
    );
  });
});
