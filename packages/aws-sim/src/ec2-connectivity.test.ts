import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeFlowLogsCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeTransitGatewayAttachmentsCommand,
  DescribeTransitGatewayVpcAttachmentsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcPeeringConnectionsCommand,
  EC2Client,
  paginateDescribeLaunchTemplateVersions,
  type LaunchTemplateVersion,
} from '@aws-sdk/client-ec2';
import { isCurrentRecord, startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

const REGION = 'us-east-1';
let sim: AwsSimulator;
let ec2: EC2Client;
const scope = () => ({ account: sim.mainAccountId, region: REGION });

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 5,
    accounts: 2,
    regions: [REGION, 'eu-west-1'],
    size: 'small',
    counts: { vpcEndpoint: 12, vpcPeeringConnection: 14, transitGatewayAttachment: 10, launchTemplate: 6, flowLog: 6 },
  });
  ec2 = new EC2Client({ endpoint: sim.endpoint, region: REGION, credentials: sim.credentials });
});

afterAll(async () => {
  ec2.destroy();
  await sim.stop();
});

describe('the network kinds of EC2 through the real SDK', () => {
  it('list gone endpoints too, as EC2 does, and filter them by state', async () => {
    const gone = sim.state.list('vpcEndpoint', scope()).filter((e) => !isCurrentRecord('vpcEndpoint', e));
    expect(gone.length).toBeGreaterThan(0);
    const states = [...new Set(gone.map((e) => e.State))];
    const answer = await ec2.send(
      new DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-endpoint-state', Values: states }] }),
    );
    expect(answer.VpcEndpoints?.map((e) => e.VpcEndpointId).sort()).toEqual(gone.map((e) => e.VpcEndpointId).sort());
  });

  it('give each interface endpoint the ENI DescribeNetworkInterfaces shows in its subnet', async () => {
    const endpoints = sim.state.list('vpcEndpoint', scope()).filter((e) => e.VpcEndpointType === 'Interface');
    expect(endpoints.length).toBeGreaterThan(0);
    const ids = endpoints.flatMap((e) => e.NetworkInterfaceIds);
    const enis = (await ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: ids }))).NetworkInterfaces;
    for (const endpoint of endpoints) {
      const eni = enis?.find((candidate) => candidate.NetworkInterfaceId === endpoint.NetworkInterfaceIds[0]);
      expect(eni).toMatchObject({
        SubnetId: endpoint.SubnetIds[0],
        VpcId: endpoint.VpcId,
        InterfaceType: 'vpc_endpoint',
        RequesterManaged: true,
        Description: `VPC Endpoint Interface ${endpoint.VpcEndpointId}`,
      });
      expect(eni?.Groups?.map((g) => g.GroupId)).toEqual(endpoint.Groups.map((g) => g.GroupId));
    }
  });

  it("peer VPCs of the simulator's other account and of the account's other region, which exist there", async () => {
    const peerings = (await ec2.send(new DescribeVpcPeeringConnectionsCommand({}))).VpcPeeringConnections ?? [];
    const [, other] = sim.accounts;
    const accepters = peerings.map((p) => p.AccepterVpcInfo);
    expect(accepters.some((a) => a?.OwnerId === other?.id)).toBe(true);
    expect(accepters.some((a) => a?.Region === 'eu-west-1' && a.OwnerId === sim.mainAccountId)).toBe(true);
    for (const accepter of accepters) {
      const at = { account: accepter?.OwnerId as string, region: accepter?.Region as string };
      expect(sim.state.get('vpc', at, accepter?.VpcId as string)?.CidrBlock).toBe(accepter?.CidrBlock);
    }
  });

  it('show the VPC attachments of all attachments in DescribeTransitGatewayVpcAttachments, with their subnets', async () => {
    const all = (await ec2.send(new DescribeTransitGatewayAttachmentsCommand({}))).TransitGatewayAttachments ?? [];
    const vpc = (await ec2.send(new DescribeTransitGatewayVpcAttachmentsCommand({}))).TransitGatewayVpcAttachments;
    const vpcIds = all.filter((a) => a.ResourceType === 'vpc').map((a) => a.TransitGatewayAttachmentId);
    expect(vpc?.map((a) => a.TransitGatewayAttachmentId)).toEqual(vpcIds);
    expect(vpc?.every((a) => (a.SubnetIds ?? []).length > 0 && a.VpcId?.startsWith('vpc-'))).toBe(true);
    const vpn = all.find((a) => a.ResourceType === 'vpn');
    expect(vpn).toBeDefined();
    expect(
      await failureOf(
        ec2.send(
          new DescribeTransitGatewayVpcAttachmentsCommand({
            TransitGatewayAttachmentIds: [vpn?.TransitGatewayAttachmentId as string],
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidTransitGatewayAttachmentID.NotFound' });
  });

  it('answer the versions of one template, or the $Latest and $Default of all, in pages', async () => {
    const templates = sim.state.list('launchTemplate', scope());
    const template = templates.find((t) => t.LatestVersionNumber > 1) ?? templates[0];
    const one = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: template?.LaunchTemplateId }),
    );
    expect(one.LaunchTemplateVersions?.map((v) => v.VersionNumber)).toEqual(
      Array.from({ length: template?.LatestVersionNumber ?? 0 }, (_, i) => i + 1),
    );
    const versions: LaunchTemplateVersion[] = [];
    const pages = paginateDescribeLaunchTemplateVersions(
      { client: ec2, pageSize: 1 },
      { Versions: ['$Latest', '$Default'] },
    );
    for await (const page of pages) versions.push(...(page.LaunchTemplateVersions ?? []));
    const expected = templates.flatMap((t) =>
      t.Versions.filter((v) => v.DefaultVersion || v.VersionNumber === t.LatestVersionNumber).map(
        (v) => `${v.LaunchTemplateId}:${v.VersionNumber}`,
      ),
    );
    expect(versions.map((v) => `${v.LaunchTemplateId}:${v.VersionNumber}`)).toEqual(expected);
    expect(await failureOf(ec2.send(new DescribeLaunchTemplateVersionsCommand({ Versions: ['1'] })))).toMatchObject({
      name: 'InvalidParameterValue',
    });
    expect(
      await failureOf(ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'no-such-template' }))),
    ).toMatchObject({ name: 'InvalidLaunchTemplateName.NotFoundException' });
    const names = templates.slice(0, 2).map((t) => t.LaunchTemplateName);
    const named = await ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: names }));
    expect(named.LaunchTemplates?.map((t) => t.LaunchTemplateName)).toEqual(names);
    expect(
      await failureOf(ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: [...names, 'no-such'] }))),
    ).toMatchObject({ name: 'InvalidLaunchTemplateName.NotFoundException' });
  });

  it('filter flow logs by their `Filter` member, and refuse MaxResults with explicit ids', async () => {
    const [first] = sim.state.list('flowLog', scope());
    const answer = await ec2.send(
      new DescribeFlowLogsCommand({ Filter: [{ Name: 'resource-id', Values: [first?.ResourceId as string] }] }),
    );
    expect(answer.FlowLogs?.map((f) => f.ResourceId)).toEqual(
      sim.state
        .list('flowLog', scope())
        .filter((f) => f.ResourceId === first?.ResourceId)
        .map((f) => f.ResourceId),
    );
    expect(
      await failureOf(
        ec2.send(new DescribeFlowLogsCommand({ FlowLogIds: [first?.FlowLogId as string], MaxResults: 5 })),
      ),
    ).toMatchObject({ name: 'InvalidParameterCombination' });
  });
});
