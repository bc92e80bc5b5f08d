import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { CollectOptions, AwsSecret, InitResponse__Output, Resource__Output } from '@cloud-inventory/protocol';
import { registry } from './registry.js';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, resourcesOf, scopeResultsOf, awsSecretOf } from './testing/collector-client.js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';

let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;
let account: string;

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'small', seed: 7 });
  account = sim.mainAccountId;
  sim.state.add('trail', { account, region: 'us-west-2' }, { Name: 'everywhere', IsMultiRegionTrail: true });
  collector = await startAwsCollector({
    port: 0,
    poolSize: 2,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
  });
  client = new CollectorTestClient(collector.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

async function collectTask(taskId: string) {
  return client.collect({ task: await client.plannedTask(options, secret, taskId), options, secret });
}

function byId(resources: Resource__Output[], kind: string): Map<string, Resource__Output> {
  return new Map(resources.filter((resource) => resource.kind === kind).map((resource) => [resource.id, resource]));
}

function edges(resource: Resource__Output | undefined, type: string): string[] {
  return (resource?.relationships ?? [])
    .filter((edge) => edge.type === type)
    .map((edge) => edge.target_uid)
    .sort();
}

function nameOf(record: { Tags: { Key: string; Value: string }[] }, id: string): string {
  return record.Tags.find((tag) => tag.Key === 'Name')?.Value || id;
}

describe('task planning (Job.GetTasks)', () => {
  it('plans one task per service and enabled region, global S3 once, and skips opt-in regions not enabled', async () => {
    const plan = await client.getTasks(options, secret);
    expect(plan.account_id).toBe(account);
    expect(plan.regions).toEqual([...sim.regions].sort());
    for (const optIn of sim.optInRegions) expect(plan.regions).not.toContain(optIn);
    const ids = plan.tasks.map((task) => task.task_id).sort();
    const expected = ['cloud_service_type', 'region'];
    for (const { service, isGlobal } of registry.services()) {
      expected.push(...(isGlobal ? [`${service}:global`] : sim.regions.map((region) => `${service}:${region}`)));
    }
    expect(ids).toEqual(expected.sort());
    const s3 = plan.tasks.find((task) => task.task_id === 's3:global');
    expect(s3).toMatchObject({ type: 'CLOUD_SERVICE', service: 's3', region: 'global', kinds: ['aws_s3_bucket'] });
    expect([...(s3?.scope_regions ?? [])].sort()).toEqual([...sim.regions].sort());
    expect(plan.tasks.find((task) => task.task_id === 'region')?.kinds).toEqual(['aws_account', 'aws_region']);
  });

  it('plans only the regions and services of the filters', async () => {
    const plan = await client.getTasks({ ...options, regions: ['us-west-2'], services: ['ec2', 's3'] }, secret);
    expect(plan.tasks.map((task) => task.task_id).sort()).toEqual([
      'cloud_service_type',
      'ec2:us-west-2',
      'region',
      's3:global',
    ]);
  });

  it('rejects a region filter naming a region the account has not enabled', async () => {
    const optIn = sim.optInRegions[0] ?? 'af-south-1';
    const error = await grpcErrorOf(client.getTasks({ ...options, regions: ['us-east-1', optIn] }, secret));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toContain('options.regions[1]');
  });
});

describe('metadata (Collector.Init)', () => {
  it('describes the provider, every service with its kinds, and the options schema', async () => {
    const init = await new Promise<InitResponse__Output>((resolve, reject) =>
      client.collector.Init({}, client.metadata(), (error, response) =>
        error || !response ? reject(error) : resolve(response),
      ),
    );
    expect(init.provider).toBe('aws');
    expect(init.services.map((service) => [service.service, service.is_global])).toEqual(
      registry.services().map((service) => [service.service, service.isGlobal]),
    );
    expect(init.services.find((service) => service.service === 'ec2')?.kinds).toContain('aws_subnet');
    const schema = JSON.parse(init.options_schema_json) as { properties: { secret: { properties: object } } };
    expect(Object.keys(schema.properties.secret.properties)).toEqual(
      expect.arrayContaining(['role_arn', 'external_id']),
    );
  });
});

describe('collecting (Collector.Collect)', () => {
  // Counts, uids resolving, unified fields and scope results of every kind: src/conformance. Here: which edges.
  it('maps the EC2 and VPC kinds of a region with the right relationships', async () => {
    const region = 'us-east-1';
    const scope = { account, region };
    const responses = await collectTask(`ec2:${region}`);
    const resources = resourcesOf(responses);
    const arn = (type: string, id: string, withAccount = true) =>
      `arn:aws:ec2:${region}:${withAccount ? account : ''}:${type}/${id}`;

    const instances = byId(resources, 'aws_ec2_instance');
    const simInstances = sim.state.list('instance', scope);
    for (const record of simInstances) {
      const resource = instances.get(record.InstanceId);
      expect(resource).toMatchObject({
        uid: arn('instance', record.InstanceId),
        name: nameOf(record, record.InstanceId),
        cloud: 'aws',
        account,
        region,
        service_group: 'EC2',
        type: 'Instance',
        created_at: record.LaunchTime.toISOString(),
      });
      expect(resource?.tags).toEqual(Object.fromEntries(record.Tags.map((tag) => [tag.Key, tag.Value])));
      expect(edges(resource, 'in_subnet')).toEqual(record.SubnetId ? [arn('subnet', record.SubnetId)] : []);
      expect(edges(resource, 'in_vpc')).toEqual(record.VpcId ? [arn('vpc', record.VpcId)] : []);
      expect(edges(resource, 'member_of')).toEqual(
        record.SecurityGroups.map((group) => arn('security-group', group.GroupId)).sort(),
      );
      const template = record.Tags.find((tag) => tag.Key === 'aws:ec2launchtemplate:id')?.Value;
      expect(edges(resource, 'launched_from')).toEqual(
        [arn('image', record.ImageId, false), ...(template ? [arn('launch-template', template)] : [])].sort(),
      );
      const data = JSON.parse(resource?.data_json ?? '{}') as Record<string, unknown>;
      expect(data.InstanceType).toBe(record.InstanceType);
      expect(data.LaunchTime).toBe(record.LaunchTime.toISOString());
      expect(data.Tags).toBeUndefined();
    }

    const volumes = byId(resources, 'aws_ec2_volume');
    const simVolumes = sim.state.list('volume', scope);
    expect(simVolumes.some((volume) => volume.Attachments.length > 0)).toBe(true);
    for (const record of simVolumes) {
      const resource = volumes.get(record.VolumeId);
      expect(resource?.uid).toBe(arn('volume', record.VolumeId));
      expect(edges(resource, 'attached_to')).toEqual(
        record.Attachments.map((a) => arn('instance', a.InstanceId)).sort(),
      );
    }

    const snapshots = byId(resources, 'aws_ec2_snapshot');
    for (const record of sim.state.list('snapshot', scope)) {
      const resource = snapshots.get(record.SnapshotId);
      expect(resource?.uid).toBe(arn('snapshot', record.SnapshotId, false));
      expect(edges(resource, 'snapshot_of')).toEqual([arn('volume', record.VolumeId)]);
    }

    const images = byId(resources, 'aws_ec2_image');
    for (const record of sim.state.list('image', scope)) {
      expect(images.get(record.ImageId)?.uid).toBe(arn('image', record.ImageId, false));
    }

    const groups = byId(resources, 'aws_ec2_security_group');
    for (const record of sim.state.list('securityGroup', scope)) {
      const resource = groups.get(record.GroupId);
      expect(resource?.uid).toBe(arn('security-group', record.GroupId));
      expect(edges(resource, 'in_vpc')).toEqual([arn('vpc', record.VpcId)]);
    }

    const addresses = byId(resources, 'aws_ec2_elastic_ip');
    const simAddresses = sim.state.list('address', scope);
    expect(simAddresses.some((address) => address.InstanceId)).toBe(true);
    for (const record of simAddresses) {
      const resource = addresses.get(record.AllocationId);
      expect(resource?.uid).toBe(arn('elastic-ip', record.AllocationId));
      const associated = [
        ...(record.InstanceId ? [arn('instance', record.InstanceId)] : []),
        ...(record.NetworkInterfaceId ? [arn('network-interface', record.NetworkInterfaceId)] : []),
      ];
      expect(edges(resource, 'associated_with')).toEqual(associated.sort());
    }

    const vpcs = byId(resources, 'aws_vpc');
    for (const record of sim.state.list('vpc', scope)) {
      expect(vpcs.get(record.VpcId)).toMatchObject({
        uid: arn('vpc', record.VpcId),
        service_group: 'VPC',
        type: 'VPC',
      });
    }
    const subnets = byId(resources, 'aws_subnet');
    for (const record of sim.state.list('subnet', scope)) {
      const resource = subnets.get(record.SubnetId);
      expect(resource?.uid).toBe(arn('subnet', record.SubnetId));
      expect(edges(resource, 'in_vpc')).toEqual([arn('vpc', record.VpcId)]);
    }
  });

  it('collects S3 buckets once, with their details, each in the region ListBuckets names for it', async () => {
    const locationCallsBefore = sim.counters.calls({ operation: 'GetBucketLocation' });
    const responses = await collectTask('s3:global');
    expect(sim.counters.calls({ operation: 'GetBucketLocation' })).toBe(locationCallsBefore);
    const buckets = byId(resourcesOf(responses), 'aws_s3_bucket');
    const simBuckets = sim.regions.flatMap((region) => sim.state.list('bucket', { account, region }));
    expect(buckets.size).toBe(simBuckets.length);
    expect(new Set(simBuckets.map((bucket) => bucket.Region)).size).toBeGreaterThan(1);
    for (const record of simBuckets) {
      const resource = buckets.get(record.Name);
      expect(resource).toMatchObject({
        uid: `arn:aws:s3:::${record.Name}`,
        name: record.Name,
        region: record.Region,
        account,
        service_group: 'S3',
        type: 'Bucket',
        created_at: record.CreationDate.toISOString(),
      });
      expect(resource?.tags).toEqual(Object.fromEntries(record.Tags.map((tag) => [tag.Key, tag.Value])));
      const data = JSON.parse(resource?.data_json ?? '{}') as Record<string, { Status?: string } | undefined>;
      expect(data.Region).toBe(record.Region);
      expect(data.Versioning?.Status).toBe(record.Versioning);
      expect(data.Encryption === undefined).toBe(record.Encryption === undefined);
      expect(data.PublicAccessBlock === undefined).toBe(record.PublicAccessBlock === undefined);
      expect(data.Logging === undefined).toBe(record.Logging === undefined);
    }
    const results = scopeResultsOf(responses);
    expect(results.map((result) => result.scope?.region).sort()).toEqual(['global', ...sim.regions].sort());
    for (const result of results) {
      expect(result).toMatchObject({
        state: 'SUCCESS',
        scope: { service_group: 'S3', kind: 'aws_s3_bucket', account },
      });
      const inRegion = simBuckets.filter((bucket) => bucket.Region === result.scope?.region).length;
      expect(result.resource_count).toBe(inRegion);
    }
  });

  it('emits a multi-region trail only from its home region, with status, selectors, tags and its bucket', async () => {
    const all: Resource__Output[] = [];
    for (const region of sim.regions) {
      const responses = await collectTask(`cloudtrail:${region}`);
      const trails = resourcesOf(responses);
      expect(trails.every((trail) => trail.region === region)).toBe(true);
      expect(scopeResultsOf(responses)).toEqual([
        expect.objectContaining({
          state: 'SUCCESS',
          scope: expect.objectContaining({ region, kind: 'aws_cloudtrail_trail' }),
        }),
      ]);
      all.push(...trails);
    }
    const simTrails = sim.regions.flatMap((region) => sim.state.list('trail', { account, region }));
    expect(all.map((trail) => trail.uid).sort()).toEqual(simTrails.map((trail) => trail.TrailARN).sort());
    const everywhere = all.find((trail) => trail.id === 'everywhere');
    expect(everywhere?.region).toBe('us-west-2');
    for (const record of simTrails) {
      const resource = all.find((trail) => trail.uid === record.TrailARN);
      expect(resource).toMatchObject({ id: record.Name, service_group: 'CloudTrail', type: 'Trail' });
      expect(edges(resource, 'logs_to')).toEqual([`arn:aws:s3:::${record.S3BucketName}`]);
      const data = JSON.parse(resource?.data_json ?? '{}') as {
        Status?: { IsLogging?: boolean };
        EventSelectors?: unknown;
      };
      expect(data.Status?.IsLogging).toBe(record.IsLogging);
      expect(
        data.EventSelectors ?? (data as { AdvancedEventSelectors?: unknown }).AdvancedEventSelectors,
      ).toBeDefined();
    }
  });

  it('collects the account and its enabled regions in the REGION task', async () => {
    const responses = await collectTask('region');
    const resources = resourcesOf(responses);
    expect(byId(resources, 'aws_account').get(account)).toMatchObject({
      uid: `aws:account:${account}`,
      region: 'global',
    });
    const regions = byId(resources, 'aws_region');
    expect([...regions.keys()].sort()).toEqual([...sim.regions].sort());
    expect(regions.get('us-east-1')?.uid).toBe(`aws:region:${account}:us-east-1`);
    const regionBatches = responses.filter((response) => response.resources.some((r) => r.kind === 'aws_region'));
    expect(regionBatches.every((response) => response.resource_type === 'REGION')).toBe(true);
    expect(scopeResultsOf(responses).map((result) => [result.scope?.kind, result.state])).toEqual(
      expect.arrayContaining([
        ['aws_account', 'SUCCESS'],
        ['aws_region', 'SUCCESS'],
      ]),
    );
  });

  it('lists the metadata of every kind in the CLOUD_SERVICE_TYPE task', async () => {
    const responses = await collectTask('cloud_service_type');
    const types = responses.flatMap((response) => response.cloud_service_types);
    expect(types.map((type) => type.kind).sort()).toEqual(
      registry
        .allEntries()
        .map((entry) => entry.kind)
        .sort(),
    );
    expect(types.find((type) => type.kind === 'aws_s3_bucket')).toMatchObject({
      provider: 'aws',
      service_group: 'S3',
      is_global: true,
      family: 'bucket',
    });
    expect(responses.every((response) => response.resource_type === 'CLOUD_SERVICE_TYPE')).toBe(true);
    expect(scopeResultsOf(responses)).toHaveLength(1);
  });
});
