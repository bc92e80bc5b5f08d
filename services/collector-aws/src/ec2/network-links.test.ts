import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  isCurrentRecord,
  recordId,
  startAwsSimulator,
  type AwsSimulator,
  type SimKind,
} from '@cloud-inventory/aws-sim';
import type { ResourceConnector, ResourceManager, UnifiedResource } from '@cloud-inventory/collector-kit';
import { collectAll, connectorContextFor, type TestConnectorContext } from '@cloud-inventory/collector-kit/testing';
import { BucketsManager } from '../s3/buckets.manager.js';
import { FlowLogsConnector } from './flow-logs.connector.js';
import { FlowLogsManager } from './flow-logs.manager.js';
import { InstancesConnector } from './instances.connector.js';
import { InstancesManager } from './instances.manager.js';
import { KeyPairsConnector } from './key-pairs.connector.js';
import { KeyPairsManager } from './key-pairs.manager.js';
import { LaunchTemplatesConnector } from './launch-templates.connector.js';
import { LaunchTemplatesManager } from './launch-templates.manager.js';
import { TransitGatewayAttachmentsConnector } from './transit-gateway-attachments.connector.js';
import { TransitGatewayAttachmentsManager } from './transit-gateway-attachments.manager.js';
import { TransitGatewaysConnector } from './transit-gateways.connector.js';
import { VpcEndpointsConnector } from './vpc-endpoints.connector.js';
import { VpcPeeringConnectionsConnector } from './vpc-peering-connections.connector.js';
import { VpcPeeringConnectionsManager } from './vpc-peering-connections.manager.js';
import { VpcsManager } from './vpcs.manager.js';

// Two accounts and two regions, so that peerings reach across both; enough items of each kind for gone ones.
const region = 'us-east-1';
let sim: AwsSimulator;
let context: TestConnectorContext;
const scope = () => ({ partition: 'aws', account: sim.mainAccountId, region });

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 7,
    accounts: 2,
    regions: [region, 'eu-west-1'],
    size: 'small',
    counts: { vpcEndpoint: 18, vpcPeeringConnection: 21, transitGateway: 10, transitGatewayAttachment: 24, flowLog: 9 },
  });
  context = connectorContextFor(sim, region);
});

afterAll(async () => {
  context?.close();
  await sim?.stop();
});

async function collected<Item>(
  Connector: new (context: TestConnectorContext) => ResourceConnector<Item>,
  manager: ResourceManager<Item>,
): Promise<UnifiedResource[]> {
  const items = await collectAll(new Connector(context).items());
  return items.map((item) => manager.map(item, scope()));
}

function heldIds(kind: SimKind, gone: boolean): string[] {
  return sim.state
    .list(kind, { account: sim.mainAccountId, region })
    .filter((record) => !isCurrentRecord(kind, record as never) === gone)
    .map((record) => recordId(kind, record as never));
}

function targetsOf(resource: UnifiedResource | undefined, type: string, kind: string): string[] {
  return (resource?.relationships ?? [])
    .filter((r) => r.type === type && r.target_kind === kind)
    .map((r) => r.target_uid);
}

describe('kinds whose API lists gone items', () => {
  const listings: [SimKind, new (context: TestConnectorContext) => ResourceConnector<object>][] = [
    ['vpcEndpoint', VpcEndpointsConnector],
    ['vpcPeeringConnection', VpcPeeringConnectionsConnector],
    ['transitGateway', TransitGatewaysConnector],
    ['transitGatewayAttachment', TransitGatewayAttachmentsConnector],
  ];
  it.each(listings)('leave out the %s items that are deleted, rejected or failed', async (kind, Connector) => {
    expect(heldIds(kind, true).length).toBeGreaterThan(0);
    const items = await collectAll(new Connector(context).items());
    const ids = items.map((item) => recordId(kind, item as never));
    expect(ids.sort()).toEqual(heldIds(kind, false).sort());
  });
});

describe('VPC peerings', () => {
  it("connect the requester VPC and the accepter VPC by the uid it has in the accepter's account and region", async () => {
    const peerings = await collected(VpcPeeringConnectionsConnector, new VpcPeeringConnectionsManager());
    const records = sim.state.list('vpcPeeringConnection', { account: sim.mainAccountId, region });
    const vpcs = new VpcsManager();
    const accepterUids = new Set<string>();
    for (const peering of peerings) {
      const record = records.find((r) => r.VpcPeeringConnectionId === peering.id);
      const { AccepterVpcInfo: accepter, RequesterVpcInfo: requester } = record ?? {};
      if (!accepter || !requester) throw new Error(`no record of ${peering.id}`);
      // the uid the accepter VPC gets when its own account and region are collected
      const vpcRecord = sim.state.get('vpc', { account: accepter.OwnerId, region: accepter.Region }, accepter.VpcId);
      if (!vpcRecord) throw new Error(`no accepter vpc ${accepter.VpcId}`);
      const accepterUid = vpcs.map(vpcRecord, {
        partition: 'aws',
        account: accepter.OwnerId,
        region: accepter.Region,
      }).uid;
      accepterUids.add(accepterUid);
      expect(targetsOf(peering, 'connects', 'aws_vpc')).toEqual([
        `arn:aws:ec2:${region}:${sim.mainAccountId}:vpc/${requester.VpcId}`,
        accepterUid,
      ]);
    }
    const [, other] = sim.accounts;
    expect([...accepterUids].some((uid) => uid.includes(`:${other?.id}:`))).toBe(true);
    expect([...accepterUids].some((uid) => uid.includes(':eu-west-1:'))).toBe(true);
  });
});

describe('transit gateway attachments', () => {
  it('belong to their gateway, connect their VPC and sit in the subnets DescribeTransitGatewayVpcAttachments names', async () => {
    const attachments = await collected(TransitGatewayAttachmentsConnector, new TransitGatewayAttachmentsManager());
    const records = sim.state.list('transitGatewayAttachment', { account: sim.mainAccountId, region });
    const at = `arn:aws:ec2:${region}:${sim.mainAccountId}`;
    for (const attachment of attachments) {
      const record = records.find((r) => r.TransitGatewayAttachmentId === attachment.id);
      expect(targetsOf(attachment, 'belongs_to', 'aws_ec2_transit_gateway')).toEqual([
        `${at}:transit-gateway/${record?.TransitGatewayId}`,
      ]);
      const isVpc = record?.ResourceType === 'vpc';
      expect(targetsOf(attachment, 'connects', 'aws_vpc')).toEqual(isVpc ? [`${at}:vpc/${record?.ResourceId}`] : []);
      expect(targetsOf(attachment, 'in_subnet', 'aws_subnet')).toEqual(
        (record?.SubnetIds ?? []).map((subnet) => `${at}:subnet/${subnet}`),
      );
    }
    expect(attachments.some((a) => targetsOf(a, 'in_subnet', 'aws_subnet').length > 0)).toBe(true);
    expect(attachments.some((a) => targetsOf(a, 'connects', 'aws_vpc').length === 0)).toBe(true);
  });
});

describe('launch templates, key pairs and instances', () => {
  it('a template uses the image, groups and key pair (by its id) of its default version, and keeps its versions', async () => {
    const templates = await collected(LaunchTemplatesConnector, new LaunchTemplatesManager());
    const records = sim.state.list('launchTemplate', { account: sim.mainAccountId, region });
    const keyPairs = sim.state.list('keyPair', { account: sim.mainAccountId, region });
    const at = `arn:aws:ec2:${region}:${sim.mainAccountId}`;
    expect(templates.map((t) => t.id)).toEqual(records.map((r) => r.LaunchTemplateId));
    for (const template of templates) {
      const record = records.find((r) => r.LaunchTemplateId === template.id);
      const byDefault = record?.Versions.find((version) => version.DefaultVersion);
      const data = byDefault?.LaunchTemplateData;
      const keyPair = keyPairs.find((pair) => pair.KeyName === data?.KeyName);
      expect(targetsOf(template, 'uses', 'aws_ec2_image')).toEqual([`arn:aws:ec2:${region}::image/${data?.ImageId}`]);
      expect(targetsOf(template, 'uses', 'aws_ec2_security_group')).toEqual(
        (data?.SecurityGroupIds ?? []).map((group) => `${at}:security-group/${group}`),
      );
      expect(targetsOf(template, 'uses', 'aws_ec2_key_pair')).toEqual([`${at}:key-pair/${keyPair?.KeyPairId}`]);
      const stored = JSON.parse(template.data_json) as {
        DefaultVersion?: { VersionNumber: number };
        LatestVersion?: { VersionNumber: number };
      };
      expect(stored.DefaultVersion?.VersionNumber).toBe(record?.DefaultVersionNumber);
      expect(stored.LatestVersion?.VersionNumber).toBe(
        record?.LatestVersionNumber === record?.DefaultVersionNumber ? undefined : record?.LatestVersionNumber,
      );
    }
  });

  it('an instance launched from a template points at it; a key pair grants access to the instances launched with it', async () => {
    const instances = await collected(InstancesConnector, new InstancesManager());
    const keyPairs = await collected(KeyPairsConnector, new KeyPairsManager());
    const records = sim.state.list('instance', { account: sim.mainAccountId, region });
    const at = `arn:aws:ec2:${region}:${sim.mainAccountId}`;
    for (const instance of instances) {
      const record = records.find((r) => r.InstanceId === instance.id);
      const template = record?.Tags.find((tag) => tag.Key === 'aws:ec2launchtemplate:id')?.Value;
      expect(targetsOf(instance, 'launched_from', 'aws_ec2_launch_template')).toEqual(
        template === undefined ? [] : [`${at}:launch-template/${template}`],
      );
    }
    expect(instances.some((i) => targetsOf(i, 'launched_from', 'aws_ec2_launch_template').length > 0)).toBe(true);
    for (const keyPair of keyPairs) {
      const launched = records.filter((r) => r.KeyName === keyPair.name).map((r) => `${at}:instance/${r.InstanceId}`);
      expect(targetsOf(keyPair, 'grants_access_to', 'aws_ec2_instance').sort()).toEqual(launched.sort());
      expect(JSON.parse(keyPair.data_json)).not.toHaveProperty('InstanceIds');
    }
  });
});

describe('flow logs', () => {
  it('watch their VPC or subnet and log to the bucket their S3 destination names', async () => {
    const flowLogs = await collected(FlowLogsConnector, new FlowLogsManager());
    const records = sim.state.list('flowLog', { account: sim.mainAccountId, region });
    const buckets = new BucketsManager();
    for (const flowLog of flowLogs) {
      const record = records.find((r) => r.FlowLogId === flowLog.id);
      const watched = [...targetsOf(flowLog, 'watches', 'aws_vpc'), ...targetsOf(flowLog, 'watches', 'aws_subnet')];
      const isEni = record?.ResourceId.startsWith('eni-') === true;
      expect(watched.map((uid) => uid.slice(uid.lastIndexOf('/') + 1))).toEqual(isEni ? [] : [record?.ResourceId]);
      const bucket = /^arn:aws:s3:::([^/]+)\//.exec(record?.LogDestination ?? '')?.[1];
      expect(targetsOf(flowLog, 'logs_to', 'aws_s3_bucket')).toEqual(
        record?.LogDestinationType === 's3' ? [buckets.uid(bucket as string, scope())] : [],
      );
    }
    expect(flowLogs.some((f) => targetsOf(f, 'logs_to', 'aws_s3_bucket').length > 0)).toBe(true);
  });
});
