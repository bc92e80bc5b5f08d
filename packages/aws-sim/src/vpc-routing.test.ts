import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeInternetGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  EC2Client,
  paginateDescribeRouteTables,
  type RouteTable,
} from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { resolveCounts } from './options.js';
import { SimState } from './world/sim-state.js';
import { SimWorld } from './world/sim-world.js';

const ACCOUNT = '123456789012';
const REGION = 'us-west-2';
const scope = { account: ACCOUNT, region: REGION };

describe("a region's gateways, route tables and network ACLs", () => {
  const state = new SimState(new SimWorld(4, [ACCOUNT], [REGION], resolveCounts('medium', { natGateway: 8 })));
  const ids = <T>(records: T[], id: (record: T) => string) => new Set(records.map(id));
  const vpcs = ids(state.list('vpc', scope), (vpc) => vpc.VpcId);
  const subnets = state.list('subnet', scope);
  const tables = state.list('routeTable', scope);
  const acls = state.list('networkAcl', scope);

  it('give each vpc one main route table and one default ACL, and each subnet at most one table and one ACL', () => {
    for (const vpc of vpcs) {
      expect(tables.filter((t) => t.VpcId === vpc && t.Associations.some((a) => a.Main))).toHaveLength(1);
      expect(acls.filter((acl) => acl.VpcId === vpc && acl.IsDefault)).toHaveLength(1);
    }
    const subnetVpc = new Map(subnets.map((subnet) => [subnet.SubnetId, subnet.VpcId]));
    const tableSubnets = tables.flatMap((t) => t.Associations.flatMap((a) => (a.SubnetId ? [[a.SubnetId, t]] : [])));
    expect(new Set(tableSubnets.map(([subnet]) => subnet)).size).toBe(tableSubnets.length);
    for (const [subnet, table] of tableSubnets as [string, RouteTable][])
      expect(subnetVpc.get(subnet)).toBe(table.VpcId);
    const aclSubnets = acls.flatMap((acl) => acl.Associations.map((a) => [a.SubnetId, acl.VpcId]));
    expect(aclSubnets.map(([subnet]) => subnet).sort()).toEqual([...subnetVpc.keys()].sort());
    for (const [subnet, vpc] of aclSubnets) expect(subnetVpc.get(subnet as string)).toBe(vpc);
  });

  it('route to gateways, NAT gateways, instances and ENIs that exist, in the same vpc', () => {
    const gateways = new Map(
      state.list('internetGateway', scope).flatMap((g) => g.Attachments.map((a) => [g.InternetGatewayId, a.VpcId])),
    );
    const nats = new Map(state.list('natGateway', scope).map((nat) => [nat.NatGatewayId, nat]));
    const instances = new Map(state.list('instance', scope).map((instance) => [instance.InstanceId, instance]));
    const routes = tables.flatMap((table) => table.Routes.map((route) => ({ table, route })));
    for (const { table, route } of routes) {
      if (route.GatewayId?.startsWith('igw-')) expect(gateways.get(route.GatewayId)).toBe(table.VpcId);
      if (route.NatGatewayId)
        expect(nats.get(route.NatGatewayId)).toMatchObject({ VpcId: table.VpcId, State: 'available' });
      if (route.InstanceId) {
        const instance = instances.get(route.InstanceId);
        expect(instance?.VpcId).toBe(table.VpcId);
        expect(route.NetworkInterfaceId).toBe(instance?.NetworkInterfaces[0]?.NetworkInterfaceId);
      }
    }
    expect(routes.some(({ route }) => route.GatewayId?.startsWith('igw-'))).toBe(true);
    expect(routes.some(({ route }) => route.NatGatewayId)).toBe(true);
    expect(routes.some(({ route }) => route.InstanceId)).toBe(true);
  });

  it('route to gateway endpoints, transit gateways and peerings that exist, from the vpc they serve', () => {
    const endpoints = new Map(state.list('vpcEndpoint', scope).map((endpoint) => [endpoint.VpcEndpointId, endpoint]));
    const attachments = state.list('transitGatewayAttachment', scope).filter((a) => a.State === 'available');
    const gateways = new Set(state.list('transitGateway', scope).map((gateway) => gateway.TransitGatewayId));
    const peerings = new Map(state.list('vpcPeeringConnection', scope).map((p) => [p.VpcPeeringConnectionId, p]));
    const routes = tables.flatMap((table) => table.Routes.map((route) => ({ table, route })));
    for (const { table, route } of routes) {
      if (route.GatewayId?.startsWith('vpce-')) {
        const endpoint = endpoints.get(route.GatewayId);
        expect(endpoint).toMatchObject({ VpcEndpointType: 'Gateway', State: 'available', VpcId: table.VpcId });
        expect(endpoint?.RouteTableIds).toEqual([table.RouteTableId]);
        expect(route.DestinationPrefixListId).toMatch(/^pl-[0-9a-f]{8}$/);
      }
      if (route.TransitGatewayId) {
        expect(gateways.has(route.TransitGatewayId)).toBe(true);
        const attached = attachments.filter((a) => a.TransitGatewayId === route.TransitGatewayId);
        expect(attached.map((a) => a.ResourceId)).toContain(table.VpcId);
      }
      if (route.VpcPeeringConnectionId) {
        const peering = peerings.get(route.VpcPeeringConnectionId);
        expect(peering).toMatchObject({ Status: { Code: 'active' }, RequesterVpcInfo: { VpcId: table.VpcId } });
        expect(route.DestinationCidrBlock).toBe(peering?.AccepterVpcInfo.CidrBlock);
      }
    }
    for (const endpoint of endpoints.values()) {
      for (const tableId of endpoint.RouteTableIds) {
        const table = tables.find((candidate) => candidate.RouteTableId === tableId);
        expect(table?.Routes.map((route) => route.GatewayId)).toContain(endpoint.VpcEndpointId);
      }
    }
    expect(routes.some(({ route }) => route.GatewayId?.startsWith('vpce-'))).toBe(true);
    expect(routes.some(({ route }) => route.TransitGatewayId)).toBe(true);
    expect(routes.some(({ route }) => route.VpcPeeringConnectionId)).toBe(true);
  });
});

describe('DescribeRouteTables, DescribeNetworkAcls and DescribeInternetGateways through the SDK', () => {
  let sim: AwsSimulator;
  let ec2: EC2Client;

  beforeAll(async () => {
    sim = await startAwsSimulator({
      seed: 2,
      size: 'small',
      regions: [REGION],
      accounts: 1,
      counts: { routeTable: 130 },
    });
    ec2 = new EC2Client({ region: REGION, endpoint: sim.endpoint, credentials: sim.credentials, maxAttempts: 1 });
  });

  afterAll(async () => {
    ec2.destroy();
    await sim.stop();
  });

  it('pages route tables by at most 100, refuses more, and filters by association and route', async () => {
    const records = sim.state.list('routeTable', { account: sim.mainAccountId, region: REGION });
    sim.counters.reset();
    const listed: RouteTable[] = [];
    for await (const page of paginateDescribeRouteTables({ client: ec2, pageSize: 100 }, {})) {
      listed.push(...(page.RouteTables ?? []));
    }
    expect(listed.map((table) => table.RouteTableId)).toEqual(records.map((table) => table.RouteTableId));
    expect(sim.counters.calls({ operation: 'DescribeRouteTables' })).toBe(2);
    await expect(ec2.send(new DescribeRouteTablesCommand({ MaxResults: 101 }))).rejects.toMatchObject({
      name: 'InvalidParameterValue',
    });
    const main = await ec2.send(
      new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.main', Values: ['true'] }] }),
    );
    expect(main.RouteTables?.map((table) => table.RouteTableId)).toEqual(
      records.filter((table) => table.Associations.some((a) => a.Main)).map((table) => table.RouteTableId),
    );
    const toNat = await ec2.send(
      new DescribeRouteTablesCommand({ Filters: [{ Name: 'route.nat-gateway-id', Values: ['nat-*'] }] }),
    );
    expect(toNat.RouteTables?.length).toBe(records.filter((t) => t.Routes.some((r) => r.NatGatewayId)).length);
  });

  it('lists default ACLs and attached gateways, and refuses unknown ids with their codes', async () => {
    const defaults = await ec2.send(
      new DescribeNetworkAclsCommand({ Filters: [{ Name: 'default', Values: ['true'] }] }),
    );
    expect(defaults.NetworkAcls?.map((acl) => acl.VpcId).sort()).toEqual(
      sim.state
        .list('vpc', { account: sim.mainAccountId, region: REGION })
        .map((vpc) => vpc.VpcId)
        .sort(),
    );
    const https = await ec2.send(
      new DescribeNetworkAclsCommand({ Filters: [{ Name: 'entry.port-range.from', Values: ['443'] }] }),
    );
    expect(https.NetworkAcls?.map((acl) => acl.NetworkAclId)).toEqual(
      sim.state
        .list('networkAcl', { account: sim.mainAccountId, region: REGION })
        .filter((acl) => acl.Entries.some((entry) => entry.PortRange?.From === 443))
        .map((acl) => acl.NetworkAclId),
    );
    expect(https.NetworkAcls?.length).toBeGreaterThan(0);
    const attached = await ec2.send(
      new DescribeInternetGatewaysCommand({ Filters: [{ Name: 'attachment.state', Values: ['available'] }] }),
    );
    expect(attached.InternetGateways?.every((gateway) => gateway.Attachments?.length === 1)).toBe(true);
    await expect(
      ec2.send(new DescribeNetworkAclsCommand({ NetworkAclIds: ['acl-0123456789abcdef0'] })),
    ).rejects.toMatchObject({ name: 'InvalidNetworkAclID.NotFound' });
    await expect(
      ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: ['igw-0123456789abcdef0'] })),
    ).rejects.toMatchObject({ name: 'InvalidInternetGatewayID.NotFound' });
  });
});
